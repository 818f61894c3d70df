import type { DocumentTexts } from '../en/documents';

/** Dutch (Netherlands and Flanders) default documents. Every document of the English ones must be present. */
export const documents: DocumentTexts = {
  templates: {
    iip: {
      name: 'Sjabloon – Individueel integratieplan',
      header: '{{programme.name}} · Individueel integratieplan · {{pair.code}}',
      footer: 'Vertrouwelijk: alleen voor de mentee, de mentor en de coördinator.',
      blocks: [
        { heading: 'Individueel integratieplan' },
        {
          table: [
            ['Mentee', '{{mentee.name}}'],
            ['Mentor', '{{mentor.name}}'],
            ['Startdatum', '{{pair.startedOn}}'],
            ['Gepland einde', '{{pair.plannedEndOn}}'],
          ],
        },
        { heading: 'Doelen' },
        { text: 'De doelen zijn realistisch en meetbaar binnen het programma: elk doel heeft stappen, wie wat doet en een streefdatum.' },
        {
          table: [
            ['Leefgebied', 'Doel', 'Stappen en wie wat doet', 'Streefdatum', 'Status'],
            ['{{goals.area}}', '{{goals.goal}}', '{{goals.steps}}', '{{goals.targetDate}}', '{{goals.status}}'],
          ],
        },
        { heading: 'Evaluatiedata' },
        { text: 'Tussentijdse evaluatie: ____________    Eindevaluatie: ____________' },
        { heading: 'Handtekeningen' },
        {
          table: [
            ['Mentee', 'Mentor', 'Coördinator'],
            ['', '', ''],
          ],
        },
      ],
    },
    codeOfConduct: {
      name: 'Sjabloon – Overeenkomst gedragscode',
      header: '{{programme.name}} · Gedragscode · {{pair.code}}',
      footer: 'Ondertekend bij het kennismakingsgesprek op {{today}}.',
      blocks: [
        { heading: 'Overeenkomst gedragscode van het mentorprogramma' },
        { text: 'Mentor: {{mentor.name}}. Mentee: {{mentee.name}}.' },
        { heading: 'Rollen en afspraken' },
        {
          text: 'De mentor biedt begeleiding en steun; de mentee doet actief mee en beslist zelf over het eigen leven. Allebei komen ze de afgesproken ontmoetingen na en laten ze het op tijd weten als ze niet kunnen komen.',
        },
        { heading: 'Ontmoetingen' },
        { text: 'We spreken de eerste drie maanden minstens twee keer per maand af, daarna zoals afgesproken in ons plan.' },
        { text: '{{#if pair.diaryLink}}' },
        { text: 'Mentordagboek, één invoer na elke ontmoeting: {{pair.diaryLink}}' },
        { text: '{{/if}}' },
        { heading: 'Vertrouwelijkheid en grenzen' },
        {
          text: 'Wat we met elkaar delen, blijft tussen ons, behalve als iemand in gevaar is. We geven of lenen elkaar geen geld en geven geen waardevolle cadeaus. De mentor treedt niet op als advocaat, arts of verhuurder.',
        },
        { heading: 'Bij wie je terechtkunt' },
        { text: 'Neem bij vragen of problemen contact op met de coördinator: {{coordinator.email}}.' },
        { heading: 'Handtekeningen' },
        {
          table: [
            ['Mentee', 'Mentor', 'Coördinator'],
            ['', '', ''],
          ],
        },
      ],
    },
    assessment: {
      name: 'Sjabloon – Eindevaluatie IIP',
      header: '{{programme.name}} · Eindevaluatie IIP · {{pair.code}}',
      footer: 'Vertrouwelijk: alleen voor de mentee, de mentor en de coördinator.',
      blocks: [
        { heading: 'Eindevaluatie van het individueel integratieplan' },
        { text: 'Mentee: {{mentee.name}}. Mentor: {{mentor.name}}. Datum: {{today}}.' },
        { heading: 'Doelen en hun eindstatus' },
        {
          table: [
            ['Leefgebied', 'Doel', 'Eindstatus', 'Bewijs'],
            ['{{goals.area}}', '{{goals.goal}}', '{{goals.status}}', '{{goals.evidence}}'],
          ],
        },
        { heading: 'Belangrijkste resultaten' },
        { text: '{{assessment.outcomes}}' },
        { heading: 'Moeilijkheden' },
        { text: '{{assessment.challenges}}' },
        { heading: 'Reflecties' },
        {
          table: [
            ['Mentor', '{{assessment.mentorReflection}}'],
            ['Mentee', '{{assessment.menteeReflection}}'],
          ],
        },
      ],
    },
    proposal: {
      name: 'Sjabloon – Koppelvoorstel aan de mentor',
      header: '{{programme.name}} · Koppelvoorstel · {{pair.code}}',
      footer: 'Houd deze informatie vertrouwelijk.',
      blocks: [
        { text: 'Beste {{mentor.firstName}},' },
        { text: 'We willen je graag voorstellen om mentor te worden van {{mentee.firstName}}.' },
        {
          table: [
            ['Talen', '{{mentee.languages}}'],
            ['Zoekt hulp bij', '{{mentee.needs}}'],
            ['Beschikbaar', '{{mentee.availability}}'],
          ],
        },
        { text: 'Waarom we denken dat je goed past: {{match.reasons}}.' },
        { text: 'Lijkt dit je een mogelijke koppeling? Zo niet, dan kun je om een andere vragen.' },
      ],
    },
  },
  shortNames: { iip: 'IIP', codeOfConduct: 'Gedragscode', assessment: 'Eindevaluatie IIP', proposal: 'Koppelvoorstel' },
};

/** Words of the templates rightly the same as the English ones. */
export const sameAsEnglish: readonly string[] = ['Mentee', 'Mentor', 'Status', 'IIP', 'Mentor: {{mentor.name}}. Mentee: {{mentee.name}}.'];
