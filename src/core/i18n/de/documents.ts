import type { DocumentTexts } from '../en/documents';

/** German (Germany) default documents. Every document of the English ones must be present. */
export const documents: DocumentTexts = {
  templates: {
    iip: {
      name: 'Vorlage – Individueller Integrationsplan',
      header: '{{programme.name}} · Individueller Integrationsplan · {{pair.code}}',
      footer: 'Vertraulich: nur für den Mentee, die Mentor:in und die Koordination.',
      blocks: [
        { heading: 'Individueller Integrationsplan' },
        {
          table: [
            ['Mentee', '{{mentee.name}}'],
            ['Mentor:in', '{{mentor.name}}'],
            ['Beginn', '{{pair.startedOn}}'],
            ['Geplantes Ende', '{{pair.plannedEndOn}}'],
          ],
        },
        { heading: 'Ziele' },
        {
          text: 'Die Ziele sind realistisch und in der Zeit des Programms messbar: Zu jedem Ziel gibt es Schritte, eine Absprache, wer was tut, und ein Zieldatum.',
        },
        {
          table: [
            ['Bereich', 'Ziel', 'Schritte und wer was tut', 'Zieldatum', 'Status'],
            ['{{goals.area}}', '{{goals.goal}}', '{{goals.steps}}', '{{goals.targetDate}}', '{{goals.status}}'],
          ],
        },
        { heading: 'Termine für die Bilanz' },
        { text: 'Zwischenbilanz: ____________    Abschlussbilanz: ____________' },
        { heading: 'Unterschriften' },
        {
          table: [
            ['Mentee', 'Mentor:in', 'Koordination'],
            ['', '', ''],
          ],
        },
      ],
    },
    codeOfConduct: {
      name: 'Vorlage – Vereinbarung zum Verhaltenskodex',
      header: '{{programme.name}} · Verhaltenskodex · {{pair.code}}',
      footer: 'Unterschrieben beim Kennenlerntreffen am {{today}}.',
      blocks: [
        { heading: 'Vereinbarung zum Verhaltenskodex im Peer-Mentoring' },
        { text: 'Mentor:in: {{mentor.name}}. Mentee: {{mentee.name}}.' },
        { heading: 'Rollen und Verpflichtungen' },
        {
          text: 'Die Mentor:in bietet Orientierung und Unterstützung; der Mentee macht aktiv mit und entscheidet selbst über das eigene Leben. Beide halten die vereinbarten Treffen ein und sagen rechtzeitig Bescheid, wenn sie nicht kommen können.',
        },
        { heading: 'Treffen' },
        { text: 'In den ersten drei Monaten treffen wir uns mindestens zweimal im Monat, danach so, wie wir es in unserem Plan vereinbaren.' },
        { text: '{{#if pair.diaryLink}}' },
        { text: 'Mentoring-Tagebuch, ein Eintrag nach jedem Treffen: {{pair.diaryLink}}' },
        { text: '{{/if}}' },
        { heading: 'Vertraulichkeit und Grenzen' },
        {
          text: 'Was wir einander erzählen, bleibt unter uns, außer wenn jemand in Gefahr ist. Wir geben oder leihen uns kein Geld und machen uns keine wertvollen Geschenke. Die Mentor:in ersetzt keine Rechtsberatung und keine ärztliche Behandlung und vermietet dem Mentee keine Wohnung.',
        },
        { heading: 'Ansprechperson' },
        { text: 'Bei Fragen oder Schwierigkeiten wenden Sie sich an die Koordination: {{coordinator.email}}.' },
        { heading: 'Unterschriften' },
        {
          table: [
            ['Mentee', 'Mentor:in', 'Koordination'],
            ['', '', ''],
          ],
        },
      ],
    },
    assessment: {
      name: 'Vorlage – IIP-Abschlussbewertung',
      header: '{{programme.name}} · IIP-Abschlussbewertung · {{pair.code}}',
      footer: 'Vertraulich: nur für den Mentee, die Mentor:in und die Koordination.',
      blocks: [
        { heading: 'Abschlussbewertung des Individuellen Integrationsplans' },
        { text: 'Mentee: {{mentee.name}}. Mentor:in: {{mentor.name}}. Datum: {{today}}.' },
        { heading: 'Ziele und ihr Stand zum Abschluss' },
        {
          table: [
            ['Bereich', 'Ziel', 'Stand zum Abschluss', 'Nachweis'],
            ['{{goals.area}}', '{{goals.goal}}', '{{goals.status}}', '{{goals.evidence}}'],
          ],
        },
        { heading: 'Wichtigste Ergebnisse' },
        { text: '{{assessment.outcomes}}' },
        { heading: 'Schwierigkeiten' },
        { text: '{{assessment.challenges}}' },
        { heading: 'Reflexionen' },
        {
          table: [
            ['Mentor:in', '{{assessment.mentorReflection}}'],
            ['Mentee', '{{assessment.menteeReflection}}'],
          ],
        },
      ],
    },
    proposal: {
      name: 'Vorlage – Tandem-Vorschlag an die Mentor:in',
      header: '{{programme.name}} · Tandem-Vorschlag · {{pair.code}}',
      footer: 'Bitte behandeln Sie diese Informationen vertraulich.',
      blocks: [
        { text: 'Hallo {{mentor.firstName}},' },
        { text: 'wir möchten Ihnen ein Mentoring für {{mentee.firstName}} vorschlagen.' },
        {
          table: [
            ['Sprachen', '{{mentee.languages}}'],
            ['Sucht Hilfe bei', '{{mentee.needs}}'],
            ['Verfügbar', '{{mentee.availability}}'],
          ],
        },
        { text: 'Warum wir glauben, dass es passt: {{match.reasons}}.' },
        { text: 'Können Sie sich dieses Tandem vorstellen? Wenn nicht, können Sie um einen anderen Vorschlag bitten.' },
      ],
    },
  },
  shortNames: { iip: 'IIP', codeOfConduct: 'Verhaltenskodex', assessment: 'IIP-Abschlussbewertung', proposal: 'Tandem-Vorschlag' },
};

/** Words of the templates rightly the same as the English ones: the loan word Mentee, "Status" and the abbreviation IIP. */
export const sameAsEnglish: readonly string[] = ['Mentee', 'Status', 'IIP'];
