import type { CalendarDate } from '../calendarDate';
import { isoDay } from '../values';
import type { Language } from '../i18n';

/**
 * The default templates, written by the add-on as Google Docs the coordinator can then edit
 * (AMIR attachments 6, 8 and 12; orient8's match proposal). Blocks are headings, paragraphs
 * and tables; {{placeholders}} are the fields of `DOCUMENT_FIELDS`.
 */
export type DocumentKind = 'iip' | 'codeOfConduct' | 'assessment' | 'proposal';
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['iip', 'codeOfConduct', 'assessment', 'proposal'];

export type Block = { heading: string } | { text: string } | { table: string[][] };

export interface TemplateSpec {
  name: string;
  header: string;
  footer: string;
  blocks: Block[];
}

/** Fields a template may use. Sensitive ones appear only where a template asks and the coordinator allows it. */
export const DOCUMENT_FIELDS = [
  'programme.name',
  'pair.code',
  'pair.startedOn',
  'pair.plannedEndOn',
  'today',
  'mentor.name',
  'mentor.firstName',
  'mentee.name',
  'mentee.firstName',
  'mentee.languages',
  'mentee.needs',
  'mentee.availability',
  'mentee.goals',
  'match.reasons',
  'coordinator.email',
  'assessment.outcomes',
  'assessment.challenges',
  'assessment.mentorReflection',
  'assessment.menteeReflection',
  'goals.*',
  'meetings.*',
] as const;
export const SENSITIVE_FIELDS = ['mentee.permit', 'mentee.origin'];

const en: Record<DocumentKind, TemplateSpec> = {
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
};

const it: Record<DocumentKind, TemplateSpec> = {
  iip: {
    ...en.iip,
    name: 'Modello – Piano individuale di integrazione',
    header: '{{programme.name}} · Piano individuale di integrazione · {{pair.code}}',
    footer: 'Riservato: solo per il mentee, il mentore e il coordinatore.',
    blocks: [
      { heading: 'Piano individuale di integrazione' },
      {
        table: [
          ['Mentee', '{{mentee.name}}'],
          ['Mentore', '{{mentor.name}}'],
          ['Inizio', '{{pair.startedOn}}'],
          ['Fine prevista', '{{pair.plannedEndOn}}'],
        ],
      },
      { heading: 'Obiettivi' },
      { text: 'Gli obiettivi sono realistici e misurabili nei tempi del programma: ciascuno ha passi, chi fa cosa e una data.' },
      {
        table: [
          ['Area', 'Obiettivo', 'Passi e chi fa cosa', 'Data obiettivo', 'Stato'],
          ['{{goals.area}}', '{{goals.goal}}', '{{goals.steps}}', '{{goals.targetDate}}', '{{goals.status}}'],
        ],
      },
      { heading: 'Date di revisione' },
      { text: 'Revisione intermedia: ____________    Revisione finale: ____________' },
      { heading: 'Firme' },
      {
        table: [
          ['Mentee', 'Mentore', 'Coordinatore'],
          ['', '', ''],
        ],
      },
    ],
  },
  codeOfConduct: {
    ...en.codeOfConduct,
    name: 'Modello – Codice di condotta',
    header: '{{programme.name}} · Codice di condotta · {{pair.code}}',
    footer: 'Firmato all’incontro introduttivo il {{today}}.',
    blocks: [
      { heading: 'Accordo sul codice di condotta del mentoring tra pari' },
      { text: 'Mentore: {{mentor.name}}. Mentee: {{mentee.name}}.' },
      { heading: 'Ruoli e impegni' },
      {
        text: 'Il mentore offre orientamento e sostegno; il mentee partecipa attivamente e decide della propria vita. Entrambi rispettano gli incontri concordati e avvisano per tempo se non possono venire.',
      },
      { heading: 'Incontri' },
      { text: 'Ci incontriamo almeno due volte al mese nei primi tre mesi, poi come concordato nel nostro piano.' },
      { heading: 'Riservatezza e confini' },
      {
        text: 'Ciò che ci diciamo resta tra noi, salvo quando qualcuno è in pericolo. Niente denaro, regali di valore o prestiti. Il mentore non fa da avvocato, medico o padrone di casa.',
      },
      { heading: 'Chi contattare' },
      { text: 'Per qualsiasi domanda o difficoltà, contattate il coordinatore: {{coordinator.email}}.' },
      { heading: 'Firme' },
      {
        table: [
          ['Mentee', 'Mentore', 'Coordinatore'],
          ['', '', ''],
        ],
      },
    ],
  },
  assessment: {
    ...en.assessment,
    name: 'Modello – Valutazione finale del PII',
    header: '{{programme.name}} · Valutazione finale del PII · {{pair.code}}',
    footer: 'Riservato: solo per il mentee, il mentore e il coordinatore.',
    blocks: [
      { heading: 'Valutazione finale del piano individuale di integrazione' },
      { text: 'Mentee: {{mentee.name}}. Mentore: {{mentor.name}}. Data: {{today}}.' },
      { heading: 'Obiettivi e stato finale' },
      {
        table: [
          ['Area', 'Obiettivo', 'Stato finale', 'Evidenze'],
          ['{{goals.area}}', '{{goals.goal}}', '{{goals.status}}', '{{goals.evidence}}'],
        ],
      },
      { heading: 'Risultati principali' },
      { text: '{{assessment.outcomes}}' },
      { heading: 'Difficoltà' },
      { text: '{{assessment.challenges}}' },
      { heading: 'Riflessioni' },
      {
        table: [
          ['Mentore', '{{assessment.mentorReflection}}'],
          ['Mentee', '{{assessment.menteeReflection}}'],
        ],
      },
    ],
  },
  proposal: {
    ...en.proposal,
    name: 'Modello – Proposta di abbinamento al mentore',
    header: '{{programme.name}} · Proposta di abbinamento · {{pair.code}}',
    footer: 'Si prega di mantenere riservate queste informazioni.',
    blocks: [
      { text: 'Gentile {{mentor.firstName}},' },
      { text: 'ti proponiamo di fare da mentore a {{mentee.firstName}}.' },
      {
        table: [
          ['Lingue', '{{mentee.languages}}'],
          ['Cerca aiuto per', '{{mentee.needs}}'],
          ['Disponibilità', '{{mentee.availability}}'],
        ],
      },
      { text: 'Perché pensiamo che andiate bene insieme: {{match.reasons}}.' },
      { text: 'Ti sembra un abbinamento possibile? Se no, puoi chiederne un altro.' },
    ],
  },
};

export function defaultTemplate(kind: DocumentKind, language: Language): TemplateSpec {
  return (language === 'it' ? it : en)[kind];
}

/** "IIP – P-0012 – 2026-11" */
export const DOCUMENT_SHORT_NAMES: Record<Language, Record<DocumentKind, string>> = {
  en: { iip: 'IIP', codeOfConduct: 'Code of Conduct', assessment: 'Final IIP Assessment', proposal: 'Match proposal' },
  it: { iip: 'PII', codeOfConduct: 'Codice di condotta', assessment: 'Valutazione finale PII', proposal: 'Proposta di abbinamento' },
};

/** `date`: the day the document is made (an instant is the month it is in `timeZone`; UTC unless told). */
export function documentName(kind: DocumentKind, language: Language, code: string, date: Date | CalendarDate, timeZone = 'UTC'): string {
  return `${DOCUMENT_SHORT_NAMES[language][kind]} – ${code} – ${isoDay(date, timeZone).slice(0, 7)}`;
}
