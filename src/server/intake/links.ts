import type { BuiltRecord } from '../../core/intake/records';
import type { Problem } from '../../core/intake/normalise';
import { MENTEES, MENTORS, PAIRS } from '../../core/schema/sheets';
import { readTable, type Table, type TableRow } from '../workspace/table';

/**
 * Diaries, satisfaction questionnaires and assessments name their pair or person; this finds
 * them. Each sheet is read at most once per batch, and only when a response needs it.
 */
export class LinkResolver {
  private pairs: Table | null = null;
  private mentors: Table | null = null;
  private mentees: Table | null = null;

  constructor(private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  private pairTable() {
    this.pairs ??= readTable(this.spreadsheet, PAIRS);
    return this.pairs;
  }
  private personTable(role: 'mentor' | 'mentee'): Table {
    if (role === 'mentor') {
      this.mentors ??= readTable(this.spreadsheet, MENTORS);
      return this.mentors;
    }
    this.mentees ??= readTable(this.spreadsheet, MENTEES);
    return this.mentees;
  }

  private personIdByEmail(role: 'mentor' | 'mentee', email: string | null): string | null {
    if (!email) return null;
    const row = this.personTable(role).rows.find((r) => String(r.values.email ?? '').toLowerCase() === email);
    return row ? String(row.values.id) : null;
  }

  private pairByCode(code: string) {
    const folded = code.trim().toUpperCase();
    return this.pairTable().rows.find((r) => String(r.values.code ?? '').toUpperCase() === folded) ?? null;
  }

  /** Pairs of a person, newest first; only those not closed when `openOnly`. */
  private pairsOf(personKey: 'mentorId' | 'menteeId', id: string, openOnly: boolean) {
    return this.pairTable()
      .rows.filter((r) => r.values[personKey] === id || (personKey === 'mentorId' && r.values.secondMentorId === id))
      .filter((r) => !openOnly || !String(r.values.status ?? '').startsWith('Closed'))
      .reverse();
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
