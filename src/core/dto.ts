/**
 * What crosses google.script.run. Google delivers only JSON-like values: a Date
 * anywhere in a return value turns the whole result into null in the browser, and a
 * Date or function argument fails the call. DTOs therefore carry dates as ISO strings.
 */
export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };

/** The type a value has after a JSON round trip (what the sidebar really receives). */
export type Jsonify<T> = T extends Date
  ? string
  : T extends JsonPrimitive
    ? T
    : T extends undefined | ((...args: never[]) => unknown)
      ? never
      : T extends readonly (infer U)[]
        ? Jsonify<U>[]
        : T extends object
          ? { [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: Jsonify<T[K]> }
          : never;

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.prototype.toString.call(value) === '[object Object]';
}

/**
 * The path of the first value that google.script.run could not carry faithfully
 * (Date, function, undefined in an array, NaN, class instances), or null when the value is JSON-safe.
 */
export function findNonJsonValue(value: unknown, path = '$'): string | null {
  if (value === null) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return null;
    case 'number':
      return Number.isFinite(value) ? null : path;
    case 'object':
      break;
    default:
      return path;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNonJsonValue(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (!isPlainObject(value as object)) return path;
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (child === undefined) continue;
    const found = findNonJsonValue(child, `${path}.${key}`);
    if (found) return found;
  }
  return null;
}
