// Language and script direction of an article, decided on the article's text without page residue.
import { findBoilerplate } from './boilerplate';
import { CHAR_LETTER, unitClass } from './charClasses';
import { letterWidth, splitLines } from './lines';
import { rankLanguages } from './trigrams';
import type { ArticleStructure, Direction, LangCode } from './types';

export interface LanguageInfo {
  lang: LangCode;
  direction: Direction;
}

/** Languages the engine has lexicons for; preferred when franc finds them nearly as likely as the winner. */
const SUPPORTED: LangCode[] = ['ind', 'fra', 'arb', 'eng'];
/** How close (franc's 0..1 score) a supported language must be to the winner to be preferred. */
const SUPPORTED_MARGIN = 0.02;
/** franc looks at no more than 2048 characters; a little more gives the Malay check more words. */
const SAMPLE_CHARS = 4000;
/** Fewer letters than this and no language is claimed. */
const MIN_LETTERS = 20;

// Words that separate Malaysian Malay from Indonesian in news text (the two share most vocabulary,
// and franc often answers zlm for short Indonesian text).
// Compared with whole runs of letters, case-insensitively ("Kuala Lumpur": "kuala", one space, "lumpur").
const MALAY_ONLY = ['kerana', 'kerajaan', 'bahawa', 'baharu', 'selepas', 'iaitu', 'boleh', 'sahaja', 'wang', 'polis', 'jabatan', 'mahkamah', 'parlimen', 'kenyataan', 'ringgit', 'malaysia', 'bernama'];
const INDONESIAN_ONLY = ['karena', 'pemerintah', 'bahwa', 'baru', 'setelah', 'yaitu', 'bisa', 'uang', 'polisi', 'kantor', 'mobil', 'pengadilan', 'parlemen', 'pernyataan', 'rupiah', 'indonesia', 'jakarta'];
type Listed = 'malay' | 'indonesian' | 'kuala' | 'lumpur';
/** Every listed word is at most this long and starts with a lower-case ASCII letter. */
const MAX_LISTED_LENGTH = 16;
/** No listed word is shorter. */
const SHORTEST_LISTED = Math.min(...[...MALAY_ONLY, ...INDONESIAN_ONLY, 'kuala', 'lumpur'].map((w) => w.length));
/** The listed words by length and first letter (see listedSlot). */
const LISTED: [string, Listed][][] = [];
for (const [words, kind] of [[MALAY_ONLY, 'malay'], [INDONESIAN_ONLY, 'indonesian'], [['kuala'], 'kuala'], [['lumpur'], 'lumpur']] as const) {
  for (const w of words) {
    if (w.length > MAX_LISTED_LENGTH || !/^[a-z]+$/.test(w)) throw new Error(`listed word ${w} is no short lower-case ASCII word`);
    (LISTED[listedSlot(w.length, w.charCodeAt(0))] ??= []).push([w, kind]);
  }
}

/** Where the listed words of a length and (folded) first unit are; -1 when none can be. */
function listedSlot(length: number, first: number): number {
  return length <= MAX_LISTED_LENGTH && first >= 0x61 && first <= 0x7a ? length * 26 + first - 0x61 : -1;
}

/** A unit as case-insensitive matching compares it with the lower-case ASCII words above (ſ is s, the Kelvin sign k). */
function foldedUnit(unit: number): number {
  return unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit === 0x17f ? 0x73 : unit === 0x212a ? 0x6b : unit;
}

/** Which listed word the run of letters sample[start, end) is, if any. */
function listedWord(sample: string, start: number, end: number): Listed | undefined {
  const slot = listedSlot(end - start, foldedUnit(sample.charCodeAt(start)));
  const candidates = slot < 0 ? undefined : LISTED[slot];
  if (!candidates) return undefined;
  for (const [word, kind] of candidates) {
    let k = 1;
    while (k < word.length && foldedUnit(sample.charCodeAt(start + k)) === word.charCodeAt(k)) k++;
    if (k === word.length) return kind;
  }
  return undefined;
}

// What the sample counts need of a UTF-16 unit, in one table (0 until asked): whether it is a letter on
// its own, whether it is in the right-to-left blocks (Hebrew, Arabic, their presentation forms), and
// whether it is a high surrogate (then the pair decides).
const unitFacts = new Uint8Array(0x10000);
const LETTER = 1;
const RIGHT_TO_LEFT = 2;
const HIGH_SURROGATE = 4;
const KNOWN = 8;

function factsOf(unit: number): number {
  const rightToLeft = (unit >= 0x0590 && unit <= 0x08ff) || (unit >= 0xfb1d && unit <= 0xfdff) || (unit >= 0xfe70 && unit <= 0xfeff);
  const highSurrogate = unit >= 0xd800 && unit <= 0xdbff;
  return (unitFacts[unit] = KNOWN | (unitClass(unit) & CHAR_LETTER ? LETTER : 0) | (rightToLeft ? RIGHT_TO_LEFT : 0) | (highSurrogate ? HIGH_SURROGATE : 0));
}

/** Code points that are letters, and those in the right-to-left blocks: one table load per unit, no branch on the text. */
function letterCounts(sample: string): { letters: number; rtl: number } {
  let letters = 0;
  let rtl = 0;
  for (let i = 0; i < sample.length; ) {
    const unit = sample.charCodeAt(i);
    const facts = unitFacts[unit] || factsOf(unit);
    rtl += (facts & RIGHT_TO_LEFT) >> 1;
    if (facts & HIGH_SURROGATE) {
      const width = letterWidth(sample, i);
      if (width) letters++;
      i += width || 1;
    } else {
      letters += facts & LETTER;
      i++;
    }
  }
  return { letters, rtl };
}

/**
 * The article's first few KB of text that is not page residue (section labels, widgets, ...). A short
 * article's structure, when given, already holds its lines and residue.
 */
function bodySample(text: string, structure?: ArticleStructure): string {
  const head = text.length > 8 * SAMPLE_CHARS;
  const lines = structure && !head ? structure.blocks : splitLines(head ? text.slice(0, 8 * SAMPLE_CHARS) : text);
  const residue = structure && !head ? undefined : new Set(findBoilerplate(text, lines).map((b) => b.start));
  // Joined once (a string built by += is a chain of pieces that every later scan must walk).
  const parts: string[] = [];
  let length = 0;
  for (const line of lines) {
    if (residue ? residue.has(line.start) : (line as { kind?: string }).kind === 'boilerplate') continue;
    parts.push(line.text, '\n');
    length += line.text.length + 1;
    if (length >= SAMPLE_CHARS) break;
  }
  return parts.join('');
}

/** Malay (zlm) only when the text uses clearly Malaysian words more than Indonesian ones. */
function malayOrIndonesian(sample: string): LangCode {
  // One branch per run of letters long enough to be listed, none per unit; a high surrogate (an astral
  // letter, an emoji) sends the sample to the general loop.
  let malay = 0;
  let indonesian = 0;
  let kualaEnd = -1; // where the last "kuala" ended: "lumpur" counts when one space follows it
  let run = 0; // how many letters end at i
  for (let i = 0; i <= sample.length; i++) {
    const facts = i < sample.length ? unitFacts[sample.charCodeAt(i)] || factsOf(sample.charCodeAt(i)) : 0;
    if (facts & HIGH_SURROGATE) return malayOrIndonesianGenerally(sample);
    const letter = facts & LETTER;
    if (!letter && run >= SHORTEST_LISTED) {
      const listed = listedWord(sample, i - run, i);
      if (listed === 'malay' || (listed === 'lumpur' && kualaEnd === i - run - 1 && sample[kualaEnd] === ' ')) malay++;
      else if (listed === 'indonesian') indonesian++;
      else if (listed === 'kuala') kualaEnd = i;
    }
    run = (run + 1) & -letter;
  }
  return malay >= 2 && malay > 2 * indonesian ? 'zlm' : 'ind';
}

/** malayOrIndonesian for any sample. */
function malayOrIndonesianGenerally(sample: string): LangCode {
  let malay = 0;
  let indonesian = 0;
  let kualaEnd = -1; // where the last run of letters ended, when it was "kuala"
  let start = -1; // where the current run of letters started
  for (let i = 0; i < sample.length; ) {
    const unit = sample.charCodeAt(i);
    const facts = unitFacts[unit] || factsOf(unit);
    const width = facts & HIGH_SURROGATE ? letterWidth(sample, i) : facts & LETTER;
    if (width) {
      if (start < 0) start = i;
      i += width;
      if (i < sample.length) continue;
    } else i++; // the second unit of a surrogate pair is no letter either
    if (start < 0) continue;
    const end = width ? i : i - 1;
    const listed = listedWord(sample, start, end);
    if (listed === 'malay' || (listed === 'lumpur' && kualaEnd === start - 1 && sample[kualaEnd] === ' ')) malay++;
    else if (listed === 'indonesian') indonesian++;
    kualaEnd = listed === 'kuala' ? end : -1;
    start = -1;
  }
  return malay >= 2 && malay > 2 * indonesian ? 'zlm' : 'ind';
}

/** The article's language; `structure` (parseStructure of the same text) saves finding its lines again. */
export function detectLanguage(text: string, structure?: ArticleStructure): LanguageInfo {
  const sample = bodySample(text, structure);
  const { letters, rtl } = letterCounts(sample);
  const direction: Direction = rtl > letters / 2 ? 'rtl' : 'ltr';
  if (letters < MIN_LETTERS) return { lang: 'und', direction };
  const ranked = rankLanguages(sample, MIN_LETTERS);
  let [lang, score] = ranked[0] ?? ['und', 0];
  if (!SUPPORTED.includes(lang)) {
    const supported = ranked.find(([code]) => SUPPORTED.includes(code));
    if (supported && score - supported[1] <= SUPPORTED_MARGIN) [lang, score] = supported;
  }
  if (lang === 'zlm' || lang === 'ind') lang = malayOrIndonesian(sample);
  return { lang, direction };
}
