import { splitAnswer } from './text';

/*
 * Words in every script our participants write. `fold` (text.ts) keeps Greek and Cyrillic, but it
 * breaks Arabic words at their vowel and hamza marks ("امرأة" → "امرا ة", "صباحًا" → "صباح ا"),
 * keeps tatweel ("عـربـي"), splits a word at a direction mark inside it, and keeps letters that
 * Arabic, Persian and Pashto keyboards write differently ("فارسی"/"فارسي") apart. `foldWords`
 * folds all of them one way, for the tables of this file and of normalise.ts, so that a table
 * word and a typed answer always meet.
 */

/** Direction marks, zero-width joiners and the soft hyphen: invisible, pasted from phones. */
const INVISIBLE = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** Latin/Greek/Cyrillic accents (after NFKD), Arabic vowel marks and tatweel, Hebrew points. */
const MARKS = /[\u0300-\u036f\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]/g;
/** Letters written either way in Arabic, Persian and Pashto (and Greek final sigma, Turkish dotless i). */
const LETTER_VARIANTS: Record<string, string> = {
  ی: 'ي',
  ى: 'ي',
  ې: 'ي',
  ۍ: 'ي',
  ئ: 'ي',
  ک: 'ك',
  ة: 'ه',
  ە: 'ه',
  ٱ: 'ا',
  ګ: 'گ',
  ς: 'σ',
  ı: 'i',
};
const VARIANT = new RegExp(`[${Object.keys(LETTER_VARIANTS).join('')}]`, 'gu');

/** Arabic-Indic and Persian digits as ASCII digits. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf));
}

/**
 * Folding for comparisons in any script: lower case, no accents or vowel marks, no invisible
 * marks, one spelling of letters written two ways, ASCII digits, no punctuation, single spaces.
 * Combining marks that are letters' vowels (Devanagari, Tamil...) are kept inside the word.
 */
export function foldWords(text: unknown): string {
  const plain = asciiDigits(String(text ?? '').replace(INVISIBLE, ''))
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(VARIANT, (ch) => LETTER_VARIANTS[ch] ?? ch);
  return plain
    .replace(/[’'`´]/g, ' ')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}

const NOT_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const NOT_AFTER = '(?![\\p{L}\\p{M}\\p{N}])';

/**
 * A regex matching any of `words` (folded with `foldWords`) as whole words: JavaScript's `\b` only
 * knows ASCII, so it never matches around Arabic, Cyrillic, Greek or Ethiopic letters.
 * `anchored`: the answer must start with one of them.
 */
export function wordsPattern(words: readonly string[], anchored = false): RegExp {
  return new RegExp(`${anchored ? '^' : NOT_BEFORE}(?:${wordAlternatives(words.map(foldWords))})${NOT_AFTER}`, 'u');
}

/** `words` as regex alternatives, longest first, escaped. */
export function wordAlternatives(words: readonly string[]): string {
  const distinct = [...new Set(words.filter(Boolean))].sort((a, b) => b.length - a.length);
  return distinct.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** Checkbox choices are joined with ", " (also "،" in Arabic, "፣" in Tigrinya), one per line, ";", " + ", " & ". */
const CHOICE_SEPARATOR = /\s*(?:[,;\n\u060c\u061b\u1363\u1364\u3001]|\s\+\s|\s&\s)\s*/u;
/** A bilingual form's choice reads "Programme-language text / newcomer-language text". */
const SIDE_SEPARATOR = /\s*[/\uff0f]\s*/u;

/** The choices of an answer, each as its sides: "Mattine / صباحًا, Sere" → [["Mattine", "صباحًا"], ["Sere"]]. */
export function choicesOf(answer: unknown): string[][] {
  return String(answer ?? '')
    .split(CHOICE_SEPARATOR)
    .map((choice) =>
      choice
        .split(SIDE_SEPARATOR)
        .map((side) => side.trim())
        .filter((side) => side.replace(INVISIBLE, '') !== ''),
    )
    .filter((sides) => sides.length > 0);
}

const SCRIPTS = ['Latin', 'Greek', 'Cyrillic', 'Arabic', 'Ethiopic', 'Hebrew', 'Armenian', 'Georgian', 'Devanagari', 'Han'].map(
  (name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const,
);

function scriptOf(text: string): string {
  const letter = /\p{L}/u.exec(text)?.[0];
  if (!letter) return '';
  return SCRIPTS.find(([, pattern]) => pattern.test(letter))?.[0] ?? 'other';
}

/**
 * The sides of one choice that must be reported as not understood. In "Mattine / صباحًا" an
 * unrecognised side written in another script than the recognised one is its translation, so it
 * is not reported; otherwise ("Urdu / Klingon") every unrecognised side is.
 */
export function unplacedSides(sides: readonly string[], recognised: readonly boolean[]): string[] {
  const unplaced = sides.filter((_, i) => !recognised[i]);
  if (sides.length !== 2 || unplaced.length !== 1) return unplaced;
  const known = scriptOf(sides[recognised[0] ? 0 : 1]!);
  const other = scriptOf(unplaced[0]!);
  return known && other && known !== other ? [] : unplaced;
}

/**
 * Language names in the languages our coordinators write (English, Italian, Spanish, French,
 * German, Dutch, Greek, Portuguese) and our participants write (Arabic, Ukrainian, Russian,
 * Farsi/Dari, Pashto, Tigrinya, Somali, Turkish), and the language's own name, mapped to ISO 639
 * codes (639-1 where it exists, otherwise 639-3, e.g. Dari "prs"). Names are folded with
 * `foldWords`, so accents and Arabic vowel marks need not be written; an Arabic "al-...iyya" name
 * also stands for its forms without the article and in the masculine ("العربية", "عربية", "عربي").
 */
const NAMES: Record<string, string[]> = {
  en: [
    ...['english', 'inglese', 'ingles', 'anglais', 'englisch', 'engels', 'αγγλικά', 'inglês'],
    ...['الإنجليزية', 'الانجليزية', 'الإنكليزية', 'الانكليزية', 'انجليزي', 'انكليزي', 'англійська', 'английский'],
    ...['انگلیسی', 'انګلیسي', 'انګرېزي', 'انگریزی', 'እንግሊዝኛ', 'ingiriisi', 'ingiriis', 'ingriisi', 'ingilizce'],
  ],
  it: [
    ...['italian', 'italiano', 'italien', 'italienisch', 'italiaans', 'ιταλικά'],
    ...['الإيطالية', 'ايطالي', 'італійська', 'итальянский', 'ایتالیایی', 'ایټالوي', 'ایتالوي', 'ጣልያንኛ', 'ጥልያንኛ', 'talyaani', 'talyani', 'italyanca'],
  ],
  es: [
    ...['spanish', 'spagnolo', 'espanol', 'castellano', 'espagnol', 'spanisch', 'spaans', 'ισπανικά', 'espanhol'],
    ...['الإسبانية', 'الاسبانية', 'اسباني', 'іспанська', 'испанский', 'اسپانیایی', 'هسپانوي', 'ስጳንኛ', 'ስፓኒሽ', 'isbaanish', 'ispanyolca'],
  ],
  fr: [
    ...['french', 'francese', 'frances', 'francais', 'franzosisch', 'frans', 'γαλλικά', 'francês'],
    ...['الفرنسية', 'فرنسي', 'французька', 'французский', 'فرانسوی', 'فرانسه', 'فرانسوي', 'ፈረንሳይኛ', 'faransiis', 'faransiiska', 'fransızca'],
  ],
  de: [
    ...['german', 'tedesco', 'aleman', 'allemand', 'deutsch', 'duits', 'γερμανικά', 'alemão'],
    ...['الألمانية', 'ألماني', 'німецька', 'немецкий', 'آلمانی', 'الماني', 'ጀርመንኛ', 'jarmal', 'jarmalka', 'almanca'],
  ],
  nl: [
    ...['dutch', 'olandese', 'neerlandese', 'holandes', 'neerlandes', 'neerlandais', 'niederlandisch', 'nederlands', 'flemish', 'vlaams'],
    ...['ολλανδικά', 'holandês', 'neerlandês', 'الهولندية', 'هولندي', 'нідерландська', 'голландська', 'нидерландский', 'голландский'],
    ...['هلندی', 'هالنډي', 'ሆላንድኛ', 'holandi', 'holland', 'felemenkçe', 'hollandaca'],
  ],
  pt: [
    ...['portuguese', 'portoghese', 'portugues', 'portugais', 'portugiesisch', 'portugees', 'πορτογαλικά', 'português'],
    ...['البرتغالية', 'برتغالي', 'португальська', 'португальский', 'پرتغالی', 'پرتګالي', 'ፖርቱጋልኛ', 'boortaqiis', 'bortuqiis', 'portekizce'],
  ],
  el: [
    ...['greek', 'greco', 'griego', 'grec', 'griechisch', 'grieks', 'ελληνικά', 'grego'],
    ...['اليونانية', 'يوناني', 'грецька', 'греческий', 'یونانی', 'یوناني', 'ግሪኽኛ', 'ግሪክኛ', 'giriig', 'giriigga', 'yunanca'],
  ],
  ar: [
    ...['arabic', 'arabo', 'arabe', 'arabisch', 'αραβικά', 'árabe', 'العربية', 'عربي', 'арабська', 'арабский'],
    ...['عربی', 'ዓረብኛ', 'ዐረብኛ', 'ዓረቢ', 'carabi', 'carabiga', 'arapça'],
  ],
  fa: [
    ...['persian', 'farsi', 'persiano', 'persa', 'persan', 'persisch', 'perzisch', 'περσικά', 'φαρσί', 'φαρσι'],
    ...['الفارسية', 'فارسي', 'перська', 'фарсі', 'персидский', 'фарси', 'فارسی', 'ፋርስኛ', 'ፋርሲ', 'faarsi', 'farsça'],
  ],
  prs: ['dari', 'νταρί', 'الدارية', 'الدرية', 'داري', 'дарі', 'дари', 'دری', 'ዳሪ', 'darice'],
  ps: [
    ...['pashto', 'pashtu', 'pushto', 'pasthu', 'pastun', 'pastu', 'pachto', 'paschtu', 'paschto', 'pasjtoe', 'pastó', 'παστού', 'πάστο'],
    ...['البشتونية', 'البشتو', 'بشتو', 'пушту', 'пуштунский', 'پشتو', 'پښتو', 'ፓሽቶ', 'bashtuu', 'peştuca', 'peştuce'],
  ],
  ur: ['urdu', 'ourdou', 'ούρντου', 'الأردية', 'أردو', 'урду', 'اردو', 'ኡርዱ', 'urduca'],
  pa: ['punjabi', 'panjabi', 'punjabo', 'pendjabi', 'pandschabi', 'ਪੰਜਾਬੀ'],
  hi: ['hindi', 'हिन्दी', 'हिंदी'],
  bn: ['bengali', 'bangla', 'bengalese', 'বাংলা'],
  ta: ['tamil', 'தமிழ்'],
  ti: [
    ...['tigrinya', 'tigrino', 'tigrigna', 'tigrinia', 'tigriña', 'tigrinisch', 'tigrínia', 'tigrínio', 'τιγκρίνια'],
    ...['التغرينية', 'التيغرينية', 'тигринья', 'тигринья', 'تیگرینیا', 'تګرينيا', 'ትግርኛ', 'tigrinyaca'],
  ],
  am: ['amharic', 'amarico', 'amharique', 'amharisch', 'amhaars', 'አማርኛ'],
  om: ['oromo', 'afaan oromo', 'oromoo'],
  so: [
    ...['somali', 'somalo', 'somalí', 'somalien', 'somalisch', 'σομαλικά', 'الصومالية', 'صومالي', 'сомалі', 'сомалійська', 'сомали'],
    ...['сомалийский', 'سومالیایی', 'سومالی', 'سومالي', 'ሶማልኛ', 'ሶማሊ', 'soomaali', 'af soomaali', 'somalice'],
  ],
  sw: ['swahili', 'kiswahili', 'suaheli'],
  ha: ['hausa'],
  yo: ['yoruba'],
  ig: ['igbo'],
  wo: ['wolof'],
  bm: ['bambara', 'bamanankan'],
  ff: ['fula', 'fulani', 'fulfulde', 'peul', 'pular'],
  ln: ['lingala'],
  tw: ['twi', 'akan'],
  tr: [
    ...['turkish', 'turco', 'turc', 'turkisch', 'turks', 'turkce', 'τουρκικά', 'التركية', 'تركي', 'турецька', 'турецкий'],
    ...['ترکی', 'ترکي', 'ቱርክኛ', 'turki', 'turkiga', 'türkçe'],
  ],
  ku: [
    ...['kurdish', 'curdo', 'kurdo', 'kurde', 'kurdisch', 'koerdisch', 'kurmanji', 'kurmancî', 'sorani', 'kurdi', 'kurdî', 'κουρδικά'],
    ...['الكردية', 'كردي', 'курдська', 'курдский', 'کردی', 'کوردی', 'کردي', 'ኩርድኛ', 'kürtçe'],
  ],
  ru: [
    'russian',
    'russo',
    'ruso',
    'russe',
    'russisch',
    'ρωσικά',
    'الروسية',
    'روسي',
    'російська',
    'русский',
    'روسی',
    'ሩስኛ',
    'ሩሲያኛ',
    'ruush',
    'ruushka',
    'rusça',
  ],
  uk: [
    ...['ukrainian', 'ucraino', 'ucraniano', 'ukrainien', 'ukrainisch', 'oekraiens', 'ουκρανικά', 'الأوكرانية', 'أوكراني', 'українська'],
    ...['украинский', 'اوکراینی', 'اوکرایني', 'ዩክሬንኛ', 'yukreeni', 'yukreen', 'ukraynaca'],
  ],
  pl: ['polish', 'polacco', 'polaco', 'polonais', 'polnisch', 'pools', 'polski'],
  ro: ['romanian', 'rumeno', 'rumano', 'roumain', 'rumanisch', 'roemeens', 'romana'],
  sq: ['albanian', 'albanese', 'albanes', 'albanais', 'albanisch', 'albanees', 'shqip'],
  sr: ['serbian', 'serbo', 'serbio', 'serbe', 'serbisch', 'servisch', 'srpski'],
  hr: ['croatian', 'croato', 'croata', 'croate', 'kroatisch', 'hrvatski'],
  bs: ['bosnian', 'bosniaco', 'bosnio', 'bosnien', 'bosnisch', 'bosanski'],
  ka: ['georgian', 'georgiano', 'georgien', 'georgisch', 'ქართული'],
  hy: ['armenian', 'armeno', 'armenio', 'armenien', 'armenisch', 'armeens'],
  zh: ['chinese', 'cinese', 'chino', 'chinois', 'chinesisch', 'chinees', 'mandarin', 'mandarino', '中文', '普通话'],
  tl: ['tagalog', 'filipino'],
  vi: ['vietnamese', 'vietnamita', 'vietnamien', 'vietnamesisch', 'tieng viet'],
  ne: ['nepali', 'nepalese'],
  si: ['sinhala', 'singalese', 'cingalese'],
  tig: ['tigre'],
  bg: ['bulgarian', 'bulgaro', 'bulgare', 'bulgarisch'],
  hu: ['hungarian', 'ungherese', 'hongrois', 'ungarisch'],
  sv: ['swedish', 'svedese', 'sueco', 'suedois', 'schwedisch', 'zweeds', 'svenska'],
  no: ['norwegian', 'norvegese', 'noruego', 'norvegien', 'norwegisch', 'noors', 'norsk'],
  da: ['danish', 'danese', 'danes', 'danois', 'danisch', 'deens', 'dansk'],
  fi: ['finnish', 'finlandese', 'finlandes', 'finnois', 'finnisch', 'fins', 'suomi'],
  he: ['hebrew', 'ebraico', 'hebreo', 'hebreu', 'hebraisch', 'hebreeuws', 'עברית'],
  ber: ['berber', 'berbero', 'tamazight', 'amazigh', 'kabyle'],
  mnk: ['mandinka', 'mandingo'],
  sgn: ['sign language', 'lingua dei segni', 'lis', 'lengua de signos', 'langue des signes', 'gebardensprache', 'gebarentaal'],
};

/** Other spellings of a folded name: Greek "-ικά" also as "-ική"; Arabic "الـ...ية" also "...ية" and "...ي". */
function spellingsOf(name: string): string[] {
  const spellings = [name];
  if (name.endsWith('ικα')) spellings.push(`${name.slice(0, -1)}η`);
  if (name.startsWith('ال') && name.endsWith('يه')) spellings.push(name.slice(2), name.slice(2, -1));
  return spellings;
}

/** Names first: a code ("de", "el") is also a word ("un peu de français", "el árabe") and loses to a name. */
const BY_NAME = new Map<string, string>();
const BY_CODE = new Map<string, string>();
for (const [code, names] of Object.entries(NAMES)) {
  BY_CODE.set(code, code);
  for (const name of names) for (const spelling of spellingsOf(foldWords(name))) if (!BY_NAME.has(spelling)) BY_NAME.set(spelling, code);
}
// Two-letter codes that are also common words are not taken as codes on their own.
for (const word of ['no', 'si', 'am', 'he']) BY_CODE.delete(word);

export type LanguageLevel = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2' | 'native';

/** Level words, checked in this order ("very good" before "good"). */
const LEVEL_WORDS: [LanguageLevel, string[]][] = [
  [
    'native',
    [
      ...['native', 'mother tongue', 'first language', 'native speaker', 'madrelingua', 'lingua madre', 'nativo', 'nativa', 'materna', 'lengua materna'],
      ...['langue maternelle', 'maternelle', 'muttersprache', 'moedertaal', 'μητρική', 'μητρική γλώσσα', 'língua materna', 'língua nativa'],
      ...['اللغة الأم', 'لغتي الأم', 'لغة أم', 'لغة الأم', 'اللغة الأصلية', 'لغتي الأصلية', 'لغة أصلية', 'рідна', 'рідна мова', 'рідний', 'носій мови'],
      ...['родной', 'родная', 'родной язык', 'носитель языка', 'ana dil', 'ana dili', 'anadil', 'anadili', 'ana dilim', 'anadilim'],
      ...['زبان مادری', 'مادری', 'مورنۍ ژبه', 'مورنۍ', 'ቋንቋ ኣደ', 'ናይ ኣደ ቋንቋ', 'afka hooyo', 'af hooyo', 'hooyo'],
    ],
  ],
  [
    'C1',
    [
      ...['fluent', 'fluently', 'fluente', 'fluido', 'fluida', 'courant', 'couramment', 'fliessend', 'fließend', 'vloeiend', 'excellent'],
      ...['ottimo', 'eccellente', 'excelente', 'sehr gut', 'uitstekend', 'very good', 'άπταιστα', 'άριστα', 'πολύ καλά', 'fluentemente', 'muito bom'],
      ...['بطلاقة', 'ممتاز', 'ممتازة', 'جيد جدا', 'вільно', 'відмінно', 'дуже добре', 'свободно', 'отлично', 'очень хорошо', 'akıcı', 'çok iyi'],
      ...['mükemmel', 'روان', 'مسلط', 'عالی', 'خیلی خوب', 'ډېر ښه', 'ብጣዕሚ ጽቡቕ', 'aad u fiican', 'aad u wanaagsan'],
    ],
  ],
  [
    'B1',
    [
      ...['good', 'buono', 'bene', 'bueno', 'bien', 'bon', 'gut', 'goed', 'intermediate', 'intermedio', 'intermediaire', 'mittel', 'gemiddeld'],
      ...['καλά', 'μέτρια', 'μέτριο', 'bom', 'boa', 'intermédio', 'intermediário', 'razoável', 'جيد', 'جيدة', 'متوسط', 'متوسطة'],
      ...['добре', 'середній', 'середня', 'хорошо', 'средний', 'средне', 'iyi', 'orta', 'خوب', 'ښه', 'ጽቡቕ', 'fiican', 'si fiican', 'wanaagsan', 'dhexdhexaad'],
    ],
  ],
  [
    'A2',
    [
      ...['basic', 'base', 'basico', 'elementare', 'elementary', 'debutant', 'anfanger', 'beginner', 'beginnend', 'principiante', 'un po', 'poco'],
      ...['a little', 'some', 'un peu', 'ein bisschen', 'een beetje', 'λίγο', 'λίγα', 'βασικό', 'βασικά', 'αρχάριος', 'αρχάρια', 'um pouco', 'pouco'],
      ...['iniciante', 'elementar', 'قليل', 'قليلا', 'مبتدئ', 'مبتدئة', 'أساسي', 'ضعيف', 'трохи', 'базовий', 'початковий', 'немного', 'чуть чуть'],
      ...['базовый', 'начальный', 'biraz', 'temel', 'başlangıç', 'az', 'کمی', 'کم', 'یکم', 'یک کم', 'مبتدی'],
      ...['ابتدایی', 'لږ', 'ቁሩብ', 'wax yar', 'in yar', 'yar'],
    ],
  ],
];
const LEVEL_PATTERNS = LEVEL_WORDS.map(([level, words]) => [wordsPattern(words), level] as const);

/** CEFR levels, also with Cyrillic and Greek look-alike letters ("В2") and the Arabic أ/ب/ج ("ب1"). */
const CEFR = /(?<![\p{L}\p{N}])([ABCАВСΑΒأابج])([12])(?![\p{L}\p{N}])/iu;
const CEFR_ANYWHERE = new RegExp(CEFR.source, 'giu');
const CEFR_LETTER: Record<string, string> = { а: 'A', в: 'B', с: 'C', α: 'A', β: 'B', أ: 'A', ا: 'A', ب: 'B', ج: 'C' };

export interface LanguageSkill {
  code: string;
  level: LanguageLevel | null;
}

export interface LanguageParse {
  skills: LanguageSkill[];
  unknown: string[];
}

export function parseLevel(text: unknown): LanguageLevel | null {
  const raw = asciiDigits(String(text ?? '').replace(INVISIBLE, ''));
  const cefr = CEFR.exec(raw);
  if (cefr) {
    const letter = cefr[1]!.toLowerCase();
    return `${CEFR_LETTER[letter] ?? letter.toUpperCase()}${cefr[2]}` as LanguageLevel;
  }
  const folded = foldWords(raw);
  for (const [pattern, level] of LEVEL_PATTERNS) if (pattern.test(folded)) return level;
  return null;
}

/** The code of the longest run of words (up to three) that is a name in `names`, leftmost first. */
function codeOfWords(words: readonly string[], names: ReadonlyMap<string, string>): string | null {
  for (let size = Math.min(3, words.length); size >= 1; size--) {
    for (let i = 0; i + size <= words.length; i++) {
      const code = names.get(words.slice(i, i + size).join(' '));
      if (code) return code;
    }
  }
  return null;
}

/** Finds a language name in a phrase such as "Arabic (native)", "inglese - buono" or "اللغة العربية". */
function codeIn(part: string): string | null {
  const folded = foldWords(part.replace(CEFR_ANYWHERE, ' '));
  if (!folded) return null;
  const whole = BY_NAME.get(folded) ?? BY_CODE.get(folded);
  if (whole) return whole;
  const words = folded.split(' ');
  return codeOfWords(words, BY_NAME) ?? codeOfWords(words, BY_CODE);
}

function addSkill(skills: LanguageSkill[], code: string, level: LanguageLevel | null): void {
  const existing = skills.find((s) => s.code === code);
  if (existing) existing.level = existing.level ?? level;
  else skills.push({ code, level });
}

/**
 * Parses a languages answer in any of our languages; names it cannot place are returned, never
 * dropped. A bilingual choice ("Arabo / عربي") is one language named twice; "Farsi / Dari" two.
 */
export function parseLanguages(answer: unknown): LanguageParse {
  const skills: LanguageSkill[] = [];
  const unknown: string[] = [];
  for (const sides of choicesOf(answer)) {
    const codes = sides.map(codeIn);
    const unplaced = new Set(unplacedSides(sides, codes.map(Boolean)));
    sides.forEach((side, i) => {
      const code = codes[i];
      if (code) addSkill(skills, code, parseLevel(side));
      else if (!levelForPrevious(skills, side) && unplaced.has(side)) unknown.push(side);
    });
  }
  // Punctuation alone is still an answer: it is reported, not dropped.
  if (skills.length === 0 && unknown.length === 0 && String(answer ?? '').trim() !== '') unknown.push(String(answer).trim());
  return { skills, unknown };
}

/** "Arabic, native": a level on its own belongs to the language before it, if that has none yet. */
function levelForPrevious(skills: readonly LanguageSkill[], part: string): boolean {
  const previous = skills[skills.length - 1];
  const level = parseLevel(part);
  if (level === null || !previous || previous.level !== null) return false;
  previous.level = level;
  return true;
}

export function formatSkills(skills: readonly LanguageSkill[]): string {
  return skills.map((s) => (s.level ? `${s.code}:${s.level}` : s.code)).join(', ');
}

export function parseSkillList(text: unknown): LanguageSkill[] {
  return splitAnswer(text).map((part) => {
    const [code, level] = part.split(':');
    return { code: code!.trim(), level: (level?.trim() as LanguageLevel) || null };
  });
}
