// Finds date expressions in one line of text: lexicon-driven finders for month names, weekdays, numeric dates
// and years, plus chrono-node for deictic expressions ("kemarin", "il y a 3 jours", "الأسبوع الماضي") and
// for languages without a lexicon. Values are not resolved here (see resolve.ts): a candidate only records
// what the text states.
import * as chrono from 'chrono-node';
import { dayNumber, daysInMonth, monthIndex, type Day } from './calendar';
import { mayParse } from './chronoFilter';
import { codePointWidth, isLetterOrNumberAt, letterOrNumberWidth, letterOrNumberWidthBefore } from '../lines';
import { alternation, lexiconFor, lookupKey, NOT_WORD_AFTER, NOT_WORD_BEFORE, type LanguageLexicon, type LexiconLanguage } from './lexicon';

type Direction = 'past' | 'future';

/** What a date expression states, before resolution against a reference date. */
export interface Candidate {
  start: number;
  end: number;
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  /** The weekday as written, for messages. */
  weekdayText?: string;
  /** "lalu", "dernier", "الماضي" / "mendatang", "prochain", "المقبل". */
  direction?: Direction;
  /** "Desember tahun lalu" = -1, "tahun ini" = 0, "tahun depan" = +1. */
  yearShift?: number;
  /** "Rabu pekan lalu" = -1, "mercredi de la semaine prochaine" = +1 (weeks from the reference's week). */
  weekShift?: number;
  /** A deictic expression: so many days, months or years from the reference ("kemarin" = -1 day). */
  offset?: { unit: 'day' | 'month' | 'year'; amount: number };
  /** A future cue ("akan", "va", "سوف") precedes a bare weekday or month in its sentence. */
  futureContext?: boolean;
  /** A weekday tied to the article's own day: "اليوم الاثنين" = 0, "أمس الاثنين" = -1 (then also a day offset). */
  dayWordShift?: number;
  /** A week or season ("pekan depan", "au printemps prochain"): a date with no calendar value. */
  period?: boolean;
  /** A publication label precedes it ("Diterbitkan", "Publié le", "نشر في"). */
  published?: boolean;
  problem?: string;
}

// The finders' expressions are costly to run at every character of a line. Each of their matches contains a
// word of some kind (a month name, a weekday, a four-digit number...) at most so many words after its start, and
// starts at the start of a word (or after an Arabic clitic letter): a match is tried, with a sticky copy of the
// expression, only at the starts of the words just before a word of its kind. This finds exactly the matches
// matchAll finds. The words of those kinds are found by one plain expression of their first words (see
// lineWords), checked as whole words.
const MONTH = 1;
const WEEKDAY = 2;
const RELATIVE = 4;
const DEICTIC = 8;
const PERIOD = 16;
/** A word that starts with four ASCII digits (after an Arabic clitic letter, if any). */
const YEAR_DIGITS = 32;
const CUE_NAME = MONTH | WEEKDAY | RELATIVE | DEICTIC | PERIOD;
/** Not an anchor: an Arabic word that starts with a clitic letter, where a match may also start after that letter. */
const CLITIC_START = 64;

/**
 * An expression and where its matches can start: at most `back` words before a word of kind `anchor`. The
 * expression is sticky, or global when its matches cannot be anchored (`back` is Infinity): only the copy used is made.
 */
interface Finder {
  re: RegExp;
  anchor: number;
  back: number;
}

/**
 * Runs of letters and numbers of a line (what NOT_WORD_BEFORE and NOT_WORD_AFTER delimit), in order, with their
 * kinds: the words of an anchor kind, and the `maxBack` words before each (so that a word's index less `back`
 * is the word `back` words before it).
 */
interface LineWords {
  starts: number[];
  kinds: number[];
  /** The line holds an ASCII digit. */
  digits: boolean;
  /** The line holds an Arabic-Indic or Persian digit (see scanLine). */
  arabicDigits: boolean;
  /** The line holds ſ or the Kelvin sign (see scanLine). */
  foldedOnlyWithU: boolean;
}

interface CompiledLanguage {
  lexicon: LanguageLexicon;
  /** Any cue that a line may hold a date; lines without one are skipped (the English finders use it whole). */
  cue: RegExp;
  /** The cue's calendar words, anchored on words of kind CUE_NAME. */
  cueName: Finder;
  monthDate: Finder;
  weekday: Finder;
  year: Finder;
  relativeCue: Finder;
  notDeictic: RegExp;
  deicticPhrase: Finder;
  /** A month or weekday name: chrono results holding one are the lexicon finders' business. */
  calendarName: RegExp;
  numericContextBefore: RegExp;
  partBefore: RegExp;
  ordinalBefore: RegExp;
  monthCueBefore: RegExp;
  futureCueBefore: RegExp;
  quantityBefore: RegExp;
  modifierAfter: RegExp;
  dayWordBefore: RegExp;
  publishLabelBefore: RegExp;
  period: Finder;
  anniversary: RegExp;
  durationBefore: RegExp;
  durationAfter: RegExp;
  durationStart: RegExp;
  /** A deictic phrase that names a period, not a count ("الأسبوع الماضي", "tahun lalu"): no duration after "خلال". */
  namedPeriod: RegExp;
  ambiguousWeekdayCueBefore: RegExp;
  ambiguousWeekdayNounAfter: RegExp;
  weakYearPrepositions: Set<string>;
  yearFollowerAfter: RegExp;
  pluralNounAfter: RegExp;
  /** What each modifier word does, by lookup key. */
  modifierKinds: Map<string, ModifierKind>;
  /** The first word of each anchoring phrase (lower case) -> its kinds. */
  anchorWords: Map<string, number>;
  /** Shape (see shapeOf) -> 1 when one of those words has it: a word of another shape is not looked up. */
  anchorShapes: Uint8Array;
  /** Arabic: a match may start after a clitic letter glued to the word. */
  clitics: boolean;
  /** The lexicon has day ordinals written as words ("premier janvier"). */
  ordinalDays: boolean;
  /**
   * The first words of anchor phrases (captured, after a character that may precede a word's start), digits, and
   * the characters a line is scanned again for (Arabic-Indic and Persian digits, ſ and the Kelvin sign); with the
   * `u` flag for lines holding ſ or the Kelvin sign (see lineWords).
   */
  anchorScan: RegExp;
  anchorScanUnicode: RegExp;
  /** The most words a finder's match has before its anchor word. */
  maxBack: number;
}

type ModifierKind = 'lastWeek' | 'nextWeek' | 'lastYear' | 'thisYear' | 'nextYear' | 'past' | 'future';
const MODIFIER_KINDS: readonly ModifierKind[] = ['lastWeek', 'nextWeek', 'lastYear', 'thisYear', 'nextYear', 'past', 'future'];

const NUMERIC_DATE =
  /(?<![\p{N}/.,:-])(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})([/.-])(\d{1,2})(?:\5(\d{4}|\d{2}))?)(?![\p{N}]|[/.,:-]\p{N})/gu;
/** The cue for languages without a lexicon: digits that may form a date or a year. */
const ANY_DIGIT_DATE = /\d[/.-]\d|(?<!\d)(?:1[89]|20)\d\d(?!\d)/;
/** The digit part of the lexicon languages' cue. */
const DIGIT_CUE = /\d[/.-]\d|(?<!\d)(?:1[89]|20)\d\d(?!\d)/;
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const HAS_ARABIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/;

const compiled = new Map<LexiconLanguage, CompiledLanguage>();
/** What joins the days of a range before a month ("14-15 Januari", "14 s.d. 15 Januari", "14 et 15 janvier"). */
const DAY_RANGE_WORDS = ['-', '–', '—', 's.d.', 'sampai', 'hingga', 'au', 'et', 'dan', 'و', 'إلى', 'حتى'];
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How many runs of letters and numbers a phrase has. */
function wordCount(phrase: string): number {
  let count = 0;
  for (let i = 0; i < phrase.length; i += codePointWidth(phrase, i)) {
    if (isLetterOrNumberAt(phrase, i) && (i === 0 || !isLetterOrNumberAt(phrase, i - 1))) count++;
  }
  return count;
}

/** The first run of letters and numbers of a phrase, as a lookup key; null when the phrase does not start with one. */
function firstRun(phrase: string): string | null {
  let end = 0;
  while (end < phrase.length && isLetterOrNumberAt(phrase, end)) end += codePointWidth(phrase, end);
  return end ? foldCase(phrase.slice(0, end)) : null;
}

/** Lower case as the expressions' case-insensitive matching compares letters (it also reads ſ as s). */
function foldCase(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

/** The words none of the others begins: an expression of these matches at the same places as one of all. */
function shortestPrefixes(words: Iterable<string>): string[] {
  const sorted = [...new Set(words)].sort();
  const out: string[] = [];
  // In sorted order, the words a word begins follow it at once.
  for (const w of sorted) if (!out.length || !w.startsWith(out[out.length - 1])) out.push(w);
  return out;
}

/** Whether every phrase starts with a letter or number: only then can its matches be anchored on words. */
function allStartWithWords(phrases: Iterable<string>): boolean {
  for (const p of phrases) if (firstRun(p) === null) return false;
  return true;
}

/** و ف ب ل: Arabic conjunctions and prepositions written joined to the next word. */
const isClitic = (unit: number) => unit === 0x648 || unit === 0x641 || unit === 0x628 || unit === 0x644;
const isAsciiDigit = (unit: number) => unit >= 0x30 && unit <= 0x39;
const isArabicDigit = (unit: number) => (unit >= 0x660 && unit <= 0x669) || (unit >= 0x6f0 && unit <= 0x6f9);
/** ſ and the Kelvin sign: letters that case-insensitive matching folds to ASCII (s, k) only with the `u` flag. */
const isFoldedOnlyWithU = (unit: number) => unit === 0x17f || unit === 0x212a;
const FOLDED_ONLY_WITH_U = /[ſ\u212a]/;
const RESCAN_CHARACTERS = '\\u0660-\\u0669\\u06f0-\\u06f9\\u017f\\u212a';

/**
 * Letters and digits that the start of an anchor word never follows: ASCII ones, and for Arabic its letters but
 * the clitic letters. The scan tries anchor words only after other characters (spaces, punctuation, a clitic):
 * most positions of a line are inside words and fail at once.
 */
function notBeforeAnchor(clitics: boolean): string {
  let letters = 'A-Za-z0-9';
  for (let unit = 0x621; clitics && unit <= 0x64a; unit++) {
    if (isLetterOrNumberAt(String.fromCharCode(unit), 0) && !isClitic(unit)) letters += String.fromCharCode(unit);
  }
  return letters;
}

/**
 * The words of a line that may anchor a finder's match, and the words before them (see LineWords), and the line
 * with its digits made ASCII. Candidates come from a plain case-insensitive expression of the anchor words' first
 * words and digits: it matches a folded first word wherever the line holds it at the start of a word or after a
 * clitic letter, except for ſ and the Kelvin sign, which only the `u` flag folds to s and k. Each candidate is
 * then checked as a whole word (or a word after a clitic letter) by its kinds. The same scan tells whether the
 * line holds an ASCII digit, an Arabic-Indic digit (then the line is scanned again with ASCII digits) or ſ or the
 * Kelvin sign (then it is scanned again with the slower `u` expression): each character is either tried by the
 * expression, which matches those characters, or inside a matched word, whose characters are all read.
 */
function scanLine(line: string, c: CompiledLanguage): { text: string; words: LineWords } {
  const words = lineWords(line, c, c.anchorScan);
  if (!words.arabicDigits && !words.foldedOnlyWithU) return { text: line, words };
  // Rare: the scan stopped at the first such character; the line may hold the other kind too.
  const text = HAS_ARABIC_DIGIT.test(line) ? toAsciiDigits(line) : line;
  return { text, words: lineWords(text, c, FOLDED_ONLY_WITH_U.test(text) ? c.anchorScanUnicode : c.anchorScan) };
}

/** One scan of `text` with `scan` (see scanLine); the plain scan stops at the first Arabic-Indic digit, ſ or Kelvin sign. */
function lineWords(text: string, c: CompiledLanguage, scan: RegExp): LineWords {
  const words: LineWords = { starts: [], kinds: [], digits: false, arabicDigits: false, foldedOnlyWithU: false };
  const rescan = scan === c.anchorScan;
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const at = m[1] === undefined ? m.index : m.index + m[0].length - m[1].length;
    const start = !letterOrNumberWidthBefore(text, at) ? at : c.clitics && isClitic(text.charCodeAt(at - 1)) && !letterOrNumberWidthBefore(text, at - 1) ? at - 1 : -1;
    let end = at;
    for (let width = letterOrNumberWidth(text, end); width; width = end < text.length ? letterOrNumberWidth(text, end) : 0) {
      const unit = text.charCodeAt(end);
      if (isAsciiDigit(unit)) words.digits = true;
      else if (unit > 0x7f && (isArabicDigit(unit) || isFoldedOnlyWithU(unit))) {
        words.arabicDigits ||= isArabicDigit(unit);
        words.foldedOnlyWithU ||= isFoldedOnlyWithU(unit);
        if (rescan) return words;
      }
      end += width;
    }
    scan.lastIndex = end; // the rest of the word holds no other word
    if (start < 0) continue;
    const kinds = wordKinds(text, start, end, c);
    if (!(kinds & ~CLITIC_START)) continue;
    addWordsBefore(text, start, c, words);
    words.starts.push(start);
    words.kinds.push(kinds);
  }
  return words;
}

/** The kinds of the word text[start, end): an anchor kind, and CLITIC_START. */
function wordKinds(text: string, start: number, end: number, c: CompiledLanguage): number {
  const clitic = c.clitics && end - start > 1 && isClitic(text.charCodeAt(start));
  const digitsAt = clitic && isAsciiDigit(text.charCodeAt(start + 1)) ? start + 1 : start;
  let kinds = clitic ? CLITIC_START : 0;
  if (isAsciiDigit(text.charCodeAt(digitsAt))) {
    if (end - digitsAt >= 4 && isAsciiDigit(text.charCodeAt(digitsAt + 1)) && isAsciiDigit(text.charCodeAt(digitsAt + 2)) && isAsciiDigit(text.charCodeAt(digitsAt + 3))) kinds |= YEAR_DIGITS;
  } else {
    kinds |= anchorKinds(text, start, end, c);
    if (clitic) kinds |= anchorKinds(text, start + 1, end, c);
  }
  return kinds;
}

/** Adds the up to c.maxBack words before the word at `start` that `words` does not hold yet, in order. */
function addWordsBefore(text: string, start: number, c: CompiledLanguage, words: LineWords): void {
  const first = words.starts.length; // added last to first, then put in order
  const listed = first ? words.starts[first - 1] : -1;
  for (let i = start; words.starts.length - first < c.maxBack; ) {
    while (i > 0 && !letterOrNumberWidthBefore(text, i)) i--;
    const end = i;
    for (let width = letterOrNumberWidthBefore(text, i); width; width = letterOrNumberWidthBefore(text, i)) i -= width;
    if (end === i || i <= listed) break;
    words.starts.push(i);
    words.kinds.push(c.clitics && end - i > 1 && isClitic(text.charCodeAt(i)) ? CLITIC_START : 0);
  }
  reverseFrom(words.starts, first);
  reverseFrom(words.kinds, first);
}

/** Reverses `a[from..]` in place. */
function reverseFrom(a: number[], from: number): void {
  for (let i = from, j = a.length - 1; i < j; i++, j--) {
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}

/** UTF-16 unit -> 1 + its case-folded form when that is one unit whatever surrounds it; 0 until asked, CONTEXTUAL otherwise. */
const foldedUnits = new Uint16Array(0x10000);
const CONTEXTUAL = 0xffff;

/** A unit's folded form, or -1 for Σ (final sigma), İ (two units) and surrogates. */
function foldedUnit(unit: number): number {
  if (!foldedUnits[unit]) {
    const folded = foldCase(String.fromCharCode(unit));
    const alone = folded.length === 1 && unit !== 0x3a3 && (unit < 0xd800 || unit > 0xdfff);
    foldedUnits[unit] = alone ? folded.charCodeAt(0) + 1 : CONTEXTUAL;
  }
  return foldedUnits[unit] === CONTEXTUAL ? -1 : foldedUnits[unit] - 1;
}

const SHAPES = 1 << 16;

/**
 * A hash of a word's length, folded first unit and folded last unit, below SHAPES; -1 when one of those units
 * folds by its context. Folding keeps a word's length (İ, the one letter that lengthens, leaves a mark no anchor
 * word has), so a word that folds to an anchor word has its shape.
 */
function shapeOf(text: string, start: number, end: number): number {
  const first = foldedUnit(text.charCodeAt(start));
  const last = foldedUnit(text.charCodeAt(end - 1));
  if (first < 0 || last < 0) return -1;
  return (Math.imul(end - start, 0x9e3779b1) ^ Math.imul(first, 0x85ebca6b) ^ Math.imul(last, 0xc2b2ae35)) >>> 16;
}

/** The anchor kinds of the word text[start, end); only a word of an anchor word's shape is folded and looked up. */
function anchorKinds(text: string, start: number, end: number, c: CompiledLanguage): number {
  const shape = shapeOf(text, start, end);
  if (shape >= 0 && !c.anchorShapes[shape]) return 0;
  return c.anchorWords.get(foldCase(text.slice(start, end))) ?? 0;
}

/** Exactly the matches a global copy of the finder's expression yields, trying it only where a match can start. */
function matchesOf(text: string, words: LineWords, finder: Finder): RegExpExecArray[] {
  if (finder.back === Infinity) return [...text.matchAll(finder.re)];
  const out: RegExpExecArray[] = [];
  let end = 0; // where the last match ended: matches do not overlap
  let next = 0; // the first word not tried yet
  for (let a = 0; a < words.kinds.length; a++) {
    if (!(words.kinds[a] & finder.anchor)) continue;
    for (let w = Math.max(next, a - finder.back); w <= a; w++) {
      const start = words.starts[w];
      for (let at = start; at <= start + (words.kinds[w] & CLITIC_START ? 1 : 0); at++) {
        if (at < end) continue;
        finder.re.lastIndex = at;
        const m = finder.re.exec(text);
        if (m) {
          out.push(m);
          end = at + m[0].length;
        }
      }
    }
    next = a + 1;
  }
  return out;
}

/** Whether matchesOf would yield a match: stops at the first one. */
function hasMatch(text: string, words: LineWords, finder: Finder): boolean {
  if (finder.back === Infinity) {
    finder.re.lastIndex = 0;
    return finder.re.test(text);
  }
  for (let a = 0; a < words.kinds.length; a++) {
    if (!(words.kinds[a] & finder.anchor)) continue;
    for (let w = Math.max(0, a - finder.back); w <= a; w++) {
      const start = words.starts[w];
      for (let at = start; at <= start + (words.kinds[w] & CLITIC_START ? 1 : 0); at++) {
        finder.re.lastIndex = at;
        if (finder.re.test(text)) return true;
      }
    }
  }
  return false;
}

function compile(lang: LexiconLanguage): CompiledLanguage {
  const cached = compiled.get(lang);
  if (cached) return cached;
  const lex = lexiconFor(lang);
  // Arabic attaches و/ف/ب/ل to the next word; the span excludes it.
  const clitic = lang === 'arb' ? `(?:(?<=${NOT_WORD_BEFORE}[وفبل])|${NOT_WORD_BEFORE})` : NOT_WORD_BEFORE;
  const months = alternation(Object.keys(lex.months));
  const abbreviations = alternation(Object.keys(lex.monthAbbreviations));
  const monthNames = abbreviations ? `${months}|${abbreviations}` : months;
  const weekdays = alternation(Object.keys(lex.weekdays));
  const modifiers = alternation([...lex.past, ...lex.future, ...lex.lastYear, ...lex.thisYear, ...lex.nextYear, ...lex.lastWeek, ...lex.nextWeek]);
  const dayNumber = '(\\d{1,2})(?:er|ème|e)?';
  const dayRange = `(?:\\s*(?:${DAY_RANGE_WORDS.map(escapeRegExp).join('|')})\\s*\\d{1,2}(?:er)?)?`;
  const yearNumber = '(\\d{4})(?:\\s*م(?!\\p{L}))?';
  const flags = 'giu';
  const anchorWords = new Map<string, number>();
  const anchorable = (phrases: Iterable<string>, kind: number) => {
    for (const p of phrases) {
      const first = firstRun(p);
      if (first !== null) anchorWords.set(first, (anchorWords.get(first) ?? 0) | kind);
    }
    return allStartWithWords(phrases);
  };
  const cueNames = [...Object.keys(lex.months), ...Object.keys(lex.monthAbbreviations), ...Object.keys(lex.weekdays), ...lex.relativeCues, ...Object.keys(lex.deicticPhrases), ...lex.periods];
  const namesAnchored =
    anchorable([...Object.keys(lex.months), ...Object.keys(lex.monthAbbreviations)], MONTH) &&
    anchorable(Object.keys(lex.weekdays), WEEKDAY) &&
    anchorable(lex.relativeCues, RELATIVE) &&
    anchorable(Object.keys(lex.deicticPhrases), DEICTIC) &&
    anchorable(lex.periods, PERIOD);
  const yearPrefixes = [...lex.yearPrepositions, ...lex.weakYearPrepositions, ...lex.early, ...lex.middle, ...lex.late];
  // The anchor words' first words (captured) after a character that may precede a word's start (see scanLine).
  const anchorAtWordStart = `(?:^|[^${notBeforeAnchor(lang === 'arb')}${RESCAN_CHARACTERS}])(${alternation(shortestPrefixes(anchorWords.keys()))})`;
  const finder = (source: string, flagsOf: string, anchor: number, back: number, anchored: boolean): Finder => ({
    re: new RegExp(source, anchored ? flagsOf.replace('g', '') + 'y' : flagsOf),
    anchor,
    back: anchored ? back : Infinity,
  });
  const c: CompiledLanguage = {
    lexicon: lex,
    cue: new RegExp(
      `${clitic}(?:${monthNames}|${weekdays}|${alternation([...lex.relativeCues, ...Object.keys(lex.deicticPhrases), ...lex.periods])})${NOT_WORD_AFTER}|${DIGIT_CUE.source}`,
      'iu',
    ),
    cueName: finder(`${clitic}(?:${alternation(cueNames)})${NOT_WORD_AFTER}`, flags, CUE_NAME, 0, namesAnchored),
    // A day and a day range ("14 s.d. 15") come before the month: at most four words.
    monthDate: finder(
      `${clitic}(?:${dayNumber}${dayRange}\\s+)?(${monthNames})(?:\\s*/\\s*(?:${months}))?${NOT_WORD_AFTER}(?:,?\\s+${yearNumber}${NOT_WORD_AFTER})?`,
      flags,
      MONTH,
      2 + Math.max(...DAY_RANGE_WORDS.map(wordCount)),
      namesAnchored,
    ),
    weekday: finder(
      `${clitic}(?:(${alternation(lex.dayPrefixes)})\\s+)?(${weekdays})${NOT_WORD_AFTER}`,
      flags,
      WEEKDAY,
      Math.max(0, ...lex.dayPrefixes.map(wordCount)),
      namesAnchored && allStartWithWords(lex.dayPrefixes),
    ),
    // Not a decade ("1990-an", "1990s", "années 1990" has no cue) nor a percentage.
    year: finder(
      `${clitic}(?:(${alternation(yearPrefixes)})\\s+)?(?:(${alternation(lex.yearNouns)})\\s+)?${yearNumber}(?![\\p{N}]|[.,]\\p{N}|\\s*(?:%|persen|pour\\s*cent|٪)|-?an${NOT_WORD_AFTER}|'?s${NOT_WORD_AFTER}|ات)`,
      flags + 'd',
      YEAR_DIGITS,
      Math.max(0, ...yearPrefixes.map(wordCount)) + Math.max(0, ...lex.yearNouns.map(wordCount)),
      allStartWithWords(yearPrefixes) && allStartWithWords(lex.yearNouns),
    ),
    numericContextBefore: new RegExp(
      `${clitic}(?:${alternation([...Object.keys(lex.weekdays), ...lex.dayPrefixes, ...lex.numericDatePrefixes])})[\\s,،]*$`,
      'iu',
    ),
    relativeCue: finder(`${clitic}(?:${alternation(lex.relativeCues)})${NOT_WORD_AFTER}`, flags, RELATIVE, 0, namesAnchored),
    notDeictic: new RegExp(`^(?:${alternation(lex.notDeictic)})$`, 'iu'),
    deicticPhrase: finder(`${clitic}(?:${alternation(Object.keys(lex.deicticPhrases))})${NOT_WORD_AFTER}`, flags, DEICTIC, 0, namesAnchored),
    calendarName: new RegExp(`${clitic}(?:${monthNames}|${weekdays})${NOT_WORD_AFTER}`, 'iu'),
    ordinalBefore: new RegExp(
      `${clitic}(${alternation(Object.keys(lex.ordinalDays))})\\s+(?:(?:${alternation(lex.ordinalLinks)})\\s+)?$`,
      'iu',
    ),
    partBefore: new RegExp(`${clitic}(?:${alternation([...lex.early, ...lex.middle, ...lex.late])})(?:\\s+|(?<=-))$`, 'iu'),
    monthCueBefore: new RegExp(
      `${clitic}(?:${alternation([...lex.monthPrefixes, ...lex.early, ...lex.middle, ...lex.late])})(?:\\s+|(?<=-))$`,
      'iu',
    ),
    futureCueBefore: new RegExp(`${clitic}(?:${alternation(lex.futureCues)})${NOT_WORD_AFTER}`, 'iu'),
    quantityBefore: new RegExp(`${clitic}(?:${alternation(lex.quantityWords)})\\s*$`, 'iu'),
    modifierAfter: new RegExp(`^\\s*(?:${modifiers})${NOT_WORD_AFTER}`, 'iu'),
    dayWordBefore: new RegExp(`${clitic}(?:${alternation([...Object.keys(lex.dayWords), ...lex.weekdayDemonstratives])})[\\s,،]*$`, 'iu'),
    publishLabelBefore: new RegExp(`${clitic}(?:${alternation(lex.publishLabels)})[\\s:،,|-]*$`, 'iu'),
    period: finder(`${clitic}(?:${alternation(lex.periods)})${NOT_WORD_AFTER}`, flags, PERIOD, 0, namesAnchored),
    anniversary: new RegExp(`${clitic}(?:${alternation(Object.keys(lex.anniversaries))})${NOT_WORD_AFTER}`, 'iu'),
    durationBefore: new RegExp(`${clitic}(?:${alternation(lex.durationCues)})\\s*$`, 'iu'),
    durationAfter: new RegExp(`^\\s*(?:${alternation(lex.durationCues)})${NOT_WORD_AFTER}`, 'iu'),
    durationStart: new RegExp(`^(?:${alternation(lex.durationCues)})${NOT_WORD_AFTER}|${NOT_WORD_BEFORE}(?:${alternation(lex.durationCues)})$`, 'iu'),
    namedPeriod: new RegExp(
      `^(?:(?:${alternation(lex.durationCues)})\\s+)?(?:${alternation([...lex.lastWeek, ...lex.nextWeek, ...lex.lastYear, ...lex.thisYear, ...lex.nextYear, ...Object.keys(lex.deicticPhrases), ...lex.relativeCues])})$`,
      'iu',
    ),
    ambiguousWeekdayNounAfter: new RegExp(`^\\s+(?:${alternation(lex.ambiguousWeekdayNotBefore)})(?![\\p{L}])`, 'iu'),
    ambiguousWeekdayCueBefore: new RegExp(`${clitic}(?:${alternation(lex.ambiguousWeekdayCues)})\\s+$`, 'iu'),
    weakYearPrepositions: new Set(lex.weakYearPrepositions.map(lookupKey)),
    pluralNounAfter: new RegExp(`^\\s*\\p{Ll}+(?:${alternation(lex.pluralSuffixes)})${NOT_WORD_AFTER}`, 'u'),
    yearFollowerAfter: new RegExp(`^\\s*(?:[.,;:!?)\\]»"”،؛]|$|(?:${alternation(lex.yearFollowers)})${NOT_WORD_AFTER})`, 'iu'),
    modifierKinds: new Map(),
    anchorWords,
    anchorShapes: new Uint8Array(SHAPES),
    clitics: lang === 'arb',
    ordinalDays: Object.keys(lex.ordinalDays).length > 0,
    anchorScan: new RegExp(`${anchorAtWordStart}|\\d|[${RESCAN_CHARACTERS}]`, 'gi'),
    anchorScanUnicode: new RegExp(`${anchorAtWordStart}|\\d`, 'giu'),
    maxBack: 0,
  };
  c.maxBack = Math.max(...[c.cueName, c.monthDate, c.weekday, c.year, c.relativeCue, c.deicticPhrase, c.period].map((f) => f.back).filter(Number.isFinite));
  for (const w of anchorWords.keys()) {
    const shape = shapeOf(w, 0, w.length);
    if (shape >= 0) c.anchorShapes[shape] = 1;
  }
  // Earlier kinds win: "pekan lalu" is a week shift although "lalu" alone is "past".
  for (const kind of [...MODIFIER_KINDS].reverse()) for (const w of lex[kind]) c.modifierKinds.set(lookupKey(w), kind);
  compiled.set(lang, c);
  return c;
}

/** ISO 639-3 -> chrono-node locale. */
const CHRONO_LOCALES: Record<string, chrono.Chrono> = {
  ind: chrono.id.casual,
  zsm: chrono.id.casual,
  fra: chrono.fr.casual,
  arb: chrono.ar.casual,
  eng: chrono.en.casual,
  deu: chrono.de.casual,
  spa: chrono.es.casual,
  por: chrono.pt.casual,
  nld: chrono.nl.casual,
  ita: chrono.it.casual,
  jpn: chrono.ja.casual,
  rus: chrono.ru.casual,
  ukr: chrono.uk.casual,
  swe: chrono.sv.casual,
  fin: chrono.fi.casual,
  vie: chrono.vi.casual,
  cmn: chrono.zh.casual,
};

/** The lexicon a language is analysed with; Arabic varieties and Malay share their neighbour's. */
function lexiconLanguage(lang: string): LexiconLanguage | null {
  if (lang === 'ind' || lang === 'zsm') return 'ind';
  if (lang === 'fra') return 'fra';
  if (lang === 'arb' || lang === 'ara' || lang === 'ary' || lang === 'arz' || lang === 'apc' || lang === 'acm') return 'arb';
  if (lang === 'eng') return 'eng';
  return null;
}

function chronoFor(lang: string): chrono.Chrono {
  return CHRONO_LOCALES[lang] ?? (lexiconLanguage(lang) === 'arb' ? chrono.ar.casual : chrono.en.casual);
}

const isCapitalised = (s: string) => s[0] !== s[0].toLowerCase();

/** Finds the date candidates of one line; offsets are relative to the line. */
export function findInLine(line: string, lang: string): Candidate[] {
  const lexLang = lexiconLanguage(lang);
  if (lexLang === null) return findWithChronoOnly(line, lang, null);
  const c = compile(lexLang);
  if (lexLang === 'eng') return findWithChronoOnly(line, lang, c);
  const { text, words } = scanLine(line, c);
  if (!(words.digits && DIGIT_CUE.test(text)) && !hasMatch(text, words, c.cueName)) return [];
  const numeric = words.digits ? findNumericDates(text, lang, c) : []; // each holds an ASCII digit
  const found: Candidate[] = [...findMonthDates(text, c, words), ...numeric, ...findWeekdays(text, c, words)];
  const merged = mergeSameMonthGloss(text, mergeWeekdayWithDate(text, nonOverlapping(found)));
  for (const cand of merged) applyModifiers(text, cand, c);
  const own = nonOverlapping([...merged, ...findYears(text, c, words), ...findDeicticPhrases(text, c, words), ...findPeriods(text, c, words)]);
  const all = nonOverlapping([...own, ...findDeictic(text, lang, c, true, own, matchesOf(text, words, c.relativeCue))]);
  for (const cand of all) {
    if (cand.offset && cand.offset.unit !== 'day') extendWithPart(text, cand, c);
    if (cand.day !== undefined && c.publishLabelBefore.test(text.slice(Math.max(0, cand.start - 30), cand.start))) cand.published = true;
  }
  return all;
}

/** "awal/akhir/début/fin/مطلع/نهاية" before a month or year joins the mention ("مطلع الشهر المقبل"). */
function extendWithPart(text: string, cand: Candidate, c: CompiledLanguage): void {
  const part = c.partBefore.exec(text.slice(Math.max(0, cand.start - 30), cand.start));
  if (part) cand.start -= part[0].length;
}

/** Arabic-Indic and Persian digits to ASCII; one UTF-16 unit each, so offsets are unchanged. */
function toAsciiDigits(s: string): string {
  return s.replace(ARABIC_DIGITS, (d) => {
    const code = d.charCodeAt(0);
    return String.fromCharCode(0x30 + code - (code >= 0x6f0 ? 0x6f0 : 0x660));
  });
}

function findMonthDates(text: string, c: CompiledLanguage, words: LineWords): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(text, words, c.monthDate)) {
    const [whole, dayText, name, yearText] = m;
    const key = lookupKey(name);
    const month = c.lexicon.months[key] ?? c.lexicon.monthAbbreviations[key];
    if (!month) continue;
    const cand: Candidate = { start: m.index, end: m.index + whole.length, month };
    const ordinal = dayText || !c.ordinalDays ? null : c.ordinalBefore.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (ordinal) {
      cand.start -= ordinal[0].length;
      cand.day = c.lexicon.ordinalDays[lookupKey(ordinal[1])];
    } else if (!dayText) {
      if (!(key in c.lexicon.months)) continue; // an abbreviation needs its day
      if (c.lexicon.capitalisedNames && !isCapitalised(name)) continue;
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      const after = text.slice(m.index + whole.length, m.index + whole.length + 30);
      const hasCue = !!yearText || c.monthCueBefore.test(before) || c.modifierAfter.test(after);
      if (c.lexicon.ambiguousMonths.includes(key) && !hasCue) continue;
      if (c.futureCueBefore.test(clauseTail(text.slice(Math.max(0, m.index - 80), m.index)))) cand.futureContext = true;
    }
    if (yearText) cand.year = +yearText;
    if (dayText) cand.day = +dayText;
    // A year-less day is checked against a leap year: 29 February may exist.
    if (cand.day !== undefined && (cand.day < 1 || cand.day > daysInMonth(cand.year ?? 2000, month))) {
      cand.problem = `impossible date: ${text.slice(cand.start, cand.end).trim()} does not exist`;
    }
    out.push(cand);
  }
  return out;
}

/** "13/1", "13/1/2025", "13-01-2025", "2025-01-13". Bare day/month needs a date context to be told from a fraction. */
function findNumericDates(text: string, lang: string, c: CompiledLanguage): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const start = m.index;
    const end = start + m[0].length;
    let day: number, month: number, year: number | undefined;
    if (m[1]) [year, month, day] = [+m[1], +m[2], +m[3]];
    else {
      const separator = m[5];
      const yearText = m[7];
      if (!yearText && separator !== '/') continue; // "10.00" is a time, "3-4" a range
      if (yearText?.length === 2 && separator !== '/') continue;
      if (!yearText && !inDateContext(text, start, end, c)) continue;
      [day, month] = lang === 'eng' ? [+m[6], +m[4]] : [+m[4], +m[6]];
      if (yearText) year = yearText.length === 2 ? 2000 + +yearText : +yearText;
    }
    const cand: Candidate = { start, end, day, month };
    if (year !== undefined) cand.year = year;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year ?? 2000, month)) cand.problem = `impossible date: ${m[0]} does not exist`;
    out.push(cand);
  }
  return out;
}

/** A bare "13/1" is a date in parentheses ("Senin (13/1)") or after a weekday or date preposition ("pada 13/1"); else a fraction or score. */
function inDateContext(text: string, start: number, end: number, c: CompiledLanguage): boolean {
  if (text[start - 1] === '(' && text[end] === ')') return true;
  return c.numericContextBefore.test(text.slice(Math.max(0, start - 30), start));
}

function findWeekdays(text: string, c: CompiledLanguage, words: LineWords): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(text, words, c.weekday)) {
    const [whole, prefix, name] = m;
    const key = lookupKey(name);
    const weekday = c.lexicon.weekdays[key];
    if (weekday === undefined) continue;
    if (c.lexicon.capitalisedNames && !prefix && !isCapitalised(name)) continue;
    const end = m.index + whole.length;
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const dayWord = prefix ? null : c.dayWordBefore.exec(before);
    if (c.lexicon.ambiguousWeekdays.includes(key) && !prefix && !dayWord) {
      // "Minggu" is also "week", "الجمعة" also "the Friday prayer": keep only with a date, a modifier or a cue
      // ("pada Minggu"), and not before a word that makes it the noun ("pada Minggu ini", "Minggu ketiga").
      const after = text.slice(end, end + 30);
      if (!DATE_AFTER_WEEKDAY.test(after)) {
        if (c.ambiguousWeekdayNounAfter.test(after)) continue;
        if (!c.modifierAfter.test(after) && !c.ambiguousWeekdayCueBefore.test(before)) continue;
      }
    }
    const cand: Candidate = { start: m.index, end, weekday, weekdayText: name };
    if (dayWord) {
      cand.start -= dayWord[0].length;
      cand.dayWordShift = c.lexicon.dayWords[lookupKey(dayWord[0].replace(/[\s,،]+$/u, ''))];
      // "أمس الاثنين" is the day before the reference; "اليوم الاثنين", "ce lundi" resolve as the weekday.
      if (cand.dayWordShift) cand.offset = { unit: 'day', amount: cand.dayWordShift };
    }
    if (c.futureCueBefore.test(sentenceTail(before))) cand.futureContext = true;
    out.push(cand);
  }
  return out;
}

/** The part of `before` after the last sentence break. */
function sentenceTail(before: string): string {
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf('؟'));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

/** The part of `before` after the last clause break: a month's future cue must be in its own clause. */
function clauseTail(before: string): string {
  const tail = sentenceTail(before);
  return tail.slice(Math.max(tail.lastIndexOf(','), tail.lastIndexOf(';'), tail.lastIndexOf('،'), tail.lastIndexOf('؛')) + 1);
}

/** Times of day between a weekday and its date ("Sabtu malam (18/10)", "lundi soir 20 octobre"). */
const TIME_OF_DAY = '(?:pagi|siang|sore|malam|dini\\s+hari|matin|soir|après-midi)';
/** What may separate a weekday from its date: "Senin (13/1)", "Selasa, tanggal 14/1", "lundi le 13", "الأحد الموافق 12". */
const WEEKDAY_DATE_GAP = new RegExp(`^\\s*(?:${TIME_OF_DAY}\\s*)?[,،]?\\s*(?:tanggal|tgl\\.|le|الموافق|في)?\\s*\\(?\\s*$`, 'iu');
/** A date right after a weekday name. */
const DATE_AFTER_WEEKDAY = new RegExp(`^[\\s,،]*(?:${TIME_OF_DAY}\\s*)?\\(?\\s*\\d`, 'iu');

/** "Senin (13/1)", "Selasa, 14 Januari 2025", "lundi 13 janvier", "الاثنين 13 يناير": one mention. */
function mergeWeekdayWithDate(text: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i];
    const b = cands[i + 1];
    if (a.weekday !== undefined && a.day === undefined && b && b.day !== undefined && b.weekday === undefined) {
      const gap = text.slice(a.end, b.start);
      if (WEEKDAY_DATE_GAP.test(gap)) {
        const closes = gap.includes('(') && text[b.end] === ')';
        out.push({ ...b, start: a.start, end: closes ? b.end + 1 : b.end, weekday: a.weekday, weekdayText: a.weekdayText });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** "14 يناير (كانون الثاني)": a month name glossed by another name of the same month is one mention. */
function mergeSameMonthGloss(text: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const cand of cands) {
    const last = out[out.length - 1];
    const isGloss = cand.month !== undefined && cand.day === undefined && cand.year === undefined && cand.weekday === undefined;
    if (last && isGloss && last.month === cand.month && /^\s*\(\s*$/.test(text.slice(last.end, cand.start)) && text[cand.end] === ')') {
      last.end = cand.end + 1;
      continue;
    }
    out.push(cand);
  }
  return out;
}

/** Extends a month or weekday mention with "awal/akhir/début/fin/أواخر" before and "lalu/dernier/الماضي" after. */
function applyModifiers(text: string, cand: Candidate, c: CompiledLanguage): void {
  if (cand.month !== undefined && cand.day === undefined) extendWithPart(text, cand, c);
  if (cand.year !== undefined) return;
  const after = c.modifierAfter.exec(text.slice(cand.end, cand.end + 40));
  const kind = after && c.modifierKinds.get(lookupKey(after[0].trim()));
  if (!kind) return;
  if (kind === 'lastWeek' || kind === 'nextWeek') {
    if (cand.weekday === undefined || cand.day !== undefined) return;
    cand.weekShift = kind === 'lastWeek' ? -1 : 1;
  } else if (kind === 'lastYear') cand.yearShift = -1;
  else if (kind === 'thisYear') cand.yearShift = 0;
  else if (kind === 'nextYear') cand.yearShift = 1;
  else cand.direction = kind;
  cand.end += after[0].length;
}

/**
 * A year without a cue word ("Piala Dunia 2026,", "(2011)") must end a clause, and not follow a quantity word,
 * currency or digit: "lebih dari 2000." and "Rp 2025." are amounts.
 */
function isBareYear(text: string, start: number, end: number, c: CompiledLanguage): boolean {
  if (!/^\s*(?:[.,;:!?)\]»"”،؛]|$)/.test(text.slice(end, end + 3))) return false;
  const before = text.slice(Math.max(0, start - 30), start);
  return !/(?:[\p{N}$€£¥]|[-–+/.,])\s*$/u.test(before) && !c.quantityBefore.test(before);
}

/**
 * After a weak preposition ("de", "entre", "dari") a number is a year when it is not a quantity: not after
 * "plus de", not before a plural noun ("de 2000 manifestants") nor a range to a non-year ("de 2000 à 3000").
 * A range of two years ("dari 2019 hingga 2022") is one; else the year must end its phrase or be followed by a
 * word that may follow a year ("la loi de 2019 sur"), or, where plurals are marked, by a word that is not plural.
 */
function endsYearPhrase(text: string, m: RegExpMatchArray, c: CompiledLanguage): boolean {
  const yearStart = m.indices![3][0];
  if (c.quantityBefore.test(text.slice(Math.max(0, yearStart - 30), yearStart))) return false;
  const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
  const range = /^\s*(?:[-–]|\p{L}+)\s*(?:1[89]|20)\d\d(?!\p{N})/u.exec(after);
  if (range) return !c.pluralNounAfter.test(after.slice(range[0].length));
  if (/^\s*(?:[-–]|\p{L}+)\s*\p{N}/u.test(after)) return false;
  if (c.yearFollowerAfter.test(after)) return true;
  return c.lexicon.pluralSuffixes.length > 0 && /^\s*\p{Ll}/u.test(after) && !c.pluralNounAfter.test(after);
}

function findYears(text: string, c: CompiledLanguage, words: LineWords): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(text, words, c.year)) {
    const [whole, preposition, noun, yearText] = m;
    const year = +yearText;
    if (year < 1800 || year > 2100) continue;
    if (!preposition && !noun && !isBareYear(text, m.index, m.index + whole.length, c)) continue;
    if (preposition && !noun && c.weakYearPrepositions.has(lookupKey(preposition)) && !endsYearPhrase(text, m, c)) continue;
    // The span is the noun and year ("tahun 2024", "عام 2024"), never the preposition.
    const start = m.indices![noun ? 2 : 3][0];
    const cand: Candidate = { start, end: m.index + whole.length, year };
    extendWithPart(text, cand, c);
    out.push(cand);
  }
  return out;
}

// chrono resolves deictic expressions against this reference; the difference gives the offset.
const PROBE: Day = { year: 2001, month: 6, day: 13 };
const PROBE_DATE = new Date(PROBE.year, PROBE.month - 1, PROBE.day, 12);
const WINDOW = 30;
/** Longest merged window, and the length of text per chrono call. */
const MAX_WINDOW = 1000;
const CHRONO_CALL = 4000;
const WINDOW_SEPARATOR = ' \u00b6 ';

/**
 * Deictic expressions via chrono, run only on short windows around the relative cues of the line (`cues`).
 * With `deicticOnly`, chrono's month/weekday readings are ignored (the lexicon finders own them).
 */
function findDeictic(
  text: string,
  lang: string,
  c: CompiledLanguage | null,
  deicticOnly: boolean,
  covered: Candidate[],
  cues: RegExpMatchArray[],
): Candidate[] {
  const out: Candidate[] = [];
  const parser = chronoFor(lang);
  for (const { r, shift } of parseWindows(parser, text, windows(text, cues, covered))) {
    const tags = [...r.tags()];
    if (tags.some((t) => t.endsWith('/now')) || c?.notDeictic.test(r.text)) continue;
    // So many hours or minutes ago ("3 jam lalu", "il y a 2 heures") points at a time of day, not a calendar date.
    if (tags.includes('result/relativeDateAndTime')) continue;
    if (c && tags.includes('result/relativeDate') && isDuration(text, shift + r.index, r.text, c)) continue;
    // "tahun ini", "lusa", "أول أمس" come untagged: no digit and no month/weekday name means deictic too.
    const deictic =
      tags.some((t) => t.startsWith('result/relativeDate') || /casualReference\/(today|yesterday|tomorrow)/.test(t)) ||
      (!!c && !/\d/.test(r.text) && !c.calendarName.test(r.text));
    if (deicticOnly && !deictic) continue;
    const cand = deictic ? offsetCandidate(r) : absoluteCandidate(r);
    if (!cand) continue;
    const span = r.text.replace(/[\s,.;:]+$/u, ''); // chrono sometimes keeps the comma: "on Monday,"
    cand.start = shift + r.index;
    cand.end = cand.start + span.length;
    if (deicticOnly || plausibleChronoDate(text, cand, span, c)) out.push(cand);
  }
  return out;
}

/** A counted span next to a duration cue: "tiga hari ke depan", "بعد عامين", "pendant trois jours". */
function isDuration(text: string, start: number, span: string, c: CompiledLanguage): boolean {
  const trimmed = span.trim();
  if (c.namedPeriod.test(trimmed)) return false;
  if (c.durationStart.test(trimmed)) return true;
  const end = start + span.length;
  return c.durationBefore.test(text.slice(Math.max(0, start - 20), start)) || c.durationAfter.test(text.slice(end, end + 20));
}

/**
 * chrono over the windows, joined into calls of at most CHRONO_CALL characters: chrono rebuilds its patterns on
 * every call (so one call per window is slow) and some of its refiners rescan the text before each result (so
 * one huge call is quadratic). `shift` maps a result's index back into `text`.
 */
function* parseWindows(parser: chrono.Chrono, text: string, spans: [number, number][]): Generator<{ r: chrono.ParsedResult; shift: number }> {
  for (let i = 0; i < spans.length; ) {
    let joined = '';
    const starts: number[] = [];
    const first = i;
    do {
      starts.push(joined.length);
      joined += text.slice(spans[i][0], spans[i][1]) + WINDOW_SEPARATOR;
      i++;
    } while (i < spans.length && joined.length < CHRONO_CALL);
    if (!mayParse(parser, joined, PROBE_DATE)) continue;
    for (const r of parser.parse(joined, PROBE_DATE)) {
      const w = lastAtOrBefore(starts, r.index);
      yield { r, shift: spans[first + w][0] - starts[w] };
    }
  }
}

/** Lexicon deictic phrases chrono misses ("l'an dernier", "العام الجاري"). */
function findDeicticPhrases(text: string, c: CompiledLanguage, words: LineWords): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(text, words, c.deicticPhrase)) {
    const phrase = Object.entries(c.lexicon.deicticPhrases).find(([p]) => lookupKey(p) === lookupKey(m[0]));
    if (!phrase) continue;
    const [unit, amount] = phrase[1];
    out.push({ start: m.index, end: m.index + m[0].length, offset: { unit, amount } });
  }
  return out;
}

/** Weeks and seasons ("akhir pekan ini", "au printemps prochain"): dates with a null value. */
function findPeriods(text: string, c: CompiledLanguage, words: LineWords): Candidate[] {
  return matchesOf(text, words, c.period).map((m) => ({ start: m.index, end: m.index + m[0].length, period: true }));
}

/**
 * The years between the event an article commemorates and the article's day ("الذكرى الثانية" = 2,
 * "deuxième anniversaire", "peringatan dua tahun"), from the first anniversary phrase; null without one.
 */
export function anniversaryYears(text: string, lang: string): number | null {
  const lexLang = lexiconLanguage(lang);
  if (lexLang === null) return null;
  const c = compile(lexLang);
  const m = c.anniversary.exec(text);
  if (!m) return null;
  const phrase = Object.entries(c.lexicon.anniversaries).find(([p]) => lookupKey(p) === lookupKey(m[0]));
  return phrase ? phrase[1] : null;
}

function offsetCandidate(r: chrono.ParsedResult): Candidate | null {
  const s = r.start;
  const d = s.date();
  const got: Day = { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
  if (s.isCertain('day')) return { start: 0, end: 0, offset: { unit: 'day', amount: dayNumber(got) - dayNumber(PROBE) } };
  if (s.isCertain('month')) return { start: 0, end: 0, offset: { unit: 'month', amount: monthIndex(got.year, got.month) - monthIndex(PROBE.year, PROBE.month) } };
  if (s.isCertain('year')) return { start: 0, end: 0, offset: { unit: 'year', amount: got.year - PROBE.year } };
  return null;
}

function absoluteCandidate(r: chrono.ParsedResult): Candidate | null {
  const s = r.start;
  const cand: Candidate = { start: 0, end: 0 };
  if (s.isCertain('year')) cand.year = s.get('year') ?? undefined;
  if (s.isCertain('month')) cand.month = s.get('month') ?? undefined;
  if (s.isCertain('day')) cand.day = s.get('day') ?? undefined;
  if (s.isCertain('weekday')) cand.weekday = s.get('weekday') ?? undefined;
  if (cand.month === undefined && cand.weekday === undefined && cand.year === undefined) return null;
  return cand;
}

const globalVersions = new WeakMap<RegExp, RegExp>();

function globalVersion(re: RegExp): RegExp {
  if (re.global) return re;
  let g = globalVersions.get(re);
  if (!g) globalVersions.set(re, (g = new RegExp(re.source, re.flags + 'g')));
  return g;
}

/** Merged windows of ±WINDOW characters around each cue match not inside a `covered` span, cut at spaces. */
function windows(text: string, cues: RegExpMatchArray[], covered: Candidate[]): [number, number][] {
  const out: [number, number][] = [];
  let k = 0; // `covered` is sorted and so are the matches: one sweep
  for (const m of cues) {
    while (k < covered.length && covered[k].end <= m.index!) k++;
    if (k < covered.length && covered[k].start <= m.index!) continue;
    const cueEnd = m.index! + m[0].length;
    let from = Math.max(0, m.index! - WINDOW);
    let to = Math.min(text.length, cueEnd + WINDOW);
    // Cut at the first space after `from` and the last before `to`, searching inside the window only.
    if (from > 0) {
      const space = text.slice(from, m.index!).indexOf(' ');
      if (space >= 0) from += space + 1;
    }
    if (to < text.length) {
      const space = text.slice(cueEnd, to).lastIndexOf(' ');
      if (space > 0) to = cueEnd + space;
    }
    const last = out[out.length - 1];
    // Past MAX_WINDOW a new window starts, overlapping the last: a date at the seam is found twice, kept once.
    if (last && from <= last[1] && to - last[0] <= MAX_WINDOW) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/** Languages without lexicon finders (English through its lexicon's cues and years, others through digits). */
function findWithChronoOnly(line: string, lang: string, c: CompiledLanguage | null): Candidate[] {
  const text = HAS_ARABIC_DIGIT.test(line) ? toAsciiDigits(line) : line;
  const cue = c ? c.cue : ANY_DIGIT_DATE;
  if (!cue.test(text)) return [];
  const years = c ? findYears(text, c, scanLine(text, c).words) : [];
  return nonOverlapping([...findDeictic(text, lang, c, false, [], [...text.matchAll(globalVersion(cue))]), ...years]);
}

/** chrono's non-deictic readings, minus fractions and scores ("1/2", "24/7") and lower-case month verbs ("march"). */
function plausibleChronoDate(text: string, cand: Candidate, span: string, c: CompiledLanguage | null): boolean {
  if (/^\d{1,2}[/.-]\d{1,2}$/.test(span)) return text[cand.start - 1] === '(' && text[cand.end] === ')';
  const monthOnly = cand.month !== undefined && cand.day === undefined && cand.year === undefined && cand.weekday === undefined;
  return !(monthOnly && c?.lexicon.capitalisedNames && span === span.toLowerCase());
}

/** Index of the last element of the ascending `sorted` that is <= `x` (0 when none is). */
function lastAtOrBefore(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Keeps the longest of overlapping candidates (earlier finders win ties). */
function nonOverlapping(cands: Candidate[]): Candidate[] {
  const order = cands.map((cand, i) => ({ cand, i })).sort((a, b) => a.cand.start - b.cand.start || b.cand.end - b.cand.start - (a.cand.end - a.cand.start) || a.i - b.i);
  const kept: Candidate[] = [];
  for (const { cand } of order) {
    const last = kept[kept.length - 1];
    if (last && cand.start < last.end) {
      if (cand.end - cand.start > last.end - last.start) kept[kept.length - 1] = cand;
      continue;
    }
    kept.push(cand);
  }
  return kept;
}
