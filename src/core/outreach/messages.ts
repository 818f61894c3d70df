import { asCalendarDate, formatCalendarDate } from '../calendarDate';
import { intlLocale, type MessageKey, SUPPORTED_LANGUAGES, type SupportedLanguage, translator } from '../i18n';
import { parseSkillList } from '../intake/languages';
import { normalisePhone } from './phone';
import { isEmailAddress } from './links';

/**
 * Reminders ready to send. Each is a catalogue text (en.ts, it.ts) in plain words, with only
 * what the person needs: their first name, the pair code, a date, the diary link. Nothing about
 * the other person beyond a first name, nothing from the sensitive details.
 */
export const MESSAGE_KINDS = ['diaryDue', 'supervision', 'followUp', 'noMeeting', 'menteeWaiting', 'matchProposal', 'welcome'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];
export const ROLES = ['mentor', 'mentee'] as const;
export type Role = (typeof ROLES)[number];

/** Who each reminder is for. */
export const RECIPIENTS: Record<MessageKind, readonly Role[]> = {
  diaryDue: ['mentor'],
  supervision: ['mentor'],
  followUp: ['mentor', 'mentee'],
  noMeeting: ['mentor', 'mentee'],
  menteeWaiting: ['mentee'],
  matchProposal: ['mentor'],
  welcome: ['mentor', 'mentee'],
};

/**
 * The ids of a pair's mentors, in the pair's order: the mentor, then (a team) the second mentor.
 * Each gets every mentor reminder; a blank cell is no one, and an id named twice is one person.
 */
export function pairMentorIds(pair: { mentorId?: unknown; secondMentorId?: unknown }): string[] {
  const ids = [pair.mentorId, pair.secondMentorId].map((v) => (v === null || v === undefined ? '' : String(v).trim())).filter((id) => id !== '');
  return [...new Set(ids)];
}

export interface MessageParams {
  firstName: string;
  code: string;
  programme: string;
  date?: string;
  /**
   * A number of days (waited, or since the last meeting). For the "still waiting" message, null or
   * absent means the application date is unknown: the message then says no number of days.
   */
  days?: number | null;
  /** The diary link (mentor messages that ask for a diary). */
  link?: string;
}

export interface ComposedMessage {
  subject: string;
  body: string;
}

export function bodyKey(kind: MessageKind, role: Role): MessageKey {
  return `outreach.msg.${kind}.${role}` as MessageKey;
}

/**
 * The body's text for these params: the "still waiting" message of a mentee whose application date
 * is unknown has its own text, as "waiting for 0 days" (or for " days") would be untrue.
 */
function bodyKeyFor(kind: MessageKind, role: Role, params: MessageParams): MessageKey {
  return kind === 'menteeWaiting' && (params.days === undefined || params.days === null) ? 'waiting.msg.undated' : bodyKey(kind, role);
}

export function subjectKey(kind: MessageKind): MessageKey {
  return `outreach.msg.${kind}.subject` as MessageKey;
}

/** The first word of a name: messages greet by first name only. */
export function firstName(name: unknown): string {
  return (
    String(name ?? '')
      .trim()
      .split(/\s+/)[0] ?? ''
  );
}

function spokenDay(date: string | undefined, language: SupportedLanguage): string {
  const day = asCalendarDate(date);
  return day ? formatCalendarDate(day, intlLocale(language)) : (date ?? '');
}

export function composeMessage(kind: MessageKind, role: Role, params: MessageParams, language: SupportedLanguage): ComposedMessage {
  if (!RECIPIENTS[kind].includes(role)) throw new Error(`no ${kind} message for a ${role}`);
  const t = translator(language);
  const values: Record<string, string | number> = {
    name: params.firstName,
    code: params.code,
    programme: params.programme,
    // A calendar day the way the recipient's language writes it ("1 December 2026", "1 dicembre 2026").
    date: spokenDay(params.date, language),
    days: params.days ?? '',
    link: params.link ?? '',
  };
  // Greeted by first name, or without a name when none is known: never "Hello Hello".
  const greeting = params.firstName ? t('outreach.msg.greeting', values) : t('outreach.msg.greetingNoName');
  const body = `${greeting}\n${t(bodyKeyFor(kind, role, params), values)}`;
  // A link line only when there is a link: no dangling "Diary:" for a programme without a diary form.
  const withLink =
    params.link && role === 'mentor' && ['diaryDue', 'supervision', 'welcome'].includes(kind) ? `${body}\n${t('outreach.msg.diaryLine', values)}` : body;
  return { subject: t(subjectKey(kind), values), body: `${withLink}\n${t('outreach.msg.signature', values)}` };
}

/**
 * The language to write in: the recipient's own (native languages first) when the catalogue has
 * it, else one of `fallbacks` (for a mentee, the mentor's languages), else the programme's.
 */
export function recipientLanguage(languages: unknown, fallbacks: readonly unknown[], programme: SupportedLanguage): SupportedLanguage {
  const supported = (list: unknown): SupportedLanguage | null => {
    const skills = parseSkillList(list).filter((s) => s.code);
    const ordered = [...skills.filter((s) => s.level === 'native'), ...skills.filter((s) => s.level !== 'native')];
    return (
      (ordered.map((s) => s.code.toLowerCase()).find((c) => (SUPPORTED_LANGUAGES as readonly string[]).includes(c)) as SupportedLanguage | undefined) ?? null
    );
  };
  return supported(languages) ?? fallbacks.map(supported).find((l): l is SupportedLanguage => l !== null) ?? programme;
}

/** What the participant agreed to, from their record (Mentors or Mentees). */
export interface Contactable {
  consentContact: unknown;
  noWhatsApp: unknown;
  noEmail: unknown;
  phone: unknown;
  email: unknown;
}

export type Channel = 'whatsapp' | 'email';
export type Refusal = 'noConsent' | 'declined' | 'noPhone' | 'noEmail';

export interface ChannelOffer {
  /** The address to use: an E.164 number or an email address; null when refused. */
  address: string | null;
  refusal: Refusal | null;
}

/**
 * The channels a participant may be reached on. Only with their consent to be contacted (a
 * ticked "yes", nothing less), and never a channel the coordinator marked as declined.
 */
export function channelsFor(person: Contactable, callingCode: string): Record<Channel, ChannelOffer> {
  const refused = (refusal: Refusal): ChannelOffer => ({ address: null, refusal });
  if (person.consentContact !== true) return { whatsapp: refused('noConsent'), email: refused('noConsent') };
  const phone = normalisePhone(person.phone, callingCode);
  const email = String(person.email ?? '').trim();
  return {
    whatsapp: person.noWhatsApp === true ? refused('declined') : phone ? { address: phone, refusal: null } : refused('noPhone'),
    email: person.noEmail === true ? refused('declined') : isEmailAddress(email) ? { address: email, refusal: null } : refused('noEmail'),
  };
}
