import type { DocumentTexts } from '../en/documents';

/** Italian default documents. Every document of the English ones must be present. */
export const documents: DocumentTexts = {
  templates: {
    iip: {
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
        { text: '{{#if pair.diaryLink}}' },
        { text: 'Diario del mentore, una voce dopo ogni incontro: {{pair.diaryLink}}' },
        { text: '{{/if}}' },
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
  },
  shortNames: { iip: 'PII', codeOfConduct: 'Codice di condotta', assessment: 'Valutazione finale PII', proposal: 'Proposta di abbinamento' },
};

/** Words of the templates rightly the same as the English ones. */
export const sameAsEnglish: readonly string[] = ['Mentee', 'Area'];
