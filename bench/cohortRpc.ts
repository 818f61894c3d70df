import http from 'node:http';
import path from 'node:path';
import { proposeCohort } from '../src/core/matching/suggest';
import { DEFAULT_MATCHING } from '../src/core/matching/settings';
import { MENTEES, MENTORS } from '../src/core/schema/sheets';
import { appendRecords, readTable } from '../src/server/workspace/table';
import { isRemoteCall } from '../fake';
import { startPreview } from '../preview/server';
import { syntheticPeople, syntheticRecords } from './matching';
import { APPS_SCRIPT_MODEL, appsScriptMs, withGlobals } from './measure';
import { printTable } from './table';

/**
 * The cohort as the sidebar asks for it (issue 16: "the RPC proposeCohort at 2,000 × 2,000 in the
 * preview: within 2× of the core figure"): the same synthetic people as the cohort table, typed
 * into a programme's Mentors and Mentees sheets in the preview, then `proposeCohort` sent to the
 * preview's /__rpc as the page sends it. Beside it, in the same run: core's proposeCohort on
 * those people's profiles (what the cohort table measures), and the add-on's own execution on the
 * in-memory Workspace (reading the sheets, building profiles, the proposal and its words).
 *
 * The Apps Script estimate is measure.ts's model (APPS_SCRIPT_MODEL). An execution stops at 6 minutes.
 */
const SIZES = [500, 2_000];
const RUNS = 5;
const EXECUTION_LIMIT_S = 360;

const root = process.env.PMD_ROOT ?? path.resolve('.');
/**
 * A POST on a connection of its own: this process also runs the preview, and while the add-on
 * computes for seconds the server closes idle kept-alive sockets, which fetch would then reuse.
 */
function post(url: string, body: unknown): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(JSON.stringify(body));
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const OPTIONS = { maximiseMatched: false, teamMode: false };

export async function cohortRpcBench(): Promise<void> {
  const preview = await startPreview({ root, port: 0, stateFile: null, scenario: 'empty' });
  const rows: (string | number)[][] = [];
  try {
    for (const size of SIZES) {
      const seed = size + 7;
      const reset = await post(`${preview.url}/__dev/reset`, { scenario: 'empty' });
      if (reset.status !== 200) throw new Error(`reset failed: ${reset.text}`);
      const runtime = preview.runtime();
      runtime.run('setUpProgramme');
      const records = syntheticRecords(size, size, seed);
      withGlobals(runtime.ws, () => {
        const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
        // Admitted, as a coordinator would have decided before matching; coordinator columns typed.
        appendRecords(
          readTable(spreadsheet, MENTORS),
          records.mentors.map((r) => ({ ...r, screeningDecision: 'Admit' })),
          { byCoordinator: true },
        );
        appendRecords(
          readTable(spreadsheet, MENTEES),
          records.mentees.map((r) => ({ ...r, screeningDecision: 'Admit' })),
          { byCoordinator: true },
        );
      });

      const people = syntheticPeople(size, size, seed);
      const context = { activePairs: new Map(), exclusions: new Set<string>(), endedBefore: new Set<string>() };
      const core: number[] = [];
      const server: number[] = [];
      const rpc: number[] = [];
      let replyBytes = 0;
      let pairs = 0;
      let corePairs = 0;
      let calls = 0;
      let cells = 0;
      for (let i = 0; i < RUNS; i++) {
        let t = performance.now();
        corePairs = proposeCohort(people.mentees, people.mentors, DEFAULT_MATCHING, context, { ...OPTIONS, pinned: [] }).pairs.length;
        core.push(performance.now() - t);

        runtime.ws.counter.reset();
        t = performance.now();
        runtime.run('proposeCohort', [OPTIONS]);
        server.push(performance.now() - t);
        calls = runtime.ws.counter.total(isRemoteCall);
        cells = runtime.ws.counter.cells;

        t = performance.now();
        const { text } = await post(`${preview.url}/__rpc`, { fn: 'proposeCohort', args: [OPTIONS] });
        rpc.push(performance.now() - t);
        replyBytes = text.length;
        const reply = JSON.parse(text) as { ok: boolean; value?: { pairs: unknown[] }; error?: { message: string } };
        if (!reply.ok) throw new Error(`proposeCohort failed through the RPC: ${reply.error?.message}`);
        pairs = reply.value!.pairs.length;
      }
      const serverMs = median(server);
      const estimateS = appsScriptMs(calls, cells, serverMs) / 1000;
      rows.push([
        `${size.toLocaleString('en-GB')}×${size.toLocaleString('en-GB')}`,
        median(core),
        serverMs,
        median(rpc),
        median(rpc) / median(core),
        median(rpc) / median(core) <= 2 ? 'yes' : 'NO',
        replyBytes / 1000,
        pairs === corePairs ? `${pairs}` : `${pairs} (core ${corePairs}: NOT THE SAME)`,
        calls,
        cells,
        estimateS,
        estimateS < EXECUTION_LIMIT_S ? 'yes' : 'NO',
      ]);
    }
  } finally {
    await preview.close();
  }
  printTable(
    `Cohort through the preview's RPC (uniform people, ${RUNS} runs, median ms; Apps Script estimate: ${APPS_SCRIPT_MODEL.msPerDataCall} ms per data call, ${APPS_SCRIPT_MODEL.msPerCell} ms per cell, computing × ${APPS_SCRIPT_MODEL.slowdown})`,
    [
      'mentees×mentors',
      'core ms',
      'server ms',
      'RPC round trip ms',
      'RPC ÷ core',
      'within 2×',
      'reply KB',
      'pairs',
      'data calls',
      'cells read',
      'Apps Script est. s',
      'under 6 min',
    ],
    rows,
  );
}
