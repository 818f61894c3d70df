// Runs a TypeScript entry (the preview server, the benchmark) on Node: esbuild bundles it into
// .preview/ with packages left external, then Node imports it. No TypeScript runtime needed.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = process.argv[2];
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <entry.ts>');
  process.exit(2);
}
const outfile = path.join(root, '.preview', `${path.basename(entry, '.ts')}.mjs`);
await esbuild.build({
  entryPoints: [path.resolve(root, entry)],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
process.env.PMD_ROOT = root;
await import(pathToFileURL(outfile).href);
