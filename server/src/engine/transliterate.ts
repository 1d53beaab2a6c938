// Consonant skeletons: a script-independent key for comparing Arabic names with their Latin
// romanisations ("أحمد الشرع" ~ "Ahmad al-Sharaa" ~ "Ahmed al-Charaa"). Vowels, long-vowel letters,
// ʿayn and hamza are dropped; consonants that romanisations confuse share one class letter
// (ش/س/ص = s, sh, ch; ح/خ/ه = h, kh; ق/ك = k, q, c; ف = f, v, ph; ب = b, p).
import { editDistance, normalizeArabic } from './normalize';

const ARABIC_CLASS: Record<string, string> = {
  ب: 'B', پ: 'B', ت: 'T', ط: 'T', ث: 'T', ج: 'J', چ: 'J', ح: 'H', خ: 'H', ه: 'H',
  د: 'D', ذ: 'D', ض: 'D', ر: 'R', ز: 'Z', ظ: 'Z', ژ: 'J', س: 'S', ش: 'S', ص: 'S',
  غ: 'G', گ: 'G', ف: 'F', ڤ: 'F', ق: 'K', ك: 'K', ک: 'K', ل: 'L', م: 'M', ن: 'N',
};

/** Latin digraphs first, then single letters; vowels map to nothing. */
const LATIN_RULES: [RegExp, string][] = [
  [/sch|sh|ch|zh/g, 'S'],
  [/kh/g, 'H'],
  [/gh/g, 'G'],
  [/th/g, 'T'],
  [/dh/g, 'D'],
  [/ph/g, 'F'],
  [/dj/g, 'J'],
  [/ck|x/g, 'K'],
  [/c(?=[eiy])/g, 'S'],
];
const LATIN_CLASS: Record<string, string> = {
  b: 'B', p: 'B', t: 'T', j: 'J', h: 'H', d: 'D', r: 'R', z: 'Z', s: 'S', g: 'G', f: 'F', v: 'F',
  q: 'K', k: 'K', c: 'K', l: 'L', m: 'M', n: 'N', w: 'W', y: 'Y',
};

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/;

/** True when the string contains Arabic letters. */
export function isArabicScript(s: string): boolean {
  return ARABIC_LETTER.test(s);
}

/** Memoised answers for words and names: the linker compares the same names over and over. */
const MEMO_LIMIT = 50_000;
const skeletons = new Map<string, string>();
const nameWordLists = new Map<string, string[]>();

function remember<T>(memo: Map<string, T>, key: string, value: T): T {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

/** Drops doubled classes ("SSD" -> "SD"): gemination is written in Latin but not in Arabic. */
function collapse(s: string): string {
  return s.replace(/(.)\1+/g, '$1');
}

/**
 * The skeleton of one word. A final h is dropped on both sides (Latin "-ah", Arabic ة/ه/ح are
 * written inconsistently), and w/y count only word-initially, where they are consonants.
 */
export function wordSkeleton(word: string): string {
  return skeletons.get(word) ?? remember(skeletons, word, computeWordSkeleton(word));
}

function computeWordSkeleton(word: string): string {
  let out = '';
  if (isArabicScript(word)) {
    const w = normalizeArabic(word);
    for (let i = 0; i < w.length; i++) {
      const ch = w[i];
      if (i === 0 && ch === 'و') out += 'W';
      else if (i === 0 && ch === 'ي') out += 'Y';
      else out += ARABIC_CLASS[ch] ?? '';
    }
  } else {
    let w = word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
    for (const [re, cls] of LATIN_RULES) w = w.replace(re, cls);
    for (let i = 0; i < w.length; i++) {
      const ch = w[i];
      if (ch >= 'A' && ch <= 'Z') out += ch;
      else if ((ch === 'w' || ch === 'y') && i > 0) continue;
      else out += LATIN_CLASS[ch] ?? '';
    }
  }
  return collapse(out).replace(/H$/, '');
}

const LATIN_ARTICLE = /^(?:al|el|ul|ad|ar|as|ash|at|az|an|ath|adh)$/;
const LATIN_ARTICLE_PREFIX = /^(?:al|el|ad|ar|as|ash|at|az|an)[-‐‑'’]/i;
/** "Abd al-Aziz", "Abdul Aziz", "Abdelaziz", "عبد العزيز", "عبدالعزيز" -> one word "abd" + name. */
const LATIN_ABD = /^abd(?:[uea]l)?$/;
const LATIN_ABD_JOINED = /^abd[uea]l(?=[a-z]{3})/;
/** Words that join the next one: Abd al-X, Abu X, bin X. */
const LATIN_JOINING = /^(?:abd|abu|abou|bin|ben|ibn)$/;
const ARABIC_JOINING = new Set(['عبد', 'ابو', 'بن', 'ابن']);
/** Regnal numbers and ordinals after a name ("Abdullah II", "عبد الله الثاني") are not compared. */
const LATIN_ORDINAL = /^(?:i{1,3}|iv|v|vi{1,3}|ix|x)$/;
const ARABIC_ORDINAL = new Set(['الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس']);

function latinWord(raw: string): string {
  return raw.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(LATIN_ARTICLE_PREFIX, '').replace(/[^a-z]/g, '');
}

function arabicWord(raw: string): string {
  const w = normalizeArabic(raw).replace(/[^\u0621-\u064A\u0671-\u06D3]/g, '');
  if (w.startsWith('عبدال') && w.length > 5) return 'عبد' + w.slice(5);
  return w.startsWith('ال') && w.length > 3 ? w.slice(2) : w;
}

/**
 * Splits a name into its words with the article removed from each word and compound names
 * joined (Abd al-X, Abu X, bin X, X Allah): "Ahmad al-Sharaa" -> ["ahmad", "sharaa"],
 * "عبد العزيز" -> ["عبدعزيز"], "Nasrallah" and "نصر الله" -> one word each.
 */
export function nameWords(name: string): string[] {
  return [...sharedNameWords(name)];
}

/** nameWords without a copy, for callers that never change the array. */
export function sharedNameWords(name: string): readonly string[] {
  return nameWordLists.get(name) ?? remember(nameWordLists, name, computeNameWords(name));
}

function computeNameWords(name: string): string[] {
  const raw = name.split(/[\s\u00a0]+/).filter(Boolean);
  const words: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const arabic = isArabicScript(raw[i]);
    if (arabic && words.length > 0 && ARABIC_ORDINAL.has(normalizeArabic(raw[i]))) continue;
    let w = arabic ? arabicWord(raw[i]) : latinWord(raw[i]);
    if (!arabic) {
      if (!w || LATIN_ARTICLE.test(w) || (words.length > 0 && LATIN_ORDINAL.test(w))) continue;
      if (LATIN_ABD_JOINED.test(w)) w = 'abd' + w.replace(LATIN_ABD_JOINED, '');
      else if (LATIN_ABD.test(w)) w = 'abd';
    }
    const joins = arabic ? ARABIC_JOINING.has(w) : LATIN_JOINING.test(w);
    if (joins && i + 1 < raw.length) {
      let next = arabic ? arabicWord(raw[++i]) : latinWord(raw[++i]);
      if (!arabic && LATIN_ARTICLE.test(next) && i + 1 < raw.length) next = latinWord(raw[++i]);
      w += next;
    }
    // "X Allah" is one name (Nasrallah, Abdullah).
    const following = raw[i + 1];
    if (following && (arabic ? normalizeArabic(following) === 'الله' : /^(?:allah|ullah)$/i.test(following))) {
      w += arabic ? 'له' : 'lah';
      i++;
    }
    if (w) words.push(w);
  }
  return words;
}

/** The skeleton of a whole name, one group per word: "Bashar al-Assad" -> "BSR SD". */
export function nameSkeleton(name: string): string {
  return nameWords(name).map(wordSkeleton).filter(Boolean).join(' ');
}

/**
 * A vowel-aware Latin form for comparing two Latin spellings, which carry more information than
 * a skeleton: "Mohammed" and "Muhammad" agree, "Mahmoud" does not.
 */
export function latinVowelForm(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/sch|ch/g, 'sh')
    .replace(/ou|oo|o/g, 'u')
    .replace(/ee|ie|y|e/g, 'i')
    .replace(/(.)\1+/g, '$1')
    .replace(/h$/, '');
}

/**
 * The vowels of a word between consecutive skeleton consonants: gaps[k] holds the vowel classes
 * (a, i, u) written before consonant k, gaps[length] those after the last one. Arabic writes only
 * long vowels (ا و ي); Latin "e" may stand for a or i. `long` marks Latin long-vowel digraphs
 * (ou, oo, ee), which an Arabic spelling must also write.
 */
function vowelGaps(word: string): { gaps: string[]; long: string[] } {
  const gaps: string[] = [''];
  const long: string[] = [''];
  let last = '';
  const consonant = (cls: string) => {
    if (cls === last) return;
    last = cls;
    gaps.push('');
    long.push('');
  };
  const vowel = (v: string, isLong = false) => {
    gaps[gaps.length - 1] += v;
    if (isLong) long[long.length - 1] += v;
  };
  if (isArabicScript(word)) {
    // Alef maqsura is read a ("مصطفى" = Mustafa), although normalisation folds it into ي.
    const w = normalizeArabic(word.replace(/ى/g, 'ا'));
    for (let i = 0; i < w.length; i++) {
      const ch = w[i];
      if (i === 0 && (ch === 'و' || ch === 'ي')) consonant(ch === 'و' ? 'W' : 'Y');
      else if (ARABIC_CLASS[ch]) consonant(ARABIC_CLASS[ch]);
      else if (ch === 'ا') vowel('a');
      else if (ch === 'و') vowel('u');
      else if (ch === 'ي') vowel('i');
    }
  } else {
    let w = word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
    for (const [re, cls] of LATIN_RULES) w = w.replace(re, cls);
    for (let i = 0; i < w.length; i++) {
      const ch = w[i];
      const pair = w.slice(i, i + 2);
      if (pair === 'ou' || pair === 'oo' || pair === 'uu') (vowel('u', true), i++);
      else if (pair === 'ee' || pair === 'ii') (vowel('i', true), i++);
      else if (ch >= 'A' && ch <= 'Z') consonant(ch);
      else if (ch === 'a') vowel('a');
      else if (ch === 'e') vowel('ai');
      else if (ch === 'i' || (ch === 'y' && i > 0)) vowel('i');
      else if (ch === 'o' || ch === 'u' || (ch === 'w' && i > 0)) vowel('u');
      else if (LATIN_CLASS[ch]) consonant(LATIN_CLASS[ch]);
    }
  }
  return { gaps, long };
}

/**
 * Whether an Arabic-script word and a Latin word can be the same name: equal skeletons, every
 * long vowel the Arabic writes has a matching Latin vowel in the same place, and every Latin long
 * vowel (ou, ee) is written in the Arabic. "محمد" ~ "Mohammed", but "محمد" !~ "Mahmoud".
 */
export function crossScriptWordMatch(arabic: string, latin: string): boolean {
  if (wordSkeleton(arabic) !== wordSkeleton(latin)) return false;
  const a = vowelGaps(arabic);
  const l = vowelGaps(latin);
  if (a.gaps.length !== l.gaps.length) return true; // skeletons agree after dropping a final h
  for (let k = 1; k < a.gaps.length; k++) {
    for (const v of a.gaps[k]) if (!l.gaps[k].includes(v)) return false;
    for (const v of l.long[k]) if (!a.gaps[k].includes(v)) return false;
  }
  return true;
}

/** Whether two Latin spellings can be the same name: "Shaibani" ~ "Shaybani", "Ahmed" ~ "Ahmad", "Assad" ~ "Asaad". */
export function latinWordMatch(a: string, b: string): boolean {
  if (wordSkeleton(a) !== wordSkeleton(b)) return false;
  const va = latinVowelForm(a);
  const vb = latinVowelForm(b);
  return editDistance(va, vb) <= (Math.min(va.length, vb.length) >= 7 ? 2 : 1);
}

/** Whether two words of a name, in any scripts, can be spellings of the same name. */
export function nameWordMatch(a: string, b: string): boolean {
  // (A word is always a spelling of itself; every reading below needs equal skeletons.)
  if (a === b) return true;
  if (wordSkeleton(a) !== wordSkeleton(b)) return false;
  const arabicA = isArabicScript(a);
  const arabicB = isArabicScript(b);
  if (arabicA && arabicB) return normalizeArabic(a) === normalizeArabic(b);
  if (arabicA) return crossScriptWordMatch(a, b);
  if (arabicB) return crossScriptWordMatch(b, a);
  return latinWordMatch(a, b);
}
