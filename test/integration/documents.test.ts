import { describe, expect, it } from 'vitest';
import { ASSESSMENTS, GOALS, MENTEES, MENTORS, PAIRS } from '../../src/core/schema/sheets';
import { newcomerCatalogue } from '../../src/core/i18n/newcomer';
import { sidebarApi } from '../../src/server/api';
import { documentsApi } from '../../src/server/documents/api';
import { documentsState } from '../../src/server/documents/store';
import { previewLines } from '../../src/core/documents/preview';
import { intakeApi } from '../../src/server/intake/api';
import { menteeWords } from '../../src/server/documents/values';
import { setUpProgrammeSheets } from '../../src/server/programme';
import { addSensitive } from '../../src/server/privacy/sensitiveSheet';
import { appendRecords, readTable } from '../../src/server/workspace/table';
import { recordsOf, useWorkspace } from '../support/workspace';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const HOSTILE = 'Cost: $1,000 \\ {{mentee.name}} (.*) ‏مرحبا\nsecond line';

function programme(goals = 2) {
  const ws = useWorkspace({ spreadsheetName: 'Bologna Peer Mentoring', now: '2026-11-23T09:00:00Z' });
  setUpProgrammeSheets();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  appendRecords(readTable(spreadsheet, MENTORS), [{ id: 'MT-0001', name: 'Samira Haddad', email: 'samira@example.org', consentData: true }], {
    byCoordinator: true,
  });
  appendRecords(
    readTable(spreadsheet, MENTEES),
    [
      { id: 'ME-0001', name: 'Amina Yusuf', languages: 'so:native, en:B1', needs: 'Housing, Language', consentData: true },
      { id: 'ME-0002', name: 'No Consent', consentData: false },
    ],
    { byCoordinator: true },
  );
  addSensitive(
    spreadsheet,
    [
      { personId: 'ME-0001', relatedId: '', kind: 'permitInOrder', value: 'Pending', source: 'test' },
      { personId: 'ME-0001', relatedId: '', kind: 'origin', value: 'Somalia', source: 'test' },
    ],
    new Date(),
  );
  appendRecords(
    readTable(spreadsheet, PAIRS),
    [{ code: 'P-0001', mentorId: 'MT-0001', menteeId: 'ME-0001', status: 'Active', startedOn: d('2026-10-01'), reasons: 'both like cooking' }],
    { byCoordinator: true },
  );
  appendRecords(
    readTable(spreadsheet, GOALS),
    Array.from({ length: goals }, (_, i) => ({
      goalId: `G-${i + 1}`,
      pairCode: 'P-0001',
      area: i === 0 ? 'Housing' : 'Language',
      goal: i === 0 ? HOSTILE : `Goal ${i + 1}`,
      steps: 'Step',
      targetDate: d('2027-01-31'),
      status: 'In progress',
    })),
    { byCoordinator: true },
  );
  return ws;
}

describe('per-pair documents', () => {
  it('creates the default templates once, in the programme’s folder, private', () => {
    const ws = programme();
    documentsApi.createTemplates();
    documentsApi.createTemplates();
    const templates = ws.documents();
    expect(templates.map((t) => t.name).sort()).toEqual([
      'Template – Code of Conduct agreement',
      'Template – Final IIP Assessment',
      'Template – Individual Integration Plan',
      'Template – Match proposal to the mentor',
    ]);
    expect(templates.every((t) => t.folderPath === 'Peer Mentoring Desk – Bologna Peer Mentoring')).toBe(true);
    expect(templates.every((t) => t.sharing.length === 1 && t.sharing[0]!.role === 'owner')).toBe(true);
  });

  it('generates an IIP with every goal as a row, values inserted literally, named and filed, linked from Pairs', () => {
    const ws = programme();
    const result = documentsApi.generateDocuments({ kind: 'iip', codes: ['P-0001'] });
    expect(result).toMatchObject({ done: true, nextIndex: 1, stoppedForQuota: false });
    const doc = ws.documents().find((x) => x.name === 'IIP – P-0001 – 2026-11')!;
    expect(doc.folderPath).toBe('Peer Mentoring Desk – Bologna Peer Mentoring/P-0001');
    expect(doc.header).toContain('Bologna Peer Mentoring · Individual Integration Plan · P-0001');
    expect(doc.body).toBe(
      [
        'Individual Integration Plan',
        'Mentee\tAmina Yusuf',
        'Mentor\tSamira Haddad',
        'Start\t1 October 2026',
        'Planned end\t1 October 2027',
        'Goals',
        'Goals are realistic and measurable within the programme: each has steps, who does what, and a target date.',
        'Area\tGoal\tSteps and who does what\tTarget date\tStatus',
        `Housing\t${HOSTILE}\tStep\t31 January 2027\tIn progress`,
        'Language\tGoal 2\tStep\t31 January 2027\tIn progress',
        'Review dates',
        'Mid-term review: ____________    Final review: ____________',
        'Signatures',
        'Mentee\tMentor\tCoordinator',
        '\t\t',
      ].join('\n'),
    );
    expect(doc.body).not.toMatch(/Pending|Somalia/);
    expect(recordsOf(ws, 'Pairs')[0]!['IIP document']).toBe(`https://docs.google.com/document/d/${doc.id}/edit`);
  });

  it('uses the same number of service calls whatever the number of placeholders', () => {
    const ws = programme(0);
    documentsApi.createTemplates();
    const calls = () => {
      ws.counter.reset();
      documentsApi.generateDocuments({ kind: 'proposal', codes: ['P-0001'] });
      return ws.counter.get('Docs.Documents.batchUpdate') + ws.counter.get('Drive.Files.copy');
    };
    expect(calls()).toBe(2);
  });

  it('replaces a regenerated document instead of duplicating it', () => {
    const ws = programme();
    documentsApi.generateDocuments({ kind: 'codeOfConduct', codes: ['P-0001'] });
    documentsApi.generateDocuments({ kind: 'codeOfConduct', codes: ['P-0001'] });
    const docs = ws.documents().filter((x) => x.name.startsWith('Code of Conduct – P-0001'));
    expect(docs.filter((x) => !x.trashed)).toHaveLength(1);
    expect(docs.filter((x) => x.trashed)).toHaveLength(1);
  });

  it('stops at the day’s quota with the documents made so far, and shares only on request', () => {
    const ws = programme();
    documentsApi.createTemplates();
    ws.setDocumentsCreatedToday(250);
    const result = documentsApi.generateDocuments({ kind: 'proposal', codes: ['P-0001', 'P-0001'] });
    expect(result).toMatchObject({ nextIndex: 0, stoppedForQuota: true, done: false });
    ws.clock.advance(86_400_000); // a new day, a new quota
    expect(documentsApi.generateDocuments({ kind: 'proposal', codes: ['P-0001'] })).toMatchObject({ done: true, remainingToday: 249 });
    ws.addPerson('samira@example.org', { googleAccount: true });
    expect(documentsApi.shareDocument({ code: 'P-0001', kind: 'proposal' })).toEqual({ shared: true, invited: false });
    const shared = ws.documents().find((x) => x.name.startsWith('Match proposal – P-0001') && !x.trashed)!;
    expect(shared).toBeDefined();
    expect(shared.sharing).toContainEqual({ type: 'user', role: 'reader', emailAddress: 'samira@example.org' });
    // Shared quietly: the coordinator tells the mentor themself.
    expect(ws.state.driveFiles[shared.id]!.permissions.find((p) => p.emailAddress === 'samira@example.org')!.notification).toBeUndefined();
    expect(recordsOf(ws, 'Supervision').at(-1)).toMatchObject({ Kind: 'Document shared', Topics: 'proposal with mentor MT-0001' });
  });

  it('pauses for a minute at the Docs API’s per-user write limit, then continues with no duplicate and no gap', () => {
    const ws = programme();
    documentsApi.createTemplates();
    // This coordinator has already used the minute's 60 Docs writes (another batch, another tab).
    ws.state.docsWrites = { 'coordinator@example.org': [Math.floor(ws.clock.now() / 60_000), 60] };
    const paused = documentsApi.generateDocuments({ kind: 'iip', codes: ['P-0001'] });
    expect(paused).toMatchObject({ done: false, nextIndex: 0, waitSeconds: 60, failed: null });
    expect(ws.documents().filter((d) => d.name.startsWith('IIP – P-0001') && !d.trashed)).toHaveLength(0);
    ws.clock.advance(60_000);
    expect(documentsApi.generateDocuments({ kind: 'iip', codes: ['P-0001'], fromIndex: 0 })).toMatchObject({ done: true, waitSeconds: 0 });
    expect(ws.documents().filter((d) => d.name.startsWith('IIP – P-0001') && !d.trashed)).toHaveLength(1);
  });

  it('invites a mentor who has no Google account by Google’s email, since Google refuses to share with them quietly', () => {
    const ws = programme();
    documentsApi.generateDocuments({ kind: 'proposal', codes: ['P-0001'] });
    // samira@example.org has no Google account in this Workspace.
    expect(documentsApi.shareDocument({ code: 'P-0001', kind: 'proposal' })).toEqual({ shared: true, invited: true });
    const shared = ws.documents().find((x) => x.name.startsWith('Match proposal – P-0001') && !x.trashed)!;
    const permission = ws.state.driveFiles[shared.id]!.permissions.find((p) => p.emailAddress === 'samira@example.org')!;
    expect(permission).toMatchObject({ role: 'reader', notification: expect.stringContaining('do not forward') });
  });

  it('keeps sensitive fields out of a mentor-facing document unless the template asks and the coordinator allows it', () => {
    const ws = programme();
    documentsApi.createTemplates();
    // The coordinator adds the permit status to the proposal template.
    const templateId = Object.values(ws.state.documents).find((d) => ws.state.driveFiles[d.id]!.name.startsWith('Template – Match proposal'))!.id;
    DocumentApp.openById(templateId).getBody().appendParagraph('Permit: {{mentee.permit}}; origin: {{mentee.origin}}');
    documentsApi.generateDocuments({ kind: 'proposal', codes: ['P-0001'] });
    const latest = () => ws.documents().filter((d) => d.name.startsWith('Match proposal') && !d.trashed)[0]!.body;
    expect(latest()).toContain('Permit: ; origin: ');
    expect(latest()).not.toMatch(/Pending|Somalia/);
    const settings = ws.sheet('Settings');
    const keys = settings
      .getRange(1, 1, settings.getLastRow(), 1)
      .getValues()
      .map((r) => r[0]);
    settings.getRange(keys.indexOf('documents.allowSensitiveFields') + 1, 2).setValue('yes');
    documentsApi.generateDocuments({ kind: 'proposal', codes: ['P-0001'] });
    expect(latest()).toContain('Permit: Pending; origin: Somalia');
  });

  it('drops a section that ends the template, although Docs keeps a last paragraph', () => {
    const ws = programme();
    documentsApi.createTemplates();
    const templateId = Object.values(ws.state.documents).find((d) => ws.state.driveFiles[d.id]!.name.startsWith('Template – Match proposal'))!.id;
    const body = DocumentApp.openById(templateId).getBody();
    body.appendParagraph('{{#if mentee.permit}}');
    body.appendParagraph('Permit: {{mentee.permit}}');
    body.appendParagraph('{{/if}}');
    const result = documentsApi.generateDocuments({ kind: 'proposal', codes: ['P-0001'] });
    expect(result).toMatchObject({ done: true, failed: null });
    const text = ws.documents().find((d) => d.name.startsWith('Match proposal'))!.body;
    expect(text).not.toContain('Permit');
    expect(text).not.toContain('{{');
  });

  it('makes no document naming a person without consent, and says so', () => {
    const ws = programme();
    appendRecords(readTable(SpreadsheetApp.getActiveSpreadsheet(), PAIRS), [{ code: 'P-0009', mentorId: 'MT-0001', menteeId: 'ME-0002', status: 'Active' }], {
      byCoordinator: true,
    });
    const result = documentsApi.generateDocuments({ kind: 'proposal', codes: ['P-0009', 'P-0001'] });
    expect(result).toMatchObject({ done: true, skippedNoConsent: ['P-0009'] });
    expect(ws.documents().some((d) => d.body.includes('No Consent'))).toBe(false);
  });

  it('resumes an interrupted batch with no duplicate and no gap', () => {
    const ws = programme();
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    appendRecords(
      readTable(spreadsheet, PAIRS),
      [
        { code: 'P-0002', mentorId: 'MT-0001', menteeId: 'ME-0001', status: 'Active' },
        { code: 'P-0003', mentorId: 'MT-0001', menteeId: 'ME-0001', status: 'Active' },
      ],
      { byCoordinator: true },
    );
    documentsApi.createTemplates();
    // The second copy fails, as a Google service sometimes does.
    let copies = 0;
    const Files = (ws.globals.Drive as { Files: { copy: (...a: unknown[]) => unknown } }).Files;
    const copy = Files.copy;
    Files.copy = (...args: unknown[]) => {
      copies++;
      if (copies === 2) throw new Error('Service error: Drive');
      return copy(...args);
    };
    const first = documentsApi.generateDocuments({ kind: 'proposal', codes: ['P-0001', 'P-0002', 'P-0003'] });
    expect(first).toMatchObject({ done: false, nextIndex: 1, failed: expect.stringContaining('P-0002') });
    const second = documentsApi.generateDocuments({ kind: 'proposal', codes: ['P-0001', 'P-0002', 'P-0003'], fromIndex: first.nextIndex });
    expect(second).toMatchObject({ done: true, nextIndex: 3, failed: null });
    const made = ws.documents().filter((d) => d.name.startsWith('Match proposal –'));
    expect(made.map((d) => d.name).sort()).toEqual([
      'Match proposal – P-0001 – 2026-11',
      'Match proposal – P-0002 – 2026-11',
      'Match proposal – P-0003 – 2026-11',
    ]);
    expect(recordsOf(ws, 'Pairs').every((p) => (p['Proposal document'] ?? '').startsWith('https://docs.google.com/document/d/'))).toBe(true);
  });

  it('fills every default template, asserted by its full text', () => {
    const ws = programme(1);
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    appendRecords(readTable(spreadsheet, ASSESSMENTS), [
      { pairCode: 'P-0001', outcomes: 'Found a room', challenges: 'Bureaucracy', mentorReflection: 'Proud', menteeReflection: 'Grateful' },
    ]);
    for (const kind of ['codeOfConduct', 'assessment', 'proposal'] as const) documentsApi.generateDocuments({ kind, codes: ['P-0001'] });
    const text = (prefix: string) => {
      const doc = ws.documents().find((d) => d.name.startsWith(prefix));
      return [doc!.header, doc!.body, doc!.footer].join('\n---\n');
    };
    expect(text('Code of Conduct – P-0001')).toBe(
      [
        'Bologna Peer Mentoring · Code of Conduct · P-0001',
        '---',
        'Peer Mentorship Code of Conduct Agreement',
        'Mentor: Samira Haddad. Mentee: Amina Yusuf.',
        'Roles and commitments',
        'The mentor offers guidance and support; the mentee takes part actively and decides about their own life. Both keep the meetings they agree on and tell each other in time when they cannot come.',
        'Meetings',
        'We meet at least twice a month in the first three months, then as agreed in our plan.',
        'Confidentiality and boundaries',
        'What is shared stays between us, except where someone is at risk. No money, gifts of value or loans change hands. The mentor does not act as a lawyer, doctor or landlord.',
        'Whom to contact',
        'For any question or difficulty, contact the coordinator: coordinator@example.org.',
        'Signatures',
        'Mentee\tMentor\tCoordinator',
        '\t\t',
        '---',
        'Signed at the introductory meeting on 23 November 2026.',
      ].join('\n'),
    );
    expect(text('Final IIP Assessment – P-0001')).toBe(
      [
        'Bologna Peer Mentoring · Final IIP Assessment · P-0001',
        '---',
        'Final Individual Integration Plan Assessment',
        'Mentee: Amina Yusuf. Mentor: Samira Haddad. Date: 23 November 2026.',
        'Goals and their final status',
        'Area\tGoal\tFinal status\tEvidence',
        `Housing\t${HOSTILE}\tIn progress\t`,
        'Key outcomes',
        'Found a room',
        'Challenges',
        'Bureaucracy',
        'Reflections',
        'Mentor\tProud',
        'Mentee\tGrateful',
        '---',
        'Confidential: for the mentee, the mentor and the coordinator only.',
      ].join('\n'),
    );
    expect(text('Match proposal – P-0001')).toBe(
      [
        'Bologna Peer Mentoring · Match proposal · P-0001',
        '---',
        'Dear Samira,',
        'we would like to propose that you mentor Amina.',
        'Languages\tSomali, English',
        'Looking for help with\tHousing, Language',
        'Available\t',
        'Why we think you fit: both like cooking.',
        'Does this seem like a possible match to you? If not, you can ask for another one.',
        '---',
        'Please keep this information confidential.',
      ].join('\n'),
    );
  });

  it('previews a pair’s document before the templates exist: creates them first, says so, and makes no other file', () => {
    const ws = programme();
    ws.counter.reset();
    const first = documentsApi.checkTemplate({ kind: 'assessment', code: 'P-0001' });
    expect(first.createdTemplates).toEqual(['iip', 'codeOfConduct', 'assessment', 'proposal']);
    expect(
      ws
        .documents()
        .map((d) => d.name)
        .every((name) => name.startsWith('Template – ')),
    ).toBe(true);
    expect(first.unknown).toEqual([]);
    expect(first.missing).toEqual(expect.arrayContaining(['assessment.outcomes']));
    expect(first.name).toBe('Final IIP Assessment – P-0001 – 2026-11');
    const body = previewLines(first.preview.body);
    expect(body).toContain('Mentee: Amina Yusuf. Mentor: Samira Haddad. Date: 23 November 2026.');
    expect(body).toContain('Language\tGoal 2\tIn progress\t');
    expect(previewLines(first.preview.header)).toEqual(['Bologna Peer Mentoring · Final IIP Assessment · P-0001']);
    // The second preview: no Drive copy, no document created, no Docs write: nothing is made.
    const files = Object.keys(ws.state.driveFiles).length;
    ws.counter.reset();
    const again = documentsApi.checkTemplate({ kind: 'iip', code: 'P-0001' });
    expect(again.createdTemplates).toEqual([]);
    expect(ws.counter.get('Drive.Files.copy') + ws.counter.get('Drive.Files.create') + ws.counter.get('DocumentApp.create')).toBe(0);
    expect(ws.counter.get('Docs.Documents.batchUpdate')).toBe(0);
    expect(Object.keys(ws.state.driveFiles)).toHaveLength(files);
    expect(recordsOf(ws, 'Pairs')[0]!['IIP document']).toBeFalsy();
  });

  it('previews what generating makes: the same text, and the labels in bold as the document has them', () => {
    const ws = programme();
    const preview = documentsApi.checkTemplate({ kind: 'iip', code: 'P-0001' });
    documentsApi.generateDocuments({ kind: 'iip', codes: ['P-0001'] });
    const doc = ws.documents().find((d) => d.name === 'IIP – P-0001 – 2026-11')!;
    expect(previewLines(preview.preview.body).join('\n')).toBe(doc.body);
    expect(previewLines(preview.preview.header).join('\n')).toBe(doc.header);
    const table = preview.preview.body[1]!;
    expect(table.kind === 'table' && table.rows[0]).toEqual([[{ text: 'Mentee', bold: true }], [{ text: 'Amina Yusuf' }]]);
    // In the generated Doc too: the label bold, the value as the template's value cell (plain).
    const state = ws.state.documents[doc.id]!;
    const cells = state.body.elements.find((e) => e.type === 'TABLE')!;
    const label = DocumentApp.openById(doc.id).getBody().getTables()[0]!.asTable().getCell(0, 0).editAsText();
    expect(label.isBold()).toBe(true);
    expect(DocumentApp.openById(doc.id).getBody().getTables()[0]!.asTable().getCell(0, 1).editAsText().isBold()).toBe(false);
    expect(cells.type === 'TABLE' && cells.rows[0]!.cells[1]!.paragraphs).toEqual(['Amina Yusuf']);
  });

  it('previews the mentee’s own copy in their language as generating makes it, its template made the first time', () => {
    const ws = programme();
    const first = documentsApi.checkTemplate({ kind: 'iip', code: 'P-0001', menteeLanguage: 'ar' });
    expect(first).toMatchObject({ menteeLanguage: 'ar', createdMenteeTemplate: true });
    expect(documentsApi.checkTemplate({ kind: 'iip', code: 'P-0001', menteeLanguage: 'ar' }).createdMenteeTemplate).toBe(false);
    const made = documentsApi.generateDocuments({ kind: 'iip', codes: ['P-0001'], menteeLanguage: 'ar' });
    const doc = ws.documents().find((d) => d.name === made.results[0]!.name)!;
    expect(first.name).toBe(doc.name);
    expect(previewLines(first.preview.body).join('\n')).toBe(doc.body);
    expect(doc.body).toMatch(/[\u0600-\u06FF]/);
    // The programme's IIP is previewed as before, and no other document has a mentee's copy.
    expect(documentsApi.checkTemplate({ kind: 'iip', code: 'P-0001' })).toMatchObject({ menteeLanguage: null, createdMenteeTemplate: false });
    expect(() => documentsApi.checkTemplate({ kind: 'proposal', code: 'P-0001', menteeLanguage: 'ar' })).toThrow(/badArgument/);
    expect(() => documentsApi.checkTemplate({ kind: 'iip', code: 'P-0001', menteeLanguage: 'xx' as never })).toThrow();
  });

  it('keeps a bold placeholder bold once it is replaced, and the plain text around it plain', () => {
    const ws = programme();
    documentsApi.createTemplates();
    const templateId = Object.values(ws.state.documents).find((d) => ws.state.driveFiles[d.id]!.name.startsWith('Template – Match proposal'))!.id;
    // The coordinator makes the mentee's first name bold in "we would like to propose that you mentor {{mentee.firstName}}."
    const paragraph = DocumentApp.openById(templateId).getBody().getParagraphs()[1]!;
    const text = paragraph.editAsText();
    const at = text.getText().indexOf('{{mentee.firstName}}');
    text.setBold(at, at + '{{mentee.firstName}}'.length - 1, true);
    expect(text.isBold()).toBeNull(); // mixed, as Google answers for a text with several values
    const preview = documentsApi.checkTemplate({ kind: 'proposal', code: 'P-0001' });
    expect(preview.preview.body[1]).toEqual({
      kind: 'paragraph',
      heading: 'NORMAL',
      spans: [{ text: 'we would like to propose that you mentor ' }, { text: 'Amina', bold: true }, { text: '.' }],
    });
    documentsApi.generateDocuments({ kind: 'proposal', codes: ['P-0001'] });
    const doc = ws.documents().find((d) => d.name.startsWith('Match proposal – P-0001'))!;
    const made = DocumentApp.openById(doc.id).getBody().getParagraphs()[1]!.editAsText();
    const start = made.getText().indexOf('Amina');
    expect(made.getText()).toBe('we would like to propose that you mentor Amina.');
    expect([made.isBold(start), made.isBold(start + 4), made.isBold(start - 1), made.isBold(start + 5)]).toEqual([true, true, false, false]);
    expect(made.getTextAttributeIndices()).toEqual([0, start, start + 5]);
  });

  it('offers the pair’s prefilled diary link in the Code of Conduct when there is a diary form, and drops the line when there is none', () => {
    const ws = programme();
    documentsApi.generateDocuments({ kind: 'codeOfConduct', codes: ['P-0001'] });
    const latest = () => ws.documents().filter((d) => d.name.startsWith('Code of Conduct – P-0001') && !d.trashed)[0]!.body;
    expect(latest()).not.toContain('diary');
    expect(latest()).not.toContain('{{');
    intakeApi.createStandardForms({ kinds: ['diary'] });
    documentsApi.generateDocuments({ kind: 'codeOfConduct', codes: ['P-0001'] });
    expect(latest()).toMatch(
      /Mentor diary, one entry after each meeting: https:\/\/docs\.google\.com\/forms\/d\/e\/[\w-]+\/viewform\?usp=pp_url&entry\.\d+=P-0001/,
    );
  });

  it('refuses a preview for a pair that does not exist, in words', () => {
    const ws = programme();
    expect(() => documentsApi.checkTemplate({ kind: 'iip', code: 'P-9999' })).toThrow(/badArgument/);
    expect(ws.documents()).toHaveLength(0);
    expect(() => documentsApi.checkTemplate({ kind: 'nope' as never, code: 'P-0001' })).toThrow();
  });

  it('lists pairs with their mentor’s and mentee’s first names only', () => {
    programme();
    const overview = documentsApi.getDocumentsOverview();
    expect(overview.pairs[0]).toMatchObject({ code: 'P-0001', mentorFirstName: 'Samira', menteeFirstName: 'Amina' });
    expect(JSON.stringify(overview)).not.toMatch(/Haddad|Yusuf|samira@/);
    expect(overview.templatesReady).toBe(false);
  });

  it('makes the mentee’s own copy of the IIP in their language, right to left in Arabic, beside the programme’s IIP', () => {
    const ws = programme();
    documentsApi.generateDocuments({ kind: 'iip', codes: ['P-0001'] });
    const linked = recordsOf(ws, 'Pairs')[0]!['IIP document'];

    const result = documentsApi.generateDocuments({ kind: 'iip', codes: ['P-0001'], menteeLanguage: 'ar' });

    expect(result.results.map((r) => r.name)).toEqual(['IIP (ar) – P-0001 – 2026-11']);
    const copy = ws.documents().find((x) => x.name === 'IIP (ar) – P-0001 – 2026-11')!;
    expect(copy.body).toMatch(/[\u0600-\u06FF]/);
    // Values in the mentee's words: the start date in Arabic (a template asking for needs or languages gets them in Arabic too).
    expect(menteeWords('ar').need('housing')).toBe(newcomerCatalogue('ar').forms['choice.need.housing']);
    expect(menteeWords('ar').languageName('so')).toBe(new Intl.DisplayNames(['ar'], { type: 'language' }).of('so'));
    expect(copy.body).toContain(new Intl.DateTimeFormat('ar', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d('2026-10-01')));
    expect(copy.body).toContain('Amina Yusuf');
    const paragraphs = Object.values(ws.state.documents)
      .find((x) => x.id === copy.id)!
      .body.elements.filter((e) => e.type === 'PARAGRAPH');
    expect(paragraphs.filter((p) => p.text.trim()).every((p) => 'rightToLeft' in p && p.rightToLeft)).toBe(true);
    // The programme's IIP stays the linked one, and the copy is recorded for erasure with the pair's files.
    expect(recordsOf(ws, 'Pairs')[0]!['IIP document']).toBe(linked);
    expect(ws.documents().filter((x) => x.name.startsWith('IIP – P-0001') && !x.trashed)).toHaveLength(1);
    expect(documentsState().files['P-0001']).toContain(copy.id);
    // One template per language, made once.
    documentsApi.generateDocuments({ kind: 'iip', codes: ['P-0001'], menteeLanguage: 'ar' });
    expect(ws.documents().filter((x) => x.name === newcomerCatalogue('ar').iip.name)).toHaveLength(1);
  });

  it('makes a mentee’s copy only of the IIP, and only in a language it has', () => {
    programme();
    expect(() => sidebarApi.generateDocuments({ kind: 'codeOfConduct', codes: ['P-0001'], menteeLanguage: 'ar' })).toThrow(/only the IIP/);
    expect(() => sidebarApi.generateDocuments({ kind: 'iip', codes: ['P-0001'], menteeLanguage: 'xx' as never })).toThrow(/menteeLanguage/);
  });
});
