import type { Language } from '../i18n';
import type { SCREENING_DECISIONS } from '../schema/sheets';

/**
 * Prepared feedback for every applicant, including those not selected (AMIR asks for it).
 * Deliberately free of the screening reason and of any sensitive detail: the coordinator adds
 * what they choose to say.
 */
export type Decision = Exclude<(typeof SCREENING_DECISIONS)[number], ''>;

const TEMPLATES: Record<Language, Record<Decision, { subject: string; body: string }>> = {
  en: {
    Admit: {
      subject: 'Welcome to {programme}',
      body: 'Dear {name},\n\nthank you for applying to {programme}. We are glad to tell you that you have been admitted. We will contact you soon about the next steps{training}.\n\nKind regards,\nThe programme coordinator',
    },
    'Waiting list': {
      subject: 'Your application to {programme}',
      body: 'Dear {name},\n\nthank you for applying to {programme}. At the moment we cannot start a mentorship for you, so we have put you on our waiting list. We will contact you as soon as a place is free.\n\nKind regards,\nThe programme coordinator',
    },
    Defer: {
      subject: 'Your application to {programme}',
      body: 'Dear {name},\n\nthank you for applying to {programme}. We would like to wait a little before starting; we will contact you again for the next round.\n\nKind regards,\nThe programme coordinator',
    },
    'Refer elsewhere': {
      subject: 'Your application to {programme}',
      body: 'Dear {name},\n\nthank you for applying to {programme}. We think another service can help you better with what you need, and we would be happy to put you in touch with it. Please reply to this message or call us.\n\nKind regards,\nThe programme coordinator',
    },
    'Not selected': {
      subject: 'Your application to {programme}',
      body: 'Dear {name},\n\nthank you for your interest in {programme} and for the time you gave to your application. This time we are not able to offer you a place. We are grateful for your interest and you are welcome to apply again in the future.\n\nKind regards,\nThe programme coordinator',
    },
  },
  it: {
    Admit: {
      subject: 'Benvenuto/a in {programme}',
      body: 'Gentile {name},\n\ngrazie per la tua domanda a {programme}. Siamo felici di comunicarti che sei stato/a ammesso/a. Ti contatteremo presto per i prossimi passi{training}.\n\nCordiali saluti,\nIl coordinatore del programma',
    },
    'Waiting list': {
      subject: 'La tua domanda a {programme}',
      body: 'Gentile {name},\n\ngrazie per la tua domanda a {programme}. Al momento non possiamo avviare un percorso per te e ti abbiamo inserito/a nella lista d’attesa. Ti contatteremo appena si libera un posto.\n\nCordiali saluti,\nIl coordinatore del programma',
    },
    Defer: {
      subject: 'La tua domanda a {programme}',
      body: 'Gentile {name},\n\ngrazie per la tua domanda a {programme}. Preferiamo aspettare un po’ prima di iniziare: ti ricontatteremo per il prossimo ciclo.\n\nCordiali saluti,\nIl coordinatore del programma',
    },
    'Refer elsewhere': {
      subject: 'La tua domanda a {programme}',
      body: 'Gentile {name},\n\ngrazie per la tua domanda a {programme}. Pensiamo che un altro servizio possa aiutarti meglio e siamo felici di metterti in contatto. Rispondi a questo messaggio o chiamaci.\n\nCordiali saluti,\nIl coordinatore del programma',
    },
    'Not selected': {
      subject: 'La tua domanda a {programme}',
      body: 'Gentile {name},\n\ngrazie per l’interesse per {programme} e per il tempo dedicato alla domanda. Questa volta non possiamo offrirti un posto. Ti ringraziamo e potrai ripresentare domanda in futuro.\n\nCordiali saluti,\nIl coordinatore del programma',
    },
  },
};

export function feedbackMessage(language: Language, decision: Decision, params: { name: string; programme: string; role: 'mentor' | 'mentee' }) {
  const template = TEMPLATES[language][decision];
  const training =
    params.role === 'mentor' && decision === 'Admit'
      ? language === 'it'
        ? ', a partire dalla formazione per mentori'
        : ', starting with the mentor training'
      : '';
  const fill = (text: string) =>
    text
      .replace(/\{name\}/g, () => params.name)
      .replace(/\{programme\}/g, () => params.programme)
      .replace(/\{training\}/g, () => training);
  return { subject: fill(template.subject), body: fill(template.body) };
}
