import { type CalendarDate, calendarDate, calendarDateOf, daysBetween } from '../calendarDate';
import { isDate as isDateValue } from '../values';
import { formatSkills, parseLanguages, parseLevel } from './languages';
import { fold, splitAnswer, tidy } from './text';

/**
 * Normalisers turn one answer into a tidy value. None of them throws and none loses an answer:
 * what cannot be understood is returned as a problem quoting it, and the response sheet keeps
 * the original.
 */
export type ProblemCode =
  | 'blankRequired'
  | 'badEmail'
  | 'badPhone'
  | 'badYear'
  | 'unknownLanguage'
  | 'noConsent'
  | 'badDate'
  | 'badNumber'
  | 'outOfRange'
  | 'unknownSlot'
  | 'possibleDuplicate'
  | 'noMentor'
  | 'noPair'
  | 'noPerson'
  | 'tooLong';

export interface Problem {
  field: string;
  code: ProblemCode;
  /** The answer as typed (shortened), so the coordinator can find it. */
  answer: string;
  /** More placeholders of the message: numbers and names of ours, never people's text. */
  params?: Record<string, string | number>;
}

export type Normalised<T> = { value: T | null; problem?: Omit<Problem, 'field'> };

const clip = (text: unknown) => {
  const s = String(text ?? '');
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
};

const ok = <T>(value: T | null): Normalised<T> => ({ value });
const none = <T>(): Normalised<T> => ({ value: null });
const bad = <T>(code: ProblemCode, answer: unknown, value: T | null = null): Normalised<T> => ({ value, problem: { code, answer: clip(answer) } });

const isBlank = (answer: unknown) => tidy(answer) === '';

export function normaliseText(answer: unknown): Normalised<string> {
  const text = String(answer ?? '')
    .replace(/\r\n?/g, '\n')
    .trim();
  return ok(text === '' ? null : text);
}

export function normaliseName(answer: unknown): Normalised<string> {
  const name = tidy(answer);
  return name ? ok(name) : bad('blankRequired', answer);
}

export function normaliseEmail(answer: unknown): Normalised<string> {
  if (isBlank(answer)) return none();
  const email = tidy(answer)
    .replace(/^mailto:/i, '')
    .replace(/\s+/g, '')
    .toLowerCase();
  return /^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$/.test(email) ? ok(email) : bad('badEmail', answer, tidy(answer));
}

/** Phone numbers: digits with one leading "+", "00" read as "+"; kept as text so zeros survive. */
export function normalisePhone(answer: unknown): Normalised<string> {
  if (isBlank(answer)) return none();
  const raw = tidy(answer);
  let digits = raw.replace(/[^\d+]/g, '');
  digits = digits.replace(/(?!^)\+/g, '');
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  const count = digits.replace('+', '').length;
  return count >= 6 && count <= 15 ? ok(digits) : bad('badPhone', answer, raw);
}

/** A birth year from a year, a date of birth or an age; `today` fixes "now" for ages. */
export function normaliseBirthYear(answer: unknown, today: Date, timeZone = 'UTC'): Normalised<number> {
  if (isBlank(answer)) return bad('blankRequired', answer);
  // Years of calendar days in the spreadsheet's zone: a date of birth of 1 January typed in Rome
  // is stored at 23:00 UTC the day before, and must not make the person a year older.
  const thisYear = yearOf(calendarDateOf(today, timeZone));
  const plausible = (year: number) => year >= thisYear - 110 && year <= thisYear - 5;
  if (isDateValue(answer)) {
    const day = dayOfInstant(answer, timeZone);
    return day && plausible(yearOf(day)) ? ok(yearOf(day)) : bad('badYear', day ?? String(answer));
  }
  if (typeof answer === 'number' && Number.isInteger(answer)) {
    if (plausible(answer)) return ok(answer);
    if (answer >= 5 && answer <= 110) return ok(thisYear - answer);
    return bad('badYear', answer);
  }
  const text = tidy(answer);
  const year = /^(\d{4})$/.exec(text) ?? /\b(\d{4})\b/.exec(text);
  if (year && plausible(Number(year[1]))) return ok(Number(year[1]));
  const age = /^(\d{1,3})(\s*(years?|anni|anos|años|ans|jahre|jaar)( old)?)?$/i.exec(text);
  if (age && Number(age[1]) >= 5 && Number(age[1]) <= 110) return ok(thisYear - Number(age[1]));
  return bad('badYear', answer);
}

const GENDER_WORDS: [RegExp, string][] = [
  [
    /\b(no preference|indifferente|nessuna preferenza|non importa|sin preferencia|indiferente|pas de preference|peu importe|egal|keine praferenz|geen voorkeur|maakt niet uit|any|either)\b/,
    'No preference',
  ],
  [/\b(non binary|nonbinary|non binario|no binario|non binaire|nicht binar|non binair|other|altro|otro|autre|andere)\b/, 'Non-binary or other'],
  [/\b(woman|women|female|donna|donne|femmina|mujer|femenino|femme|feminin|frau|weiblich|vrouw|vrouwelijk|f)\b/, 'Woman'],
  [/\b(man|men|male|uomo|uomini|maschio|hombre|masculino|homme|masculin|mann|mannlich|man|mannelijk|m)\b/, 'Man'],
  [/\b(prefer not|preferisco non|prefiero no|je prefere ne pas|mochte ich nicht|zeg ik liever niet)\b/, 'Prefer not to say'],
];

export function normaliseGender(answer: unknown): Normalised<string> {
  if (isBlank(answer)) return none();
  const folded = fold(answer);
  for (const [pattern, value] of GENDER_WORDS) if (pattern.test(folded)) return ok(value);
  return ok(tidy(answer));
}

export function normaliseLanguages(answer: unknown, required: boolean): Normalised<string> {
  if (isBlank(answer)) return required ? bad('blankRequired', answer) : none();
  const { skills, unknown } = parseLanguages(answer);
  const value = skills.length ? formatSkills(skills) : null;
  return unknown.length ? bad('unknownLanguage', unknown.join(', '), value) : ok(value);
}

export function normaliseLevel(answer: unknown): Normalised<string> {
  if (isBlank(answer)) return none();
  return ok(parseLevel(answer) ?? tidy(answer));
}

/** Multi-choice answers: parts kept in their order (the first need is the most important). */
export function normaliseList(answer: unknown, required = false): Normalised<string> {
  const parts = splitAnswer(answer).map(tidy).filter(Boolean);
  if (parts.length === 0) {
    // Only separators typed: kept as typed rather than dropped.
    const raw = tidy(answer);
    if (raw) return ok(raw);
    return required ? bad('blankRequired', answer) : none();
  }
  return ok([...new Set(parts)].join(', '));
}

const SLOT_WORDS: [RegExp, string][] = [
  [/\b(morning|mornings|mattina|mattine|mattino|manana|mananas|matin|matins|morgen|morgens|vormittag|vormittags|ochtend|ochtenden|voormiddag)\b/, 'mornings'],
  [/\b(afternoon|afternoons|pomeriggio|pomeriggi|tarde|tardes|apres midi|nachmittag|nachmittags|middag|namiddag)\b/, 'afternoons'],
  [/\b(evening|evenings|night|sera|sere|serata|noche|noches|soir|soirs|soiree|abend|abends|avond|avonden)\b/, 'evenings'],
  [
    /\b(weekend|weekends|fine settimana|sabato|domenica|fin de semana|sabado|domingo|week end|samedi|dimanche|wochenende|samstag|sonntag|zaterdag|zondag)\b/,
    'weekends',
  ],
  [/\b(weekday|weekdays|giorni feriali|dias laborables|en semaine|werktags|wochentags|doordeweeks)\b/, 'weekdays'],
  [/\b(any time|anytime|sempre|qualsiasi|siempre|cualquier|toujours|n importe|immer|jederzeit|altijd)\b/, 'any time'],
];

/** Availability as slots (mornings, afternoons, evenings, weekends, weekdays, any time). */
export function normaliseAvailability(answer: unknown): Normalised<string> {
  if (isBlank(answer)) return none();
  const slots: string[] = [];
  const unknown: string[] = [];
  for (const part of splitAnswer(answer)) {
    const folded = fold(part);
    const found = SLOT_WORDS.filter(([pattern]) => pattern.test(folded)).map(([, slot]) => slot);
    if (found.length === 0) unknown.push(part);
    for (const slot of found) if (!slots.includes(slot)) slots.push(slot);
  }
  if (slots.length === 0 && unknown.length === 0) unknown.push(tidy(answer));
  const value = slots.length ? slots.join(', ') : null;
  return unknown.length ? bad('unknownSlot', unknown.join(', '), value) : ok(value);
}

/** The first number in an answer ("8", "8 hours", "8-10", "otto"? no: words are a problem). */
export function normaliseNumber(answer: unknown, min: number, max: number): Normalised<number> {
  if (isBlank(answer)) return none();
  if (typeof answer === 'number') return answer >= min && answer <= max ? ok(answer) : bad('outOfRange', answer);
  const match = /-?\d+(?:[.,]\d+)?/.exec(String(answer));
  if (!match) return bad('badNumber', answer);
  const n = Number(match[0].replace(',', '.'));
  return n >= min && n <= max ? ok(n) : bad('outOfRange', answer);
}

/** Minutes from "90", "1h30", "1:30", "2 hours", "1,5 ore". */
export function normaliseDuration(answer: unknown): Normalised<number> {
  if (isBlank(answer)) return none();
  if (typeof answer === 'number') return answer > 0 && answer <= 24 * 60 ? ok(answer) : bad('outOfRange', answer);
  const text = fold(answer);
  const hm = /(\d+)\s*(?:h|ore|ora|hours?|uur|heures?|stunden?|horas?)\s*(\d+)?/.exec(text) ?? /^(\d+) (\d{2})$/.exec(text);
  if (hm) {
    const minutes = Number(hm[1]) * 60 + Number(hm[2] ?? 0);
    return minutes > 0 && minutes <= 24 * 60 ? ok(minutes) : bad('outOfRange', answer);
  }
  const decimalHours = /(\d+[.,]\d+)\s*(?:h|ore|hours?|uur|heures?|stunden?|horas?)/.exec(String(answer).toLowerCase());
  if (decimalHours) return ok(Math.round(Number(decimalHours[1]!.replace(',', '.')) * 60));
  return normaliseNumber(answer, 1, 24 * 60);
}

const YES =
  /^(yes|y|si|sì|sí|oui|ja|jawel|true|1|x|ok|i agree|agree|accetto|acconsento|do il consenso|acepto|doy mi consentimiento|j accepte|d accord|ich stimme zu|einverstanden|ik ga akkoord|akkoord|yes i agree)\b/;
const NO = /^(no|n|non|nein|nee|false|0|not|non acconsento|no acepto|je refuse|ich stimme nicht zu|niet akkoord)\b/;

export function normaliseYesNo(answer: unknown): Normalised<boolean> {
  if (typeof answer === 'boolean') return ok(answer);
  if (isBlank(answer)) return none();
  const folded = fold(answer);
  if (NO.test(folded)) return ok(false);
  if (YES.test(folded)) return ok(true);
  return none();
}

/** Consent must be an explicit yes; anything else is recorded as no consent. */
export function normaliseConsent(answer: unknown): Normalised<boolean> {
  const yes = normaliseYesNo(answer).value;
  return yes === true ? ok(true) : bad('noConsent', answer, false);
}

export function normalisePermit(answer: unknown): Normalised<string> {
  if (isBlank(answer)) return none();
  const folded = fold(answer);
  if (
    /\b(waiting|pending|appointment|in attesa|appuntamento|rinnovo|en tramite|pendiente|en attente|rendez vous|ausstehend|termin|in behandeling|afspraak)\b/.test(
      folded,
    )
  )
    return ok('Pending');
  const yes = normaliseYesNo(answer).value;
  if (yes === true) return ok('Yes');
  if (yes === false) return ok('No');
  return ok(tidy(answer));
}

/** Title case for place names typed in lower case ("casalecchio di reno" → "Casalecchio Di Reno" is avoided: only the first letter). */
export function normalisePlace(answer: unknown): Normalised<string> {
  const text = tidy(answer);
  if (!text) return none();
  return ok(text === text.toLowerCase() ? text.charAt(0).toUpperCase() + text.slice(1) : text);
}

export function normalisePostcode(answer: unknown): Normalised<string> {
  const text = tidy(answer).toUpperCase();
  return ok(text || null);
}

/**
 * A calendar day from a Date (the day it falls on in the spreadsheet's zone), an ISO date or a
 * day-first date (dd/mm/yyyy), as people outside the US write.
 */
export function normaliseDate(answer: unknown, today: Date, timeZone = 'UTC'): Normalised<CalendarDate> {
  if (isBlank(answer)) return bad('blankRequired', answer);
  const date = isDateValue(answer) ? dayOfInstant(answer, timeZone) : dayFromText(tidy(answer));
  if (!date) return bad('badDate', answer);
  const tooFar = Math.abs(daysBetween(calendarDateOf(today, timeZone), date)) > 5 * 366;
  return tooFar ? bad('badDate', answer) : ok(date);
}

function dayFromText(text: string): CalendarDate | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$/.exec(text);
  if (!dayFirst) return null;
  const year = Number(dayFirst[3]) < 100 ? 2000 + Number(dayFirst[3]) : Number(dayFirst[3]);
  return calendarDate(year, Number(dayFirst[2]), Number(dayFirst[1]));
}

const yearOf = (day: CalendarDate) => Number(day.slice(0, 4));

/** The day an instant falls on in the zone; null for an invalid or out-of-range Date (normalisers never throw). */
function dayOfInstant(instant: Date, timeZone: string): CalendarDate | null {
  try {
    return Number.isNaN(instant.getTime()) ? null : calendarDateOf(instant, timeZone);
  } catch {
    return null;
  }
}

/** An age preference for the mentor: similar age, older, younger, or none. */
export function normaliseAgePreference(answer: unknown): Normalised<string> {
  if (isBlank(answer)) return none();
  const folded = fold(answer);
  if (/\b(no preference|nessuna preferenza|indifferente|sin preferencia|pas de preference|egal|geen voorkeur|any)\b/.test(folded)) return ok('No preference');
  if (/\b(older|piu grande|anziano|mayor|plus age|plus agee|alter|ouder)\b/.test(folded)) return ok('Older');
  if (/\b(younger|piu giovane|menor|plus jeune|junger|jonger)\b/.test(folded)) return ok('Younger');
  if (/\b(my age|same age|similar|mia eta|stessa eta|mi edad|mon age|mein alter|mijn leeftijd)\b/.test(folded)) return ok('Similar age');
  return ok(tidy(answer));
}
