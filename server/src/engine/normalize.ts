// Text normalisation shared by the gazetteers, the recognisers and the linker.

const ARABIC_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;

/** Folds Arabic spelling variants: alef/hamza forms, alef maqsura, ta marbuta, diacritics, tatweel. */
export function normalizeArabic(s: string): string {
  return s
    .replace(ARABIC_DIACRITICS, '')
    .replace(TATWEEL, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي');
}

/**
 * A lookup key for a name in any script: NFKC, lower case, Latin accents removed, Arabic variants
 * folded, apostrophes/hyphens/dots unified to single spaces.
 */
export function normalizeName(s: string): string {
  return normalizeArabic(
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFKC')
      .toLowerCase(),
  )
    .replace(/['’‘`ʼ\-‐‑–—.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
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
