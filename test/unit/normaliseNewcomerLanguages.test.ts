import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWords, parseLanguages, parseLevel } from '../../src/core/intake/languages';
import {
  normaliseAgePreference,
  normaliseAvailability,
  normaliseConsent,
  normaliseDuration,
  normaliseGender,
  normaliseLanguages,
  normaliseLevel,
  normalisePermit,
  normaliseYesNo,
} from '../../src/core/intake/normalise';
import { fromCell } from '../../src/core/schema/cells';
import type { ColumnSpec } from '../../src/core/schema/types';

/*
 * Answers in the coordinators' languages (en, it, es, fr, de, nl, el, pt) and the newcomers'
 * (ar, uk, ru, fa/prs, ps, ti, so, tr), as people type them and as a bilingual form offers them
 * ("Programme-language text / newcomer-language text").
 */

const RLM = '\u200f';
const LRM = '\u200e';

interface YesNoCases {
  yes: string[];
  no: string[];
  /** Neither yes nor no, and never consent. */
  neither: string[];
}

const YES_NO: Record<string, YesNoCases> = {
  en: {
    yes: ['Yes', 'yes, I agree', 'I agree', 'OK', 'Y', 'TRUE'],
    no: ['No', 'no thanks', 'I do not agree', 'I disagree', 'N', 'FALSE'],
    neither: ['maybe', 'later', 'not sure', 'I don’t know', 'nobody', 'Yolanda', 'okra', 'yesterday', 'agreement pending'],
  },
  it: {
    yes: ['Sì', 'si', 'Sì, acconsento', 'Acconsento', 'Sono d’accordo'],
    no: ['No', 'Non acconsento', 'Rifiuto'],
    neither: ['Forse', 'Non lo so', 'boh', 'Nonna', 'Simone'],
  },
  es: {
    yes: ['Sí', 'Sí, acepto', 'Acepto', 'De acuerdo'],
    no: ['No', 'No acepto', 'No estoy de acuerdo'],
    neither: ['Quizás', 'no lo sé', 'No sé', 'Tal vez', 'sino', 'Sindy'],
  },
  fr: {
    yes: ['Oui', 'Oui, j’accepte', 'D’accord', 'Je suis d’accord'],
    no: ['Non', 'Je refuse', 'Pas d’accord'],
    neither: ['Peut-être', 'Je ne sais pas', 'ouistiti'],
  },
  de: {
    yes: ['Ja', 'Ja, ich stimme zu', 'Einverstanden'],
    no: ['Nein', 'Ich stimme nicht zu', 'Nicht einverstanden'],
    neither: ['Vielleicht', 'Weiß nicht', 'jamais', 'Jasmin'],
  },
  nl: { yes: ['Ja', 'Jawel', 'Akkoord', 'Ik ga akkoord'], no: ['Nee', 'Niet akkoord'], neither: ['Misschien', 'Weet ik niet'] },
  el: { yes: ['Ναι', 'ΝΑΙ', 'Ναι, συμφωνώ', 'Συμφωνώ'], no: ['Όχι', 'ΟΧΙ', 'Δεν συμφωνώ', 'Διαφωνώ'], neither: ['Ίσως', 'Δεν ξέρω', 'Ναυτικός', 'Όχημα'] },
  pt: {
    yes: ['Sim', 'Sim, aceito', 'Concordo', 'De acordo'],
    no: ['Não', 'NÃO', 'Nao', 'Não concordo', 'Não aceito'],
    neither: ['Talvez', 'Não sei', 'Simpatia', 'Naomi'],
  },
  ar: {
    yes: ['نعم', 'نعم، أوافق', 'أوافق', 'موافق', 'أجل', `${RLM}نعم${RLM}`, 'نـعـم', 'ﻧﻌﻢ', 'نَعَم'],
    no: ['لا', 'لا أوافق', 'غير موافق', 'ﻻ', `${RLM}لا${RLM}`, 'أرفض'],
    neither: ['ربما', 'لا أعرف', 'لست متأكدا', 'لاجئ', 'نعمة', 'لا فرق عندي'],
  },
  uk: {
    yes: ['Так', 'ТАК', 'Так, я погоджуюся', 'Згоден', 'Згодна'],
    no: ['Ні', 'НІ', 'Не згоден', 'Не згодна'],
    neither: ['Можливо', 'Не знаю', 'Таксі', 'Ніколь'],
  },
  ru: {
    yes: ['Да', 'Да, я даю согласие', 'Согласен', 'Согласна'],
    no: ['Нет', 'Не согласен', 'Не согласна'],
    neither: ['Может быть', 'Не знаю', 'Возможно', 'Данные', 'Нетто'],
  },
  fa: {
    yes: ['بله', 'بله، موافقم', 'بلی', 'آره', 'موافقم', `${RLM}بله`],
    no: ['نه', 'خیر', 'نخیر', 'موافق نیستم', 'مخالفم'],
    neither: ['شاید', 'نمی‌دانم', 'نمیدونم', 'مطمئن نیستم', 'نهایت', 'بلیت', 'فرقی نمی‌کند'],
  },
  ps: { yes: ['هو', 'هو، زه موافق یم', 'زه موافق یم'], no: ['نه', 'زه موافق نه یم', 'موافق نه یم'], neither: ['کېدای شي', 'نه پوهیږم', 'هوا', 'هوښیار'] },
  ti: { yes: ['እወ', 'እወ፣ ይሰማማዕ'], no: ['ኣይፋል', 'ኣይፋልን'], neither: ['ምናልባት', 'ኣይፈልጥን', 'እወን ኣይፋልን ኣይኮነን ዝበልኩ'] },
  so: {
    yes: ['Haa', 'haa, waan ogolahay', 'Haa, waan oggolahay', 'Waan ku raacsanahay'],
    no: ['Maya', 'MAYA'],
    neither: ['Malaha', 'Ma garanayo', 'Haawo', 'Mayadiin'],
  },
  tr: {
    yes: ['Evet', 'EVET', 'Evet, kabul ediyorum', 'Katılıyorum'],
    no: ['Hayır', 'HAYIR', 'hayir', 'Kabul etmiyorum', 'Katılmıyorum'],
    neither: ['Belki', 'Bilmiyorum', 'Emin değilim', 'Evetlemek'],
  },
};

describe('yes / no and consent', () => {
  for (const [language, cases] of Object.entries(YES_NO)) {
    describe(language, () => {
      it.each(cases.yes)('"%s" is yes, and consent', (answer) => {
        expect(normaliseYesNo(answer).value).toBe(true);
        expect(normaliseConsent(answer)).toEqual({ value: true });
      });
      it.each(cases.no)('"%s" is no, and not consent', (answer) => {
        expect(normaliseYesNo(answer).value).toBe(false);
        expect(normaliseConsent(answer)).toMatchObject({ value: false, problem: { code: 'noConsent' } });
      });
      it.each(cases.neither)('"%s" is neither yes nor no, and not consent', (answer) => {
        expect(normaliseYesNo(answer).value).toBeNull();
        expect(normaliseConsent(answer)).toMatchObject({ value: false, problem: { code: 'noConsent' } });
      });
    });
  }

  it.each([
    ['Sì / نعم', true],
    ['نعم / Sì', true],
    ['Yes / Так', true],
    ['Oui / እወ', true],
    ['Sim / بله', true],
    ['Ναι / Evet', true],
    ['No / لا', false],
    ['لا / No', false],
    ['Não / Ні', false],
    ['Όχι / نه', false],
    ['Nein / Maya', false],
    ['Sì / لا', null],
    ['yes/no', null],
    ['si/no', null],
    ['Sì / ربما', null],
    [`${LRM}Yes${LRM} / ${RLM}نعم${RLM}`, true],
  ])('bilingual "%s" → %s, from either side', (answer, expected) => {
    expect(normaliseYesNo(answer).value).toBe(expected);
    expect(normaliseConsent(answer).value).toBe(expected === true);
  });

  it.each([
    'Sì, ma non ora',
    'Yes, but not for photos',
    'Yes, maybe',
    'Да, но не сейчас',
    'Так, але не знаю',
    'نعم، لكن لا',
    'بله، ولی نه الان',
    'Evet ama istemiyorum',
    'Haa, ma aha',
    'Sim, mas não agora',
    '',
    '   ',
    RLM,
    'xyz',
  ])('"%s" is not consent: only an explicit yes is', (answer) => {
    expect(normaliseConsent(answer)).toMatchObject({ value: false, problem: { code: 'noConsent' } });
  });

  it('the standard forms’ consent choices are consent, in every language and bilingual', () => {
    const agree = [
      'Yes, I agree',
      'Sì, acconsento',
      'Sí, acepto',
      'Oui, j’accepte',
      'Sim, aceito',
      'نعم، أوافق',
      'بله، موافقم',
      'Да, я даю согласие',
      'Так, я погоджуюся',
    ];
    for (const a of agree) for (const b of agree) expect(normaliseConsent(`${a} / ${b}`).value, `${a} / ${b}`).toBe(true);
  });

  it('a consent is never recorded unless the answer is a yes (property)', () => {
    const pieces = fc.constantFrom('نعم', 'لا', 'Sì', 'no', 'не', 'так', 'maybe', 'ربما', ' / ', ', ', 'evet', 'haa', 'maya', 'እወ', RLM, 'x');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 6 }), (parts) => {
        const answer = parts.join('');
        const consent = normaliseConsent(answer);
        if (consent.value === true) expect(normaliseYesNo(answer).value).toBe(true);
        else expect(consent.problem?.code).toBe('noConsent');
      }),
      { numRuns: 500 },
    );
  });
});

describe('boolean cells typed by coordinators', () => {
  const column: ColumnSpec = { key: 'flag', header: 'Flag', type: 'boolean', owner: 'coordinator' } as ColumnSpec;
  it.each(['ναι', 'Ναι', 'ΝΑΙ', 'sim', 'Sim', 'SIM', 'yes', 'sì'])('"%s" is true', (raw) => expect(fromCell(column, raw)).toBe(true));
  it.each(['όχι', 'Όχι', 'ΟΧΙ', 'não', 'Não', 'NÃO', 'na\u0303o', 'nao', 'no', 'nein'])('"%s" is false', (raw) => expect(fromCell(column, raw)).toBe(false));
  it.each(['simples', 'ναυτικός', 'talvez'])('"%s" stays text', (raw) => expect(fromCell(column, raw)).toBe(raw));
});

const GENDER: Record<string, [answer: string, expected: string][]> = {
  en: [
    ['Woman', 'Woman'],
    ['Man', 'Man'],
    ['Non-binary or other', 'Non-binary or other'],
    ['Prefer not to say', 'Prefer not to say'],
    ['No preference', 'No preference'],
  ],
  it: [
    ['Donna', 'Woman'],
    ['Uomo', 'Man'],
    ['Non binario o altro', 'Non-binary or other'],
    ['Preferisco non dirlo', 'Prefer not to say'],
  ],
  es: [
    ['Mujer', 'Woman'],
    ['Hombre', 'Man'],
    ['No binario u otro', 'Non-binary or other'],
    ['Prefiero no decirlo', 'Prefer not to say'],
  ],
  fr: [
    ['Femme', 'Woman'],
    ['Homme', 'Man'],
    ['Non binaire ou autre', 'Non-binary or other'],
    ['Je préfère ne pas répondre', 'Prefer not to say'],
  ],
  de: [
    ['Frau', 'Woman'],
    ['Mann', 'Man'],
    ['Keine Angabe', 'Prefer not to say'],
  ],
  nl: [
    ['Vrouw', 'Woman'],
    ['Man', 'Man'],
    ['Zeg ik liever niet', 'Prefer not to say'],
  ],
  el: [
    ['Γυναίκα', 'Woman'],
    ['ΓΥΝΑΙΚΑ', 'Woman'],
    ['Άνδρας', 'Man'],
    ['Άντρας', 'Man'],
    ['Μη δυαδικό ή άλλο', 'Non-binary or other'],
    ['Προτιμώ να μην πω', 'Prefer not to say'],
    ['Χωρίς προτίμηση', 'No preference'],
  ],
  pt: [
    ['Mulher', 'Woman'],
    ['Homem', 'Man'],
    ['Não binário ou outro', 'Non-binary or other'],
    ['Prefiro não dizer', 'Prefer not to say'],
    ['Sem preferência', 'No preference'],
  ],
  ar: [
    ['امرأة', 'Woman'],
    ['إمرأة', 'Woman'],
    ['أنثى', 'Woman'],
    [`${RLM}امرأة${RLM}`, 'Woman'],
    ['امـرأة', 'Woman'],
    ['رجل', 'Man'],
    ['ذكر', 'Man'],
    ['غير ثنائي أو غير ذلك', 'Non-binary or other'],
    ['أفضّل عدم الإجابة', 'Prefer not to say'],
    ['لا فرق عندي', 'No preference'],
  ],
  uk: [
    ['Жінка', 'Woman'],
    ['Чоловік', 'Man'],
    ['Небінарна особа або інше', 'Non-binary or other'],
    ['Не хочу вказувати', 'Prefer not to say'],
    ['Немає значення', 'No preference'],
  ],
  ru: [
    ['Женщина', 'Woman'],
    ['Мужчина', 'Man'],
    ['Ж', 'Woman'],
    ['М', 'Man'],
    ['Небинарный человек или другое', 'Non-binary or other'],
    ['Не хочу указывать', 'Prefer not to say'],
    ['Не имеет значения', 'No preference'],
  ],
  fa: [
    ['زن', 'Woman'],
    ['مرد', 'Man'],
    ['ناباینری یا دیگر', 'Non-binary or other'],
    ['ترجیح می‌دهم نگویم', 'Prefer not to say'],
    ['ترجیح می دهم نگویم', 'Prefer not to say'],
    ['فرقی نمی‌کند', 'No preference'],
  ],
  ps: [
    ['ښځه', 'Woman'],
    ['سړی', 'Man'],
    ['نارینه', 'Man'],
    ['نور', 'Non-binary or other'],
  ],
  ti: [
    ['ሰበይቲ', 'Woman'],
    ['ሰብኣይ', 'Man'],
    ['ካልእ', 'Non-binary or other'],
  ],
  so: [
    ['Dumar', 'Woman'],
    ['Naag', 'Woman'],
    ['Haweeney', 'Woman'],
    ['Nin', 'Man'],
    ['Rag', 'Man'],
    ['Kale', 'Non-binary or other'],
    ['Mid kale (aan ahayn nin ama haweeney)', 'Non-binary or other'],
    ['Ma doonayo inaan sheego', 'Prefer not to say'],
    ['Doorasho gaar ah ma lihi', 'No preference'],
  ],
  tr: [
    ['Kadın', 'Woman'],
    ['KADIN', 'Woman'],
    ['Erkek', 'Man'],
    ['İkili olmayan', 'Non-binary or other'],
    ['İkili olmayan (non-binary) veya diğer', 'Non-binary or other'],
    ['Diğer', 'Non-binary or other'],
    ['Belirtmek istemiyorum', 'Prefer not to say'],
    ['Fark etmez', 'No preference'],
  ],
  bilingual: [
    ['Donna / امرأة', 'Woman'],
    ['امرأة / Donna', 'Woman'],
    ['Uomo / رجل', 'Man'],
    ['Mujer / Жінка', 'Woman'],
    ['Homme / Мужчина', 'Man'],
    ['Mulher / زن', 'Woman'],
    ['Άνδρας / Erkek', 'Man'],
    ['Woman / ሰበይቲ', 'Woman'],
    ['Non binario o altro / غير ثنائي أو غير ذلك', 'Non-binary or other'],
    ['Preferisco non dirlo / أفضّل عدم الإجابة', 'Prefer not to say'],
    ['ترجیح می‌دهم نگویم / Prefer not to say', 'Prefer not to say'],
    ['Nessuna preferenza / لا فرق عندي', 'No preference'],
  ],
};

describe('gender', () => {
  for (const [language, cases] of Object.entries(GENDER)) {
    it.each(cases)(`${language}: "%s" → %s`, (answer, expected) => expect(normaliseGender(answer).value).toBe(expected));
  }

  // Words that merely contain a gender word (or start like one) are kept as typed.
  it.each(['Mannheim', 'Germany', 'Romania', 'Kadıköy', 'Женева', 'زنجان', 'Manuela', 'Homero', 'Мурат', 'Frauke'])('"%s" is not a gender', (answer) => {
    expect(normaliseGender(answer).value).toBe(answer);
  });
});

/** Every language, named in English, in each coordinator language and in the newcomers' own scripts. */
const LANGUAGE_NAMES: Record<string, string[]> = {
  ar: [
    'Arabic',
    'arabo',
    'árabe',
    'arabe',
    'Arabisch',
    'αραβικά',
    'Αραβική',
    'العربية',
    'عربي',
    'عربی',
    'اللغة العربية',
    'арабська',
    'арабский',
    'ዓረብኛ',
    'Carabi',
    'Af-Carabi',
    'Arapça',
  ],
  uk: [
    'Ukrainian',
    'ucraino',
    'ucraniano',
    'ukrainien',
    'Ukrainisch',
    'Oekraïens',
    'ουκρανικά',
    'الأوكرانية',
    'أوكراني',
    'українська',
    'украинский',
    'اوکراینی',
    'ዩክሬንኛ',
    'Yukreeni',
    'Ukraynaca',
  ],
  ru: ['Russian', 'russo', 'ruso', 'russe', 'Russisch', 'ρωσικά', 'الروسية', 'روسي', 'російська', 'русский', 'روسی', 'ሩስኛ', 'Ruush', 'Rusça'],
  fa: [
    'Persian',
    'Farsi',
    'persiano',
    'persa',
    'persan',
    'Persisch',
    'Perzisch',
    'περσικά',
    'φαρσί',
    'الفارسية',
    'فارسي',
    'перська',
    'фарсі',
    'персидский',
    'фарси',
    'فارسی',
    'ፋርስኛ',
    'Faarsi',
    'Farsça',
  ],
  prs: ['Dari', 'dari', 'νταρί', 'الدارية', 'дарі', 'дари', 'دری', 'ዳሪ', 'Darice'],
  ps: ['Pashto', 'Pashtu', 'pastún', 'pachto', 'Paschtu', 'Pasjtoe', 'παστού', 'البشتونية', 'пушту', 'پشتو', 'پښتو', 'ፓሽቶ', 'Bashtuu', 'Peştuca'],
  ti: ['Tigrinya', 'tigrino', 'tigriña', 'tigrigna', 'Tigrinisch', 'tigrínia', 'τιγκρίνια', 'التغرينية', 'тигринья', 'تیگرینیا', 'ትግርኛ', 'Tigrinyaca'],
  so: [
    'Somali',
    'somalo',
    'somalí',
    'somalien',
    'Somalisch',
    'σομαλικά',
    'الصومالية',
    'сомалі',
    'сомалийский',
    'سومالیایی',
    'سومالي',
    'ሶማልኛ',
    'Soomaali',
    'Af-Soomaali',
    'Somalice',
  ],
  tr: ['Turkish', 'turco', 'turc', 'Türkisch', 'Turks', 'τουρκικά', 'التركية', 'турецька', 'турецкий', 'ترکی', 'ترکي', 'ቱርክኛ', 'Turki', 'Türkçe', 'TÜRKÇE'],
  ku: [
    'Kurdish',
    'curdo',
    'kurdo',
    'kurde',
    'Kurdisch',
    'Koerdisch',
    'κουρδικά',
    'الكردية',
    'курдська',
    'курдский',
    'کردی',
    'کوردی',
    'ኩርድኛ',
    'Kurdi',
    'Kürtçe',
    'Kurmancî',
    'Sorani',
  ],
  ur: ['Urdu', 'ourdou', 'ούρντου', 'الأردية', 'урду', 'اردو', 'ኡርዱ', 'Urduca'],
  en: [
    'English',
    'inglese',
    'inglés',
    'anglais',
    'Englisch',
    'Engels',
    'αγγλικά',
    'inglês',
    'الإنجليزية',
    'انجليزي',
    'англійська',
    'английский',
    'انگلیسی',
    'انګرېزي',
    'እንግሊዝኛ',
    'Ingiriisi',
    'İngilizce',
  ],
  fr: [
    'French',
    'francese',
    'francés',
    'français',
    'Französisch',
    'Frans',
    'γαλλικά',
    'francês',
    'الفرنسية',
    'французька',
    'французский',
    'فرانسوی',
    'فرانسوي',
    'ፈረንሳይኛ',
    'Faransiis',
    'Fransızca',
  ],
  it: [
    'Italian',
    'italiano',
    'italien',
    'Italienisch',
    'Italiaans',
    'ιταλικά',
    'الإيطالية',
    'італійська',
    'итальянский',
    'ایتالیایی',
    'ایټالوي',
    'ጣልያንኛ',
    'Talyaani',
    'İtalyanca',
  ],
  es: [
    'Spanish',
    'spagnolo',
    'español',
    'castellano',
    'espagnol',
    'Spanisch',
    'Spaans',
    'ισπανικά',
    'espanhol',
    'الإسبانية',
    'іспанська',
    'испанский',
    'اسپانیایی',
    'ስጳንኛ',
    'Isbaanish',
    'İspanyolca',
  ],
  de: [
    'German',
    'tedesco',
    'alemán',
    'allemand',
    'Deutsch',
    'Duits',
    'γερμανικά',
    'alemão',
    'الألمانية',
    'німецька',
    'немецкий',
    'آلمانی',
    'الماني',
    'ጀርመንኛ',
    'Jarmal',
    'Almanca',
  ],
  nl: [
    'Dutch',
    'olandese',
    'neerlandés',
    'holandés',
    'néerlandais',
    'Niederländisch',
    'Nederlands',
    'ολλανδικά',
    'holandês',
    'الهولندية',
    'нідерландська',
    'голландский',
    'هلندی',
    'ሆላንድኛ',
    'Holandi',
    'Felemenkçe',
    'Hollandaca',
  ],
  el: [
    'Greek',
    'greco',
    'griego',
    'grec',
    'Griechisch',
    'Grieks',
    'ελληνικά',
    'Ελληνική',
    'grego',
    'اليونانية',
    'грецька',
    'греческий',
    'یونانی',
    'ግሪኽኛ',
    'Giriig',
    'Yunanca',
  ],
  pt: [
    'Portuguese',
    'portoghese',
    'portugués',
    'portugais',
    'Portugiesisch',
    'Portugees',
    'πορτογαλικά',
    'português',
    'البرتغالية',
    'португальська',
    'португальский',
    'پرتغالی',
    'پرتګالي',
    'ፖርቱጋልኛ',
    'Boortaqiis',
    'Portekizce',
  ],
};

describe('language names', () => {
  for (const [code, names] of Object.entries(LANGUAGE_NAMES)) {
    it.each(names)(`"%s" is ${code}`, (name) => {
      expect(normaliseLanguages(name, true)).toEqual({ value: code });
    });
  }

  it('reads bilingual choices from either side, one language per choice', () => {
    expect(normaliseLanguages('Arabo / عربي, Inglese / Ingiriisi', true)).toEqual({ value: 'ar, en' });
    expect(normaliseLanguages('عربي / Arabo, Ingiriisi / Inglese', true)).toEqual({ value: 'ar, en' });
    expect(normaliseLanguages('Tigrino / ትግርኛ, Italiano / ጣልያንኛ', true)).toEqual({ value: 'ti, it' });
    // A side in another script that we cannot name is that side's translation, not a problem.
    expect(normaliseLanguages('Italiano / ኢጣልያንኛ', true)).toEqual({ value: 'it' });
    // Two languages joined with "/" stay two; a same-script unknown is still reported.
    expect(normaliseLanguages('Farsi / Dari', true)).toEqual({ value: 'fa, prs' });
    expect(normaliseLanguages('Urdu / Klingon', true)).toEqual({ value: 'ur', problem: { code: 'unknownLanguage', answer: 'Klingon' } });
  });

  it('splits lists written with the Arabic and Ethiopic commas, with direction marks and tatweel', () => {
    expect(normaliseLanguages('عربي، انجليزي، فرنسي', true).value).toBe('ar, en, fr');
    expect(normaliseLanguages(`${RLM}العـربـية${RLM}، ${LRM}English${LRM}`, true).value).toBe('ar, en');
    expect(normaliseLanguages('ትግርኛ፣ ዓረብኛ፣ እንግሊዝኛ', true).value).toBe('ti, ar, en');
    expect(normaliseLanguages('ﺍﻟﻌﺮﺑﻴﺔ', true).value).toBe('ar');
  });

  it('prefers a name to a two-letter code that is also a word', () => {
    expect(normaliseLanguages('un peu de français', true).value).toBe('fr:A2');
    expect(normaliseLanguages('el árabe', true).value).toBe('ar');
  });

  it.each(['Klingon', 'Arabesque', 'Turkmenistan', 'Ελλάδα', 'Україна', 'Somalia?'])('"%s" is not a language we know', (answer) => {
    expect(normaliseLanguages(answer, true).problem?.code).toBe('unknownLanguage');
  });
});

const NATIVE = [
  ...[
    'native',
    'mother tongue',
    'madrelingua',
    'lingua madre',
    'lengua materna',
    'langue maternelle',
    'Muttersprache',
    'moedertaal',
    'μητρική',
    'Μητρική γλώσσα',
  ],
  ...['língua materna', 'materna', 'рідна', 'Рідна мова', 'родной', 'Родной язык', 'ana dil', 'anadilim', 'زبان مادری', 'اللغة الأم', 'لغتي الأم', 'مورنۍ ژبه'],
  ...['ቋንቋ ኣደ', 'afka hooyo'],
];

describe('levels', () => {
  it.each(NATIVE)('"%s" is native', (answer) => expect(parseLevel(answer)).toBe('native'));

  it.each([
    ['A1', 'A1'],
    ['a2', 'A2'],
    ['B1', 'B1'],
    ['livello B2', 'B2'],
    ['C1', 'C1'],
    ['C2', 'C2'],
    ['В2', 'B2'],
    ['С1', 'C1'],
    ['Β1', 'B1'],
    ['ب1', 'B1'],
    ['fluent', 'C1'],
    ['άπταιστα', 'C1'],
    ['بطلاقة', 'C1'],
    ['вільно', 'C1'],
    ['akıcı', 'C1'],
    ['καλά', 'B1'],
    ['جيد', 'B1'],
    ['хорошо', 'B1'],
    ['iyi', 'B1'],
    ['un po', 'A2'],
    ['um pouco', 'A2'],
    ['قليلا', 'A2'],
    ['трохи', 'A2'],
    ['biraz', 'A2'],
    ['کمی', 'A2'],
  ])('"%s" → %s', (answer, level) => expect(parseLevel(answer)).toBe(level));

  it.each(['Arabic', 'Somali', 'B12', 'AB1', 'D1', 'Bonjour', 'ana', 'родина'])('"%s" has no level', (answer) => expect(parseLevel(answer)).toBeNull());

  it('reads languages with levels in any script, and bilingual levels', () => {
    expect(parseLanguages('العربية (اللغة الأم)، الإنجليزية B1').skills).toEqual([
      { code: 'ar', level: 'native' },
      { code: 'en', level: 'B1' },
    ]);
    expect(parseLanguages('Українська — рідна, англійська В2').skills).toEqual([
      { code: 'uk', level: 'native' },
      { code: 'en', level: 'B2' },
    ]);
    expect(parseLanguages('Türkçe ana dil, Almanca biraz').skills).toEqual([
      { code: 'tr', level: 'native' },
      { code: 'de', level: 'A2' },
    ]);
    expect(normaliseLevel('Madrelingua / اللغة الأم').value).toBe('native');
    expect(normaliseLevel('زبان مادری / Lingua madre').value).toBe('native');
  });
});

const SLOTS: Record<string, [answer: string, expected: string][]> = {
  el: [
    ['Πρωί, απόγευμα', 'mornings, afternoons'],
    ['Βράδια, Σαββατοκύριακο', 'evenings, weekends'],
  ],
  pt: [
    ['Manhãs, Tardes', 'mornings, afternoons'],
    ['Noites, Fins de semana', 'evenings, weekends'],
  ],
  ar: [
    ['الصباح، بعد الظهر', 'mornings, afternoons'],
    ['المساء، عطلة نهاية الأسبوع', 'evenings, weekends'],
    ['صباحًا', 'mornings'],
    ['مساءً', 'evenings'],
  ],
  uk: [
    ['Вранці, Після обіду', 'mornings, afternoons'],
    ['Увечері, У вихідні', 'evenings, weekends'],
  ],
  ru: [
    ['Утром, После обеда', 'mornings, afternoons'],
    ['Вечером, В выходные', 'evenings, weekends'],
  ],
  fa: [
    ['صبح‌ها، بعدازظهرها', 'mornings, afternoons'],
    ['شب‌ها، آخر هفته‌ها', 'evenings, weekends'],
    ['صبح ها', 'mornings'],
  ],
  ps: [
    ['سهار، ماسپښین', 'mornings, afternoons'],
    ['ماښام، د اونۍ پای', 'evenings, weekends'],
  ],
  ti: [
    ['ንግሆ፣ ድሕሪ ቐትሪ', 'mornings, afternoons'],
    ['ምሸት፣ ቀዳመ ሰንበት', 'evenings, weekends'],
  ],
  so: [
    ['Subax, Galab', 'mornings, afternoons'],
    ['Fiid, Dhammaadka toddobaadka', 'evenings, weekends'],
    ['Subaxda, Galabta, Fiidka', 'mornings, afternoons, evenings'],
  ],
  tr: [
    ['Sabah, Öğleden sonra', 'mornings, afternoons'],
    ['Akşam, Hafta sonu', 'evenings, weekends'],
    ['Sabahları, Öğleden sonraları, Akşamları, Hafta sonları', 'mornings, afternoons, evenings, weekends'],
  ],
  bilingual: [
    ['Mattine / صباحًا, Sere / مساءً', 'mornings, evenings'],
    ['صباحًا / Mattine, مساءً / Sere', 'mornings, evenings'],
    ['Pomeriggi / Після обіду, Fine settimana / У вихідні', 'afternoons, weekends'],
    ['Mornings / ንግሆ, Weekends / ቀዳመ ሰንበት', 'mornings, weekends'],
    ['Manhãs / صبح‌ها', 'mornings'],
    [`${RLM}المساء${RLM} / ${LRM}Le soir${LRM}`, 'evenings'],
  ],
};

describe('availability', () => {
  for (const [language, cases] of Object.entries(SLOTS)) {
    it.each(cases)(`${language}: "%s" → %s`, (answer, expected) => expect(normaliseAvailability(answer)).toEqual({ value: expected }));
  }

  it('a side in another script we cannot read is a translation; an unknown choice is still reported', () => {
    expect(normaliseAvailability('Mattine / ጽባሕ ጽባሕ')).toEqual({ value: 'mornings' });
    expect(normaliseAvailability('Mattine, when the moon is full')).toEqual({
      value: 'mornings',
      problem: { code: 'unknownSlot', answer: 'when the moon is full' },
    });
  });

  // "سه شنبه" is Tuesday (its second word is "Saturday"); "Sabahattin" is a name.
  it.each(['سه شنبه', 'Sabahattin', 'вечеринка', 'Subaxnimo', 'Noitada?'])('"%s" is no slot', (answer) => {
    expect(normaliseAvailability(answer).problem?.code).toBe('unknownSlot');
  });
});

describe('durations, permits and age preferences', () => {
  it.each([
    ['2 ساعة', 120],
    ['٢ ساعة', 120],
    ['١٫٥ ساعة', 90],
    ['٩٠', 90],
    ['۴۵', 45],
    ['1 час 30 минут', 90],
    ['2 години', 120],
    ['2 saat', 120],
    ['1 saat 30 dakika', 90],
    ['2 ώρες', 120],
    ['1,5 ore', 90],
    ['1.5 hours', 90],
    ['2 ساعت', 120],
    ['2 saacadood', 120],
    ['1h30', 90],
    ['2 ore', 120],
    ['45', 45],
  ])('"%s" is %i minutes', (answer, minutes) => expect(normaliseDuration(answer).value).toBe(minutes));

  it.each([
    ['In attesa / قيد الانتظار', 'Pending'],
    ['Ще чекаю', 'Pending'],
    ['Ещё жду', 'Pending'],
    ['ما زلت أنتظره', 'Pending'],
    ['منتظر آن هستم', 'Pending'],
    ['Estou à espera', 'Pending'],
    ['Beklemede', 'Pending'],
    ['Bekliyorum', 'Pending'],
    ['Waan sugayaa', 'Pending'],
    ['Ich warte auf einen Termin', 'Pending'],
    ['Sì / نعم', 'Yes'],
    ['Так', 'Yes'],
    ['Evet', 'Yes'],
    ['Ні', 'No'],
    ['No / لا', 'No'],
    ['Maya', 'No'],
  ])('permit "%s" → %s', (answer, expected) => expect(normalisePermit(answer).value).toBe(expected));

  it.each([
    ['Più o meno la mia età / قريب من عمري', 'Similar age'],
    ['Mais ou menos a minha idade', 'Similar age'],
    ['Mein Alter', 'Similar age'],
    ['Etwa so alt wie ich', 'Similar age'],
    ['Älter als ich', 'Older'],
    ['Примерно моего возраста', 'Similar age'],
    ['Приблизно мого віку', 'Similar age'],
    ['نزدیک به سن من', 'Similar age'],
    ['Older than me', 'Older'],
    ['Mais velho do que eu', 'Older'],
    ['أكبر منّي', 'Older'],
    ['Старше меня', 'Older'],
    ['Старший за мене', 'Older'],
    ['بزرگ‌تر از من', 'Older'],
    ['Benden büyük', 'Older'],
    ['Μεγαλύτερος', 'Older'],
    ['Younger than me / أصغر منّي', 'Younger'],
    ['Mais novo do que eu', 'Younger'],
    ['Моложе меня', 'Younger'],
    ['Молодший за мене', 'Younger'],
    ['جوان‌تر از من', 'Younger'],
    ['Daha genç', 'Younger'],
    ['Nessuna preferenza / لا فرق عندي', 'No preference'],
    ['Не имеет значения', 'No preference'],
    ['Yaklaşık benim yaşımda', 'Similar age'],
    ['Qiyaastii da’dayda', 'Similar age'],
    ['Iga weyn', 'Older'],
    ['Iga yar', 'Younger'],
    ['Doorasho gaar ah ma lihi', 'No preference'],
    ['Fark etmez', 'No preference'],
  ])('age preference "%s" → %s', (answer, expected) => expect(normaliseAgePreference(answer).value).toBe(expected));

  it('"No preference" is neither yes nor no, in every language', () => {
    for (const answer of ['No preference', 'Nessuna preferenza', 'لا فرق عندي', 'فرقی نمی‌کند', 'Не имеет значения', 'No preference / لا فرق عندي']) {
      expect(normaliseYesNo(answer).value, answer).toBeNull();
    }
  });
});

describe('folding keeps every script', () => {
  it.each([
    ['ΑΡΑΒΙΚΆ', 'αραβικα'],
    ['Українська', 'украінська'],
    ['ДА', 'да'],
    ['صباحًا', 'صباحا'],
    ['عـربـي', 'عربي'],
    [`${RLM}نعم${LRM}`, 'نعم'],
    ['ﻧﻌﻢ', 'نعم'],
    ['فارسی', foldWords('فارسي')],
    ['کردی', foldWords('كردي')],
    ['ትግርኛ', 'ትግርኛ'],
    ['KADIN', 'kadin'],
    ['Kadın', 'kadin'],
    ['١٢٣', '123'],
  ])('"%s" folds to "%s"', (text, folded) => expect(foldWords(text)).toBe(folded));
});
