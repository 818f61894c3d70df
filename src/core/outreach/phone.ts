/**
 * Phone numbers for WhatsApp's click-to-chat links (wa.me), which want the full international
 * number as digits. People write numbers as they dial them at home ("366 120 4545",
 * "06 1234 5678", "0039 366…"), so a national number gets the programme's country calling code.
 *
 * The result is E.164 with its "+" ("+393661204545"): with the "+" the number says it is
 * international already, so normalising it again changes nothing (a bare "3612345678" could be
 * Hungarian or an Italian mobile without its prefix). `waDigits` drops the "+" for the link.
 */

/** Countries whose national numbers keep their leading 0 after the country code (Italy: +39 06…; San Marino, Vatican). */
const KEEPS_LEADING_ZERO = new Set(['39', '378', '379']);

/** Calling codes by the region of a spreadsheet locale (it_IT → 39): the default of the setting. */
const CALLING_CODE_BY_REGION: Record<string, string> = {
  IT: '39',
  SM: '378',
  VA: '379',
  GB: '44',
  IE: '353',
  US: '1',
  CA: '1',
  ES: '34',
  FR: '33',
  BE: '32',
  DE: '49',
  AT: '43',
  CH: '41',
  NL: '31',
  PT: '351',
  GR: '30',
  SE: '46',
  NO: '47',
  DK: '45',
  FI: '358',
  PL: '48',
  MT: '356',
  CY: '357',
};

export function callingCodeForLocale(locale: string): string {
  const region =
    String(locale ?? '')
      .split(/[_-]/)[1]
      ?.toUpperCase() ?? '';
  return CALLING_CODE_BY_REGION[region] ?? '';
}

/** A country calling code as the setting holds it ("39", "+39", "0039"), or '' when it is none. */
export function cleanCallingCode(value: unknown): string {
  const digits = String(value ?? '')
    .trim()
    .replace(/^(\+|00)/, '');
  return /^[1-9]\d{0,2}$/.test(digits) ? digits : '';
}

/**
 * The number as E.164 ("+" then 8 to 15 digits, no leading 0 after the "+"), or null when it
 * cannot be a phone number. Never throws.
 */
export function normalisePhone(raw: unknown, callingCode: unknown): string | null {
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  const compact = String(raw)
    .trim()
    .replace(/[\s.\-()/\u00a0]/g, '');
  if (!/^\+?\d+$/.test(compact)) return null;
  const country = cleanCallingCode(callingCode);
  let digits: string;
  if (compact.startsWith('+')) digits = compact.slice(1);
  else if (compact.startsWith('00')) digits = compact.slice(2);
  else if (compact.startsWith('0')) {
    if (!country) return null;
    digits = country + (KEEPS_LEADING_ZERO.has(country) ? compact : compact.slice(1));
  } else if (country === '39' && /^3\d{8,9}$/.test(compact)) {
    // An Italian mobile written without its prefix (3xx xxx xxxx): the commonest way to write one in Italy.
    digits = country + compact;
  } else if (country && compact.startsWith(country) && compact.length >= 10) {
    // Already international, written without its "+".
    digits = compact;
  } else return null;
  if (!/^[1-9]\d{7,14}$/.test(digits)) return null;
  return `+${digits}`;
}

/** The digits wa.me wants: the E.164 number without its "+". */
export function waDigits(e164: string): string {
  return e164.replace(/^\+/, '');
}
