import { normaliseYesNo } from '../../core/intake/normalise';
import { appendSupervisionEntry } from '../supervision/log';
import { DOCUMENT_KINDS, type DocumentKind, documentName } from '../../core/documents/defaults';
import { planGeneration } from '../../core/documents/generationPlan';
import { planFill } from '../../core/documents/templateEngine';
import { badArgument, UserError } from '../../core/errors';
import { type SupportedLanguage, translator } from '../../core/i18n';
import { MENTEES, MENTORS, PAIRS, SUPERVISION } from '../../core/schema/sheets';
import { previewDocument } from '../../core/documents/preview';
import { firstName } from '../../core/values';
import { findDiaryForm, prefilledDiaryLink } from '../outreach/diaryLink';
import { expectOneOf, expectRecord, expectString } from '../../core/validate';
import { driveFiles, drivePermissions } from '../workspace/advancedServices';
import { audit } from '../workspace/audit';
import { withDocumentLock } from '../workspace/lock';
import { currentLanguage } from '../workspace/preferences';
import { activeSpreadsheet, currentTime } from '../workspace/services';
import { readSettings } from '../workspace/settingsSheet';
import { readTable, type RowUpdate, updateRecords } from '../workspace/table';
import { currentRhythm } from '../supervision/api';
import { generateDocument, KNOWN_FIELDS } from './generate';
import { docLink, docUrl, idFromUrl, LINK_COLUMN, linkFromCell } from './links';
import { documentsState, recordPairFile, saveDocumentsState } from './store';
import { readDocument, readDocumentWithStyles } from './structure';
import { ensureMenteeTemplate, ensurePairFolder, ensureTemplates, usableMenteeTemplate, usableTemplate } from './templates';
import { loadSources, menteeWords, pairValues } from './values';
import { NEWCOMER_LANGUAGES, type NewcomerLanguage } from '../../core/i18n/languages';

/** Each call stops after this long and the sidebar calls again: well inside the 30 s a call should take. */
const BATCH_MS = 20_000;

function context() {
  const spreadsheet = activeSpreadsheet();
  const language: SupportedLanguage = currentLanguage(spreadsheet);
  const settings = readSettings(spreadsheet);
  return {
    spreadsheet,
    language,
    t: translator(language),
    programme: settings['programme.name']!,
    dailyQuota: Math.max(0, Number(settings['documents.dailyQuota']) || 250),
    // The coordinator types yes in any of the languages the add-on reads (sì, ja, oui, sim, ναι…).
    allowSensitive: normaliseYesNo(settings['documents.allowSensitiveFields'] ?? '').value === true,
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
  };
}

function remaining(state: ReturnType<typeof documentsState>, quota: number, today: string): number {
  return Math.max(0, quota - (state.createdToday.day === today ? state.createdToday.count : 0));
}

/**
 * The pair's diary link maker, for the {{pair.diaryLink}} field: the diary form is found once per
 * call (one FormApp open), each link then built by Google's prefill. None without a diary form.
 */
function diaryLinks(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): ((code: string, mentorEmail: string) => string) | undefined {
  const diary = findDiaryForm(spreadsheet);
  return diary ? (code, mentorEmail) => prefilledDiaryLink(diary, code, mentorEmail) : undefined;
}

/** What a document is filled with; a mentee's own copy (`menteeLanguage`) is in their words and has no diary link. */
function valuesContext(
  c: ReturnType<typeof context>,
  diaryLink?: (code: string, mentorEmail: string) => string,
  menteeLanguage: NewcomerLanguage | null = null,
) {
  return {
    ...(menteeLanguage ? { words: menteeWords(menteeLanguage) } : diaryLink ? { diaryLink } : {}),
    language: c.language,
    timeZone: c.timeZone,
    today: currentTime(),
    programme: c.programme,
    coordinatorEmail: Session.getEffectiveUser().getEmail() || '',
    allowSensitive: c.allowSensitive,
    rhythm: currentRhythm(),
  };
}

const QUOTA = /too many times for one day/i;
/** The Docs API's per-minute write limit (429), as distinct from the daily quota. */
const DOCS_RATE = /per minute per user|Too many requests|RATE_LIMIT_EXCEEDED/i;

/** Google's quota error in the coordinator's words. */
function withQuotaMessage<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof Error && QUOTA.test(error.message)) throw new UserError('documents.quotaReached');
    throw error;
  }
}

type PairOutcome = { outcome: 'made'; generated: ReturnType<typeof generateDocument> } | { outcome: 'quota' } | { outcome: 'rate' } | { outcome: 'failed' };

/**
 * Makes one pair's document, telling Google's limits apart from other failures: the day's
 * quota stops the batch, the Docs API's 60 writes a minute per user pauses it (the half-filled
 * copy goes to the trash, still recorded so erasure finds it), anything else stops at this pair.
 */
function generateForPair(make: (onCopied: (id: string) => void) => ReturnType<typeof generateDocument>): PairOutcome {
  let copied: string | null = null;
  try {
    return {
      outcome: 'made',
      generated: make((id) => {
        copied = id;
      }),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (QUOTA.test(message)) return { outcome: 'quota' };
    if (DOCS_RATE.test(message)) {
      if (copied) driveFiles().update({ trashed: true }, copied);
      return { outcome: 'rate' };
    }
    return { outcome: 'failed' };
  }
}

/** Regenerating replaces: the earlier version is recorded for erasure and goes to the trash. */
function replacePrevious(state: ReturnType<typeof documentsState>, code: string, previous: string | null, current: string): void {
  if (!previous || previous === current) return;
  recordPairFile(state, code, previous);
  try {
    driveFiles().update({ trashed: true }, previous);
  } catch {
    // The old file was already gone, or not ours to touch: nothing to replace.
  }
}

type Context = ReturnType<typeof context>;
type DocumentsState = ReturnType<typeof documentsState>;
type PairsTable = ReturnType<typeof readTable>;
type PairRow = { rowNumber: number; values: PairsTable['rows'][number]['values'] };
type GeneratedResult = { code: string; url: string; name: string; unknown: string[]; missing: string[] };

/** Everything one generation call reads once, before it touches any document. */
interface Batch {
  c: Context;
  kind: DocumentKind;
  /** A mentee's own copy of the IIP in their language: recorded with the pair's files, not linked in Pairs. */
  menteeLanguage: NewcomerLanguage | null;
  state: DocumentsState;
  today: string;
  templateId: string;
  sections: ReturnType<typeof readDocument>;
  sources: ReturnType<typeof loadSources>;
  diaryLink: ((code: string, mentorEmail: string) => string) | undefined;
  pairs: PairsTable;
  byCode: Map<string, PairRow>;
  /** Link cells to write back in one go when the call ends, however it ends. */
  updates: RowUpdate[];
  results: GeneratedResult[];
}

/** Where the batch stopped and why, so the sidebar knows whether and when to call again. */
interface Progress {
  index: number;
  stoppedForQuota: boolean;
  failedAt: string | null;
  waitSeconds: number;
  skipped: string[];
}

/** The language of the mentee's own copy asked for (the IIP only), or null for the programme's document. */
function menteeLanguageOf(record: Record<string, unknown>, kind: DocumentKind): NewcomerLanguage | null {
  const language =
    record.menteeLanguage == null || record.menteeLanguage === '' ? null : expectOneOf(record.menteeLanguage, NEWCOMER_LANGUAGES, 'menteeLanguage');
  if (language && kind !== 'iip') throw badArgument('only the IIP has a copy in the mentee’s language');
  return language;
}

/** The sidebar resends its whole selection on each call, so the input is checked every time. */
function parseGenerateInput(input: unknown): { kind: DocumentKind; codes: string[]; fromIndex: number; menteeLanguage: NewcomerLanguage | null } {
  const record = expectRecord(input, 'input');
  const kind = expectOneOf(record.kind, DOCUMENT_KINDS, 'kind');
  const menteeLanguage = menteeLanguageOf(record, kind);
  if (!Array.isArray(record.codes) || record.codes.length === 0 || record.codes.length > 2000) throw badArgument('codes must be a non-empty list');
  const codes = record.codes.map((code) => expectString(code, 'code', 20));
  const fromIndex = typeof record.fromIndex === 'number' && Number.isInteger(record.fromIndex) && record.fromIndex >= 0 ? record.fromIndex : 0;
  return { kind, codes, fromIndex, menteeLanguage };
}

/** A code held twice in the Pairs sheet is the first row's, as everywhere else in the add-on. */
function firstRowByCode(pairs: PairsTable): Map<string, PairRow> {
  const byCode = new Map<string, PairRow>();
  for (const row of pairs.rows) if (!byCode.has(String(row.values.code ?? ''))) byCode.set(String(row.values.code ?? ''), row);
  return byCode;
}

/**
 * The day the add-on counts documents against: Google's daily quota, not a calendar day of the
 * programme, so it is kept in UTC, as the in-memory Workspace resets it (Google's own reset is 24
 * hours after the first request; the count is an estimate either way, and Google's error stops it).
 */
function quotaDay(): string {
  return currentTime().toISOString().slice(0, 10);
}

/** The day's count restarts on a new day, before the remaining quota is worked out from it. */
function openBatch(c: Context, kind: DocumentKind, menteeLanguage: NewcomerLanguage | null): Batch {
  const state = withQuotaMessage(() => ensureTemplates(c.language, c.programme));
  const today = quotaDay();
  if (state.createdToday.day !== today) state.createdToday = { day: today, count: 0 };
  const templateId = menteeLanguage
    ? withQuotaMessage(() => usableMenteeTemplate(state, ensureMenteeTemplate(state, menteeLanguage, c.programme), menteeLanguage, c.programme))
    : usableTemplate(state, kind, c.programme);
  const sections = readDocument(DocumentApp.openById(templateId));
  const sources = loadSources(c.spreadsheet, c.allowSensitive);
  const pairs = readTable(c.spreadsheet, PAIRS);
  // A mentee's own copy is not the mentor's: no diary link to build for it.
  const diaryLink = menteeLanguage ? undefined : diaryLinks(c.spreadsheet);
  return { c, kind, menteeLanguage, state, today, templateId, sections, sources, diaryLink, pairs, byCode: firstRowByCode(pairs), updates: [], results: [] };
}

/** Makes one pair's document and, when it is made, counts it, replaces the old one and links the new one. */
function makePairDocument(batch: Batch, code: string): PairOutcome['outcome'] {
  const { c, kind, state } = batch;
  const row = batch.byCode.get(code)!;
  const { menteeLanguage } = batch;
  const name = documentName(kind, c.language, code, currentTime(), c.timeZone, menteeLanguage);
  const values = pairValues(code, batch.sources, valuesContext(c, batch.diaryLink, menteeLanguage));
  const made = generateForPair((onCopied) =>
    generateDocument(batch.templateId, batch.sections, name, ensurePairFolder(state, code), values, (id) => {
      recordPairFile(state, code, id);
      onCopied(id);
    }),
  );
  if (made.outcome === 'quota') state.createdToday.count = c.dailyQuota; // Google says the day is spent, whatever our count says.
  if (made.outcome !== 'made') return made.outcome;
  const { generated } = made;
  state.createdToday.count += 1;
  // The mentee's copy sits beside the programme's IIP, which stays the one the Pairs sheet links.
  if (!menteeLanguage) {
    replacePrevious(state, code, idFromUrl(row.values[LINK_COLUMN[kind]]), generated.id);
    batch.updates.push({ rowNumber: row.rowNumber, values: { [LINK_COLUMN[kind]]: docUrl(generated.id) } });
  }
  batch.results.push({ code, url: docUrl(generated.id), name, unknown: generated.unknown, missing: generated.missing });
  return 'made';
}

/** Records why a pair's generation stopped the batch; the index stays on that pair so the next call retries it. */
function noteStop(progress: Progress, outcome: Exclude<PairOutcome['outcome'], 'made'>, code: string): void {
  if (outcome === 'quota') progress.stoppedForQuota = true;
  // A minute lets the Docs API's per-minute write limit recover.
  else if (outcome === 'rate') progress.waitSeconds = 60;
  // The documents made so far are linked: generating again continues from this pair.
  else progress.failedAt = code;
}

/** Applies the plan's steps until the time budget, the quota or a failure stops it. */
function runBatch(batch: Batch, codes: readonly string[], fromIndex: number, started: number): Progress {
  const progress: Progress = { index: fromIndex, stoppedForQuota: false, failedAt: null, waitSeconds: 0, skipped: [] };
  const plan = planGeneration(codes, fromIndex, batch.byCode, batch.sources, remaining(batch.state, batch.c.dailyQuota, batch.today));
  for (const step of plan) {
    if (Date.now() - started >= BATCH_MS) break;
    if (step.action === 'unknownPair') throw badArgument(`no pair with the code ${step.code}`);
    if (step.action === 'stopForQuota') {
      progress.stoppedForQuota = true;
      break;
    }
    if (step.action === 'skipNoConsent') progress.skipped.push(step.code);
    else {
      const outcome = makePairDocument(batch, step.code);
      if (outcome !== 'made') {
        noteStop(progress, outcome, step.code);
        break;
      }
    }
    progress.index = step.index + 1;
  }
  return progress;
}

/** What the sidebar shows, and where its next call resumes. */
function batchResult(batch: Batch, codes: readonly string[], progress: Progress) {
  return {
    done: progress.index >= codes.length,
    nextIndex: progress.index,
    total: codes.length,
    results: batch.results,
    stoppedForQuota: progress.stoppedForQuota,
    waitSeconds: progress.waitSeconds,
    failed: progress.failedAt ? batch.c.t('documents.failed', { code: progress.failedAt }) : null,
    skippedNoConsent: progress.skipped,
    remainingToday: remaining(batch.state, batch.c.dailyQuota, batch.today),
  };
}

export const documentsApi = {
  getDocumentsOverview: () => {
    const c = context();
    const state = documentsState();
    const today = quotaDay();
    // First names only: enough for the coordinator to recognise a pair, no more of anyone's data.
    const names = (rows: ReturnType<typeof readTable>['rows']) => new Map(rows.map((r) => [String(r.values.id ?? ''), firstName(String(r.values.name ?? ''))]));
    const mentors = names(readTable(c.spreadsheet, MENTORS).rows);
    const mentees = names(readTable(c.spreadsheet, MENTEES).rows);
    const pairs = readTable(c.spreadsheet, PAIRS).rows.map((r) => ({
      code: String(r.values.code ?? ''),
      status: String(r.values.status ?? ''),
      mentorFirstName: mentors.get(String(r.values.mentorId ?? '')) ?? '',
      menteeFirstName: mentees.get(String(r.values.menteeId ?? '')) ?? '',
      links: Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, linkFromCell(r.values[LINK_COLUMN[k]])])) as Record<DocumentKind, string | null>,
    }));
    return {
      kinds: [...DOCUMENT_KINDS],
      templatesReady: DOCUMENT_KINDS.every((kind) => !!state.templates[kind]),
      templates: DOCUMENT_KINDS.map((kind) => ({ kind, id: state.templates[kind] ?? null, url: docLink(state.templates[kind]) })),
      pairs: pairs.filter((p) => p.code),
      remainingToday: remaining(state, c.dailyQuota, today),
      dailyQuota: c.dailyQuota,
    };
  },

  /** Creates the default templates (in the programme's folder) that are missing; edited ones are kept. */
  createTemplates: () => {
    const c = context();
    withDocumentLock(() => withQuotaMessage(() => ensureTemplates(c.language, c.programme)));
    return documentsApi.getDocumentsOverview();
  },

  /**
   * What the document for one pair will say, before anything is made: the template is read and
   * filled in memory with the pair's values (no copy, no file). The default templates are created
   * first when they are missing, and the answer says so: previewing is the first need of them.
   */
  checkTemplate: (input: { kind: DocumentKind; code: string; menteeLanguage?: NewcomerLanguage | null }) => {
    const record = expectRecord(input, 'input');
    const kind = expectOneOf(record.kind, DOCUMENT_KINDS, 'kind');
    const code = expectString(record.code, 'code', 20);
    const menteeLanguage = menteeLanguageOf(record, kind);
    const c = context();
    // A code that is no pair is refused before anything is created.
    const sources = loadSources(c.spreadsheet, c.allowSensitive);
    if (!sources.pairs.has(code)) throw badArgument('no pair with this code');
    const known = documentsState();
    const before = { ...known.templates };
    const menteeBefore = menteeLanguage ? known.menteeTemplates[menteeLanguage] : undefined;
    const { state, templateId } = withDocumentLock(() =>
      withQuotaMessage(() => {
        const made = ensureTemplates(c.language, c.programme);
        // The mentee's own copy has its own template in their language, made the first time it is needed, as for generating.
        const id = menteeLanguage ? ensureMenteeTemplate(made, menteeLanguage, c.programme) : made.templates[kind]!;
        if (menteeLanguage) saveDocumentsState(made);
        return { state: made, templateId: id };
      }),
    );
    const createdTemplates = DOCUMENT_KINDS.filter((k) => state.templates[k] !== before[k]);
    // The programme's template itself, even another coordinator's (shared with this one): reading it makes no working copy.
    const sections = readDocumentWithStyles(DocumentApp.openById(templateId));
    // Filled as generateDocuments fills it: the mentee's copy in their words and without the mentor's diary link.
    const data = pairValues(code, sources, valuesContext(c, menteeLanguage ? undefined : diaryLinks(c.spreadsheet), menteeLanguage));
    const plan = planFill(sections, data.values, data.lists, KNOWN_FIELDS);
    return {
      code,
      kind,
      menteeLanguage,
      name: documentName(kind, c.language, code, currentTime(), c.timeZone, menteeLanguage),
      createdTemplates,
      createdMenteeTemplate: menteeLanguage !== null && templateId !== menteeBefore,
      unknown: plan.unknown,
      missing: plan.missing,
      preview: previewDocument(sections, plan),
    };
  },

  /**
   * Generates one kind of document for the chosen pairs, resuming at `fromIndex`: each call stops
   * after about 20 s or when the day's quota is spent, and says where to go on. A pair that already
   * has this document gets a new one; the old one goes to the Drive trash (replaced, not duplicated).
   */
  generateDocuments: (input: { kind: DocumentKind; codes: string[]; fromIndex?: number; menteeLanguage?: NewcomerLanguage | null }) => {
    const { kind, codes, fromIndex, menteeLanguage } = parseGenerateInput(input);
    const c = context();
    // The time budget counts from the call, so waiting for the lock uses it up too.
    const started = Date.now();
    return withDocumentLock(() => {
      const batch = openBatch(c, kind, menteeLanguage);
      const progress = runBatch(batch, codes, fromIndex, started);
      // Written even after a stop, so the documents already made stay linked and counted.
      updateRecords(batch.pairs, batch.updates);
      saveDocumentsState(batch.state);
      return batchResult(batch, codes, progress);
    });
  },

  /** Shares a pair's document with its mentor, read-only, by an explicit action; the sharing is logged with ids only. */
  shareDocument: (input: { code: string; kind: DocumentKind }) => {
    const record = expectRecord(input, 'input');
    const kind = expectOneOf(record.kind, DOCUMENT_KINDS, 'kind');
    const code = expectString(record.code, 'code', 20);
    const c = context();
    return withDocumentLock(() => {
      const sources = loadSources(c.spreadsheet, c.allowSensitive);
      const pair = sources.pairs.get(code);
      if (!pair) throw badArgument('no pair with this code');
      const id = idFromUrl(pair[LINK_COLUMN[kind]]);
      if (!id) throw badArgument('generate the document first');
      const mentor = sources.mentors.get(String(pair.mentorId ?? ''));
      const email = String(mentor?.email ?? '');
      if (!email) throw badArgument('the mentor has no email address');
      const invited = shareReadOnly(id, email, c.t('documents.shareInvitation'));
      const log = readTable(c.spreadsheet, SUPERVISION);
      appendSupervisionEntry(log, {
        pairCode: code,
        date: currentTime(),
        kind: 'Document shared',
        topics: `${kind} with mentor ${String(pair.mentorId ?? '')}`,
      });
      audit('document.shared', `${code} ${kind}`, `mentor ${String(pair.mentorId ?? '')}`);
      return { shared: true, invited };
    });
  },
};

/** Google's refusal to share quietly with an address that has no Google account (invalidSharingRequest). */
const NO_GOOGLE_ACCOUNT = /invalidSharingRequest|no Google account|Notify people/i;

/**
 * Shares a document for reading without an email from Google, as the coordinator tells the mentor
 * themself. Google refuses that for an address with no Google account: such a mentor can only be
 * invited by email, so the invitation is sent and the caller says so. Returns whether it was.
 */
function shareReadOnly(fileId: string, email: string, invitation: string): boolean {
  const permission = { type: 'user', role: 'reader', emailAddress: email };
  try {
    drivePermissions().create(permission, fileId, { sendNotificationEmail: false });
    return false;
  } catch (error) {
    if (!NO_GOOGLE_ACCOUNT.test(error instanceof Error ? error.message : String(error))) throw error;
    drivePermissions().create(permission, fileId, { sendNotificationEmail: true, emailMessage: invitation });
    return true;
  }
}
