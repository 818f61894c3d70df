import { readJson, writeJson } from '../workspace/jsonProperties';

/**
 * The access-request documents made for each person (file ids by person id, nothing else), so
 * that erasing the person deletes those copies of their data too.
 */
const KEY = 'pmd.privacy.exports';

function all(): Record<string, string[]> {
  return readJson<Record<string, string[]>>(KEY) ?? {};
}

export function rememberExport(personId: string, fileId: string): void {
  const exports = all();
  exports[personId] = [...(exports[personId] ?? []), fileId];
  writeJson(KEY, exports);
}

/** The person's export files, forgotten as they are handed back (the caller deletes them). */
export function takeExports(personId: string): string[] {
  const exports = all();
  const files = exports[personId] ?? [];
  if (files.length) {
    delete exports[personId];
    writeJson(KEY, exports);
  }
  return files;
}
