import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { findNonJsonValue } from '../src/core/dto';
import { isRemoteCall } from '../fake';
import type { FormAnswers } from '../fake';
import type { AddonRuntime } from './runtime';
import type { UiEvent } from '../fake/state';
import { type DocView, documentView } from './documentModel';
import { type Scenario, scenarioFactory } from './scenarios';

export interface PreviewOptions {
  root: string;
  port?: number;
  host?: string;
  /** Where the state is saved between restarts; null keeps it in memory only (tests). */
  stateFile?: string | null;
  scenario?: Scenario;
}

export interface PreviewServer {
  url: string;
  runtime(): AddonRuntime;
  close(): Promise<void>;
}

const MAX_BODY = 2 * 1024 * 1024;

function readBody(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('Request too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text ? JSON.parse(text) : {});
      } catch {
        reject(new Error('Body is not JSON'));
      }
    });
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, body: string, type: string) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

const json = (res: http.ServerResponse, status: number, value: unknown) => send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

/**
 * The page of one generated document: its structure as JSON data (never parsed as markup: "<" is
 * escaped, so no answer can close the data block) and the script that draws it as Docs does.
 */
function documentPageRenderer(html: string, css: string, script: string) {
  const safeScript = script.replace(/<\/script/gi, '<\\/script');
  const hash = createHash('sha256').update(`\n${safeScript}\n    `).digest('base64');
  const policy = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`;
  return (view: DocView) => ({
    policy,
    html: html
      .replace('/*STYLE*/', () => css)
      .replace('/*DATA*/', () =>
        JSON.stringify(view)
          .replace(/</g, '\\u003c')
          .replace(/\u2028/g, '\\u2028')
          .replace(/\u2029/g, '\\u2029'),
      )
      .replace('\n/*SCRIPT*/\n    ', () => `\n${safeScript}\n    `),
  });
}

/** UI events (toasts, alerts) numbered in the order they happened, so the page shows each once. */
function uiEventNumbers() {
  const numbers = new WeakMap<UiEvent, number>();
  let next = 1;
  return {
    number(list: readonly UiEvent[]) {
      return list.map((event) => {
        let seq = numbers.get(event);
        if (seq === undefined) {
          seq = next++;
          numbers.set(event, seq);
        }
        return { event, dto: { ...event, seq } };
      });
    },
  };
}

async function bundlePage(root: string, entry: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}

/**
 * The local preview: the built add-on running on the in-memory Workspace, the spreadsheet drawn
 * as tabs and grids, the real sidebar beside it, and the HTTP seam that tests drive.
 */
export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const { root } = options;
  const distDir = path.join(root, 'dist');
  const projectFiles = { 'sidebar.html': readFileSync(path.join(distDir, 'sidebar.html'), 'utf8') };
  const standIn = readFileSync(path.join(root, 'preview/standIn.js'), 'utf8');
  const pageHtml = readFileSync(path.join(root, 'preview/page/index.html'), 'utf8');
  const pageCss = readFileSync(path.join(root, 'preview/page/styles.css'), 'utf8');
  const pageJs = await bundlePage(root, 'preview/page/main.ts');
  const documentPage = documentPageRenderer(
    readFileSync(path.join(root, 'preview/page/document.html'), 'utf8'),
    readFileSync(path.join(root, 'preview/page/document.css'), 'utf8'),
    await bundlePage(root, 'preview/page/document.ts'),
  );
  // The saved state belongs to the build that wrote it: a new build starts a fresh demo rather than
  // restoring sheets its code no longer expects.
  const build = createHash('sha256')
    .update(readFileSync(path.join(distDir, 'Code.js')))
    .digest('hex')
    .slice(0, 8);
  const stateFile = options.stateFile === undefined ? path.join(root, `.preview/state-${build}.json`) : options.stateFile;

  const scenarios = scenarioFactory({ distDir, projectFiles });
  let runtime = scenarios.create(options.scenario ?? 'demo');
  const events = uiEventNumbers();
  if (stateFile && existsSync(stateFile)) {
    try {
      runtime.ws.restore(readFileSync(stateFile, 'utf8'));
    } catch {
      // A damaged state file is replaced by a fresh demo rather than stopping the preview.
    }
  }
  const save = () => {
    if (!stateFile) return;
    mkdirSync(path.dirname(stateFile), { recursive: true });
    writeFileSync(stateFile, runtime.ws.snapshot());
  };
  save();

  /** The openings of the sidebar a GET /sidebar has served, counted per runtime (a reset starts a new one). */
  let served: { runtime: AddonRuntime | null; opens: number } = { runtime: null, opens: 0 };
  const routes: Record<string, (req: http.IncomingMessage, res: http.ServerResponse, body: unknown) => void> = {
    'GET /': (_req, res) =>
      send(
        res,
        200,
        pageHtml.replace('/*STYLE*/', () => pageCss).replace('/*SCRIPT*/', () => pageJs.replace(/<\/script/gi, '<\\/script')),
        'text/html; charset=utf-8',
      ),
    'GET /sidebar': (_req, res) => {
      // What openSidebar showed, once per opening: it carries the state of that moment (core/initialState.ts), so a
      // reload of the frame gets the built file, without one, and the sidebar asks for a fresh state.
      const opens = runtime.ws.counter.get('Ui.showSidebar');
      const unserved = opens > 0 && (served.runtime !== runtime || opens > served.opens);
      served = { runtime, opens };
      const fresh = unserved ? runtime.ws.state.sidebarHtml : undefined;
      const html = fresh ?? projectFiles['sidebar.html'];
      send(
        res,
        200,
        html.replace('<head>', () => `<head><script>${standIn}</script>`),
        'text/html; charset=utf-8',
      );
    },
    'POST /__rpc': (_req, res, body) => {
      const { fn, args } = (body ?? {}) as { fn?: unknown; args?: unknown };
      if (typeof fn !== 'string' || !Array.isArray(args)) return json(res, 400, { ok: false, error: { message: 'Expected {"fn": name, "args": [...]}' } });
      if (fn.endsWith('_')) return json(res, 200, { ok: false, error: { message: `Cannot call private function ${fn} from the client.` } });
      if (!runtime.publicNames().includes(fn)) return json(res, 200, { ok: false, error: { message: `Script function not found: ${fn}` } });
      try {
        const value = runtime.run(fn, args);
        save();
        // Apps Script delivers null for a return value that holds a Date (and drops functions).
        const delivered = findNonJsonValue(value) === null ? (value === undefined ? null : JSON.parse(JSON.stringify(value))) : null;
        json(res, 200, { ok: true, value: delivered });
      } catch (error) {
        save();
        json(res, 200, { ok: false, error: { message: error instanceof Error ? error.message : String(error) } });
      }
    },
    'POST /__dev/menu': (_req, res, body) => {
      const { functionName } = (body ?? {}) as { functionName?: unknown };
      const allowed = runtime.ws.state.menus.flatMap((m) => m.items.map((i) => i.functionName));
      if (typeof functionName !== 'string' || !allowed.includes(functionName)) return json(res, 400, { ok: false, error: { message: 'Not a menu item' } });
      // What the click showed (an alert, a toast), for the page to show it as Sheets does.
      const before = new Set(runtime.ws.state.uiEvents);
      const shown = () => events.number(runtime.ws.state.uiEvents).filter((e) => !before.has(e.event));
      try {
        runtime.run(functionName);
        save();
        json(res, 200, { ok: true, events: shown().map((e) => e.dto) });
      } catch (error) {
        json(res, 200, { ok: false, error: { message: error instanceof Error ? error.message : String(error) }, events: shown().map((e) => e.dto) });
      }
    },
    'POST /__dev/reset': (_req, res, body) => {
      const scenario = ((body ?? {}) as { scenario?: unknown }).scenario ?? 'demo';
      if (scenario !== 'demo' && scenario !== 'large' && scenario !== 'empty')
        return json(res, 400, { ok: false, error: { message: 'scenario must be "demo", "large" or "empty"' } });
      runtime = scenarios.create(scenario);
      save();
      json(res, 200, { ok: true, scenario });
    },
    'POST /__dev/form-submit': (_req, res, body) => {
      const { sheet, answers } = (body ?? {}) as { sheet?: unknown; answers?: unknown };
      if (typeof sheet !== 'string' || typeof answers !== 'object' || answers === null) {
        return json(res, 400, { ok: false, error: { message: 'Expected {"sheet": name, "answers": {question: answer}}' } });
      }
      try {
        const result = runtime.ws.submitFormResponse(sheet, answers as FormAnswers);
        save();
        json(res, 200, { ok: true, row: result.row, triggers: result.runs });
      } catch (error) {
        json(res, 400, { ok: false, error: { message: (error as Error).message } });
      }
    },
    'POST /__dev/form-edit': (_req, res, body) => {
      const { sheet, row, answers } = (body ?? {}) as { sheet?: unknown; row?: unknown; answers?: unknown };
      if (typeof sheet !== 'string' || typeof row !== 'number' || typeof answers !== 'object' || answers === null) {
        return json(res, 400, { ok: false, error: { message: 'Expected {"sheet", "row", "answers"}' } });
      }
      try {
        const result = runtime.ws.editFormResponse(sheet, row, answers as FormAnswers);
        save();
        json(res, 200, { ok: true, row: result.row, triggers: result.runs });
      } catch (error) {
        json(res, 400, { ok: false, error: { message: (error as Error).message } });
      }
    },
    'POST /__dev/user': (_req, res, body) => {
      const { email } = (body ?? {}) as { email?: unknown };
      if (typeof email !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(email)) return json(res, 400, { ok: false, error: { message: 'Expected {"email"}' } });
      // Later calls run as this person, as when the owner shares the spreadsheet with a colleague who opens it.
      runtime.ws.shareSpreadsheet(email);
      runtime.ws.state.activeUser = email;
      save();
      json(res, 200, { ok: true, user: email });
    },
    'GET /__dev/workbook': (_req, res) => json(res, 200, { name: runtime.ws.spreadsheet.getName(), sheets: runtime.ws.workbook() }),
    'GET /__dev/docs': (_req, res) => json(res, 200, { documents: runtime.ws.documents() }),
    'GET /__dev/calls': (_req, res) => {
      const counts = runtime.ws.counter.snapshot();
      json(res, 200, { counts, total: runtime.ws.counter.total(), remote: runtime.ws.counter.total(isRemoteCall) });
    },
    'GET /__dev/ui': (_req, res) => {
      const { menus, uiEvents, sidebarTitle, sidebarHtml } = runtime.ws.state;
      const opens = runtime.ws.counter.get('Ui.showSidebar');
      const numbered = events.number(uiEvents).slice(-20);
      json(res, 200, { menus, events: numbered.map((e) => e.dto), sidebar: sidebarHtml ? { title: sidebarTitle ?? '', opens } : null });
    },
  };

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (req.method === 'GET' && (url.pathname.startsWith('/docs/') || url.pathname.startsWith('/__dev/docs/'))) {
        const id = decodeURIComponent(url.pathname.slice(url.pathname.lastIndexOf('/') + 1));
        const doc = runtime.ws.state.documents[id];
        if (!doc) return send(res, 404, 'No such document', 'text/plain; charset=utf-8');
        const view = documentView(doc, runtime.ws.state.driveFiles[id]?.name ?? '');
        if (url.pathname.startsWith('/__dev/')) return json(res, 200, view);
        const page = documentPage(view);
        res.writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
          // Only the page's own script runs: text from people's answers can never become a script here.
          'Content-Security-Policy': page.policy,
        });
        return res.end(page.html);
      }
      const route = routes[`${req.method} ${url.pathname}`];
      if (!route) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
      const body = req.method === 'POST' ? await readBody(req) : undefined;
      route(req, res, body);
    } catch (error) {
      json(res, 400, { ok: false, error: { message: (error as Error).message } });
    }
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(options.port ?? 8080, host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host}:${port}`,
    runtime: () => runtime,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
