import { SENSITIVE_KINDS } from '../privacy/sensitive';
import type { ColumnOwner, ColumnSpec, ColumnType, SheetSchema } from './types';

const addon = (key: string, header: string, type: ColumnType, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  key,
  header,
  type,
  owner: 'addon',
  ...extra,
});
const coordinator = (key: string, header: string, type: ColumnType, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  key,
  header,
  type,
  owner: 'coordinator' satisfies ColumnOwner,
  ...extra,
});

export const SCREENING_DECISIONS = ['', 'Admit', 'Waiting list', 'Defer', 'Refer elsewhere', 'Not selected'] as const;
export const PAIR_STATUSES = [
  'Proposed',
  'Mentor accepted',
  'Mentor declined',
  'Introductory meeting held',
  'Active',
  'Closed – completed',
  'Closed – ended early',
  'Rematch offered',
] as const;
export const GOAL_STATUSES = ['Not started', 'In progress', 'Achieved', 'Partly achieved', 'Not achieved', 'Dropped'] as const;
export const ISSUE_STATUSES = ['Open', 'Fixed', 'Ignored'] as const;
export const MENTOR_TYPES = ['', 'Peer', 'Local'] as const;
/** The coordinator's check of a mentee's age: a birth year alone cannot say whether someone turning 18 this year is 18 yet. */
export const AGE_CHECKS = ['', '18 or over', 'Under 18'] as const;

/** What intake could not understand, and the answers to questions mapped to no column: nothing is lost. */
const intakeColumns = (): ColumnSpec[] => [
  addon('intakeProblems', 'Intake problems', 'longText', { headerIt: 'Problemi di iscrizione' }),
  addon('extraAnswers', 'Other answers', 'longText', { headerIt: 'Altre risposte' }),
];

/** Columns shared by every record that comes from a form response. */
const responseColumns = (): ColumnSpec[] => [
  addon('responseKey', 'Response key', 'id'),
  addon('submittedAt', 'Submitted', 'datetime', { headerIt: 'Inviato' }),
  addon('updatedAt', 'Updated by the add-on', 'datetime', { headerIt: 'Aggiornato' }),
];

const personColumns = (): ColumnSpec[] => [
  addon('name', 'Name', 'text', { headerIt: 'Nome' }),
  addon('email', 'Email', 'email'),
  addon('phone', 'Phone', 'phone', { headerIt: 'Telefono' }),
  addon('birthYear', 'Birth year', 'number', { headerIt: 'Anno di nascita' }),
  addon('gender', 'Gender', 'text', { headerIt: 'Genere' }),
  addon('genderPreference', 'Gender preference', 'text', { headerIt: 'Preferenza di genere' }),
  addon('languages', 'Languages', 'list', { headerIt: 'Lingue' }),
  addon('hostLanguageLevel', 'Host language level', 'text', { headerIt: 'Livello lingua del paese' }),
  addon('municipality', 'Municipality', 'text', { headerIt: 'Comune' }),
  addon('postcode', 'Postcode', 'text', { headerIt: 'CAP' }),
  addon('timeInCountry', 'Time in the country', 'text', { headerIt: 'Tempo nel paese' }),
  addon('interests', 'Interests', 'list', { headerIt: 'Interessi' }),
  addon('availability', 'Availability', 'list', { headerIt: 'Disponibilità' }),
  addon('hoursPerMonth', 'Hours a month', 'number', { headerIt: 'Ore al mese' }),
  addon('periodsAway', 'Periods away', 'text', { headerIt: 'Periodi di assenza' }),
  addon('family', 'Family and children', 'text', { headerIt: 'Famiglia e figli' }),
  addon('temperament', 'Temperament', 'text', { headerIt: 'Temperamento' }),
  addon('motivation', 'Motivation', 'longText', { headerIt: 'Motivazione' }),
  addon('consentData', 'Consent to data processing', 'boolean', { headerIt: 'Consenso al trattamento dei dati' }),
  addon('consentContact', 'Consent to be contacted', 'boolean', { headerIt: 'Consenso a essere contattato' }),
  addon('consentVersion', 'Consent text version', 'text', { headerIt: 'Versione del consenso' }),
  addon('possibleDuplicateOf', 'Possible duplicate of', 'text', { headerIt: 'Possibile duplicato di' }),
  coordinator('screeningDecision', 'Screening decision', 'choice', { headerIt: 'Decisione di selezione', choices: SCREENING_DECISIONS }),
  coordinator('screeningReason', 'Screening reason', 'text', { headerIt: 'Motivo della decisione' }),
  coordinator('notes', 'Coordinator notes', 'longText', { headerIt: 'Note del coordinatore' }),
];

/**
 * Channels a participant asked not to be reached on (docs/outreach.md): the coordinator ticks
 * them; the add-on then never offers that channel, whatever the consent to be contacted says.
 */
const declinedChannelColumns = (): ColumnSpec[] => [
  coordinator('noWhatsApp', 'No WhatsApp', 'boolean', { headerIt: 'Niente WhatsApp' }),
  coordinator('noEmail', 'No email', 'boolean', { headerIt: 'Niente email' }),
];

export const MENTORS: SheetSchema = {
  key: 'mentors',
  name: 'Mentors',
  nameIt: 'Mentori',
  columns: [
    addon('id', 'Mentor ID', 'id', { headerIt: 'ID mentore' }),
    ...responseColumns(),
    ...personColumns(),
    addon('offers', 'Help offered', 'list', { headerIt: 'Aiuto offerto' }),
    addon('mentorKinds', 'Kind of mentor', 'list', { headerIt: 'Tipo di mentore' }),
    addon('skills', 'Skills', 'text', { headerIt: 'Competenze' }),
    addon('professionalField', 'Professional field', 'text', { headerIt: 'Settore professionale' }),
    ...intakeColumns(),
    coordinator('mentorType', 'Peer or local mentor', 'choice', { headerIt: 'Mentore pari o locale', choices: MENTOR_TYPES }),
    coordinator('trainingModules', 'Training modules completed (of 5)', 'number', { headerIt: 'Moduli di formazione completati (su 5)' }),
    coordinator('capacity', 'Capacity (mentees at once)', 'number', { headerIt: 'Capacità (mentee alla volta)' }),
    ...declinedChannelColumns(),
  ],
};

export const MENTEES: SheetSchema = {
  key: 'mentees',
  name: 'Mentees',
  nameIt: 'Mentee',
  columns: [
    addon('id', 'Mentee ID', 'id', { headerIt: 'ID mentee' }),
    ...responseColumns(),
    ...personColumns(),
    addon('needs', 'Needs and priorities', 'list', { headerIt: 'Bisogni e priorità' }),
    addon('goals', 'What they hope to achieve', 'longText', { headerIt: 'Obiettivi' }),
    addon('agePreference', 'Age preference', 'text', { headerIt: 'Preferenza di età' }),
    addon('wantsSimilarBackground', 'Wants a mentor with a similar experience', 'boolean', { headerIt: 'Vuole un mentore con esperienza simile' }),
    addon('isMinor', 'Minor', 'boolean', { headerIt: 'Minorenne' }),
    ...intakeColumns(),
    coordinator('ageCheck', 'Age checked by the coordinator', 'choice', { headerIt: 'Età verificata dal coordinatore', choices: AGE_CHECKS }),
    ...declinedChannelColumns(),
  ],
};

export const PAIRS: SheetSchema = {
  key: 'pairs',
  name: 'Pairs',
  nameIt: 'Coppie',
  columns: [
    addon('code', 'Pair code', 'id', { headerIt: 'Codice coppia' }),
    addon('mentorId', 'Mentor ID', 'id', { headerIt: 'ID mentore' }),
    addon('secondMentorId', 'Second mentor ID (team)', 'id', { headerIt: 'ID secondo mentore (squadra)' }),
    addon('menteeId', 'Mentee ID', 'id', { headerIt: 'ID mentee' }),
    addon('score', 'Match score', 'number', { headerIt: 'Punteggio' }),
    addon('reasons', 'Why this match', 'longText', { headerIt: 'Motivi dell’abbinamento' }),
    coordinator('status', 'Status', 'choice', { headerIt: 'Stato', choices: PAIR_STATUSES }),
    addon('proposedOn', 'Proposed on', 'date', { headerIt: 'Proposta il' }),
    coordinator('acceptedOn', 'Mentor accepted on', 'date', { headerIt: 'Accettata il' }),
    coordinator('introMeetingOn', 'Introductory meeting on', 'date', { headerIt: 'Incontro introduttivo il' }),
    coordinator('startedOn', 'Started on', 'date', { headerIt: 'Iniziata il' }),
    coordinator('plannedEndOn', 'Planned end', 'date', { headerIt: 'Fine prevista' }),
    coordinator('closedOn', 'Closed on', 'date', { headerIt: 'Chiusa il' }),
    coordinator('endReason', 'End reason', 'text', { headerIt: 'Motivo della chiusura' }),
    coordinator('notes', 'Coordinator notes', 'longText', { headerIt: 'Note del coordinatore' }),
    addon('iipDoc', 'IIP document', 'text', { headerIt: 'Documento PII' }),
    addon('codeOfConductDoc', 'Code of Conduct document', 'text', { headerIt: 'Documento codice di condotta' }),
    addon('assessmentDoc', 'Final assessment document', 'text', { headerIt: 'Documento valutazione finale' }),
    addon('proposalDoc', 'Proposal document', 'text', { headerIt: 'Documento proposta' }),
  ],
};

export const MEETINGS: SheetSchema = {
  key: 'meetings',
  name: 'Meetings',
  nameIt: 'Incontri',
  columns: [
    ...responseColumns(),
    addon('mentorId', 'Mentor ID', 'id', { headerIt: 'ID mentore' }),
    addon('pairCode', 'Pair code', 'id', { headerIt: 'Codice coppia' }),
    addon('date', 'Meeting date', 'date', { headerIt: 'Data incontro' }),
    addon('durationMinutes', 'Duration (minutes)', 'number', { headerIt: 'Durata (minuti)' }),
    addon('mode', 'Mode', 'text', { headerIt: 'Modalità' }),
    addon('activity', 'Activity', 'longText', { headerIt: 'Attività' }),
    addon('themes', 'Themes', 'list', { headerIt: 'Temi' }),
    addon('communityActivity', 'Community activity', 'boolean', { headerIt: 'Attività nella comunità' }),
    addon('needsSupport', 'Needs coordinator support', 'boolean', { headerIt: 'Serve supporto del coordinatore' }),
    // The mentor's words about a concern are in Sensitive details; here only that one was reported, and its kind.
    addon('concernReported', 'Concern reported', 'boolean', { headerIt: 'Preoccupazione segnalata' }),
    addon('concernKind', 'Kind of concern', 'text', { headerIt: 'Tipo di preoccupazione' }),
    ...intakeColumns(),
    coordinator('reviewed', 'Reviewed', 'boolean', { headerIt: 'Letto' }),
    coordinator('notes', 'Coordinator notes', 'longText', { headerIt: 'Note del coordinatore' }),
  ],
};

export const GOALS: SheetSchema = {
  key: 'goals',
  name: 'Goals',
  nameIt: 'Obiettivi',
  columns: [
    addon('goalId', 'Goal ID', 'id', { headerIt: 'ID obiettivo' }),
    addon('pairCode', 'Pair code', 'id', { headerIt: 'Codice coppia' }),
    coordinator('area', 'Area', 'text', { headerIt: 'Area' }),
    coordinator('goal', 'Goal', 'longText', { headerIt: 'Obiettivo' }),
    coordinator('steps', 'Steps', 'longText', { headerIt: 'Passi' }),
    coordinator('targetDate', 'Target date', 'date', { headerIt: 'Data obiettivo' }),
    coordinator('status', 'Status', 'choice', { headerIt: 'Stato', choices: GOAL_STATUSES }),
    coordinator('evidence', 'Evidence', 'longText', { headerIt: 'Evidenze' }),
    addon('updatedAt', 'Updated', 'datetime', { headerIt: 'Aggiornato' }),
  ],
};

export const SUPERVISION: SheetSchema = {
  key: 'supervision',
  name: 'Supervision',
  nameIt: 'Supervisione',
  columns: [
    addon('entryId', 'Entry ID', 'id', { headerIt: 'ID voce' }),
    addon('pairCode', 'Pair code', 'id', { headerIt: 'Codice coppia' }),
    coordinator('date', 'Date', 'date', { headerIt: 'Data' }),
    coordinator('withWhom', 'With whom', 'text', { headerIt: 'Con chi' }),
    coordinator('kind', 'Kind', 'text', { headerIt: 'Tipo' }),
    coordinator('topics', 'Topics', 'longText', { headerIt: 'Argomenti' }),
    coordinator('actions', 'Actions', 'longText', { headerIt: 'Azioni' }),
    coordinator('nextDate', 'Next contact', 'date', { headerIt: 'Prossimo contatto' }),
  ],
};

export const SATISFACTION: SheetSchema = {
  key: 'satisfaction',
  name: 'Satisfaction',
  nameIt: 'Soddisfazione',
  columns: [
    ...responseColumns(),
    addon('role', 'Respondent role', 'text', { headerIt: 'Ruolo' }),
    addon('personId', 'Person ID', 'id', { headerIt: 'ID persona' }),
    addon('pairCode', 'Pair code', 'id', { headerIt: 'Codice coppia' }),
    addon('overall', 'Overall satisfaction (1-5)', 'number', { headerIt: 'Soddisfazione complessiva (1-5)' }),
    addon('comments', 'Comments', 'longText', { headerIt: 'Commenti' }),
    ...intakeColumns(),
  ],
};

export const ASSESSMENTS: SheetSchema = {
  key: 'assessments',
  name: 'Assessments',
  nameIt: 'Valutazioni',
  columns: [
    ...responseColumns(),
    addon('pairCode', 'Pair code', 'id', { headerIt: 'Codice coppia' }),
    addon('outcomes', 'Key outcomes', 'longText', { headerIt: 'Risultati principali' }),
    addon('challenges', 'Challenges', 'longText', { headerIt: 'Difficoltà' }),
    addon('mentorReflection', 'Mentor reflection', 'longText', { headerIt: 'Riflessione del mentore' }),
    addon('menteeReflection', 'Mentee reflection', 'longText', { headerIt: 'Riflessione del mentee' }),
    ...intakeColumns(),
  ],
};

export const INTAKE_ISSUES: SheetSchema = {
  key: 'intakeIssues',
  name: 'Intake issues',
  nameIt: 'Problemi di iscrizione',
  columns: [
    addon('issueId', 'Issue ID', 'id', { headerIt: 'ID problema' }),
    addon('raisedAt', 'Raised', 'datetime', { headerIt: 'Segnalato' }),
    addon('sourceSheet', 'Response sheet', 'text', { headerIt: 'Foglio risposte' }),
    addon('responseKey', 'Response key', 'id'),
    addon('field', 'Field', 'text', { headerIt: 'Campo' }),
    addon('problem', 'Problem', 'longText', { headerIt: 'Problema' }),
    addon('fix', 'How to fix', 'longText', { headerIt: 'Come risolvere' }),
    coordinator('status', 'Status', 'choice', { headerIt: 'Stato', choices: ISSUE_STATUSES }),
  ],
};

export const SETTINGS: SheetSchema = {
  key: 'settings',
  name: 'Settings',
  nameIt: 'Impostazioni',
  columns: [
    addon('key', 'Setting', 'id', { headerIt: 'Impostazione' }),
    coordinator('value', 'Value', 'text', { headerIt: 'Valore' }),
    addon('description', 'What it does', 'longText', { headerIt: 'A cosa serve' }),
  ],
};

export const AUDIT_LOG: SheetSchema = {
  key: 'auditLog',
  name: 'Audit log',
  nameIt: 'Registro delle attività',
  columns: [
    addon('at', 'When', 'datetime', { headerIt: 'Quando' }),
    addon('who', 'Who (user key)', 'id', { headerIt: 'Chi (chiave utente)' }),
    addon('action', 'Action', 'text', { headerIt: 'Azione' }),
    addon('subject', 'Subject (ids)', 'text', { headerIt: 'Oggetto (id)' }),
    addon('detail', 'Detail', 'text', { headerIt: 'Dettaglio' }),
  ],
};

/**
 * Special-category and safeguarding details, one row per detail: apart from the records, in a
 * sheet protected so that only coordinators can edit it. Coordinators may add rows by hand
 * (a safeguarding note, say); the add-on adds intake answers and private reasons.
 */
export const SENSITIVE: SheetSchema = {
  key: 'sensitive',
  name: 'Sensitive details',
  nameIt: 'Dati riservati',
  columns: [
    coordinator('personId', 'Person ID', 'id', { headerIt: 'ID persona' }),
    coordinator('relatedId', 'Pair or other person', 'id', { headerIt: 'Coppia o altra persona' }),
    coordinator('detail', 'Detail', 'choice', { headerIt: 'Dato', choices: ['', ...SENSITIVE_KINDS.map((k) => k.detail)] }),
    coordinator('value', 'Value', 'longText', { headerIt: 'Valore', sensitive: true }),
    addon('recordedAt', 'Recorded', 'datetime', { headerIt: 'Registrato' }),
    addon('source', 'Source', 'id', { headerIt: 'Origine del dato' }),
  ],
};

/** Every structured sheet, in the order setup creates them. */
export const PROGRAMME_SHEETS: readonly SheetSchema[] = [
  MENTORS,
  MENTEES,
  PAIRS,
  MEETINGS,
  GOALS,
  SUPERVISION,
  SATISFACTION,
  ASSESSMENTS,
  INTAKE_ISSUES,
  SETTINGS,
  AUDIT_LOG,
  SENSITIVE,
];
