import { fold, splitAnswer } from './text';

/**
 * Language names in the languages our coordinators and participants write (English, Italian,
 * Spanish, French, German, Dutch, and the language's own name), mapped to ISO 639 codes
 * (639-1 where it exists, otherwise 639-3, e.g. Dari "prs").
 */
const NAMES: Record<string, string[]> = {
  en: ['english', 'inglese', 'ingles', 'anglais', 'englisch', 'engels'],
  it: ['italian', 'italiano', 'italien', 'italienisch', 'italiaans'],
  es: ['spanish', 'spagnolo', 'espanol', 'castellano', 'espagnol', 'spanisch', 'spaans'],
  fr: ['french', 'francese', 'frances', 'francais', 'franzosisch', 'frans'],
  de: ['german', 'tedesco', 'aleman', 'allemand', 'deutsch', 'duits'],
  nl: ['dutch', 'olandese', 'neerlandese', 'holandes', 'neerlandais', 'niederlandisch', 'nederlands', 'flemish', 'vlaams'],
  pt: ['portuguese', 'portoghese', 'portugues', 'portugais', 'portugiesisch', 'portugees'],
  ar: ['arabic', 'arabo', 'arabe', 'arabisch', 'العربية', 'عربي'],
  fa: ['persian', 'farsi', 'persiano', 'persa', 'persan', 'persisch', 'perzisch', 'فارسی'],
  prs: ['dari', 'دری'],
  ps: ['pashto', 'pashtu', 'pasthu', 'pastun', 'pachto', 'paschtu', 'پښتو'],
  ur: ['urdu', 'ourdou', 'اردو'],
  pa: ['punjabi', 'panjabi', 'punjabo', 'pendjabi', 'pandschabi', 'ਪੰਜਾਬੀ'],
  hi: ['hindi', 'हिन्दी', 'हिंदी'],
  bn: ['bengali', 'bangla', 'bengalese', 'বাংলা'],
  ta: ['tamil', 'தமிழ்'],
  ti: ['tigrinya', 'tigrino', 'tigrigna', 'tigrinia', 'tigrinya', 'ትግርኛ'],
  am: ['amharic', 'amarico', 'amharique', 'amharisch', 'amhaars', 'አማርኛ'],
  om: ['oromo', 'afaan oromo', 'oromoo'],
  so: ['somali', 'somalo', 'somalien', 'somalisch', 'somalisch', 'soomaali'],
  sw: ['swahili', 'kiswahili', 'suaheli'],
  ha: ['hausa'],
  yo: ['yoruba'],
  ig: ['igbo'],
  wo: ['wolof'],
  bm: ['bambara', 'bamanankan'],
  ff: ['fula', 'fulani', 'fulfulde', 'peul', 'pular'],
  ln: ['lingala'],
  tw: ['twi', 'akan'],
  tr: ['turkish', 'turco', 'turc', 'turkisch', 'turks', 'turkce'],
  ku: ['kurdish', 'curdo', 'kurdo', 'kurde', 'kurdisch', 'koerdisch', 'kurmanji', 'sorani', 'kurdi'],
  ru: ['russian', 'russo', 'ruso', 'russe', 'russisch', 'russisch', 'русский'],
  uk: ['ukrainian', 'ucraino', 'ucraniano', 'ukrainien', 'ukrainisch', 'oekraiens', 'українська'],
  pl: ['polish', 'polacco', 'polaco', 'polonais', 'polnisch', 'pools', 'polski'],
  ro: ['romanian', 'rumeno', 'rumano', 'roumain', 'rumanisch', 'roemeens', 'romana'],
  sq: ['albanian', 'albanese', 'albanes', 'albanais', 'albanisch', 'albanees', 'shqip'],
  sr: ['serbian', 'serbo', 'serbio', 'serbe', 'serbisch', 'servisch', 'srpski'],
  hr: ['croatian', 'croato', 'croata', 'croate', 'kroatisch', 'kroatisch', 'hrvatski'],
  bs: ['bosnian', 'bosniaco', 'bosnio', 'bosnien', 'bosnisch', 'bosanski'],
  el: ['greek', 'greco', 'griego', 'grec', 'griechisch', 'grieks', 'ελληνικά'],
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

const BY_NAME = new Map<string, string>();
for (const [code, names] of Object.entries(NAMES)) {
  BY_NAME.set(code, code);
  for (const name of names) BY_NAME.set(fold(name), code);
}
// Two-letter codes that are also common words are not taken as codes on their own.
for (const word of ['no', 'si', 'am', 'he', 'it']) BY_NAME.delete(word);
BY_NAME.set('it', 'it');

export type LanguageLevel = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2' | 'native';

const LEVEL_WORDS: [RegExp, LanguageLevel][] = [
  [/\b(native|mother tongue|first language|madrelingua|nativo|lingua madre|materna|nativa|langue maternelle|maternelle|muttersprache|moedertaal)\b/, 'native'],
  [/\b(fluent|fluente|fluido|fluida|courant|couramment|fliessend|fließend|vloeiend|excellent|ottimo|eccellente|excelente|sehr gut|uitstekend)\b/, 'C1'],
  [/\b(good|buono|bene|bueno|bien|bon|gut|goed|intermediate|intermedio|intermediaire|mittel|gemiddeld)\b/, 'B1'],
  [
    /\b(basic|base|basico|elementare|elementary|debutant|anfanger|beginner|beginnend|principiante|un po|poco|a little|some|un peu|ein bisschen|een beetje)\b/,
    'A2',
  ],
];

export interface LanguageSkill {
  code: string;
  level: LanguageLevel | null;
}

export interface LanguageParse {
  skills: LanguageSkill[];
  unknown: string[];
}

export function parseLevel(text: unknown): LanguageLevel | null {
  const raw = String(text ?? '');
  const cefr = /\b([ABC][12])\b/i.exec(raw);
  if (cefr) return cefr[1]!.toUpperCase() as LanguageLevel;
  const folded = fold(raw);
  for (const [pattern, level] of LEVEL_WORDS) if (pattern.test(folded)) return level;
  return null;
}

/** Finds a language name in a phrase such as "Arabic (native)" or "inglese - buono". */
function codeIn(part: string): string | null {
  const folded = fold(part.replace(/\b[ABC][12]\b/gi, ''));
  if (!folded) return null;
  const whole = BY_NAME.get(folded);
  if (whole) return whole;
  const words = folded.split(' ');
  for (let size = Math.min(3, words.length); size >= 1; size--) {
    for (let i = 0; i + size <= words.length; i++) {
      const code = BY_NAME.get(words.slice(i, i + size).join(' '));
      if (code) return code;
    }
  }
  return null;
}

/** Parses a languages answer in any of our languages; names it cannot place are returned, never dropped. */
export function parseLanguages(answer: unknown): LanguageParse {
  const skills: LanguageSkill[] = [];
  const unknown: string[] = [];
  for (const part of splitAnswer(answer)) {
    const code = codeIn(part);
    if (!code) {
      // "Arabic, native": a level on its own belongs to the language before it.
      const previous = skills[skills.length - 1];
      const level = parseLevel(part);
      if (level !== null && previous && previous.level === null) previous.level = level;
      else unknown.push(part);
      continue;
    }
    const level = parseLevel(part);
    const existing = skills.find((s) => s.code === code);
    if (existing) existing.level = existing.level ?? level;
    else skills.push({ code, level });
  }
  // Punctuation alone is still an answer: it is reported, not dropped.
  if (skills.length === 0 && unknown.length === 0 && String(answer ?? '').trim() !== '') unknown.push(String(answer).trim());
  return { skills, unknown };
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
