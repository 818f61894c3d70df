import { type CalendarDate, calendarDate, calendarDateOf, daysBetween } from '../calendarDate';
import { isDate as isDateValue } from '../values';
import { asciiDigits, choicesOf, foldWords, formatSkills, parseLanguages, parseLevel, unplacedSides, wordAlternatives, wordsPattern } from './languages';
import { splitAnswer, tidy } from './text';

/**
 * Normalisers turn one answer into a tidy value. None of them throws and none loses an answer:
 * what cannot be understood is returned as a problem quoting it, and the response sheet keeps
 * the original.
 */
export type ProblemCode =
  | 'blankRequired'
  | 'badEmail'
  | 'badPhone'
  | 'badYear'
  | 'unknownLanguage'
  | 'noConsent'
  | 'badDate'
  | 'badNumber'
  | 'outOfRange'
  | 'unknownSlot'
  | 'possibleDuplicate'
  | 'noMentor'
  | 'noPair'
  | 'noPerson'
  | 'tooLong';

export interface Problem {
  field: string;
  code: ProblemCode;
  /** The answer as typed (shortened), so the coordinator can find it. */
  answer: string;
  /** More placeholders of the message: numbers and names of ours, never people's text. */
  params?: Record<string, string | number>;
}

export type Normalised<T> = { value: T | null; problem?: Omit<Problem, 'field'> };

const clip = (text: unknown) => {
  const s = String(text ?? '');
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
};

const ok = <T>(value: T | null): Normalised<T> => ({ value });
const none = <T>(): Normalised<T> => ({ value: null });
const bad = <T>(code: ProblemCode, answer: unknown, value: T | null = null): Normalised<T> => ({ value, problem: { code, answer: clip(answer) } });

const isBlank = (answer: unknown) => tidy(answer) === '';

export function normaliseText(answer: unknown): Normalised<string> {
  const text = String(answer ?? '')
    .replace(/\r\n?/g, '\n')
    .trim();
  return ok(text === '' ? null : text);
}

export function normaliseName(answer: unknown): Normalised<string> {
  const name = tidy(answer);
  return name ? ok(name) : bad('blankRequired', answer);
}

export function normaliseEmail(answer: unknown): Normalised<string> {
  if (isBlank(answer)) return none();
  const email = tidy(answer)
    .replace(/^mailto:/i, '')
    .replace(/\s+/g, '')
    .toLowerCase();
  return /^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$/.test(email) ? ok(email) : bad('badEmail', answer, tidy(answer));
}

/** Phone numbers: digits with one leading "+", "00" read as "+"; kept as text so zeros survive. */
export function normalisePhone(answer: unknown): Normalised<string> {
  if (isBlank(answer)) return none();
  const raw = tidy(answer);
  let digits = raw.replace(/[^\d+]/g, '');
  digits = digits.replace(/(?!^)\+/g, '');
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  const count = digits.replace('+', '').length;
  return count >= 6 && count <= 15 ? ok(digits) : bad('badPhone', answer, raw);
}

/** A birth year from a year, a date of birth or an age; `today` fixes "now" for ages. */
export function normaliseBirthYear(answer: unknown, today: Date, timeZone = 'UTC'): Normalised<number> {
  if (isBlank(answer)) return bad('blankRequired', answer);
  // Years of calendar days in the spreadsheet's zone: a date of birth of 1 January typed in Rome
  // is stored at 23:00 UTC the day before, and must not make the person a year older.
  const thisYear = yearOf(calendarDateOf(today, timeZone));
  const plausible = (year: number) => year >= thisYear - 110 && year <= thisYear - 5;
  if (isDateValue(answer)) {
    const day = dayOfInstant(answer, timeZone);
    return day && plausible(yearOf(day)) ? ok(yearOf(day)) : bad('badYear', day ?? String(answer));
  }
  if (typeof answer === 'number' && Number.isInteger(answer)) {
    if (plausible(answer)) return ok(answer);
    if (answer >= 5 && answer <= 110) return ok(thisYear - answer);
    return bad('badYear', answer);
  }
  const text = tidy(answer);
  const year = /^(\d{4})$/.exec(text) ?? /\b(\d{4})\b/.exec(text);
  if (year && plausible(Number(year[1]))) return ok(Number(year[1]));
  const age = /^(\d{1,3})(\s*(years?|anni|anos|años|ans|jahre|jaar)( old)?)?$/i.exec(text);
  if (age && Number(age[1]) >= 5 && Number(age[1]) <= 110) return ok(thisYear - Number(age[1]));
  return bad('badYear', answer);
}

/**
 * Words are written plainly: tables are folded with `foldWords` (accents, Arabic vowel marks,
 * letter variants and case do not matter) and matched as whole words in any script.
 */
const NO_PREFERENCE = [
  ...['no preference', 'indifferente', 'nessuna preferenza', 'non importa', 'sin preferencia', 'indiferente', 'pas de preference', 'peu importe'],
  ...['egal', 'keine praferenz', 'geen voorkeur', 'maakt niet uit', 'any', 'either', 'sem preferência', 'tanto faz', 'χωρίς προτίμηση', 'αδιάφορο'],
  ...['δεν έχω προτίμηση', 'لا يهم', 'لا فرق', 'بدون تفضيل', 'لا تفضيل', 'لا يوجد تفضيل', 'без різниці', 'не важливо', 'неважливо', 'немає переваг'],
  ...['байдуже', 'без разницы', 'не важно', 'неважно', 'нет предпочтений', 'всё равно', 'fark etmez', 'farketmez', 'tercih yok', 'tercihim yok'],
  ...['فرقی نمی‌کند', 'فرقی نمی کند', 'فرق نمیکند', 'فرقی ندارد', 'مهم نیست', 'ترجیحی ندارم', 'не имеет значения', 'немає значення', 'لا فرق عندي'],
  ...['doorasho gaar ah ma lihi', 'doorasho ma lihi'],
];

const GENDER_WORDS: [string, string[]][] = [
  ['No preference', NO_PREFERENCE],
  [
    'Prefer not to say',
    [
      ...['prefer not', 'rather not', 'i d rather not', 'preferisco non', 'prefiero no', 'je prefere ne pas', 'prefere ne pas', 'mochte ich nicht'],
      ...['keine angabe', 'zeg ik liever niet', 'liever niet', 'προτιμώ να μην', 'δεν θέλω να πω', 'prefiro não', 'أفضل عدم', 'أفضل ألا', 'لا أريد أن أقول'],
      ...['не хочу вказувати', 'не хочу казати', 'волію не казати', 'волію не вказувати', 'не бажаю вказувати', 'предпочитаю не', 'не хочу указывать'],
      ...['не хочу говорить', 'belirtmek istemiyorum', 'söylemek istemiyorum', 'belirtmek istemem', 'ترجیح می‌دهم نگویم', 'ترجیح می دهم نگویم'],
      ...['نمی‌خواهم بگویم'],
      ...['نمی خواهم بگویم', 'ترجیح میدم نگم', 'نه غواړم ووایم', 'ክገልጽ ኣይደልን', 'ma doonayo inaan sheego', 'ma rabo inaan sheego'],
    ],
  ],
  [
    'Non-binary or other',
    [
      ...['non binary', 'nonbinary', 'non binario', 'no binario', 'non binaire', 'nicht binar', 'non binair', 'other', 'altro', 'otro', 'autre', 'andere'],
      ...['μη δυαδικό', 'μη δυαδικός', 'μη δυαδική', 'άλλο', 'não binário', 'não binária', 'outro', 'outra', 'غير ثنائي', 'غير ثنائية', 'آخر', 'أخرى'],
      ...['небінарна', 'небінарний', 'небінарні', 'інше', 'інша', 'небинарный', 'небинарная', 'небинарное', 'другое', 'другой', 'ikili olmayan'],
      ...['diğer', 'başka', 'غیر دودویی', 'نان باینری', 'ناباینری', 'دیگر', 'نور', 'ካልእ', 'kale'],
    ],
  ],
  [
    'Woman',
    [
      ...['woman', 'women', 'female', 'donna', 'donne', 'femmina', 'mujer', 'femenino', 'femme', 'feminin', 'frau', 'weiblich', 'vrouw', 'vrouwelijk', 'f'],
      ...['γυναίκα', 'γυναίκες', 'θήλυ', 'θηλυκό', 'mulher', 'mulheres', 'feminino', 'feminina', 'امرأة', 'إمرأة', 'مرأة', 'أنثى', 'سيدة', 'نساء'],
      ...['жінка', 'жіноча', 'жіночий', 'жінки', 'ж', 'женщина', 'женский', 'женская', 'женщины', 'kadın', 'bayan', 'زن', 'زنان', 'خانم', 'مونث'],
      ...['ښځه', 'ښځینه', 'ښځې', 'ሰበይቲ', 'ኣንስተይቲ', 'dumar', 'naag', 'haween', 'haweeney', 'dheddig'],
    ],
  ],
  [
    'Man',
    [
      ...['man', 'men', 'male', 'uomo', 'uomini', 'maschio', 'hombre', 'masculino', 'homme', 'masculin', 'mann', 'mannlich', 'mannelijk', 'm'],
      ...['άνδρας', 'άντρας', 'άνδρες', 'άρρεν', 'αρσενικό', 'homem', 'homens', 'رجل', 'رجال', 'ذكر', 'чоловік', 'чоловіча', 'чоловічий', 'ч', 'м'],
      ...['мужчина', 'мужской', 'мужчины', 'erkek', 'bay', 'مرد', 'مردان', 'آقا', 'مذکر', 'سړی', 'نارینه', 'نر', 'ሰብኣይ', 'ተባዕታይ', 'nin', 'rag', 'lab'],
    ],
  ],
];
const GENDER_PATTERNS = GENDER_WORDS.map(([value, words]) => [wordsPattern(words), value] as const);

/** The value of the first table whose pattern matches the folded answer, in the table's order. */
function firstMatch(folded: string, patterns: readonly (readonly [RegExp, string])[]): string | null {
  return patterns.find(([pattern]) => pattern.test(folded))?.[1] ?? null;
}

/** Woman, Man, Non-binary or other, Prefer not to say, No preference; from either side of "Donna / امرأة". */
export function normaliseGender(answer: unknown): Normalised<string> {
  if (isBlank(answer)) return none();
  return ok(firstMatch(foldWords(answer), GENDER_PATTERNS) ?? tidy(answer));
}

export function normaliseLanguages(answer: unknown, required: boolean): Normalised<string> {
  if (isBlank(answer)) return required ? bad('blankRequired', answer) : none();
  const { skills, unknown } = parseLanguages(answer);
  const value = skills.length ? formatSkills(skills) : null;
  return unknown.length ? bad('unknownLanguage', unknown.join(', '), value) : ok(value);
}

export function normaliseLevel(answer: unknown): Normalised<string> {
  if (isBlank(answer)) return none();
  return ok(parseLevel(answer) ?? tidy(answer));
}

/** Multi-choice answers: parts kept in their order (the first need is the most important). */
export function normaliseList(answer: unknown, required = false): Normalised<string> {
  const parts = splitAnswer(answer).map(tidy).filter(Boolean);
  if (parts.length === 0) {
    // Only separators typed: kept as typed rather than dropped.
    const raw = tidy(answer);
    if (raw) return ok(raw);
    return required ? bad('blankRequired', answer) : none();
  }
  return ok([...new Set(parts)].join(', '));
}

const SLOT_WORDS: [string, string[]][] = [
  [
    'mornings',
    [
      ...['morning', 'mornings', 'mattina', 'mattine', 'mattino', 'manana', 'mananas', 'matin', 'matins', 'morgen', 'morgens', 'vormittag', 'vormittags'],
      ...['ochtend', 'ochtenden', 'voormiddag', 'πρωί', 'πρωινά', 'manhã', 'manhãs', 'صباح', 'صباحا', 'الصباح', 'صباحًا', 'ранок', 'ранки', 'вранці'],
      ...['зранку', 'ранку', 'утро', 'утром', 'по утрам', 'утра', 'sabah', 'sabahları', 'صبح', 'صبح‌ها', 'صبح ها', 'سهار', 'سهارنی', 'ንግሆ', 'ብንግሆ'],
      ...['subax', 'subaxdii', 'subaxda', 'subixii'],
    ],
  ],
  [
    'afternoons',
    [
      ...['afternoon', 'afternoons', 'pomeriggio', 'pomeriggi', 'tarde', 'tardes', 'apres midi', 'nachmittag', 'nachmittags', 'middag', 'namiddag'],
      ...['απόγευμα', 'απογεύματα', 'بعد الظهر', 'بعد الظهيرة', 'العصر', 'عصرا', 'після обіду', 'пополудні', 'вдень', 'днем', 'днём', 'после обеда'],
      ...['öğleden sonra', 'öğleden sonraları', 'بعدازظهر', 'بعد از ظهر', 'بعدازظهرها', 'عصر', 'عصرها', 'ماسپښین', 'ድሕሪ ቐትሪ', 'galab', 'galabtii', 'galabta'],
    ],
  ],
  [
    'evenings',
    [
      ...['evening', 'evenings', 'night', 'sera', 'sere', 'serata', 'noche', 'noches', 'soir', 'soirs', 'soiree', 'abend', 'abends', 'avond', 'avonden'],
      ...['βράδυ', 'βράδια', 'noite', 'noites', 'مساء', 'مساءً', 'المساء', 'مساءا', 'ليلا', 'الليل', 'вечір', 'вечори', 'ввечері', 'увечері'],
      ...['вечора', 'вечер', 'вечером', 'по вечерам', 'вечерам', 'akşam', 'akşamları', 'شب', 'شب‌ها', 'شبها', 'شب ها', 'ماښام', 'ماښامونه', 'ምሸት', 'ብምሸት'],
      ...['ምሸታት', 'fiid', 'fiidkii', 'fiidka', 'habeen', 'habeenkii'],
    ],
  ],
  [
    'weekends',
    [
      ...['weekend', 'weekends', 'fine settimana', 'sabato', 'domenica', 'fin de semana', 'sabado', 'domingo', 'week end', 'samedi', 'dimanche'],
      ...['wochenende', 'samstag', 'sonntag', 'zaterdag', 'zondag', 'σαββατοκύριακο', 'σαββατοκύριακα', 'σάββατο', 'κυριακή', 'fim de semana'],
      ...['fins de semana', 'عطلة نهاية الأسبوع', 'نهاية الأسبوع', 'عطلة الأسبوع', 'السبت', 'الأحد', 'вихідні', 'у вихідні', 'субота', 'неділя', 'выходные'],
      ...['суббота', 'воскресенье', 'hafta sonu', 'hafta sonları', 'cumartesi', 'pazar', 'آخر هفته', 'آخر هفته‌ها', 'تعطیلات آخر هفته', 'یکشنبه', 'یک شنبه'],
      ...['د اونۍ پای', 'اونۍ پای', 'ቀዳመ ሰንበት', 'ቀዳምን ሰንበትን', 'ሰንበት', 'dhammaadka toddobaadka', 'dhamaadka toddobaadka', 'sabti', 'axad'],
    ],
  ],
  [
    'weekdays',
    [
      ...['weekday', 'weekdays', 'giorni feriali', 'dias laborables', 'en semaine', 'werktags', 'wochentags', 'doordeweeks', 'καθημερινές', 'dias úteis'],
      ...['durante a semana', 'أيام الأسبوع', 'أيام العمل', 'خلال الأسبوع', 'будні', 'будні дні', 'робочі дні', 'будни', 'будние дни', 'рабочие дни'],
      ...['hafta içi', 'روزهای کاری', 'روزهای هفته', 'وسط هفته', 'کاري ورځې', 'maalmaha shaqada'],
    ],
  ],
  [
    'any time',
    [
      ...['any time', 'anytime', 'sempre', 'qualsiasi', 'siempre', 'cualquier', 'toujours', 'n importe', 'immer', 'jederzeit', 'altijd', 'οποτεδήποτε'],
      ...['πάντα', 'qualquer hora', 'a qualquer hora', 'أي وقت', 'في أي وقت', 'دائما', 'будь коли', 'будь-коли', 'завжди', 'в любое время', 'любое время'],
      ...['всегда', 'her zaman', 'herhangi bir zaman', 'هر وقت', 'هر زمان', 'همیشه', 'هر وخت', 'ዝኾነ ግዜ', 'wakhti kasta', 'waqti kasta', 'mar kasta'],
    ],
  ],
];
const SLOT_PATTERNS = SLOT_WORDS.map(([slot, words]) => [wordsPattern(words), slot] as const);

const slotsIn = (side: string) => SLOT_PATTERNS.filter(([pattern]) => pattern.test(foldWords(side))).map(([, slot]) => slot);

/**
 * Availability as slots (mornings, afternoons, evenings, weekends, weekdays, any time). A
 * bilingual choice ("Mattine / صباحًا") is understood from either side.
 */
export function normaliseAvailability(answer: unknown): Normalised<string> {
  if (isBlank(answer)) return none();
  const slots: string[] = [];
  const unknown: string[] = [];
  for (const sides of choicesOf(answer)) {
    const found = sides.map(slotsIn);
    for (const slot of found.flat()) if (!slots.includes(slot)) slots.push(slot);
    const recognised = found.map((slotsOfSide) => slotsOfSide.length > 0);
    unknown.push(...unplacedSides(sides, recognised));
  }
  if (slots.length === 0 && unknown.length === 0) unknown.push(tidy(answer));
  const value = slots.length ? slots.join(', ') : null;
  return unknown.length ? bad('unknownSlot', unknown.join(', '), value) : ok(value);
}

/** The first number in an answer ("8", "8 hours", "8-10", "otto"? no: words are a problem). */
export function normaliseNumber(answer: unknown, min: number, max: number): Normalised<number> {
  if (isBlank(answer)) return none();
  if (typeof answer === 'number') return answer >= min && answer <= max ? ok(answer) : bad('outOfRange', answer);
  const match = /-?\d+(?:[.,]\d+)?/.exec(String(answer));
  if (!match) return bad('badNumber', answer);
  const n = Number(match[0].replace(',', '.'));
  return n >= min && n <= max ? ok(n) : bad('outOfRange', answer);
}

const HOUR_UNITS = [
  ...['h', 'hr', 'hrs', 'hour', 'hours', 'ora', 'ore', 'uur', 'heure', 'heures', 'stunde', 'stunden', 'std', 'hora', 'horas', 'ώρα', 'ώρες'],
  ...['ساعة', 'ساعات', 'ساعت', 'ساعته', 'ګړۍ', 'час', 'часа', 'часов', 'ч', 'година', 'години', 'годин', 'год', 'saat', 'saac', 'saacad', 'saacadood'],
  ...['ሰዓት', 'ሰዓታት'],
];
/** A unit may be followed by minutes ("1h30") but not by more letters. */
const UNIT_END = '(?![\\p{L}\\p{M}])';
/** "1h30", "2 ore", "1 час 30 минут" (in folded text). */
const HOURS_MINUTES = new RegExp(`(\\d+)\\s*(?:${wordAlternatives(HOUR_UNITS.map(foldWords))})${UNIT_END}\\s*(\\d+)?`, 'u');
/** "1,5 ore", "1.5 hours", "١٫٥ ساعة" (before folding, which drops the separator). */
const DECIMAL_HOURS = new RegExp(
  `(\\d+[.,\u066b]\\d+)\\s*(?:${wordAlternatives([...HOUR_UNITS.map((u) => u.toLowerCase()), ...HOUR_UNITS.map(foldWords)])})${UNIT_END}`,
  'u',
);

const minutesOrProblem = (minutes: number, answer: unknown): Normalised<number> =>
  minutes > 0 && minutes <= 24 * 60 ? ok(minutes) : bad('outOfRange', answer);

/** Minutes from "90", "1h30", "1:30", "2 hours", "1,5 ore", "2 ساعة", "1 час 30 минут", "٩٠". */
export function normaliseDuration(answer: unknown): Normalised<number> {
  if (isBlank(answer)) return none();
  if (typeof answer === 'number') return minutesOrProblem(answer, answer);
  const raw = asciiDigits(String(answer)).toLowerCase();
  const decimalHours = DECIMAL_HOURS.exec(raw);
  if (decimalHours) return minutesOrProblem(Math.round(Number(decimalHours[1]!.replace(/[,\u066b]/, '.')) * 60), answer);
  const text = foldWords(answer);
  const hm = HOURS_MINUTES.exec(text) ?? /^(\d+) (\d{2})$/.exec(text);
  if (hm) return minutesOrProblem(Number(hm[1]) * 60 + Number(hm[2] ?? 0), answer);
  const minutes = normaliseNumber(raw, 1, 24 * 60);
  return minutes.problem ? bad(minutes.problem.code, answer) : minutes;
}

/*
 * Yes and no in the coordinators' languages (en, it, es, fr, de, nl, el, pt) and the newcomers'
 * (ar, uk, ru, fa/prs, ps, ti, so, tr). An answer must START with a yes or a no word, as a whole
 * word: "ja" is not "jamais", "no" not "nobody", "si" not "sim" nor "sin". A doubt anywhere
 * ("not sure", "no lo sé", "не знаю") makes the answer neither yes nor no.
 */
const YES_WORDS = [
  ...['yes', 'y', 'yeah', 'yep', 'true', '1', 'x', 'ok', 'okay', 'of course', 'i agree', 'agree', 'yes i agree', 'i accept', 'i consent'],
  ...['si', 'sì', 'certo', 'accetto', 'acconsento', 'do il consenso', 'sono d accordo', 'd accordo', 'sí', 'claro', 'acepto', 'de acuerdo', 'estoy de acuerdo'],
  ...['doy mi consentimiento', 'oui', 'j accepte', 'd accord', 'je suis d accord', 'je consens', 'ja', 'jawohl', 'ich stimme zu', 'einverstanden'],
  ...['ich bin einverstanden', 'jawel', 'ik ga akkoord', 'akkoord', 'ik stem in', 'mee eens', 'ναι', 'συμφωνώ', 'αποδέχομαι', 'δέχομαι', 'βεβαίως'],
  ...['sim', 'aceito', 'concordo', 'de acordo', 'estou de acordo', 'dou o meu consentimento', 'نعم', 'أجل', 'ايوه', 'بلى', 'أوافق', 'موافق', 'موافقة'],
  ...['أقبل', 'так', 'згоден', 'згодна', 'згодний', 'я згоден', 'я згодна', 'погоджуюсь', 'погоджуюся', 'звісно', 'tak', 'да', 'согласен', 'согласна'],
  ...['я согласен', 'я согласна', 'конечно', 'بله', 'بلی', 'آره', 'آری', 'موافقم', 'قبول دارم', 'baleh', 'bale', 'هو', 'هوکې', 'زه موافق یم', 'موافق یم'],
  ...['እወ', 'ይሰማማዕ', 'ይቕበል', 'haa', 'waan ogolahay', 'ogolahay', 'waan oggolahay', 'oggolahay'],
  ...['waan ku raacsanahay', 'waan aqbalay', 'evet', 'kabul ediyorum', 'katılıyorum'],
  ...['onaylıyorum', 'tamam'],
];
const NO_WORDS = [
  ...['no', 'n', 'nope', 'not', 'false', '0', 'disagree', 'i disagree', 'i do not agree', 'i don t agree', 'i refuse', 'refuse', 'decline', 'non'],
  ...['non acconsento', 'non accetto', 'rifiuto', 'no acepto', 'rechazo', 'no estoy de acuerdo', 'je refuse', 'pas d accord', 'je ne suis pas d accord'],
  ...['nein', 'ich stimme nicht zu', 'nicht einverstanden', 'ich lehne ab', 'nee', 'neen', 'niet', 'niet akkoord', 'ik ga niet akkoord', 'όχι', 'δεν συμφωνώ'],
  ...['διαφωνώ', 'αρνούμαι', 'não', 'não aceito', 'não concordo', 'recuso', 'discordo', 'لا', 'كلا', 'لا أوافق', 'غير موافق', 'أرفض', 'ні', 'не згоден'],
  ...['не згодна', 'не погоджуюсь', 'не погоджуюся', 'відмовляюсь', 'нет', 'не согласен', 'не согласна', 'отказываюсь', 'نه', 'خیر', 'نخیر'],
  ...['موافق نیستم', 'مخالفم', 'قبول ندارم', 'موافق نه یم', 'زه موافق نه یم', 'ኣይፋል', 'ኣይፋልን', 'ኣይኮነን'],
  ...['ኣይሰማማዕን', 'maya', 'ma ogoli', 'ma oggoli', 'ma aqbalo'],
  ...['kuma raacsani', 'hayır', 'kabul etmiyorum', 'katılmıyorum', 'onaylamıyorum', 'istemiyorum'],
];
const UNSURE_WORDS = [
  ...['maybe', 'perhaps', 'not sure', 'unsure', 'don t know', 'dont know', 'not yet', 'forse', 'non so', 'non lo so', 'non sono sicuro', 'non sono sicura'],
  ...['boh', 'quizas', 'quiza', 'tal vez', 'a lo mejor', 'no se', 'no lo se', 'no estoy seguro'],
  ...['no estoy segura', 'peut etre', 'je ne sais pas', 'je sais pas'],
  ...['pas sur', 'pas sure', 'vielleicht', 'weiss nicht', 'weiß nicht', 'weiss ich nicht', 'nicht sicher'],
  ...['misschien', 'weet niet', 'weet ik niet', 'niet zeker'],
  ...['ίσως', 'δεν ξέρω', 'δεν είμαι σίγουρος', 'δεν είμαι σίγουρη', 'talvez', 'não sei', 'não tenho certeza', 'ربما', 'لا أعرف', 'لا أدري', 'لست متأكدا'],
  ...['لست متأكدة', 'غير متأكد', 'غير متأكدة', 'можливо', 'не знаю', 'не впевнений', 'не впевнена', 'може бути', 'может быть', 'возможно', 'не уверен'],
  ...['не уверена', 'belki', 'bilmiyorum', 'emin değilim', 'شاید', 'نمی‌دانم', 'نمی دانم', 'نمیدونم', 'مطمئن نیستم', 'نه پوهیږم', 'کېدای شي', 'ښايي'],
  ...['ምናልባት', 'ኣይፈልጥን', 'malaha', 'laga yaabee', 'ma garanayo', 'ma hubo'],
];
/** Words that deny or doubt anywhere in an answer: an answer holding one is no consent. */
const NEGATION_WORDS = [
  ...['not', 'no', 'non', 'never', 'nicht', 'kein', 'keine', 'niet', 'geen', 'nooit', 'pas', 'jamais', 'mai', 'nunca', 'nie', 'não', 'δεν', 'μην', 'όχι'],
  ...['ποτέ', 'не', 'ні', 'нет', 'ніколи', 'никогда', 'لا', 'غير', 'ليس', 'لست', 'أبدا', 'نه', 'نیستم', 'ندارم', 'نمی‌خواهم', 'هرگز', 'değil', 'hiç', 'hayır'],
  ...['istemiyorum', 'ma', 'maya', 'ኣይፋል', 'ኣይኮነን'],
];
const YES = wordsPattern(YES_WORDS, true);
const NO = wordsPattern(NO_WORDS, true);
const UNSURE = wordsPattern(UNSURE_WORDS);
const NEGATION = wordsPattern([...NEGATION_WORDS, ...UNSURE_WORDS]);

const NO_PREFERENCE_ANSWER = wordsPattern(NO_PREFERENCE, true);

/** Sides of a bilingual choice (and "yes/no" typed as one answer). */
const SIDE = /[/\uff0f]/;

function yesNoOf(side: string): 'yes' | 'no' | 'unsure' | null {
  const folded = foldWords(side);
  // "No preference" (also "لا فرق عندي", which starts with "no") is neither yes nor no.
  if (UNSURE.test(folded) || NO_PREFERENCE_ANSWER.test(folded)) return 'unsure';
  if (NO.test(folded)) return 'no';
  return YES.test(folded) ? 'yes' : null;
}

/**
 * Yes or no, from either side of a bilingual choice ("Sì / نعم", "لا / No"). Sides that disagree
 * ("yes/no"), or a doubt on any side, give no answer.
 */
export function normaliseYesNo(answer: unknown): Normalised<boolean> {
  if (typeof answer === 'boolean') return ok(answer);
  if (isBlank(answer)) return none();
  const said = new Set(String(answer).split(SIDE).map(yesNoOf));

  said.delete(null);
  if (said.size !== 1 || said.has('unsure')) return none();
  return ok(said.has('yes'));
}

/**
 * Consent must be an explicit yes; anything else (no, a doubt, a blank, an answer we do not
 * understand, a yes with a "not" or a "but" in it) is recorded as no consent.
 */
export function normaliseConsent(answer: unknown): Normalised<boolean> {
  const yes = normaliseYesNo(answer).value === true && !NEGATION.test(foldWords(answer));
  return yes ? ok(true) : bad('noConsent', answer, false);
}

const PENDING = wordsPattern([
  ...['waiting', 'pending', 'appointment', 'in attesa', 'appuntamento', 'rinnovo', 'en tramite', 'pendiente', 'en attente', 'rendez vous', 'ausstehend'],
  ...['termin', 'in behandeling', 'afspraak', 'pendente', 'à espera', 'aguardando', 'em espera', 'em andamento', 'em tramitação', 'marcação', 'σε αναμονή'],
  ...['εκκρεμεί', 'σε εκκρεμότητα', 'ραντεβού', 'قيد الانتظار', 'في الانتظار', 'بانتظار', 'قيد المعالجة'],
  ...['انتظار', 'أنتظر', 'أنتظره', 'ما زلت أنتظر', 'موعد', 'очікую', 'в очікуванні'],
  ...['на розгляді', 'чекаю', 'жду', 'ожидаю', 'в ожидании', 'на рассмотрении', 'bekliyorum', 'beklemede', 'randevu', 'در انتظار', 'منتظر', 'در جریان'],
  ...['در حال بررسی', 'نوبت', 'په تمه', 'sugayaa', 'sugitaan'],
]);

export function normalisePermit(answer: unknown): Normalised<string> {
  if (isBlank(answer)) return none();
  if (PENDING.test(foldWords(answer))) return ok('Pending');
  const yes = normaliseYesNo(answer).value;
  if (yes === true) return ok('Yes');
  if (yes === false) return ok('No');
  return ok(tidy(answer));
}

/** Title case for place names typed in lower case ("casalecchio di reno" → "Casalecchio Di Reno" is avoided: only the first letter). */
export function normalisePlace(answer: unknown): Normalised<string> {
  const text = tidy(answer);
  if (!text) return none();
  return ok(text === text.toLowerCase() ? text.charAt(0).toUpperCase() + text.slice(1) : text);
}

export function normalisePostcode(answer: unknown): Normalised<string> {
  const text = tidy(answer).toUpperCase();
  return ok(text || null);
}

/**
 * A calendar day from a Date (the day it falls on in the spreadsheet's zone), an ISO date or a
 * day-first date (dd/mm/yyyy), as people outside the US write.
 */
export function normaliseDate(answer: unknown, today: Date, timeZone = 'UTC'): Normalised<CalendarDate> {
  if (isBlank(answer)) return bad('blankRequired', answer);
  const date = isDateValue(answer) ? dayOfInstant(answer, timeZone) : dayFromText(tidy(answer));
  if (!date) return bad('badDate', answer);
  const tooFar = Math.abs(daysBetween(calendarDateOf(today, timeZone), date)) > 5 * 366;
  return tooFar ? bad('badDate', answer) : ok(date);
}

function dayFromText(text: string): CalendarDate | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$/.exec(text);
  if (!dayFirst) return null;
  const year = Number(dayFirst[3]) < 100 ? 2000 + Number(dayFirst[3]) : Number(dayFirst[3]);
  return calendarDate(year, Number(dayFirst[2]), Number(dayFirst[1]));
}

const yearOf = (day: CalendarDate) => Number(day.slice(0, 4));

/** The day an instant falls on in the zone; null for an invalid or out-of-range Date (normalisers never throw). */
function dayOfInstant(instant: Date, timeZone: string): CalendarDate | null {
  try {
    return Number.isNaN(instant.getTime()) ? null : calendarDateOf(instant, timeZone);
  } catch {
    return null;
  }
}

/** Age preferences; "similar" first, for "mein Alter" (my age) folds as "älter" (older). */
const AGE_WORDS: [string, string[]][] = [
  ['No preference', NO_PREFERENCE],
  [
    'Similar age',
    [
      ...['my age', 'same age', 'similar', 'mia eta', 'stessa eta', 'mi edad', 'mon age', 'mein alter', 'meinem alter', 'so alt wie ich', 'gleich alt'],
      ...['gleichaltrig', 'mijn leeftijd', 'minha idade', 'mesma idade', 'ίδια ηλικία', 'στην ηλικία μου'],
      ...['συνομήλικος', 'συνομήλικη', 'نفس العمر', 'نفس عمري'],
      ...['في عمري', 'قريب من عمري', 'مثل عمري', 'мого віку', 'того ж віку', 'ровесник', 'ровесниця', 'ровесница', 'моего возраста', 'того же возраста'],
      ...['yaşıt', 'yaşıtım', 'aynı yaş', 'aynı yaşta', 'benim yaşımda', 'yaşımda', 'همسن', 'هم سن', 'هم‌سن', 'همسال', 'سن من', 'همځولی'],
      ...['qiyaastii da’dayda', 'da’dayda', 'isku da’'],
    ],
  ],
  [
    'Older',
    [
      ...['older', 'piu grande', 'anziano', 'mayor', 'plus age', 'plus agee', 'alter', 'ouder', 'mais velho', 'mais velha', 'μεγαλύτερος', 'μεγαλύτερη'],
      ...['μεγαλύτερο', 'أكبر', 'أكبر مني', 'أكبر سنا', 'старший', 'старша', 'старше', 'постарше', 'daha büyük', 'benden büyük', 'daha yaşlı', 'بزرگتر'],
      ...['بزرگ‌تر', 'بزرگ تر', 'مسن‌تر', 'مسن تر', 'مشر', 'iga weyn'],
    ],
  ],
  [
    'Younger',
    [
      ...['younger', 'piu giovane', 'menor', 'plus jeune', 'junger', 'jonger', 'mais novo', 'mais nova', 'mais jovem', 'μικρότερος', 'μικρότερη', 'νεότερος'],
      ...['νεότερη', 'أصغر', 'أصغر مني', 'أصغر سنا', 'молодший', 'молодша', 'моложе', 'младше', 'помоложе', 'daha genç', 'benden genç', 'benden küçük'],
      ...['کوچکتر', 'کوچک‌تر', 'کوچک تر', 'جوانتر', 'جوان‌تر', 'جوان تر', 'کشر', 'iga yar'],
    ],
  ],
];
const AGE_PATTERNS = AGE_WORDS.map(([value, words]) => [wordsPattern(words), value] as const);

/** An age preference for the mentor: similar age, older, younger, or none. */
export function normaliseAgePreference(answer: unknown): Normalised<string> {
  if (isBlank(answer)) return none();
  return ok(firstMatch(foldWords(answer), AGE_PATTERNS) ?? tidy(answer));
}
