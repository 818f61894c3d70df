import type { DocumentTexts } from '../en/documents';

/** Portuguese (Portugal) default documents. Every document of the English ones must be present. */
export const documents: DocumentTexts = {
  templates: {
    iip: {
      name: 'Modelo – Plano Individual de Integração',
      header: '{{programme.name}} · Plano Individual de Integração · {{pair.code}}',
      footer: 'Confidencial: apenas para o mentorado, o mentor e o coordenador.',
      blocks: [
        { heading: 'Plano Individual de Integração' },
        {
          table: [
            ['Mentorado', '{{mentee.name}}'],
            ['Mentor', '{{mentor.name}}'],
            ['Início', '{{pair.startedOn}}'],
            ['Fim previsto', '{{pair.plannedEndOn}}'],
          ],
        },
        { heading: 'Objetivos' },
        { text: 'Os objetivos são realistas e mensuráveis dentro do programa: cada um tem passos, quem faz o quê e uma data prevista.' },
        {
          table: [
            ['Área', 'Objetivo', 'Passos e quem faz o quê', 'Data prevista', 'Estado'],
            ['{{goals.area}}', '{{goals.goal}}', '{{goals.steps}}', '{{goals.targetDate}}', '{{goals.status}}'],
          ],
        },
        { heading: 'Datas de revisão' },
        { text: 'Revisão intercalar: ____________    Revisão final: ____________' },
        { heading: 'Assinaturas' },
        {
          table: [
            ['Mentorado', 'Mentor', 'Coordenador'],
            ['', '', ''],
          ],
        },
      ],
    },
    codeOfConduct: {
      name: 'Modelo – Acordo do Código de Conduta',
      header: '{{programme.name}} · Código de Conduta · {{pair.code}}',
      footer: 'Assinado no encontro de apresentação em {{today}}.',
      blocks: [
        { heading: 'Acordo do Código de Conduta da mentoria' },
        { text: 'Mentor: {{mentor.name}}. Mentorado: {{mentee.name}}.' },
        { heading: 'Papéis e compromissos' },
        {
          text: 'O mentor oferece orientação e apoio; o mentorado participa ativamente e decide sobre a sua própria vida. Ambos cumprem os encontros combinados e avisam a tempo quando não podem comparecer.',
        },
        { heading: 'Encontros' },
        { text: 'Encontramo-nos pelo menos duas vezes por mês nos primeiros três meses e, depois, conforme combinado no nosso plano.' },
        { text: '{{#if pair.diaryLink}}' },
        { text: 'Diário do mentor, uma entrada depois de cada encontro: {{pair.diaryLink}}' },
        { text: '{{/if}}' },
        { heading: 'Confidencialidade e limites' },
        {
          text: 'O que partilhamos fica entre nós, exceto quando alguém está em risco. Não há trocas de dinheiro, presentes de valor nem empréstimos. O mentor não faz o papel de advogado, médico ou senhorio.',
        },
        { heading: 'Quem contactar' },
        { text: 'Para qualquer dúvida ou dificuldade, contacte a coordenação: {{coordinator.email}}.' },
        { heading: 'Assinaturas' },
        {
          table: [
            ['Mentorado', 'Mentor', 'Coordenador'],
            ['', '', ''],
          ],
        },
      ],
    },
    assessment: {
      name: 'Modelo – Avaliação final do PII',
      header: '{{programme.name}} · Avaliação final do PII · {{pair.code}}',
      footer: 'Confidencial: apenas para o mentorado, o mentor e o coordenador.',
      blocks: [
        { heading: 'Avaliação final do Plano Individual de Integração' },
        { text: 'Mentorado: {{mentee.name}}. Mentor: {{mentor.name}}. Data: {{today}}.' },
        { heading: 'Objetivos e estado final' },
        {
          table: [
            ['Área', 'Objetivo', 'Estado final', 'Evidências'],
            ['{{goals.area}}', '{{goals.goal}}', '{{goals.status}}', '{{goals.evidence}}'],
          ],
        },
        { heading: 'Principais resultados' },
        { text: '{{assessment.outcomes}}' },
        { heading: 'Dificuldades' },
        { text: '{{assessment.challenges}}' },
        { heading: 'Reflexões' },
        {
          table: [
            ['Mentor', '{{assessment.mentorReflection}}'],
            ['Mentorado', '{{assessment.menteeReflection}}'],
          ],
        },
      ],
    },
    proposal: {
      name: 'Modelo – Proposta de par ao mentor',
      header: '{{programme.name}} · Proposta de par · {{pair.code}}',
      footer: 'Por favor, mantenha estas informações confidenciais.',
      blocks: [
        { text: 'Caro(a) {{mentor.firstName}},' },
        { text: 'gostaríamos de lhe propor a mentoria de {{mentee.firstName}}.' },
        {
          table: [
            ['Idiomas', '{{mentee.languages}}'],
            ['Procura ajuda com', '{{mentee.needs}}'],
            ['Disponibilidade', '{{mentee.availability}}'],
          ],
        },
        { text: 'Porque pensamos que formam um bom par: {{match.reasons}}.' },
        { text: 'Parece-lhe um par possível? Se não, pode pedir outra proposta.' },
      ],
    },
  },
  shortNames: { iip: 'PII', codeOfConduct: 'Código de Conduta', assessment: 'Avaliação final PII', proposal: 'Proposta de par' },
};

/** Words of the templates rightly the same as the English ones: "Mentor" is the same word in Portuguese. */
export const sameAsEnglish: readonly string[] = ['Mentor'];
