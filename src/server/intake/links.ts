import type { BuiltRecord } from '../../core/intake/records';
import type { Problem } from '../../core/intake/normalise';
import { MENTEES, MENTORS, PAIRS } from '../../core/schema/sheets';
import type { SheetSchema } from '../../core/schema/types';
import { chooseReadWay, type FindOptions, rowsMatching } from '../workspace/lookup';
import { openTable, readTable, requireSheet, type TableRow } from '../workspace/table';

/** Rows of one sheet that pass `test`; `key`/`text` say which column search narrows them first when the sheet is not read whole. */
interface RowSource {
  rowsWhere(key: string, text: string, options: FindOptions, test: (row: TableRow) => boolean): TableRow[];
}

/** Searches (and row reads) a response costs a linked sheet when it is not read whole. */
const LINK_CALLS_PER_ROW = 2;

/**
 * A linked sheet for a batch: read whole once (a small sheet or a large batch), or searched
 * column by column with only the rows found read, whichever the cost model in lookup.ts says
 * costs less. Either way each row is judged by the caller's test, so both give the same answer.
 */
function rowSource(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, schema: SheetSchema, batchRows: number): RowSource {
  const sheet = requireSheet(spreadsheet, schema);
  if (chooseReadWay(batchRows, LINK_CALLS_PER_ROW, sheet.getLastRow(), sheet.getLastColumn()) === 'whole') {
    const table = readTable(spreadsheet, schema);
    return { rowsWhere: (_key, _text, _options, test) => table.rows.filter(test) };
  }
  const table = openTable(spreadsheet, schema);
  return { rowsWhere: (key, text, options, test) => table.readRows(rowsMatching(table, key, text, options)).filter(test) };
}

/**
 * Diaries, satisfaction questionnaires and assessments name their pair or person; this finds
 * them. Each sheet is opened at most once per batch, and only when a response needs it.
 */
export class LinkResolver {
  private pairs: RowSource | null = null;
  private mentors: RowSource | null = null;
  private mentees: RowSource | null = null;

  constructor(
    private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
    /** Responses in the batch: what decides between reading a linked sheet whole and searching it. */
    private readonly batchRows = 1,
  ) {}

  private pairSource() {
    this.pairs ??= rowSource(this.spreadsheet, PAIRS, this.batchRows);
    return this.pairs;
  }
  private personSource(role: 'mentor' | 'mentee'): RowSource {
    if (role === 'mentor') {
      this.mentors ??= rowSource(this.spreadsheet, MENTORS, this.batchRows);
      return this.mentors;
    }
    this.mentees ??= rowSource(this.spreadsheet, MENTEES, this.batchRows);
    return this.mentees;
  }

  private personIdByEmail(role: 'mentor' | 'mentee', email: string | null): string | null {
    if (!email) return null;
    // TextFinder ignores case by default, as this comparison does.
    const [row] = this.personSource(role).rowsWhere('email', email, {}, (r) => String(r.values.email ?? '').toLowerCase() === email);
    return row ? String(row.values.id) : null;
  }

  private pairByCode(code: string) {
    const folded = code.trim().toUpperCase();
    const [row] = this.pairSource().rowsWhere('code', folded, {}, (r) => String(r.values.code ?? '').toUpperCase() === folded);
    return row ?? null;
  }

  /** Pairs of a person, newest first; only those not closed when `openOnly`. */
  private pairsOf(personKey: 'mentorId' | 'menteeId', id: string, openOnly: boolean) {
    const isTheirs = (r: TableRow) => r.values[personKey] === id || (personKey === 'mentorId' && r.values.secondMentorId === id);
    const found = this.pairSource().rowsWhere(personKey, id, { matchCase: true }, isTheirs);
    if (personKey === 'mentorId') {
      const seen = new Set(found.map((r) => r.rowNumber));
      found.push(...this.pairSource().rowsWhere('secondMentorId', id, { matchCase: true }, (r) => isTheirs(r) && !seen.has(r.rowNumber)));
      found.sort((a, b) => a.rowNumber - b.rowNumber);
    }
    return found.filter((r) => !openOnly || !String(r.values.status ?? '').startsWith('Closed')).reverse();
  }

  /** Fills mentorId / personId / pairCode of a response, adding a problem where it cannot. */
  resolve(record: BuiltRecord): Problem[] {
    const problems: Problem[] = [];
    const given = typeof record.values.pairCode === 'string' ? record.values.pairCode : null;
    const pair = given ? this.pairByCode(given) : null;
    if (given && !pair) problems.push({ field: 'pairCode', code: 'noPair', answer: given });
    if (pair) record.values.pairCode = String(pair.values.code);
    if (record.kind === 'diary') this.resolveDiary(record, pair, given, problems);
    if (record.kind === 'mentorSatisfaction' || record.kind === 'menteeSatisfaction') this.resolveSatisfaction(record, pair, problems);
    return problems;
  }

  /**
   * A diary is its mentor's, found by email or else from the pair. Without a pair code, the
   * mentor's one open pair is the diary's; with none or several, the coordinator must say.
   */
  private resolveDiary(record: BuiltRecord, pair: TableRow | null, given: string | null, problems: Problem[]): void {
    const email = record.links.mentorEmail ?? null;
    const mentorId = this.personIdByEmail('mentor', email) ?? (pair ? String(pair.values.mentorId ?? '') || null : null);
    if (!mentorId && email) problems.push({ field: 'mentorEmail', code: 'noMentor', answer: email });
    record.values.mentorId = mentorId;
    if (!pair && mentorId) {
      const open = this.pairsOf('mentorId', mentorId, true);
      if (open.length === 1) record.values.pairCode = String(open[0]!.values.code);
      else problems.push({ field: 'pairCode', code: 'noPair', answer: given ?? email ?? '' });
    }
  }

  /** A questionnaire is its person's, found by email; without a pair code it is about their latest pair, closed or not. */
  private resolveSatisfaction(record: BuiltRecord, pair: TableRow | null, problems: Problem[]): void {
    const role = record.kind === 'mentorSatisfaction' ? 'mentor' : 'mentee';
    record.values.role = role;
    const email = record.links.personEmail ?? null;
    const personId = this.personIdByEmail(role, email);
    if (!personId && email) problems.push({ field: 'personEmail', code: 'noPerson', answer: email });
    record.values.personId = personId;
    if (!pair && personId) {
      const latest = this.pairsOf(role === 'mentor' ? 'mentorId' : 'menteeId', personId, false)[0];
      if (latest) record.values.pairCode = String(latest.values.code);
    }
  }
}
