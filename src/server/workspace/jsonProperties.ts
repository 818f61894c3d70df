/**
 * JSON values in the document properties. A property value holds at most 9 kB, so larger
 * values are split over numbered keys; the whole store holds 500 kB.
 */
const CHUNK = 8000;

export function readJson<T>(key: string): T | null {
  const properties = PropertiesService.getDocumentProperties();
  const all = properties.getProperties();
  const count = Number(all[`${key}#n`] ?? 0);
  const text = count > 0 ? Array.from({ length: count }, (_, i) => all[`${key}#${i}`] ?? '').join('') : all[key];
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

export function writeJson(key: string, value: unknown): void {
  const properties = PropertiesService.getDocumentProperties();
  const text = JSON.stringify(value);
  const old = properties.getProperties();
  const next: Record<string, string> = {};
  for (const [k, v] of Object.entries(old)) if (k !== key && !k.startsWith(`${key}#`)) next[k] = v;
  if (text.length <= CHUNK) next[key] = text;
  else {
    const parts = Math.ceil(text.length / CHUNK);
    next[`${key}#n`] = String(parts);
    for (let i = 0; i < parts; i++) next[`${key}#${i}`] = text.slice(i * CHUNK, (i + 1) * CHUNK);
  }
  properties.setProperties(next, true);
}
