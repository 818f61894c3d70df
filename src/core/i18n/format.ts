/**
 * Fills a catalogue message: `{name}` takes a parameter, and `{count, plural, one {# pair} other
 * {# pairs}}` chooses a form with the language's own plural rules (Intl.PluralRules: Italian
 * "1 coppia / 2 coppie", Arabic's six forms, ...). `=0 {…}` matches an exact number first; `#`
 * is the number. This is the plural subset of ICU MessageFormat, the syntax translators know.
 * Numbers are written with Intl.NumberFormat in the language's locale ("2,5" in Italian).
 * Shared by the server and the sidebar, so it has no other dependency.
 */
export type MessageParams = Readonly<Record<string, string | number>>;

/** The text of one `{…}` argument, from just after its opening brace; returns it and where it ends. */
function argumentAt(template: string, start: number): { body: string; end: number } | null {
  let depth = 1;
  for (let i = start; i < template.length; i++) {
    if (template[i] === '{') depth++;
    else if (template[i] === '}' && --depth === 0) return { body: template.slice(start, i), end: i + 1 };
  }
  return null;
}

/** `one {…} other {…}` into its cases, in order. */
function pluralCases(text: string): Map<string, string> {
  const cases = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    const selector = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(text.slice(i));
    if (!selector) break;
    const body = argumentAt(text, i + selector[0].length);
    if (!body) break;
    cases.set(selector[1]!, body.body);
    i = body.end;
  }
  return cases;
}

/**
 * A number the language's way: "2,5" in Italian. Thousands are grouped only from five digits, as
 * CLDR's "min2" does ("60,000 characters"), so that a year stays "2008"; written out here because
 * older engines read useGrouping as a boolean.
 */
function formatNumber(value: number, locale: string): string {
  const grouped = Math.abs(value) >= 10_000;
  return remembered(numberFormats, `${locale}|${grouped}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: grouped })).format(
    value,
  );
}

/*
 * Made once per locale: building an Intl formatter costs tens of microseconds, and a cohort's
 * explanations format thousands of numbers and plurals (a fifth of a 2,000-pair proposal's words).
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function remembered<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/**
 * Makes the locale's formatters now. The first Intl object of a page loads the locale's data
 * (about 25 ms in a fresh Chromium renderer, measured by the sidebar bench's page profile): the
 * sidebar does it while its first server call is on its way, not after the answer has arrived.
 */
export function prepareFormatters(locale: string): void {
  formatNumber(1, locale);
  formatNumber(10_000, locale);
  remembered(pluralRules, locale, () => new Intl.PluralRules(locale)).select(1);
}

function show(value: string | number, locale: string): string {
  return typeof value === 'number' ? formatNumber(value, locale) : value;
}

function plural(name: string, casesText: string, params: MessageParams, locale: string): string | null {
  const value = params[name];
  if (value === undefined) return null;
  const count = Number(value);
  const cases = pluralCases(casesText);
  const chosen = cases.get(`=${count}`) ?? cases.get(remembered(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count)) ?? cases.get('other');
  if (chosen === undefined) return null;
  return format(chosen.replace(/#/g, formatNumber(count, locale)), params, locale);
}

export function format(template: string, params: MessageParams = {}, locale = 'en'): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    out += template.slice(i, open);
    const argument = argumentAt(template, open + 1);
    if (!argument) {
      out += template.slice(open);
      return out;
    }
    const whole = template.slice(open, argument.end);
    const pluralForm = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(argument.body);
    const simple = /^\s*(\w+)\s*$/.exec(argument.body);
    if (pluralForm) out += plural(pluralForm[1]!, pluralForm[2]!, params, locale) ?? whole;
    else if (simple && params[simple[1]!] !== undefined) out += show(params[simple[1]!]!, locale);
    else out += whole;
    i = argument.end;
  }
  return out + template.slice(i);
}

/** One `{…}` of a message: a plain placeholder, or a plural argument with its cases. */
export interface MessageArgument {
  readonly name: string;
  readonly cases: ReadonlyMap<string, string> | null;
}

/** Every argument of a message, those inside plural cases included. */
export function argumentsOf(template: string): MessageArgument[] {
  const found: MessageArgument[] = [];
  let i = template.indexOf('{');
  while (i >= 0) {
    const argument = argumentAt(template, i + 1);
    if (!argument) break;
    const pluralForm = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(argument.body);
    const simple = /^\s*(\w+)\s*$/.exec(argument.body);
    if (pluralForm) {
      const cases = pluralCases(pluralForm[2]!);
      found.push({ name: pluralForm[1]!, cases });
      for (const body of cases.values()) found.push(...argumentsOf(body));
    } else if (simple) found.push({ name: simple[1]!, cases: null });
    i = template.indexOf('{', argument.end);
  }
  return found;
}

/** The names a message uses, plural arguments included: a translation must use the same. */
export function placeholdersOf(template: string): string[] {
  return [...new Set(argumentsOf(template).map((a) => a.name))].sort();
}
