import type { DocumentTexts } from '../en/documents';

/** Spanish (Spain) default documents. Every document of the English ones must be present. */
export const documents: DocumentTexts = {
  templates: {
    iip: {
      name: 'Plantilla – Plan Individual de Integración',
      header: '{{programme.name}} · Plan Individual de Integración · {{pair.code}}',
      footer: 'Confidencial: solo para el mentee, el mentor y el coordinador.',
      blocks: [
        { heading: 'Plan Individual de Integración' },
        {
          table: [
            ['Mentee', '{{mentee.name}}'],
            ['Mentor', '{{mentor.name}}'],
            ['Inicio', '{{pair.startedOn}}'],
            ['Fin previsto', '{{pair.plannedEndOn}}'],
          ],
        },
        { heading: 'Objetivos' },
        { text: 'Los objetivos son realistas y medibles dentro del programa: cada uno tiene sus pasos, quién hace qué y una fecha prevista.' },
        {
          table: [
            ['Área', 'Objetivo', 'Pasos y quién hace qué', 'Fecha prevista', 'Estado'],
            ['{{goals.area}}', '{{goals.goal}}', '{{goals.steps}}', '{{goals.targetDate}}', '{{goals.status}}'],
          ],
        },
        { heading: 'Fechas de revisión' },
        { text: 'Revisión intermedia: ____________    Revisión final: ____________' },
        { heading: 'Firmas' },
        {
          table: [
            ['Mentee', 'Mentor', 'Coordinador'],
            ['', '', ''],
          ],
        },
      ],
    },
    codeOfConduct: {
      name: 'Plantilla – Acuerdo del Código de conducta',
      header: '{{programme.name}} · Código de conducta · {{pair.code}}',
      footer: 'Firmado en el encuentro inicial el {{today}}.',
      blocks: [
        { heading: 'Acuerdo del Código de conducta de la mentoría entre pares' },
        { text: 'Mentor: {{mentor.name}}. Mentee: {{mentee.name}}.' },
        { heading: 'Roles y compromisos' },
        {
          text: 'El mentor ofrece orientación y apoyo; el mentee participa activamente y decide sobre su propia vida. Los dos acuden a los encuentros que acuerdan y se avisan con tiempo cuando no pueden ir.',
        },
        { heading: 'Encuentros' },
        { text: 'Nos vemos al menos dos veces al mes durante los tres primeros meses y, después, según lo acordado en nuestro plan.' },
        { text: '{{#if pair.diaryLink}}' },
        { text: 'Diario del mentor, una entrada después de cada encuentro: {{pair.diaryLink}}' },
        { text: '{{/if}}' },
        { heading: 'Confidencialidad y límites' },
        {
          text: 'Lo que se comparte queda entre nosotros, salvo si alguien está en peligro. No hay dinero, regalos de valor ni préstamos de por medio. El mentor no hace de abogado, médico ni casero.',
        },
        { heading: 'A quién contactar' },
        { text: 'Ante cualquier pregunta o dificultad, contactad con la coordinación: {{coordinator.email}}.' },
        { heading: 'Firmas' },
        {
          table: [
            ['Mentee', 'Mentor', 'Coordinador'],
            ['', '', ''],
          ],
        },
      ],
    },
    assessment: {
      name: 'Plantilla – Evaluación final del PII',
      header: '{{programme.name}} · Evaluación final del PII · {{pair.code}}',
      footer: 'Confidencial: solo para el mentee, el mentor y el coordinador.',
      blocks: [
        { heading: 'Evaluación final del Plan Individual de Integración' },
        { text: 'Mentee: {{mentee.name}}. Mentor: {{mentor.name}}. Fecha: {{today}}.' },
        { heading: 'Objetivos y su estado final' },
        {
          table: [
            ['Área', 'Objetivo', 'Estado final', 'Evidencias'],
            ['{{goals.area}}', '{{goals.goal}}', '{{goals.status}}', '{{goals.evidence}}'],
          ],
        },
        { heading: 'Resultados principales' },
        { text: '{{assessment.outcomes}}' },
        { heading: 'Dificultades' },
        { text: '{{assessment.challenges}}' },
        { heading: 'Reflexiones' },
        {
          table: [
            ['Mentor', '{{assessment.mentorReflection}}'],
            ['Mentee', '{{assessment.menteeReflection}}'],
          ],
        },
      ],
    },
    proposal: {
      name: 'Plantilla – Propuesta de emparejamiento al mentor',
      header: '{{programme.name}} · Propuesta de emparejamiento · {{pair.code}}',
      footer: 'Por favor, trata esta información de forma confidencial.',
      blocks: [
        { text: 'Hola, {{mentor.firstName}}:' },
        { text: 'Te proponemos ser mentor de {{mentee.firstName}}.' },
        {
          table: [
            ['Idiomas', '{{mentee.languages}}'],
            ['Busca ayuda con', '{{mentee.needs}}'],
            ['Disponibilidad', '{{mentee.availability}}'],
          ],
        },
        { text: 'Por qué creemos que encajas: {{match.reasons}}.' },
        { text: '¿Te parece un emparejamiento posible? Si no, puedes pedir otro.' },
      ],
    },
  },
  shortNames: { iip: 'PII', codeOfConduct: 'Código de conducta', assessment: 'Evaluación final PII', proposal: 'Propuesta de emparejamiento' },
};

/** Words of the templates rightly the same as the English ones: the glossary keeps "mentor" and "mentee". */
export const sameAsEnglish: readonly string[] = ['Mentee', 'Mentor', 'Mentor: {{mentor.name}}. Mentee: {{mentee.name}}.'];
