import type { DocumentTexts } from '../en/documents';

/** French (France and Belgium) default documents. Every document of the English ones must be present. */
export const documents: DocumentTexts = {
  templates: {
    iip: {
      name: 'Modèle – Plan individuel d’intégration',
      header: '{{programme.name}} · Plan individuel d’intégration · {{pair.code}}',
      footer: 'Confidentiel : réservé au mentoré, au mentor et au coordinateur.',
      blocks: [
        { heading: 'Plan individuel d’intégration' },
        {
          table: [
            ['Mentoré', '{{mentee.name}}'],
            ['Mentor', '{{mentor.name}}'],
            ['Début', '{{pair.startedOn}}'],
            ['Fin prévue', '{{pair.plannedEndOn}}'],
          ],
        },
        { heading: 'Objectifs' },
        { text: 'Les objectifs sont réalistes et mesurables dans la durée du programme : chacun a ses étapes, qui fait quoi, et une date prévue.' },
        {
          table: [
            ['Domaine', 'Objectif', 'Étapes et qui fait quoi', 'Date prévue', 'Statut'],
            ['{{goals.area}}', '{{goals.goal}}', '{{goals.steps}}', '{{goals.targetDate}}', '{{goals.status}}'],
          ],
        },
        { heading: 'Dates des bilans' },
        { text: 'Bilan à mi-parcours : ____________    Bilan final : ____________' },
        { heading: 'Signatures' },
        {
          table: [
            ['Mentoré', 'Mentor', 'Coordinateur'],
            ['', '', ''],
          ],
        },
      ],
    },
    codeOfConduct: {
      name: 'Modèle – Charte d’engagement du binôme',
      header: '{{programme.name}} · Charte d’engagement · {{pair.code}}',
      footer: 'Signée lors de la première rencontre, le {{today}}.',
      blocks: [
        { heading: 'Charte d’engagement du binôme de mentorat entre pairs' },
        { text: 'Mentor : {{mentor.name}}. Mentoré : {{mentee.name}}.' },
        { heading: 'Rôles et engagements' },
        {
          text: 'Le mentor apporte conseils et soutien ; le mentoré participe activement et décide de sa propre vie. Tous deux respectent les rencontres convenues et se préviennent à temps quand ils ne peuvent pas venir.',
        },
        { heading: 'Rencontres' },
        { text: 'Nous nous rencontrons au moins deux fois par mois pendant les trois premiers mois, puis comme prévu dans notre plan.' },
        { text: '{{#if pair.diaryLink}}' },
        { text: 'Journal du mentor, une entrée après chaque rencontre : {{pair.diaryLink}}' },
        { text: '{{/if}}' },
        { heading: 'Confidentialité et limites' },
        {
          text: 'Ce qui est partagé reste entre nous, sauf si quelqu’un est en danger. Ni argent, ni cadeaux de valeur, ni prêts ne passent de l’un à l’autre. Le mentor ne joue pas le rôle d’avocat, de médecin ou de propriétaire.',
        },
        { heading: 'Qui contacter' },
        { text: 'Pour toute question ou difficulté, contactez le coordinateur : {{coordinator.email}}.' },
        { heading: 'Signatures' },
        {
          table: [
            ['Mentoré', 'Mentor', 'Coordinateur'],
            ['', '', ''],
          ],
        },
      ],
    },
    assessment: {
      name: 'Modèle – Évaluation finale du PII',
      header: '{{programme.name}} · Évaluation finale du PII · {{pair.code}}',
      footer: 'Confidentiel : réservé au mentoré, au mentor et au coordinateur.',
      blocks: [
        { heading: 'Évaluation finale du plan individuel d’intégration' },
        { text: 'Mentoré : {{mentee.name}}. Mentor : {{mentor.name}}. Date : {{today}}.' },
        { heading: 'Objectifs et statut final' },
        {
          table: [
            ['Domaine', 'Objectif', 'Statut final', 'Éléments de preuve'],
            ['{{goals.area}}', '{{goals.goal}}', '{{goals.status}}', '{{goals.evidence}}'],
          ],
        },
        { heading: 'Principaux résultats' },
        { text: '{{assessment.outcomes}}' },
        { heading: 'Difficultés' },
        { text: '{{assessment.challenges}}' },
        { heading: 'Réflexions' },
        {
          table: [
            ['Mentor', '{{assessment.mentorReflection}}'],
            ['Mentoré', '{{assessment.menteeReflection}}'],
          ],
        },
      ],
    },
    proposal: {
      name: 'Modèle – Proposition de binôme au mentor',
      header: '{{programme.name}} · Proposition de binôme · {{pair.code}}',
      footer: 'Merci de garder ces informations confidentielles.',
      blocks: [
        { text: 'Bonjour {{mentor.firstName}},' },
        { text: 'nous vous proposons d’accompagner {{mentee.firstName}} comme mentor.' },
        {
          table: [
            ['Langues', '{{mentee.languages}}'],
            ['Cherche de l’aide pour', '{{mentee.needs}}'],
            ['Disponibilités', '{{mentee.availability}}'],
          ],
        },
        { text: 'Pourquoi ce binôme nous semble adapté : {{match.reasons}}.' },
        { text: 'Ce binôme vous semble-t-il possible ? Sinon, vous pouvez en demander un autre.' },
      ],
    },
  },
  shortNames: { iip: 'PII', codeOfConduct: 'Charte d’engagement', assessment: 'Évaluation finale PII', proposal: 'Proposition de binôme' },
};

/** Words of the templates rightly the same as the English ones. */
export const sameAsEnglish: readonly string[] = ['Mentor', 'Signatures'];
