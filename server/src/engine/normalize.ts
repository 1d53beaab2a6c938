// Text normalisation shared by the gazetteers, the recognisers and the linker.

const ARABIC_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
/** Zero-width and bidirectional control characters that scraped text carries inside words. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Any character normalizeArabic rewrites or drops: most words have none and are returned as they are. */
const ARABIC_FOLDED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeffأإآٱىةؤئ]/;

/** Folds Arabic spelling variants: alef/hamza forms, alef maqsura, ta marbuta, diacritics, tatweel, invisible controls. */
export function normalizeArabic(s: string): string {
  if (!ARABIC_FOLDED.test(s)) return s;
  return s
    .replace(ARABIC_DIACRITICS, '')
    .replace(TATWEEL, '')
    .replace(INVISIBLE, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي');
}

const NAME_CACHE_LIMIT = 100_000;
const nameCache = new Map<string, string>();
/** ASCII text: Unicode normalisation and Arabic folding leave it as it is. */
const ASCII = /^[\x00-\x7f]*$/;

/**
 * A lookup key for a name in any script: NFKC, lower case, Latin accents removed, Arabic variants
 * folded, apostrophes/hyphens/dots unified to single spaces. Memoised: the recognisers and the
 * linker ask for the same words and names over and over.
 */
export function normalizeName(s: string): string {
  let key = nameCache.get(s);
  if (key === undefined) {
    if (nameCache.size >= NAME_CACHE_LIMIT) nameCache.clear();
    const folded = ASCII.test(s) ? s.toLowerCase() : normalizeArabic(s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFKC').toLowerCase());
    key = folded
      .replace(/['’‘`ʼ\-‐‑–—.]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    nameCache.set(s, key);
  }
  return key;
}

/** A lowercase ASCII slug ("Ahmed al-Sharaa" -> "ahmed-al-sharaa"), used for entity keys. */
export function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A word with its attached proclitics removed: `offset` is where the stem starts in the word. */
export interface ProcliticSplit {
  offset: number;
  stem: string;
}

/**
 * The readings of an Arabic word with its attached proclitics removed, least stripped first:
 * conjunctions و/ف, then prepositions ب/ل/ك, and "لل" read as ل + ال. "وبالقاهرة" -> وبالقاهرة,
 * بالقاهرة, القاهرة. For "للسعودية" the stem is "لسعودية" at offset 1 (the article's alef is not
 * written after ل), returned as "السعودية" so that it can be looked up.
 */
export function arabicProcliticSplits(word: string): ProcliticSplit[] {
  const splits: ProcliticSplit[] = [{ offset: 0, stem: word }];
  const minStem = 2;
  let i = 0;
  if ((word[0] === 'و' || word[0] === 'ف') && word.length - 1 > minStem) {
    i = 1;
    splits.push({ offset: 1, stem: word.slice(1) });
  }
  const rest = word.slice(i);
  if (rest.startsWith('لل') && rest.length - 2 >= minStem) {
    splits.push({ offset: i + 1, stem: 'ا' + rest.slice(1) });
  } else if ((rest[0] === 'ب' || rest[0] === 'ل' || rest[0] === 'ك') && rest.length - 1 > minStem) {
    splits.push({ offset: i + 1, stem: rest.slice(1) });
  }
  return splits;
}

/** Levenshtein distance, for comparing spellings of one name ("Benyamin", "Benjamin"). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length];
}
