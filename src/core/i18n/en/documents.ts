import type { DocumentKind, TemplateSpec } from '../../documents/defaults';

/** The texts of the default documents in one language: every language has all of them. */
export interface DocumentTexts {
  /** The templates the add-on writes as Google Docs (src/server/documents/templates.ts). */
  readonly templates: Readonly<Record<DocumentKind, TemplateSpec>>;
  /** The start of a generated document's name: "IIP – P-0012 – 2026-11". */
  readonly shortNames: Readonly<Record<DocumentKind, string>>;
}

/**
 * English default documents (AMIR attachments 6, 8 and 12; orient8's match proposal): the source
 * every other language translates. {{placeholders}} are the fields of `DOCUMENT_FIELDS` and stay as they are.
 */
export const documents: DocumentTexts = {
  templates: {
    iip: {
      name: 'Template – Individual Integration Plan',
      header: '{{programme.name}} · Individual Integration Plan · {{pair.code}}',
      footer: 'Confidential: for the mentee, the mentor and the coordinator only.',
      blocks: [
        { heading: 'Individual Integration Plan' },
        {
          table: [
            ['Mentee', '{{mentee.name}}'],
            ['Mentor', '{{mentor.name}}'],
            ['Start', '{{pair.startedOn}}'],
            ['Planned end', '{{pair.plannedEndOn}}'],
          ],
        },
        { heading: 'Goals' },
        { text: 'Goals are realistic and measurable within the programme: each has steps, who does what, and a target date.' },
        {
          table: [
            ['Area', 'Goal', 'Steps and who does what', 'Target date', 'Status'],
            ['{{goals.area}}', '{{goals.goal}}', '{{goals.steps}}', '{{goals.targetDate}}', '{{goals.status}}'],
          ],
        },
        { heading: 'Review dates' },
        { text: 'Mid-term review: ____________    Final review: ____________' },
        { heading: 'Signatures' },
        {
          table: [
            ['Mentee', 'Mentor', 'Coordinator'],
            ['', '', ''],
          ],
        },
      ],
    },
    codeOfConduct: {
      name: 'Template – Code of Conduct agreement',
      header: '{{programme.name}} · Code of Conduct · {{pair.code}}',
      footer: 'Signed at the introductory meeting on {{today}}.',
      blocks: [
        { heading: 'Peer Mentorship Code of Conduct Agreement' },
        { text: 'Mentor: {{mentor.name}}. Mentee: {{mentee.name}}.' },
        { heading: 'Roles and commitments' },
        {
          text: 'The mentor offers guidance and support; the mentee takes part actively and decides about their own life. Both keep the meetings they agree on and tell each other in time when they cannot come.',
        },
        { heading: 'Meetings' },
        { text: 'We meet at least twice a month in the first three months, then as agreed in our plan.' },
        { text: '{{#if pair.diaryLink}}' },
        { text: 'Mentor diary, one entry after each meeting: {{pair.diaryLink}}' },
        { text: '{{/if}}' },
        { heading: 'Confidentiality and boundaries' },
        {
          text: 'What is shared stays between us, except where someone is at risk. No money, gifts of value or loans change hands. The mentor does not act as a lawyer, doctor or landlord.',
        },
        { heading: 'Whom to contact' },
        { text: 'For any question or difficulty, contact the coordinator: {{coordinator.email}}.' },
        { heading: 'Signatures' },
        {
          table: [
            ['Mentee', 'Mentor', 'Coordinator'],
            ['', '', ''],
          ],
        },
      ],
    },
    assessment: {
      name: 'Template – Final IIP Assessment',
      header: '{{programme.name}} · Final IIP Assessment · {{pair.code}}',
      footer: 'Confidential: for the mentee, the mentor and the coordinator only.',
      blocks: [
        { heading: 'Final Individual Integration Plan Assessment' },
        { text: 'Mentee: {{mentee.name}}. Mentor: {{mentor.name}}. Date: {{today}}.' },
        { heading: 'Goals and their final status' },
        {
          table: [
            ['Area', 'Goal', 'Final status', 'Evidence'],
            ['{{goals.area}}', '{{goals.goal}}', '{{goals.status}}', '{{goals.evidence}}'],
          ],
        },
        { heading: 'Key outcomes' },
        { text: '{{assessment.outcomes}}' },
        { heading: 'Challenges' },
        { text: '{{assessment.challenges}}' },
        { heading: 'Reflections' },
        {
          table: [
            ['Mentor', '{{assessment.mentorReflection}}'],
            ['Mentee', '{{assessment.menteeReflection}}'],
          ],
        },
      ],
    },
    proposal: {
      name: 'Template – Match proposal to the mentor',
      header: '{{programme.name}} · Match proposal · {{pair.code}}',
      footer: 'Please keep this information confidential.',
      blocks: [
        { text: 'Dear {{mentor.firstName}},' },
        { text: 'we would like to propose that you mentor {{mentee.firstName}}.' },
        {
          table: [
            ['Languages', '{{mentee.languages}}'],
            ['Looking for help with', '{{mentee.needs}}'],
            ['Available', '{{mentee.availability}}'],
          ],
        },
        { text: 'Why we think you fit: {{match.reasons}}.' },
        { text: 'Does this seem like a possible match to you? If not, you can ask for another one.' },
      ],
    },
  },
  shortNames: { iip: 'IIP', codeOfConduct: 'Code of Conduct', assessment: 'Final IIP Assessment', proposal: 'Match proposal' },
};
