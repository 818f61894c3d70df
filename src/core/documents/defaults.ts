import type { CalendarDate } from '../calendarDate';
import { isoDay } from '../values';
import type { SupportedLanguage } from '../i18n';
import { documentTexts } from '../i18n';

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
  /** The mentor diary form's link with the pair code (and mentor's email) filled in; empty without a diary form. */
  'pair.diaryLink',
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

/** The default template of a kind in a language (its texts: src/core/i18n/<language>/documents.ts). */
export function defaultTemplate(kind: DocumentKind, language: SupportedLanguage): TemplateSpec {
  return documentTexts(language).templates[kind];
}

/** "IIP – P-0012 – 2026-11". `date`: the day the document is made (an instant is the month it is in `timeZone`; UTC unless told). */
export function documentName(
  kind: DocumentKind,
  language: SupportedLanguage,
  code: string,
  date: Date | CalendarDate,
  timeZone = 'UTC',
  /** A mentee's own copy in their language: "IIP (ar) – P-0012 – 2026-11". */
  copyLanguage: string | null = null,
): string {
  const short = documentTexts(language).shortNames[kind];
  return `${copyLanguage ? `${short} (${copyLanguage})` : short} – ${code} – ${isoDay(date, timeZone).slice(0, 7)}`;
}

/**
 * A table cell the default templates write bold: a label ("Mentee", "Goal", "Target date"), that
 * is, a cell with text and no placeholder. Values and the rows repeated per goal stay regular.
 */
export function isLabelCell(text: string): boolean {
  return text.trim() !== '' && !text.includes('{{');
}
