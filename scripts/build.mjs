// Builds the Apps Script project into dist/: Code.js (the bundle plus one top-level function per
// public entry), sidebar.html (self-contained) and appsscript.json.
//
// Why not a plugin: gas-webpack-plugin needs webpack, and esbuild-gas-plugin / gas-entry-generator
// find entry points by scanning for `global.x = ...` assignments. We keep the surface as one
// explicit object (src/server/publicSurface.ts) and read its keys by loading the bundle in an
// empty V8 context, which also proves that loading touches no Apps Script service.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const GLOBAL_NAME = 'PeerMentoringDesk';

async function buildServer() {
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'src/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    platform: 'neutral',
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  const bundle = result.outputFiles[0].text;
  const names = publicNames(bundle);
  const wrappers = names.map(
    (name) =>
      `/** Public entry point generated from src/server/publicSurface.ts. */\nfunction ${name}() {\n  return ${GLOBAL_NAME}.publicFunctions.${name}.apply(this, arguments);\n}\n`,
  );
  const header = '// Peer Mentoring Desk: built file, do not edit. Source: src/ (TypeScript).\n';
  await writeFile(path.join(dist, 'Code.js'), `${header}${bundle}\n${wrappers.join('\n')}`);
  return names;
}

function publicNames(bundle) {
  const sandbox = {};
  vm.createContext(sandbox);
  vm.runInContext(bundle, sandbox, { filename: 'Code.js' });
  const surface = sandbox[GLOBAL_NAME]?.publicFunctions;
  if (!surface) throw new Error('The bundle does not expose publicFunctions');
  const names = Object.keys(surface);
  for (const name of names) {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`Public function name is not an identifier: ${name}`);
    if (typeof surface[name] !== 'function') throw new Error(`Public entry ${name} is not a function`);
  }
  return names;
}

async function buildSidebar() {
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'sidebar/main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  // An inline script ends at the first "</script" whatever the JavaScript means.
  const script = result.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  const css = await readFile(path.join(root, 'sidebar/styles.css'), 'utf8');
  const template = await readFile(path.join(root, 'sidebar/index.html'), 'utf8');
  const html = template.replace('/*STYLE*/', () => css).replace('/*SCRIPT*/', () => script);
  await writeFile(path.join(dist, 'sidebar.html'), html);
  return html.length;
}

export async function build() {
  await mkdir(dist, { recursive: true });
  const names = await buildServer();
  const sidebarSize = await buildSidebar();
  await writeFile(path.join(dist, 'appsscript.json'), await readFile(path.join(root, 'appsscript.json'), 'utf8'));
  return { names, sidebarSize };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { names, sidebarSize } = await build();
  console.log(`dist/ built: ${names.length} public functions (${names.join(', ')}); sidebar ${Math.round(sidebarSize / 1024)} kB`);
}
