import type { TextSpan } from './types';
import { astralClass, CHAR_LETTER, CHAR_MARK, CHAR_NUMBER, CHAR_SPACE, unitClass } from './charClasses';

/** The non-blank lines of a text, each trimmed of surrounding white space (NBSP included). */
export function splitLines(text: string): TextSpan[] {
  if (text.includes('\r')) return splitLinesAtReturns(text);
  // Without carriage returns the native split finds the line ends (a loop over every unit costs more).
  const lines: TextSpan[] = [];
  let from = 0;
  for (const piece of text.split('\n')) {
    pushTrimmed(lines, piece, from, 0, piece.length);
    from += piece.length + 1;
  }
  return lines;
}

/** splitLines of a text that may hold carriage returns. */
function splitLinesAtReturns(text: string): TextSpan[] {
  const lines: TextSpan[] = [];
  for (let from = 0; from < text.length; ) {
    let to = from;
    while (to < text.length && text.charCodeAt(to) !== 0x0a && text.charCodeAt(to) !== 0x0d) to++;
    pushTrimmed(lines, text, 0, from, to);
    from = to + 1;
  }
  return lines;
}

/** Adds s[start, end), trimmed, to the lines when it is not blank; `offset` is where s starts in the text. */
function pushTrimmed(lines: TextSpan[], s: string, offset: number, start: number, end: number): void {
  while (start < end && unitClass(s.charCodeAt(start)) & CHAR_SPACE) start++;
  while (end > start && unitClass(s.charCodeAt(end - 1)) & CHAR_SPACE) end--;
  if (end > start) lines.push({ start: offset + start, end: offset + end, text: start === 0 && end === s.length ? s : s.slice(start, end) });
}

/** Set in a class when the code point is a surrogate pair (two units). */
const PAIR = 128;
const WORD = CHAR_LETTER | CHAR_MARK | CHAR_NUMBER;

/** Class bits (CHAR_*, PAIR) of the code point at i. */
function classAt(s: string, i: number): number {
  const unit = s.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
    return astralClass(s.codePointAt(i)!) | PAIR;
  }
  return unitClass(unit);
}

/** ' ’ - continue a word (they cannot start one). */
const isWordJoiner = (unit: number) => unit === 0x27 || unit === 0x2019 || unit === 0x2d;

/** Whether the code point at i is a letter or a number: what the lexicon regexes take for part of a word. */
export function isLetterOrNumberAt(s: string, i: number): boolean {
  return (classAt(s, i) & (CHAR_LETTER | CHAR_NUMBER)) !== 0;
}

/** Whether the code point at i is a letter (\p{L}). */
export function isLetterAt(s: string, i: number): boolean {
  return (classAt(s, i) & CHAR_LETTER) !== 0;
}

/** Class bits of the ASCII units. */
const ASCII_CLASSES = new Uint8Array(0x80).map((_, unit) => unitClass(unit));
/** ASCII letters and digits; ASCII letters. */
const ASCII_WORD = new Uint8Array(0x80).map((_, unit) => (/[A-Za-z0-9]/.test(String.fromCharCode(unit)) ? 1 : 0));
const ASCII_LETTER = new Uint8Array(0x80).map((_, unit) => (/[A-Za-z]/.test(String.fromCharCode(unit)) ? 1 : 0));

/** The length in units of the code point at i when it is a letter, else 0 (a fast isLetterAt). */
export function letterWidth(s: string, i: number): number {
  const unit = s.charCodeAt(i);
  if (unit < 0x80) return ASCII_LETTER[unit];
  const bits = classAt(s, i);
  return bits & CHAR_LETTER ? (bits & PAIR ? 2 : 1) : 0;
}

/** The length in units of the code point at i when it is a letter or a number, else 0 (a fast isLetterOrNumberAt). */
export function letterOrNumberWidth(s: string, i: number): number {
  const unit = s.charCodeAt(i);
  if (unit < 0x80) return ASCII_WORD[unit];
  const bits = classAt(s, i);
  return bits & (CHAR_LETTER | CHAR_NUMBER) ? (bits & PAIR ? 2 : 1) : 0;
}

/** The length in units of the code point that ends just before i when it is a letter or a number, else 0. */
export function letterOrNumberWidthBefore(s: string, i: number): number {
  if (i <= 0) return 0;
  const unit = s.charCodeAt(i - 1);
  if ((unit & 0xfc00) === 0xdc00 && i >= 2 && (s.charCodeAt(i - 2) & 0xfc00) === 0xd800) return classAt(s, i - 2) & (CHAR_LETTER | CHAR_NUMBER) ? 2 : 0;
  if ((unit & 0xfc00) === 0xd800) return 0; // a high surrogate cut from its pair is no letter
  return letterOrNumberWidth(s, i - 1);
}

/** Length in units of the code point at i (2 for a surrogate pair). */
export function codePointWidth(s: string, i: number): number {
  return classAt(s, i) & PAIR ? 2 : 1;
}

/** Where the next word (see wordsOf) starts at or after i; s.length when none does. */
function nextWordStart(s: string, i: number): number {
  while (i < s.length) {
    const bits = classAt(s, i);
    if (bits & WORD) return i;
    i += bits & PAIR ? 2 : 1;
  }
  return s.length;
}

/** Where the word starting at `start` ends: it goes on through letters, marks, numbers and ' ’ -. */
function wordEnd(s: string, start: number): number {
  let i = start + (classAt(s, start) & PAIR ? 2 : 1);
  while (i < s.length) {
    if (isWordJoiner(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const bits = classAt(s, i);
    if (!(bits & WORD)) break;
    i += bits & PAIR ? 2 : 1;
  }
  return i;
}

/** Words of a line: runs of letters, digits and joining marks (fast; no Intl.Segmenter). */
export function wordsOf(s: string): string[] {
  const words: string[] = [];
  for (let start = nextWordStart(s, 0); start < s.length; ) {
    const end = wordEnd(s, start);
    words.push(s.slice(start, end));
    start = nextWordStart(s, end);
  }
  return words;
}

/** How many words (as wordsOf finds them) `s` has, counting no further than `limit`; with `withLetter`, only words holding a letter. */
export function countWords(s: string, limit: number, withLetter = false): number {
  if (limit <= 0) return 0;
  if (!withLetter) return countAnyWords(s, limit);
  // One pass over the units (wordsOf's two scans, as a state machine): a word starts at a letter, mark or
  // number and goes on through those and the joiners.
  let count = 0;
  let inWord = false;
  let wordHasLetter = false;
  for (let i = 0; i < s.length; ) {
    const unit = s.charCodeAt(i);
    if (inWord && isWordJoiner(unit)) {
      i++;
      continue;
    }
    const bits = unit < 0x80 ? ASCII_CLASSES[unit] : classAt(s, i);
    i += bits & PAIR ? 2 : 1;
    if (bits & WORD) {
      if (!inWord) {
        inWord = true;
        wordHasLetter = false;
      }
      if (bits & CHAR_LETTER) wordHasLetter = true;
    } else if (inWord) {
      inWord = false;
      if (wordHasLetter && ++count >= limit) return count;
    }
  }
  return inWord && wordHasLetter ? count + 1 : count;
}

// What counting words needs of a UTF-16 unit, in one table (0 until asked): whether it is part of a word
// (letter, mark, number), whether it is a joiner, whether it is a high surrogate (then the pair decides).
const wordUnits = new Uint8Array(0x10000);
const WORD_UNIT = 1;
const JOINER_UNIT = 2;
const HIGH_SURROGATE_UNIT = 4;
const KNOWN_UNIT = 8;

function wordUnitOf(unit: number): number {
  const highSurrogate = unit >= 0xd800 && unit <= 0xdbff;
  return (wordUnits[unit] = KNOWN_UNIT | (unitClass(unit) & WORD ? WORD_UNIT : 0) | (isWordJoiner(unit) ? JOINER_UNIT : 0) | (highSurrogate ? HIGH_SURROGATE_UNIT : 0));
}

/** countWords of any words, without a branch on the text: a word starts at a word unit outside a word; a joiner stays in one. */
function countAnyWords(s: string, limit: number): number {
  let count = 0;
  let inWord = 0;
  for (let i = 0; i < s.length && count < limit; ) {
    let facts = wordUnits[s.charCodeAt(i)] || wordUnitOf(s.charCodeAt(i));
    let width = 1;
    if (facts & HIGH_SURROGATE_UNIT) {
      const bits = classAt(s, i);
      facts = bits & WORD ? WORD_UNIT : 0;
      width = bits & PAIR ? 2 : 1;
    }
    const word = facts & WORD_UNIT;
    count += word & (inWord ^ 1);
    inWord = word | ((facts >> 1) & inWord);
    i += width;
  }
  return count;
}
