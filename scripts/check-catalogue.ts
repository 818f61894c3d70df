/**
 * Checks one language's catalogue against the English source, file by file (messages, sheets,
 * documents, forms): every key present and no other, the same placeholders, plurals that have an
 * `other` case and only the language's own categories, and no message left in English.
 * `node scripts/run-ts.mjs scripts/check-catalogue.ts de` prints what is wrong, or "ok".
 * The test suite makes the same checks for every supported language (test/unit/catalogues.test.ts).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { catalogueProblems, flatten } from '../src/core/i18n/check';

// Run through scripts/run-ts.mjs, whose own argument is this file: the language comes after it.
const language = process.argv[3];
if (!language) {
  console.error('usage: node scripts/run-ts.mjs scripts/check-catalogue.ts <language>');
  process.exit(2);
}
const root = process.env.PMD_ROOT ?? process.cwd();
const dir = path.join(root, 'src/core/i18n', language);
const esbuild = await import('esbuild');
let problems: string[] = [];
for (const file of readdirSync(path.join(root, 'src/core/i18n/en')).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
  const load = async (where: string) => {
    const out = path.join(root, '.preview', `catalogue-${path.basename(where)}-${path.basename(path.dirname(where))}.mjs`);
    await esbuild.build({ entryPoints: [where], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error' });
    return (await import(pathToFileURL(out).href)) as Record<string, unknown>;
  };
  const source = await load(path.join(root, 'src/core/i18n/en', file));
  let target: Record<string, unknown>;
  try {
    target = await load(path.join(dir, file));
  } catch (error) {
    problems.push(`${file}: missing or not readable (${String(error).split('\n')[0]})`);
    continue;
  }
  const same = new Set((target.sameAsEnglish as string[] | undefined) ?? []);
  for (const name of Object.keys(source).filter((n) => n !== 'sameAsEnglish'))
    problems = problems.concat(catalogueProblems(flatten(source[name]), flatten(target[name]), language, same).map((p) => `${file} ${name}: ${p}`));
}
console.log(problems.length ? problems.join('\n') : 'ok');
process.exit(problems.length ? 1 : 0);
