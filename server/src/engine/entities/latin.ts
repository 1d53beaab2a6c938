// Named-entity recognition for Latin-script news (Indonesian, French, English and other languages by fallback).
//
// Per line: tokenise, group capitalised tokens (with name particles: al-, bin, van) into candidate sequences,
// strip titles and roles off them ("Presiden Rusia Vladimir Putin" -> Rusia + Vladimir Putin), split them on
// gazetteer names, and label the rest from context (title -> PER, "kantor berita"/"agence" or an org head word ->
// ORG, "di"/"à"/"pangkalan udara" -> LOC, particles and given names -> PER). Capitalisation carries no evidence
// at a sentence start or in a Title-Case headline, so candidates there are kept only when the gazetteer or the
// rest of the article vouches for them. Some names are read off whole lines before that: French institutions with
// their complements ("cour d'appel de Lyon"), institutions listing their fields with commas ("Badan Meteorologi,
// Klimatologi, dan Geofisika"), ministries, the dateline's source. Finally every mention of one name gets one key
// and one label per article, and a surname, a first name or the beginning of a name on its own takes the key of
// the full name met elsewhere in the article.
import { CHAR_LETTER, CHAR_LOWER, CHAR_MARK, CHAR_NUMBER, CHAR_UPPER, unitClass } from '../charClasses';
import { gazetteerById, gazetteerHasWord, gazetteerLookup, gazetteerLookupNormalized, MAX_NAME_WORDS, type GazetteerEntry } from '../gazetteer';
import { editDistance, normalizeName, slugify } from '../normalize';
import type { ArticleStructure, EntityLabel, EntityMention, LangCode, MentionSource, TextSpan } from '../types';
import {
  latinLexicon, WORD_COMMON, WORD_FREQUENT, WORD_GIVEN_NAME, WORD_GIVEN_NAME_PARTICLE, WORD_JOINING_PARTICLE, WORD_LOC_HEAD, WORD_LOC_TAIL,
  WORD_NON_ENTITY, WORD_ORG_HEAD, WORD_ORG_TAIL, WORD_TITLE, WORD_USUAL, WORD_LATER_IN_NAME, WORD_ENDS_NAME, WORD_SEVERAL, WORD_BEGINS_NAME, type LatinLexicon,
} from './lexicon';
import { WordStarts } from './wordStarts';

interface Token {
  start: number;
  end: number;
  text: string;
  /** normalizeName(text) */
  norm: string;
  /** Starts with a capital letter, or is a particle-prefixed name part ("al-Shara"). */
  cap: boolean;
  /** Capitalisation says nothing here: sentence start, or a Title-Case line. */
  weakCap: boolean;
  /** lookupToken's answer once asked (null: no entry); the rules ask about the same token many times. */
  known?: GazetteerEntry | null;
  /** A line token that is one word as WORD reads words: no apostrophe, hyphen or dot inside (#contextBefore). */
  plain: boolean;
  /** The lexicon's wordFacts(norm) once asked (-1 before). */
  facts: number;
  /**
   * #gazetteerAt's answers for runs starting here: the rules ask about the same positions several times, and as
   * runs are contiguous token sequences, the slices of one run share the answers. The run's last tokens and the
   * answers in turn: a token begins few slices.
   */
  matches: (Token | GazetteerMatch | null)[] | undefined;
}
// Token literals list every field, `known: undefined` included, in this order: one object shape for the engine.

interface GazetteerMatch {
  /** In tokens. */
  length: number;
  entry: GazetteerEntry;
}

interface Candidate {
  tokens: Token[];
  label: EntityLabel;
  source: MentionSource;
  /** Decided without document evidence; weak ones need the document to confirm them. */
  weak: boolean;
  /** Every word is a given name, a name particle or a known person's name: a name even in a headline. */
  nameWords?: boolean;
  /** In a headline, how many of the tokens are the name when the article does not name them elsewhere. */
  headlineName?: number;
  entry?: GazetteerEntry;
}

/** Every candidate is made here, with every field in this order: one object shape for the engine. */
function makeCandidate(
  tokens: Token[], label: EntityLabel, source: MentionSource, weak: boolean, entry?: GazetteerEntry, nameWords?: boolean, headlineName?: number,
): Candidate {
  return { tokens, label, source, weak, entry, nameWords, headlineName };
}

/** The candidate over other tokens. */
function withTokens(c: Candidate, tokens: Token[]): Candidate {
  return makeCandidate(tokens, c.label, c.source, c.weak, c.entry, c.nameWords, c.headlineName);
}

const CONFIDENCE: Record<MentionSource, number> = { registry: 1, gazetteer: 0.9, trigger: 0.85, document: 0.8, pattern: 0.65 };

// Words, abbreviations with dots ("U.S.", "D.C."), abbreviated Muslim given names ("Moh. Ikhsan", "Muh. Yusuf"),
// web names ("Kompas.com").
const TOKEN = /(?:\p{Lu}\.){2,}|(?:Moh|Muh|Moch|Mochd|Mohd|Muhd|Abd)\.(?= \p{Lu})|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{M}\p{N}]+)*(?:\.(?:com|co\.id|id|net|org|fr|COM|CO\.ID|ID|NET|ORG|FR)\b)?/gu;
const ELISION = /^(?:[cdjlmnst]|qu|lorsqu|puisqu|jusqu|quoiqu)['’](?=\p{Lu})/iu;
const UPPER_START = /^\p{Lu}/u;
const CAMEL_BRAND = /^\p{Ll}+\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_DIGIT = /\p{N}/u;
/** A short name in brackets: an acronym (BPS) or a contraction (Basarnas, Lemkastra). */
const SHORT_NAME = /^\p{Lu}[\p{L}\p{N}]{1,11}$/u;
// Regexps are module constants: the bundler compiles a Unicode-property literal with `new RegExp` wherever it is written.
const CONNECTORS = new Set(['dan', 'et', 'and', 'of', 'for', 'de', 'des', 'du', 'pour']);
/** Words a title's lower-case modifiers cannot include: "présidente du groupe X" is not "présidente X". */
const FUNCTION_WORDS = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'a', 'au', 'aux', 'en', 'et', 'of', 'the', 'an', 'and', 'dari', 'dan', 'di', 'ke', 'yang', 'untuk', 'dengan', 'pada', 'oleh']);
/** French prepositions fused with the article le/les. */
const CONTRACTED_ARTICLES = new Set(['au', 'aux', 'du', 'des']);
const DEMONSTRATIVES = new Set(['itu', 'ini', 'tersebut']);
// "pria berinisial AS", "sous les initiales J.D.": the capitals after these words are a person's initials.
const INITIALS_CUES = new Set(['berinisial', 'inisial', 'initiales']);
const INITIALS = /^(?:\p{Lu}\.?){1,4}$/u;
const DETERMINERS = new Set(['le', 'la', 'l', 'les', 'un', 'une', 'the', 'a', 'an', 'sang', 'para', 'seorang']);
/** Cities smaller than this give way to a frequent word or a name part spelled the same ("Anda", "Tykhy"). */
const MAJOR_CITY = 1_000_000;
/** Longest capitalised sequence considered at once: names are shorter, and work per sequence stays bounded. */
const MAX_RUN = 16;
const ACRONYM = /^[\p{Lu}\p{N}&.]{2,8}$/u;
const ACRONYM_PAIR = /^\p{Lu}{2,6}-\p{Lu}{2,6}$/u;

const NORM_CACHE_LIMIT = 100_000;
const normCache = new Map<string, string>();

/** Whether a word is all a-z. */
function isLowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return word.length > 0;
}

/** normalizeName of one word, memoised: words repeat, and normalisation is the recogniser's main cost. */
function normWord(word: string): string {
  if (isLowerAscii(word)) return word; // what normalizeName makes of it
  let norm = normCache.get(word);
  if (norm === undefined) {
    if (normCache.size >= NORM_CACHE_LIMIT) normCache.clear();
    norm = /^[A-Za-z]+$/.test(word) ? word.toLowerCase() : normalizeName(word);
    normCache.set(word, norm);
  }
  return norm;
}

const laterWordsCache = new Map<string, number>();

/** Whether the words of a token's norm, from the `from`-th (0 or 1), all occur after the first word of some gazetteer name. */
function laterWordsOnly(norm: string, from: 0 | 1): boolean {
  // How many leading words fail the test (0, 1, or 2 for more): memoised per norm, like normWord.
  let failing = laterWordsCache.get(norm);
  if (failing === undefined) {
    if (laterWordsCache.size >= NORM_CACHE_LIMIT) laterWordsCache.clear();
    const words = norm.split(' ');
    const first = gazetteerHasWord(words[0]) ? 0 : 1;
    failing = words.slice(1).every(gazetteerHasWord) ? first : 2;
    laterWordsCache.set(norm, failing);
  }
  return failing <= from;
}

const isAcronym = (t: Token) => t.text.length > 1 && !hasLower(t.text) && ACRONYM.test(t.text);

// Character tests of the hot paths: ASCII decided by char code, anything else by the Unicode regexp.

/** UPPER_START.test(s) */
function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(s);
}

/** HAS_LOWER.test(s) */
function hasLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return HAS_LOWER.test(s);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** CAMEL_BRAND.test(word) */
function camelBrand(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return CAMEL_BRAND.test(word);
    if (c >= 65 && c <= 90) return i > 0;
    if (c < 97 || c > 122) return false;
  }
  return false;
}

/** Whether the line holds exactly one space between two article offsets. */
function singleSpace(line: TextSpan, start: number, end: number): boolean {
  return end - start === 1 && line.text.charCodeAt(start - line.start) === 32;
}

/** Whether the lexicon's set of this WORD_* bit holds the token's norm (its facts asked once per token). */
function hasFact(t: Token, lexicon: LatinLexicon, bit: number): boolean {
  if (t.facts < 0) t.facts = lexicon.wordFacts(t.norm);
  return (t.facts & bit) !== 0;
}

/** laterWordsOnly of a token's norm, read off its facts when the norm is one word. */
function tokenLaterWordsOnly(t: Token, lexicon: LatinLexicon, from: 0 | 1): boolean {
  if (hasFact(t, lexicon, WORD_SEVERAL)) return laterWordsOnly(t.norm, from);
  return from === 1 || hasFact(t, lexicon, WORD_LATER_IN_NAME);
}

/** The gazetteer entry one token spells (short capitals such as "AS" only when written so). */
function lookupToken(t: Token): GazetteerEntry | undefined {
  if (t.known === undefined) t.known = (t.text.length <= 3 && !hasLower(t.text) ? gazetteerLookup(t.text) : gazetteerLookupNormalized(t.norm)) ?? null;
  return t.known ?? undefined;
}


/** Whether each ASCII unit is a letter or a digit. */
const ASCII_WORD_UNITS = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0));
const isWordUnit = (c: number) => (c < 128 ? ASCII_WORD_UNITS[c] === 1 : (unitClass(c) & (CHAR_LETTER | CHAR_MARK | CHAR_NUMBER)) !== 0);
const isUpperUnit = (c: number) => (unitClass(c) & CHAR_UPPER) !== 0;
/** [\p{L}\p{N}]: in ASCII the same units as isWordUnit's. */
const isLetterOrDigitUnit = (c: number) => (c < 128 ? ASCII_WORD_UNITS[c] === 1 : (unitClass(c) & (CHAR_LETTER | CHAR_NUMBER)) !== 0);
const ABBREVIATED_GIVEN_NAMES = ['Moh', 'Muh', 'Moch', 'Mochd', 'Mohd', 'Muhd', 'Abd'];
const WEB_SUFFIXES = ['com', 'co.id', 'id', 'net', 'org', 'fr', 'COM', 'CO.ID', 'ID', 'NET', 'ORG', 'FR'];
/** Per ASCII unit, whether a web suffix starts with it. */
const WEB_SUFFIX_INITIALS = Uint8Array.from({ length: 128 }, (_, c) => (WEB_SUFFIXES.some((suffix) => suffix.charCodeAt(0) === c) ? 1 : 0));
const isAsciiWordUnit = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

// What tokenEndAt saw inside the token it scanned, read by tokenize (a result beside the end, without an allocation).
const SHAPE_APOSTROPHE = 1;
const SHAPE_HYPHEN = 2;
/** A capital or a non-ASCII unit after the first (a superset of the words camelBrand can hold for). */
const SHAPE_CAPITAL_INSIDE = 4;
/** Joined by another character, or an abbreviation or web name: more than one WORD match. */
const SHAPE_OTHER_JOINER = 16;
/** An ASCII digit, or any non-ASCII unit, after the first: a unit other than an ASCII letter. */
const SHAPE_NOT_LETTER = 32;
const SHAPE_NOT_ONE_WORD = SHAPE_APOSTROPHE | SHAPE_HYPHEN | SHAPE_OTHER_JOINER;
let scannedShape = 0;

/** ASCII units in TOKEN's word part: ANY_WORD_UNIT for a lower-case letter or a digit, with SHAPE_CAPITAL_INSIDE for a capital. */
const ANY_WORD_UNIT = 8;
const ASCII_TOKEN_UNITS = Uint8Array.from({ length: 128 }, (_, c) =>
  c >= 65 && c <= 90 ? ANY_WORD_UNIT | SHAPE_CAPITAL_INSIDE : c >= 48 && c <= 57 ? ANY_WORD_UNIT | SHAPE_NOT_LETTER : ASCII_WORD_UNITS[c] ? ANY_WORD_UNIT : 0,
);

/**
 * End of the TOKEN match at `i` (-1 if none starts there), for text without surrogates: TOKEN's three
 * alternatives tried in its order, each as greedy as the regexp. Sets scannedShape.
 */
function tokenEndAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  // (?:\p{Lu}\.){2,}
  let j = i;
  while (text.charCodeAt(j + 1) === 46 && isUpperUnit(text.charCodeAt(j))) j += 2;
  if (j - i >= 4) {
    scannedShape = SHAPE_CAPITAL_INSIDE | SHAPE_OTHER_JOINER;
    return j;
  }
  scannedShape = 0;
  // (?:Moh|Muh|Moch|Mochd|Mohd|Muhd|Abd)\.(?= \p{Lu})
  if (c === 77 || c === 65) {
    for (const name of ABBREVIATED_GIVEN_NAMES) {
      const dot = i + name.length;
      if (text.startsWith(name, i) && text.charCodeAt(dot) === 46 && text.charCodeAt(dot + 1) === 32 && isUpperUnit(text.charCodeAt(dot + 2))) {
        scannedShape = SHAPE_OTHER_JOINER;
        return dot + 1;
      }
    }
  }
  // [\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{M}\p{N}]+)*(?:\.(?:com|co\.id|...)\b)?
  if (!isLetterOrDigitUnit(c)) return -1;
  let shape = 0;
  j = i + 1;
  for (;;) {
    for (; j < text.length; j++) {
      const unit = text.charCodeAt(j);
      if (unit < 128) {
        const kind = ASCII_TOKEN_UNITS[unit];
        if (!kind) break;
        shape |= kind;
      } else if ((unitClass(unit) & (CHAR_LETTER | CHAR_MARK | CHAR_NUMBER)) !== 0) shape |= SHAPE_CAPITAL_INSIDE | SHAPE_NOT_LETTER;
      else break;
    }
    const joiner = text.charCodeAt(j);
    if ((joiner === 39 || joiner === 0x2019 || joiner === 45 || joiner === 0x2010) && j + 1 < text.length && isWordUnit(text.charCodeAt(j + 1))) {
      shape |= joiner === 45 ? SHAPE_HYPHEN : joiner === 0x2010 ? SHAPE_CAPITAL_INSIDE | SHAPE_OTHER_JOINER : SHAPE_APOSTROPHE | (joiner === 39 ? 0 : SHAPE_CAPITAL_INSIDE);
      j += 2;
      const unit = text.charCodeAt(j - 1);
      shape |= unit < 128 ? ASCII_TOKEN_UNITS[unit] : SHAPE_CAPITAL_INSIDE | SHAPE_NOT_LETTER;
    } else break;
  }
  scannedShape = shape & (SHAPE_NOT_ONE_WORD | SHAPE_CAPITAL_INSIDE | SHAPE_NOT_LETTER);
  if (text.charCodeAt(j) === 46 && WEB_SUFFIX_INITIALS[text.charCodeAt(j + 1)] === 1) {
    for (const suffix of WEB_SUFFIXES) {
      const end = j + 1 + suffix.length;
      if (text.startsWith(suffix, j + 1) && !isAsciiWordUnit(text.charCodeAt(end))) {
        scannedShape |= SHAPE_CAPITAL_INSIDE | SHAPE_OTHER_JOINER;
        return end;
      }
    }
  }
  return j;
}

/** Whether a UTF-16 unit is whitespace, as regexp `\s` reads it. */
function isSpaceUnit(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether text.slice(from, to) holds a sentence break, `/[.!?…:;“”"«»•|–—]|\s-\s|-\s*$/u`, read off by char codes. */
function sentenceBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    switch (text.charCodeAt(k)) {
      case 0x2e: case 0x21: case 0x3f: case 0x2026: case 0x3a: case 0x3b: case 0x201c: case 0x201d: case 0x22: case 0xab: case 0xbb: case 0x2022: case 0x7c: case 0x2013: case 0x2014:
        return true;
      case 0x2d: {
        // \s-\s
        if (k > from && k + 1 < to && isSpaceUnit(text.charCodeAt(k - 1)) && isSpaceUnit(text.charCodeAt(k + 1))) return true;
        // -\s*$
        let j = k + 1;
        while (j < to && isSpaceUnit(text.charCodeAt(j))) j++;
        if (j === to) return true;
        break;
      }
    }
  }
  return false;
}

/**
 * The particle prefix ("al-") a word begins with, case aside ('' if none). Every prefix ends in its only hyphen:
 * a word whose first hyphen comes later than the longest prefix's is rejected before lower-casing.
 */
function particlePrefixOf(word: string, lexicon: LatinLexicon): string {
  const hyphen = word.indexOf('-');
  if (hyphen < 0 || hyphen >= lexicon.longestParticlePrefix) return '';
  const lower = word.slice(0, lexicon.longestParticlePrefix).toLowerCase();
  return lexicon.particlePrefixes.find((p) => lower.startsWith(p)) ?? '';
}

// Which whole-line recognisers may find a name on a line (TokenizedLine.starts): the tokeniser looks for their
// first words where it starts a word, so that their regexps run only on the lines that hold one.
const START_COMPETITION = 1;
const START_MINISTRY = 2;
const START_FRENCH_INSTITUTION = 4;
/** A capital after ", " (as in every LISTED_NAME match). */
const START_AFTER_COMMA = 8;
/** A capital after " dan ", " et " or " and " (as in every LISTED_NAME match). */
const START_AFTER_CONJUNCTION = 16;
const START_LISTED = START_AFTER_COMMA | START_AFTER_CONJUNCTION;

interface TokenizedLine {
  tokens: Token[];
  /** The line holds a surrogate: the scanners read UTF-16 units as code points, which then differ. */
  surrogates: boolean;
  /** START_* bits. */
  starts: number;
}

/** Tokens of one line (TOKEN's matches), with their capitalisation evidence; `french` looks for French institutions too. */
function tokenize(line: TextSpan, lexicon: LatinLexicon, french: boolean): TokenizedLine {
  const tokenizer = new LineTokenizer(line, lexicon, french);
  const text = line.text;
  for (let i = 0; i < text.length; ) {
    // Every alternative starts with a letter or a digit.
    const c = text.charCodeAt(i);
    if (!isLetterOrDigitUnit(c)) {
      // The scanner reads units as code points: a line with a surrogate is read by the regexp instead.
      if ((c & 0xf800) === 0xd800) return tokenizeWithSurrogates(line, lexicon, french);
      i++;
      continue;
    }
    const end = tokenEndAt(text, i);
    if (end < 0) i++;
    else {
      tokenizer.push(i, end, scannedShape);
      i = end;
    }
  }
  return { tokens: tokenizer.tokens, surrogates: false, starts: tokenizer.starts };
}

function tokenizeWithSurrogates(line: TextSpan, lexicon: LatinLexicon, french: boolean): TokenizedLine {
  const tokenizer = new LineTokenizer(line, lexicon, french);
  for (const m of line.text.matchAll(TOKEN)) {
    // Apostrophes and hyphens, and a capital or a non-ASCII unit after the first; lines with surrogates find
    // their context words otherwise (no token is one of them), and every unit of a token may begin a word.
    const word = m[0];
    let shape = SHAPE_OTHER_JOINER | SHAPE_NOT_LETTER;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c === 39 || c === 0x2019) shape |= SHAPE_APOSTROPHE;
      else if (c === 45) shape |= SHAPE_HYPHEN;
      else if (i > 0 && ((c >= 65 && c <= 90) || c >= 128)) shape |= SHAPE_CAPITAL_INSIDE;
    }
    tokenizer.push(m.index!, m.index! + word.length, shape);
  }
  return { tokens: tokenizer.tokens, surrogates: true, starts: tokenizer.starts };
}

/** Makes the tokens of a line from TOKEN's matches, in order, and notes the START_* bits. */
class LineTokenizer {
  readonly tokens: Token[] = [];
  starts = 0;
  readonly #line: TextSpan;
  readonly #lexicon: LatinLexicon;
  readonly #wordStarts: WordStarts;

  constructor(line: TextSpan, lexicon: LatinLexicon, french: boolean) {
    this.#line = line;
    this.#lexicon = lexicon;
    this.#wordStarts = lineWordStarts(lexicon, french);
  }

  /** Adds the token the line holds at [from, to) (line offsets), of the given SHAPE_* bits. */
  push(from: number, to: number, shape: number): void {
    const line = this.#line;
    const lexicon = this.#lexicon;
    const tokens = this.tokens;
    let start = line.start + from;
    let word = line.text.slice(from, to);
    const apostrophe = (shape & SHAPE_APOSTROPHE) !== 0;
    const elided = apostrophe ? ELISION.exec(word) : null;
    if (elided) {
      start += elided[0].length;
      word = word.slice(elided[0].length);
    }
    if (apostrophe && word.length > 3 && /['’]s$/u.test(word)) word = word.slice(0, -2); // "Syria's"
    const upper = startsUpper(word);
    const prefix = !upper && (shape & SHAPE_HYPHEN) !== 0 ? particlePrefixOf(word, lexicon) : '';
    const prefixed = prefix !== '' && startsUpper(word.slice(prefix.length));
    const previous = tokens.length ? tokens[tokens.length - 1] : undefined;
    const sentenceStart = !previous || (!singleSpace(line, previous.end, start) && sentenceBreak(line.text, previous.end - line.start, start - line.start));
    // "detikNews", "detikFinance": a known brand written in camel case counts as capitalised.
    const brand = !upper && (shape & SHAPE_CAPITAL_INSIDE) !== 0 && camelBrand(word) && gazetteerLookupNormalized(normWord(word)) !== undefined;
    // Lower-case words are only compared with particle and connector lists, which they already match as written.
    const norm = upper || prefixed || brand ? normWord(word) : word;
    tokens.push({ start, end: start + word.length, text: word, norm, cap: upper || prefixed || brand, weakCap: sentenceStart, known: undefined, plain: (shape & SHAPE_NOT_ONE_WORD) === 0, facts: -1, matches: undefined });
    this.#noteStarts(from, to, shape);
  }

  /**
   * The START_* bits of the words that begin in the token's text[from, to): at its first unit, or (in a token
   * holding more than ASCII letters) after any unit that is no ASCII letter, where the recognisers' regexps
   * (?<!\p{L}), (?<![\p{L}\p{N}]) and \b may begin a match.
   */
  #noteStarts(from: number, to: number, shape: number): void {
    const text = this.#line.text;
    const onlyLetters = (shape & (SHAPE_NOT_ONE_WORD | SHAPE_NOT_LETTER)) === 0 && isAsciiLetter(text.charCodeAt(from));
    const last = onlyLetters ? from + 1 : to;
    for (let p = from; p < last; p++) {
      if (p > from && isAsciiLetter(text.charCodeAt(p - 1))) continue;
      this.starts |= this.#wordStarts.bitsAt(text, p);
    }
    // A capital after ", " or a conjunction starts a token (a letter after a space always does).
    const first = text.charCodeAt(from);
    if (text.charCodeAt(from - 1) === 32 && (first < 128 ? first >= 65 && first <= 90 : startsUpper(text.slice(from, from + 2)))) {
      if (text.charCodeAt(from - 2) === 44) this.starts |= START_AFTER_COMMA;
      else if (endsWithConjunction(text, from)) this.starts |= START_AFTER_CONJUNCTION;
    }
  }
}

const AFTER_CONJUNCTION = [' dan ', ' et ', ' and '];

/** Whether text[0, end) ends with one of AFTER_CONJUNCTION. */
function endsWithConjunction(text: string, end: number): boolean {
  for (const conjunction of AFTER_CONJUNCTION) if (text.endsWith(conjunction, end)) return true;
  return false;
}
const lineWordStartsCache = new WeakMap<LatinLexicon, WordStarts[]>();

/** The first words of the whole-line recognisers' names: competitions, ministries and (`french`) French institutions. */
function lineWordStarts(lexicon: LatinLexicon, french: boolean): WordStarts {
  let both = lineWordStartsCache.get(lexicon);
  if (!both) {
    const lists = [
      { words: lexicon.competitionFirstWordList, anyCase: true, bit: START_COMPETITION },
      { words: MINISTRY_FIRST_WORDS, anyCase: false, bit: START_MINISTRY },
    ];
    both = [new WordStarts(lists), new WordStarts([...lists, { words: FRENCH_INSTITUTION_FIRST_WORDS, anyCase: false, bit: START_FRENCH_INSTITUTION }])];
    lineWordStartsCache.set(lexicon, both);
  }
  return both[french ? 1 : 0];
}
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * A headline or subheading in Title Case: capitalisation is typography there, not evidence of a name. Judged
 * on ordinary words after the first (names and titles are capitalised in sentences too: "Pertemuan itu dihadiri
 * Menteri Perdagangan Rinaldi Kusumo dan utusan Khalid bin Tarazi" is a sentence).
 */
function isTitleCaseLine(tokens: Token[], lexicon: LatinLexicon): boolean {
  // Words: tokens of four letters or more with a lower-case letter. Counted in one pass, without arrays.
  let words = 0;
  let capitalisedWords = 0;
  let ordinary = 0;
  let capitalisedOrdinary = 0;
  for (const t of tokens) {
    if (t.text.length <= 3 || !hasLower(t.text)) continue;
    words++;
    if (t.cap) capitalisedWords++;
    // Ordinary words after the first: the vocabulary's (titles, months and weekdays aside, being capitalised
    // anyway) and any word written in lower case.
    if (words > 1 && (!t.cap || (hasFact(t, lexicon, WORD_COMMON) && !hasFact(t, lexicon, WORD_TITLE) && !hasFact(t, lexicon, WORD_NON_ENTITY)))) {
      ordinary++;
      if (t.cap) capitalisedOrdinary++;
    }
  }
  if (!words && tokens.length >= 3) return true; // an all-capitals line
  if (words < 2) return words === 1 && tokens.length <= 2;
  return ordinary >= 2 ? capitalisedOrdinary / ordinary >= 0.75 : capitalisedWords / words >= 0.75;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** One or two lower-case words after a name (#withLowerCaseTail). */
const LOWER_CASE_TAIL = /^ (\p{Ll}[\p{L}'’\-]{1,})(?: ([\p{Ll}\p{N}][\p{L}\p{N}'’\-]{2,}))?/u;
const INDONESIAN_CLUB = /^Pers[a-z]{1,7}$/u;
const CLUB_PREFIXES = new Set(['AS', 'FC', 'RC', 'OGC', 'SC', 'AC', 'SS', 'SSC', 'CF', 'CD', 'RCD', 'SV', 'VfB', 'VfL', 'PSV']);
/** Whether a club's name (#club) may begin with the token. */
const mayBeginClub = (t: Token) => t.text.startsWith('Pers') || CLUB_PREFIXES.has(t.text);
/** Institution words that name no one in particular before a country ("Klub Prancis", "perusahaan Jepang"). */
const GENERIC_HEADS = new Set(['klub', 'club', 'tim', 'timnas', 'perusahaan', 'maskapai']);
const BRAND = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u;
/** Whether a unit after the first is an ASCII capital or not ASCII (as in every BRAND match). */
function innerCapital(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
  }
  return false;
}
// "Saint-Sernin", "Sainte-Foy": a saint's name joined by a hyphen names a town, a church or a district.
const SAINT_PLACE = /^(?:Saint|Sainte|St|Ste)-\p{Lu}/u;
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von)\p{Lu}/u;
/** Lower-case words inside names: "Corée du Nord", "Pays de la Loire", "Trinité-et-Tobago" aside. */
const NAME_CONNECTORS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'of', 'the', 'and']);
const ELIDED_CONNECTOR = /^ ([dl]['’])$/u;
const PARTICLE_SURNAME = new Set(['le', 'la', 'de', 'du', 'van', 'von', 'der', 'al', 'el', 'bin', 'ben', 'abu']);
const OF_WORDS = new Set(['de', 'du', 'des', 'of']);
const HYPHENATED_GIVEN_NAME = /^(\p{Lu}\p{Ll}+)-(\p{Ll}+)$/u;
/** "Tae-yong", "Jae-in"; not a reduplication ("Anak-anak"). */
function koreanGivenName(word: string): boolean {
  if (!word.includes('-')) return false;
  const m = HYPHENATED_GIVEN_NAME.exec(word);
  return m !== null && m[1].toLowerCase() !== m[2] && m[1].length <= 4 && m[2].length <= 4;
}
const NUMBERED = /^(?:[IVX]+|\d{1,3})$/u;
/** A French département's number, then a closing bracket or punctuation: " 83)", " 2A,". */
const DEPARTMENT_NUMBER = /^ (?:\d{2}|2[AB]|97\d)(?=[)\],.;:]|$)/u;
const CLUB_DEMONYM = /^\p{Lu}\p{Ll}+(?:ais|ois|ain)$/u;
const AREA_IN_BRACKETS = /^ \((\p{Lu}[\p{L}'’\- ]{2,30})\)/u;
const DEPARTMENT_SUFFIX = / (?:\d{2}|2[AB]|97\d)$/u;
const DEPARTMENT_BEFORE_BRACKET = /^ (?:\d{2}|2[AB]|97\d)\)/u;
const ARTICLE_BEFORE = /(?:^|\s)(?:le |la |l['’])$/iu;
const BYLINE = /^\s*(?:Oleh|Par|By|Penulis|Reporter|Pewarta|Editor|Auteur)\s*:?\s*$/u;
/** Char codes of the byline words' first letters: O P B R E A. */
const BYLINE_INITIALS = new Set([...'OPBREA'].map((c) => c.charCodeAt(0)));

/** Text of the line between two article offsets (slicing the line, not the whole article, is much faster). */
function lineSlice(line: TextSpan, start: number, end: number): string {
  return line.text.slice(Math.max(0, start - line.start), Math.max(0, end - line.start));
}

/** Whether a UTF-16 unit ends a clause for the context rules: . ! ? ; : “ ” " « » ( ) */
function isClauseBreak(c: number): boolean {
  switch (c) {
    case 0x2e: case 0x21: case 0x3f: case 0x3b: case 0x3a: case 0x201c: case 0x201d: case 0x22: case 0xab: case 0xbb: case 0x28: case 0x29:
      return true;
    default:
      return false;
  }
}

/**
 * The words (WORD matches) of one line near a position: the rules ask for the words of the clause before or
 * after a position many times. Each answer equals matching WORD on the clause's slice of the line (a word the
 * window cuts is matched again on its cut piece). Without surrogates a word is a run of word units, read off
 * by char codes from the position outwards; with surrogates the words and clause breaks are found once.
 */
class LineWords {
  readonly #text: string;
  readonly #indexed: { starts: number[]; ends: number[]; breaks: number[] } | undefined;

  constructor(text: string, surrogates: boolean) {
    this.#text = text;
    if (!surrogates) return;
    const indexed = { starts: [] as number[], ends: [] as number[], breaks: [] as number[] };
    for (let i = 0; i < text.length; i++) {
      if (isClauseBreak(text.charCodeAt(i))) indexed.breaks.push(i);
    }
    for (const m of text.matchAll(WORD)) {
      indexed.starts.push(m.index!);
      indexed.ends.push(m.index! + m[0].length);
    }
    this.#indexed = indexed;
  }

  /** `text.slice(from, to) after its last clause break, .match(WORD).slice(-count)`: the last words of the clause before `to`. */
  before(from: number, to: number, count: number): string[] {
    const text = this.#text;
    const lo = Math.max(0, from);
    const hi = Math.min(text.length, Math.max(0, to));
    if (this.#indexed) return this.#indexedBefore(this.#indexed, lo, hi, count);
    const spans = this.spansBefore(from, to, count);
    const words: string[] = [];
    for (let k = 0; k < spans.length; k += 2) words.push(text.slice(spans[k], spans[k + 1]));
    return words;
  }

  /** For a line without surrogates, where `before`'s words are: start and end of the first, of the second, and so on. */
  spansBefore(from: number, to: number, count: number): number[] {
    const text = this.#text;
    const lo = Math.max(0, from);
    const hi = Math.min(text.length, Math.max(0, to));
    const backwards: number[] = [];
    for (let k = hi - 1; k >= lo && backwards.length < 2 * count; k--) {
      const c = text.charCodeAt(k);
      if (isClauseBreak(c)) break;
      if (!isWordUnit(c)) continue;
      const end = k + 1;
      while (k > lo && isWordUnit(text.charCodeAt(k - 1))) k--;
      backwards.push(end, k);
    }
    return backwards.reverse();
  }

  /** `text.slice(from, to) up to its first clause break, .match(WORD).slice(0, count)`: the first words of the clause after `from`. */
  after(from: number, to: number, count: number): string[] {
    const text = this.#text;
    const lo = Math.max(0, from);
    const hi = Math.min(text.length, Math.max(0, to));
    if (this.#indexed) return this.#indexedAfter(this.#indexed, lo, hi, count);
    const words: string[] = [];
    for (let k = lo; k < hi && words.length < count; k++) {
      const c = text.charCodeAt(k);
      if (isClauseBreak(c)) break;
      if (!isWordUnit(c)) continue;
      const start = k;
      while (k + 1 < hi && isWordUnit(text.charCodeAt(k + 1))) k++;
      words.push(text.slice(start, k + 1));
    }
    return words;
  }

  #indexedBefore({ starts, ends, breaks }: { starts: number[]; ends: number[]; breaks: number[] }, from: number, hi: number, count: number): string[] {
    const text = this.#text;
    let lo = from;
    const lastBreak = breaks[lastBefore(breaks, hi)];
    if (lastBreak >= lo) lo = lastBreak + 1;
    const words: string[] = [];
    for (let k = lastBefore(starts, hi); k >= 0 && ends[k] > lo && words.length < count; k--) {
      const start = starts[k];
      const end = ends[k];
      if (start >= lo && end <= hi) words.push(text.slice(start, end));
      else {
        const pieces = text.slice(Math.max(start, lo), Math.min(end, hi)).match(WORD) ?? [];
        for (let p = pieces.length - 1; p >= 0; p--) words.push(pieces[p]);
      }
    }
    if (words.length > count) words.length = count;
    return words.reverse();
  }

  #indexedAfter({ starts, ends, breaks }: { starts: number[]; ends: number[]; breaks: number[] }, lo: number, to: number, count: number): string[] {
    const text = this.#text;
    let hi = to;
    const firstBreak = breaks[lastBefore(breaks, lo) + 1];
    if (firstBreak < hi) hi = firstBreak;
    const words: string[] = [];
    let k = lastBefore(starts, lo + 1);
    if (k < 0 || ends[k] <= lo) k++;
    for (; k < starts.length && starts[k] < hi && words.length < count; k++) {
      const start = starts[k];
      const end = ends[k];
      if (start >= lo && end <= hi) words.push(text.slice(start, end));
      else words.push(...(text.slice(Math.max(start, lo), Math.min(end, hi)).match(WORD) ?? []));
    }
    if (words.length > count) words.length = count;
    return words;
  }
}

/** Index of the first token that starts at or after `offset` (tokens.length if none). */
function tokensFrom(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last of the ascending offsets below `offset` (-1 if none). */
function lastBefore(offsets: number[], offset: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Words before a position: as written, normalised, and their offsets in the line (start and end of each). */
interface Context {
  raw: string[];
  norms: string[];
  spans: number[];
}

const headFirstWords = new WeakMap<Set<string>, Set<string>>();

/**
 * Whether `${norm} ${next}` may be one of the heads (a set of head words and phrases): some phrase begins with
 * the word, or the word is several words itself. Most words are rejected without building the pair.
 */
function mayBeginTwoWordHead(heads: Set<string>, norm: string): boolean {
  let firsts = headFirstWords.get(heads);
  if (!firsts) {
    firsts = new Set([...heads].filter((h) => h.includes(' ')).map((h) => h.slice(0, h.indexOf(' '))));
    headFirstWords.set(heads, firsts);
  }
  return firsts.has(norm) || norm.includes(' ');
}

/** The recogniser for one line. */
class LatinRecognizer {
  readonly #lexicon: LatinLexicon;
  readonly #line: TextSpan;
  /** The last mention found on the line, for coordinations ("ke Khan Younis dan Deir al-Balah"). */
  #previous: Candidate | undefined;

  constructor(lexicon: LatinLexicon, line: TextSpan, tokens: Token[], surrogates: boolean) {
    this.#lexicon = lexicon;
    this.#line = line;
    this.#tokens = tokens;
    this.#surrogates = surrogates;
  }

  /** The line's tokens (tokenize). */
  readonly #tokens: Token[];

  /** Whether the line holds a surrogate (see TokenizedLine). */
  readonly #surrogates: boolean;

  #lineWords: LineWords | undefined;

  // The rules ask about the same positions several times: answers are kept by the index of the token that
  // begins there (arrays), or by offset for other positions (maps, rarely needed).
  readonly #fourByToken: (string[] | undefined)[] = [];
  #fourByOffset: Map<number, string[]> | undefined;
  readonly #contextByToken: (Context | undefined)[] = [];
  #contextByOffset: Map<number, Context> | undefined;
  /** normWord of each token's text, once asked. */
  readonly #wordNorms: (string | undefined)[] = [];

  /** Index of the line's token that begins at `start`, or -1. */
  #tokenAt(start: number): number {
    const k = tokensFrom(this.#tokens, start);
    return k < this.#tokens.length && this.#tokens[k].start === start ? k : -1;
  }

  /** The words (normalised) of the line before `start` in the same clause, nearest last (not to be modified). */
  #wordsBefore(start: number, count: number): string[] {
    const from = start - 60 - this.#line.start;
    if (count > 4 || this.#surrogates) {
      this.#lineWords ??= new LineWords(this.#line.text, this.#surrogates);
      return this.#lineWords.before(from, start - this.#line.start, count).map(normWord);
    }
    const k = this.#tokenAt(start);
    let four = k >= 0 ? this.#fourByToken[k] : this.#fourByOffset?.get(start);
    if (!four) {
      // The last words within 60 units are the last of #contextBefore's within 80, the one the window cuts cut.
      const { norms, spans } = this.#contextBefore(start, k);
      const lo = Math.max(0, from);
      four = [];
      for (let w = norms.length - 1; w >= 0 && four.length < 4 && spans[2 * w + 1] > lo; w--) {
        four.push(spans[2 * w] >= lo ? norms[w] : normWord(this.#line.text.slice(lo, spans[2 * w + 1])));
      }
      four.reverse();
      if (k >= 0) this.#fourByToken[k] = four;
      else (this.#fourByOffset ??= new Map()).set(start, four);
    }
    // The last `count` of the last four words are the last `count` words.
    return count === 4 ? four : four.slice(-count);
  }

  /**
   * The last seven words of the clause before `start` within 80 units, as written and normalised, with their
   * offsets in the line (see LineWords.spansBefore): #titleBefore's words, and #wordsBefore's for lines without
   * surrogates. `k` is #tokenAt(start).
   */
  #contextBefore(start: number, k = this.#tokenAt(start)): Context {
    let context = k >= 0 ? this.#contextByToken[k] : this.#contextByOffset?.get(start);
    if (!context) {
      context = this.#surrogates || k < 0 ? undefined : this.#contextOfTokensBefore(k);
      if (!context) {
        this.#lineWords ??= new LineWords(this.#line.text, this.#surrogates);
        const from = start - 80 - this.#line.start;
        const to = start - this.#line.start;
        const spans = this.#surrogates ? [] : this.#lineWords.spansBefore(from, to, 7);
        const raw: string[] = [];
        if (this.#surrogates) raw.push(...this.#lineWords.before(from, to, 7));
        else for (let w = 0; w < spans.length; w += 2) raw.push(this.#line.text.slice(spans[w], spans[w + 1]));
        context = { raw, norms: raw.map(normWord), spans };
      }
      if (k >= 0) this.#contextByToken[k] = context;
      else (this.#contextByOffset ??= new Map()).set(start, context);
    }
    return context;
  }

  /**
   * #contextBefore's words for the token at `next`, read off the line's tokens when the tokens before it are the
   * words (no joined or cut word, nothing but spaces and punctuation between them); undefined otherwise.
   */
  #contextOfTokensBefore(next: number): Context | undefined {
    const tokens = this.#tokens;
    const start = tokens[next].start;
    const text = this.#line.text;
    const lineStart = this.#line.start;
    const lo = Math.max(lineStart, start - 80);
    // The words, nearest first: tokens next - 1, next - 2, ... down to `first`.
    let first = next;
    let complete = false;
    for (let to = start; next - first < 7; first--) {
      const t = first > 0 ? tokens[first - 1] : undefined;
      // The units between the token and what follows it, nearest first: a clause break ends the context, a word
      // unit is a word no token holds.
      for (let i = to - lineStart - 1; i >= Math.max(t ? t.end : lineStart, lo) - lineStart && !complete; i--) {
        const c = text.charCodeAt(i);
        if (isClauseBreak(c)) complete = true;
        else if (isWordUnit(c)) return undefined;
      }
      if (complete || !t || t.end <= lo) break;
      if (t.start < lo || !t.plain) return undefined;
      to = t.start;
    }
    const count = next - first;
    const raw = new Array<string>(count);
    const norms = new Array<string>(count);
    const spans = new Array<number>(2 * count);
    for (let w = 0; w < count; w++) {
      const t = tokens[first + w];
      raw[w] = t.text;
      norms[w] = t.cap ? t.norm : (this.#wordNorms[first + w] ??= normWord(t.text));
      spans[2 * w] = t.start - lineStart;
      spans[2 * w + 1] = t.end - lineStart;
    }
    return { raw, norms, spans };
  }

  /** An institution word at `i`, or a two-word one a place word begins ("Stasiun Geofisika Sleman"). */
  #orgHeadAt(run: Token[], i: number): boolean {
    const heads = this.#lexicon.orgHeads;
    return heads.has(run[i].norm) || (i + 1 < run.length && mayBeginTwoWordHead(heads, run[i].norm) && heads.has(`${run[i].norm} ${run[i + 1].norm}`));
  }

  /** "le syndicat X": an organisation cue right before; not across a comma ("de la fédération, Tony Hautbois"). */
  #orgCueBefore(start: number, before: string[]): boolean {
    return this.#lexicon.orgCues.suffixLength(before) > 0 && !this.#afterPunctuation(start);
  }

  /** Whether a comma, semicolon or colon (and spaces) comes right before `start`: a cue word before it is another clause's. */
  #afterPunctuation(start: number): boolean {
    return /[,;:]\s*$/.test(lineSlice(this.#line, start - 2, start));
  }

  #wordsAfter(end: number, count: number): string[] {
    this.#lineWords ??= new LineWords(this.#line.text, this.#surrogates);
    return this.#lineWords.after(end - this.#line.start, end + 60 - this.#line.start, count).map(normWord);
  }

  /** Longest gazetteer name starting at tokens[i], within the run (none past its end). */
  #gazetteerAt(run: Token[], i: number): GazetteerMatch | undefined {
    if (i >= run.length) return undefined;
    const byEnd = (run[i].matches ??= []);
    const last = run[run.length - 1];
    for (let k = 0; k < byEnd.length; k += 2) {
      if (byEnd[k] === last) return (byEnd[k + 1] as GazetteerMatch | null) ?? undefined;
    }
    let match: GazetteerMatch | null = null;
    // Every word of a gazetteer name after its first is some name's later word: longer keys need not be tried.
    let longest = Math.min(MAX_NAME_WORDS, run.length - i);
    if (longest > 1 && (!tokenLaterWordsOnly(run[i], this.#lexicon, 1) || !hasFact(run[i], this.#lexicon, WORD_BEGINS_NAME))) longest = 1;
    for (let n = 1; n < longest; n++) {
      if (!tokenLaterWordsOnly(run[i + n], this.#lexicon, 0)) longest = n;
    }
    for (let n = longest; n > 0 && !match; n--) {
      if (n > 1 && !hasFact(run[i + n - 1], this.#lexicon, WORD_ENDS_NAME)) continue;
      const entry = n === 1 ? lookupToken(run[i]) : gazetteerLookupNormalized(run.slice(i, i + n).map((t) => t.norm).join(' '));
      if (entry) match = { length: n, entry };
    }
    byEnd.push(last, match);
    return match ?? undefined;
  }

  /** Whether run[from, to) holds no ordinary word and no known name. */
  #unknownWords(run: Token[], from: number, to: number): boolean {
    for (let k = from; k < Math.min(to, run.length); k++) {
      if (this.#isCommon(run[k]) || lookupToken(run[k])) return false;
    }
    return true;
  }

  /** An ordinary word; a word in capitals ("CCTV") is an acronym, not the word the vocabulary lists. */
  #isCommon(t: Token): boolean {
    if (hasFact(t, this.#lexicon, WORD_NON_ENTITY)) return true;
    return hasFact(t, this.#lexicon, WORD_COMMON) && !(t.text.length > 1 && !hasLower(t.text));
  }

  #isFrequent(t: Token): boolean {
    return hasFact(t, this.#lexicon, WORD_FREQUENT);
  }

  /**
   * A one-word gazetteer name that is also an ordinary word of the language is that word unless the
   * capitalisation says otherwise: "Antara" (the agency; "antara" = between) in a Title-Case headline, and
   * always for cities below a million people ("Anda", a Chinese city: "Anda" = you; "Kota", an Indian city:
   * "Kota" = city), whereas Paris and London stay cities although film subtitles make them frequent words.
   */
  #ordinaryWord(first: Token, length: number, entry: GazetteerEntry, titleLine: boolean): boolean {
    if (length !== 1 || !this.#isFrequent(first) || ACRONYM.test(first.text)) return false;
    // "Surat itu dikirim": a sentence's first word before a demonstrative is the word, even a major city's name.
    if (entry.population !== undefined) return entry.population < MAJOR_CITY || (first.weakCap && DEMONSTRATIVES.has(this.#wordsAfter(first.end, 1)[0] ?? ''));
    return entry.label !== 'LOC' && (titleLine || first.weakCap);
  }

  /** Sequences of capitalised tokens joined by single spaces and name particles. */
  sequences(tokens: Token[]): Token[][] {
    const out: Token[][] = [];
    let run: Token[] = [];
    const flush = () => {
      if (!run.length) return;
      while (run.length && !run[run.length - 1].cap) run.pop();
      if (run.length) out.push(run);
      run = [];
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const previous = run.length ? run[run.length - 1] : undefined; // not run[-1]: a slow property lookup
      let adjacent = previous && singleSpace(this.#line, previous.end, t.start);
      if (t.cap) {
        // "Côte d'Ivoire": an elided connector inside a known name.
        const elided = previous?.cap && !adjacent && t.start - previous.end === 3 ? ELIDED_CONNECTOR.exec(lineSlice(this.#line, previous.end, t.start)) : null;
        if (elided && previous) {
          const start = previous.end + 1;
          const connector: Token = { start, end: start + elided[1].length, text: elided[1], norm: elided[1][0].toLowerCase(), cap: false, weakCap: false, known: undefined, plain: false, facts: -1, matches: undefined };
          if (this.#continuesKnownName(run, [connector], tokens, i)) {
            run.push(connector);
            adjacent = true;
          }
        }
        if (!adjacent || run.length >= MAX_RUN) flush();
        const parts = this.#pairParts(t);
        if (!parts) run.push(t);
        else {
          for (const part of parts) {
            flush();
            run.push(part);
            flush();
          }
        }
        continue;
      }
      // A lower-case word joins only the run it directly follows.
      if (!adjacent || !previous) {
        flush();
        continue;
      }
      const next = tokens[i + 1];
      const lex = this.#lexicon;
      const runHead = run.length > 1 && DETERMINERS.has(run[0].norm) ? run[1] : run[0]; // "The Bank of England"
      // "Corée du Nord", "Pays de la Loire", "La Voix du Nord", "Santé publique France": lower-case connectors
      // and words inside a known name.
      const connector = NAME_CONNECTORS.has(t.norm);
      if (adjacent && previous.cap && (connector || next?.cap)) {
        const middle = connector && next && !next.cap && NAME_CONNECTORS.has(next.norm) ? [t, next] : [t];
        if (this.#continuesKnownName(run, middle, tokens, i + middle.length)) {
          run.push(...middle);
          i += middle.length - 1;
          continue;
        }
      }
      // Two particles in a row join too: "Ursula von der Leyen".
      const particle = hasFact(t, lex, WORD_JOINING_PARTICLE);
      const particlePair =
        particle && adjacent &&
        ((previous.cap && (lex.wordFacts(next?.norm ?? '') & WORD_JOINING_PARTICLE) !== 0 && tokens[i + 2]?.cap) || (!previous.cap && next?.cap));
      const joins =
        particlePair ||
        (adjacent && next?.cap && previous.cap &&
        (particle ||
          (hasFact(t, lex, WORD_GIVEN_NAME_PARTICLE) && hasFact(previous, lex, WORD_GIVEN_NAME) && !lookupToken(previous)) ||
          // Connectors join institution names ("Kementerian Pekerjaan Umum dan Perumahan Rakyat"), not place
          // names ("Kali Bekasi dan Sungai Cikeas" are two rivers) except with "de" ("Stade de France"), and not
          // two institutions ("PT Pertamina dan PT PLN").
          (CONNECTORS.has(t.norm) && !hasFact(next, lex, WORD_ORG_HEAD) &&
            (hasFact(runHead, lex, WORD_ORG_HEAD) || this.#titledInstitution(run, next) || (hasFact(runHead, lex, WORD_LOC_HEAD) && OF_WORDS.has(t.norm))))));
      // "RSUD dr Soetomo": a doctor's title inside the name of the hospital named after them.
      const doctor = t.norm === 'dr' && hasFact(previous, lex, WORD_ORG_HEAD) && next?.cap === true;
      if (joins || doctor) run.push(t);
      else flush();
    }
    flush();
    return out;
  }

  /**
   * "gelandang Dewa United Ricky Kambuaya", "penyerang Malut United Yakob Sayuri": after a title, a name ending
   * in an organisation's last word ("United", "Group") is the body, and the name after it the person.
   */
  #bodyByTailThenPerson(run: Token[], from: number): Candidate[] | undefined {
    for (let k = from + 1; k < run.length - 1; k++) {
      if (!hasFact(run[k], this.#lexicon, WORD_ORG_TAIL) || this.#nameRun(run, k + 1, true) !== run.length - k - 1) continue;
      const body = run.slice(from, k + 1);
      const known = this.#gazetteerAt(run, from);
      const org: Candidate = known?.length === body.length ? this.#fromGazetteer(body, known.entry) : makeCandidate(body, 'ORG', 'pattern', false);
      return [org, makeCandidate(run.slice(k + 1), 'PER', 'trigger', false)];
    }
    return undefined;
  }

  /**
   * "Kepala Dinas Pekerjaan Umum dan Penataan Ruang": a title, then an institution head word, so connectors join
   * the institution's name as after the head word alone; not before another title ("... dan Menteri Keuangan").
   */
  #titledInstitution(run: Token[], next: Token): boolean {
    const lex = this.#lexicon;
    const title = lex.titles.prefixLength(run.slice(0, 3).map((t) => t.norm));
    return title > 0 && title < run.length && hasFact(run[title], lex, WORD_ORG_HEAD) && !hasFact(next, lex, WORD_TITLE);
  }

  /** Whether the end of the run, the connector words and the capitalised words from tokens[next] spell a known name. */
  #continuesKnownName(run: Token[], middle: Token[], tokens: Token[], next: number): boolean {
    if (!hasFact(middle[0], this.#lexicon, WORD_LATER_IN_NAME)) return false;
    const joined = middle.map((t) => t.norm);
    for (let j = Math.max(0, run.length - 3); j < run.length; j++) {
      if (!hasFact(run[j], this.#lexicon, WORD_BEGINS_NAME)) continue;
      const start = run.slice(j).map((t) => t.norm);
      const end: string[] = [];
      for (let k = next; k < next + 3 && tokens[k]?.cap; k++) {
        end.push(tokens[k].norm);
        if (hasFact(tokens[k], this.#lexicon, WORD_ENDS_NAME) && gazetteerLookupNormalized([...start, ...joined, ...end].join(' '))) return true;
      }
    }
    return false;
  }

  /** "Rusia-Iran", "Syrie-Russie": a hyphenated pair of known names is two mentions (undefined: the token is one). */
  #pairParts(t: Token): Token[] | undefined {
    if ((!t.text.includes('-') && !t.text.includes('‐')) || lookupToken(t)) return undefined;
    const parts = hyphenatedParts(t);
    return parts.length > 1 && parts.every((part) => gazetteerLookup(part.text)) ? parts : undefined;
  }

  /**
   * The run extended over the one or two lower-case words after it when that completes a known name:
   * "Rassemblement national", "Assemblée nationale", "La France insoumise".
   */
  #withLowerCaseTail(run: Token[]): Token[] {
    const end = run[run.length - 1].end;
    // The tail starts with a space and a lower-case letter: most runs are rejected by two char codes.
    const text = this.#line.text;
    const next = text.charCodeAt(end + 1 - this.#line.start);
    if (text.charCodeAt(end - this.#line.start) !== 32 || (next < 128 && (next < 97 || next > 122)) || Number.isNaN(next)) return run;
    // Words of three letters or more: "Sana a rapporté" is Sana (the agency) and the verb, not Sana'a; a
    // two-letter article only before a second word ("Réunion la 1ère"), which may start with a digit.
    // Most first words are in no gazetteer name: they are read off by char codes before the regexp runs.
    let words: (string | undefined)[];
    if (this.#surrogates) {
      const m = LOWER_CASE_TAIL.exec(lineSlice(this.#line, end, end + 40));
      if (!m) return run;
      words = [m[1], m[2]];
    } else {
      // LOWER_CASE_TAIL read off by char codes: its first word is the longest run of [\p{L}'’\-] (two units at
      // least), the second the longest of [\p{L}\p{N}'’\-] after a space (three at least), within 40 units.
      const from = end + 1 - this.#line.start;
      const limit = Math.min(text.length, end + 40 - this.#line.start);
      const joiner = (c: number) => c === 39 || c === 0x2019 || c === 45;
      let to = from + 1;
      while (to < limit && ((unitClass(text.charCodeAt(to)) & CHAR_LETTER) !== 0 || joiner(text.charCodeAt(to)))) to++;
      if ((unitClass(next) & CHAR_LOWER) === 0 || to - from < 2) return run;
      const first = text.slice(from, to);
      if ((this.#lexicon.wordFacts(normWord(first)) & WORD_LATER_IN_NAME) === 0) return run;
      let secondEnd = to + 2;
      if (to + 1 < limit && text.charCodeAt(to) === 32 && (unitClass(text.charCodeAt(to + 1)) & (CHAR_LOWER | CHAR_NUMBER)) !== 0) {
        while (secondEnd < limit && ((unitClass(text.charCodeAt(secondEnd)) & (CHAR_LETTER | CHAR_NUMBER)) !== 0 || joiner(text.charCodeAt(secondEnd)))) secondEnd++;
      }
      words = [first, secondEnd - (to + 1) >= 3 ? text.slice(to + 1, secondEnd) : undefined];
    }
    const tail: Token[] = [];
    let offset = end + 1;
    for (const word of words) {
      if (!word) break;
      tail.push({ start: offset, end: offset + word.length, text: word, norm: normWord(word), cap: false, weakCap: false, known: undefined, plain: false, facts: -1, matches: undefined });
      offset += word.length + 1;
    }
    if (!hasFact(tail[0], this.#lexicon, WORD_LATER_IN_NAME)) return run;
    // Every word of a gazetteer name after its first is some name's later word: names cannot start at a token
    // that fails this, nor end in words that fail it.
    let firstStart = run.length - 1;
    while (firstStart > 0 && tokenLaterWordsOnly(run[firstStart], this.#lexicon, 0)) firstStart--;
    const norms = run.map((t) => t.norm);
    const shortest = tail[0].text.length < 3 ? 2 : 1;
    for (let n = tail.length; n >= shortest; n--) {
      if (!hasFact(tail[n - 1], this.#lexicon, WORD_ENDS_NAME)) continue;
      if (!tail.slice(0, n).every((t) => tokenLaterWordsOnly(t, this.#lexicon, 0))) continue;
      const ending = tail.slice(0, n).map((t) => t.norm);
      for (let i = firstStart; i < run.length; i++) {
        if (tokenLaterWordsOnly(run[i], this.#lexicon, 1) && hasFact(run[i], this.#lexicon, WORD_BEGINS_NAME) && gazetteerLookupNormalized([...norms.slice(i), ...ending].join(' '))) return [...run, ...tail.slice(0, n)];
      }
    }
    return run;
  }

  /** Mentions in one capitalised sequence. */
  /** "le garde des Sceaux": the candidate's words end a title phrase that begins before it, and name no one. */
  endsTitle(c: Candidate): boolean {
    const titles = this.#lexicon.titles;
    if (!titles.mayEndWith(c.tokens[c.tokens.length - 1].norm)) return false;
    const words = [...this.#wordsBefore(c.tokens[0].start, 4), ...c.tokens.map((t) => t.norm)];
    return titles.suffixLength(words) > c.tokens.length;
  }

  candidates(capitalised: Token[], titleLine: boolean): Candidate[] {
    const found = this.#candidates(capitalised, titleLine).map((c) => this.#withDepartmentNumber(c));
    const strong = found.filter((c) => !c.weak);
    if (strong.length) this.#previous = strong[strong.length - 1];
    return found;
  }

  /**
   * A place cue right before `start`, or one and a lower-case article: "à la Castellane", "cité de la Busserine";
   * not across a comma ("De son côté, Pierre Dupont").
   */
  #locCueBefore(start: number, before: string[]): boolean {
    if (this.#afterPunctuation(start)) return false;
    const cues = this.#lexicon.locCues;
    if (cues.suffixLength(before)) return true;
    if (before.length <= 1) return false;
    const last = before[before.length - 1];
    return (last === 'la' || last === 'l' || last === 'les') && cues.suffixLength(before, before.length - 1) > 0;
  }

  /** " (Finistère)": a known region, département or country in brackets right after `end`. */
  #areaInBracketsAfter(end: number): boolean {
    // The match starts with " (": most positions are rejected by two char codes.
    const at = end - this.#line.start;
    if (this.#line.text.charCodeAt(at) !== 32 || this.#line.text.charCodeAt(at + 1) !== 40) return false;
    const m = AREA_IN_BRACKETS.exec(lineSlice(this.#line, end, end + 40));
    return m !== null && gazetteerLookup(m[1])?.label === 'LOC';
  }

  /** "Vierzon (Cher)": the name in brackets right after a place is its area, even spelled like a word. */
  #areaOfPreviousPlace(run: Token[], i: number, length: number): boolean {
    const previous = this.#previous;
    if (run.length !== length || i !== 0 || previous?.label !== 'LOC') return false;
    const previousEnd = previous.tokens[previous.tokens.length - 1].end;
    return lineSlice(this.#line, previousEnd, run[0].start) === ' (' && lineSlice(this.#line, run[length - 1].end, run[length - 1].end + 1) === ')';
  }

  /** "(SDIS 83)", "(Sdis 29)": a body's one-word short name, then the number of the French département it serves. */
  #withDepartmentNumber(c: Candidate): Candidate {
    const last = c.tokens[c.tokens.length - 1];
    if (c.label !== 'ORG' || c.tokens.length !== 1 || last.text.length > 6) return c;
    // The match starts with a space and a digit.
    const digit = this.#line.text.charCodeAt(last.end - this.#line.start + 1);
    if (this.#line.text.charCodeAt(last.end - this.#line.start) !== 32 || !(digit >= 48 && digit <= 57)) return c;
    const m = DEPARTMENT_NUMBER.exec(lineSlice(this.#line, last.end, last.end + 6));
    if (!m) return c;
    const number: Token = { start: last.end + 1, end: last.end + m[0].length, text: m[0].slice(1), norm: m[0].slice(1).toLowerCase(), cap: false, weakCap: false, known: undefined, plain: false, facts: -1, matches: undefined };
    return withTokens(c, [...c.tokens, number]);
  }

  /** The label of a mention this one is coordinated with: "Khan Younis dan Deir al-Balah", "Lyon et Marseille". */
  #coordinatedLabel(first: Token): EntityLabel | undefined {
    const previous = this.#previous;
    if (!previous || previous.weak) return undefined;
    const between = lineSlice(this.#line, previous.tokens[previous.tokens.length - 1].end, first.start);
    return /^,? (?:dan|et|and|serta) $/.test(between) ? previous.label : undefined;
  }

  #candidates(capitalised: Token[], headline: boolean): Candidate[] {
    const lex = this.#lexicon;
    const extended = this.#withLowerCaseTail(capitalised);
    // A capitalised article is not part of the name unless the gazetteer says so ("Le Monde", "La France
    // insoumise") or it is a title of the press ("The New York Times").
    const startsWithArticle = extended.length > 1 && DETERMINERS.has(extended[0].norm);
    const rest = startsWithArticle ? extended.slice(1) : [];
    // After a title the article is part of the surname: "Mme Le Pen", "M. Le Maire".
    const determiner =
      startsWithArticle && !this.#gazetteerAt(extended, 0) && !this.#titleBefore(extended[0].start) &&
      (!hasFact(extended[extended.length - 1], lex, WORD_ORG_TAIL) || this.#gazetteerAt(rest, 0)?.length === rest.length);
    // "jusqu'à La Castellane", "à La Bricarde": a capitalised article inside a sentence, after a place cue,
    // begins a place name unknown to the gazetteer.
    // "La Forest-Landerneau (Finistère)": so does a known region or département in brackets after it.
    const placeWithArticle = determiner && !headline && !extended[0].weakCap && !this.#gazetteerAt(rest, 0) &&
      (lex.locCues.suffixLength(this.#wordsBefore(extended[0].start, 4)) > 0 || this.#areaInBracketsAfter(extended[extended.length - 1].end));
    if (placeWithArticle) return [makeCandidate(extended, 'LOC', 'pattern', false)];
    const run = determiner ? rest : extended;
    const out: Candidate[] = [];
    const before = this.#wordsBefore(run[0].start, 4);
    // "RUU KUHAP", "RUU Pilkada", "la loi Travail": the name of a law is not an entity.
    if (before.length && lex.lawCues.has(before[before.length - 1])) return out;
    if (run.length === 1 && before.length && INITIALS_CUES.has(before[before.length - 1]) && INITIALS.test(run[0].text)) return [makeCandidate(run, 'PER', 'trigger', false)];
    let i = 0;
    // A title or role inside the sequence ("Presiden", "Menteri Luar Negeri") or just before it ("le président
    // syrien", "Menteri luar negeri") introduces a person.
    let trigger = false;
    // "Oleh Yohanes Sitorus - Jumat, 10 Oktober": the byline word introduces the writer, in a line of capitals too.
    const bylineWord = run.length > 2 && this.#byline(run[1].start);
    const byline = bylineWord || (run.length > 1 && this.#byline(run[0].start));
    const titleLine = headline && !byline;
    const title = bylineWord ? { start: 0, end: 1 } : this.#titleIn(run);
    if (title) {
      // What precedes the title is its modifier: "Syrian Foreign Minister", "US President" (places only).
      for (let j = 0; j < title.start; ) {
        const hit = this.#gazetteerAt(run.slice(0, title.start), j);
        if (hit?.entry.label === 'LOC' && !this.#ordinaryWord(run[j], hit.length, hit.entry, titleLine)) out.push(this.#fromGazetteer(run.slice(j, j + hit.length), hit.entry));
        j += hit?.length ?? 1;
      }
      trigger = true;
      i = title.end;
    } else {
      // A title in apposition introduces a full name: "le ministre des Affaires étrangères, Karim Benmoussa".
      trigger = byline || this.#titleBefore(run[0].start) || (run.length > 1 && this.#titleInApposition(run[0].start));
    }
    // Portfolio words after the title: "Menteri Pertahanan", "Ketua Umum"; not a name: "Wali Kota Eri".
    // A word before a Korean-style given name ("Shin Tae-yong") is the surname.
    const club = trigger ? this.#bodyByTailThenPerson(run, i) : undefined;
    if (club) return [...out, ...club];
    // A usual word alone after the title is its portfolio too: "Menteri Kesehatan dan Pertanian".
    if (trigger) {
      while (
        (i < run.length - 1 || (i === run.length - 1 && hasFact(run[i], lex, WORD_USUAL))) && this.#isPortfolioWord(run[i], run.length - i - 1) &&
        !this.#gazetteerAt(run, i) && !koreanGivenName(run[i + 1]?.text ?? '')
      ) i++;
    }
    if (trigger && i < run.length - 1) {
      // The institution the person heads: "Kepala Badan Meteorologi", "Ketua PSSI Erick Thohir".
      if (this.#orgHeadAt(run, i)) return [...out, ...this.#headedWithPerson(run.slice(i), 'ORG', titleLine)];
      if (hasFact(run[i], lex, WORD_LOC_HEAD)) return [...out, ...this.#headedWithPerson(run.slice(i), 'LOC', titleLine)];
      if (ACRONYM.test(run[i].text) && !hasFact(run[i], lex, WORD_NON_ENTITY)) {
        // "Gubernur DKI Jakarta Pramono Anung": the acronym may begin a longer known name.
        const known = this.#gazetteerAt(run, i);
        const length = known && i + known.length < run.length ? known.length : 1;
        const entry = length === known?.length ? known.entry : lookupToken(run[i]);
        out.push(entry ? this.#fromGazetteer(run.slice(i, i + length), entry) : makeCandidate([run[i]], 'ORG', 'pattern', false));
        i += length;
      }
    }
    const prefixedClub = i < run.length && mayBeginClub(run[i]) ? this.#club(run.slice(i)) : undefined;
    if (prefixedClub) {
      const after = run.slice(i + prefixedClub.tokens.length);
      return [...out, prefixedClub, ...(after.length ? this.#candidates(after, titleLine) : [])];
    }
    // "Pindah ke Klub Prancis": a generic institution word before a country is not a name; the country is.
    const country = run.length - i === 2 && GENERIC_HEADS.has(run[i].norm) && !this.#gazetteerAt(run, i) ? this.#gazetteerAt(run, i + 1) : undefined;
    if (country?.entry.label === 'LOC' && country.entry.population === undefined) return [...out, this.#fromGazetteer(run.slice(i + 1), country.entry)];
    // "Keolis Rennes", "Walhi Jakarta": an unknown word that is neither a word nor a given name, then a city, is
    // a company or body with its local seat.
    const seat = !trigger && !titleLine && run.length - i === 2 ? this.#gazetteerAt(run, i + 1) : undefined;
    const body = run[i];
    if (seat?.entry.population !== undefined && seat.length === 1 && !this.#gazetteerAt(run, i) && !this.#isCommon(body) && !hasFact(body, lex, WORD_GIVEN_NAME) && !isAcronym(body) &&
      !hasFact(body, lex, WORD_LOC_HEAD) && !hasFact(body, lex, WORD_ORG_HEAD)) {
      return [...out, makeCandidate(run.slice(i), 'ORG', 'pattern', false)];
    }
    // #headLabel names no sequence of one word.
    const head = trigger || run.length - i < 2 ? undefined : this.#headLabel(run.slice(i), this.#orgCueBefore(run[i].start, before));
    // "Pengamat politik dari Universitas Padjadjaran Firman Manan": a role, "dari", then the body and the person.
    if (head && this.#roleBeforeAffiliation(run[i].start)) return [...out, ...this.#headedWithPerson(run.slice(i), head, titleLine)];
    if (head) return [...out, ...this.#knownThenPerson(run.slice(i), head, titleLine)];
    while (i < run.length) {
      if (i < run.length - 1 && lex.lawCues.has(run[i].norm)) break; // "Pembahasan RUU KUHAP": a law's name follows
      // "Kepala BNPB Letjen Suharyanto": a rank or title after the institution introduces the person.
      const lastOrg = out.length ? out[out.length - 1] : undefined;
      const rank = lastOrg?.label === 'ORG' && lastOrg.tokens[lastOrg.tokens.length - 1] === run[i - 1] ? lex.titles.prefixLength(run.slice(i).map((t) => t.norm)) : 0;
      if (rank && i + rank < run.length) {
        i += rank;
        trigger = true;
        continue;
      }
      // "Direktur Reskrimsus Polda Sumut Kombes Rudi": after the title's unit, the body, then the person.
      if (trigger && !titleLine && i > 0 && i < run.length - 1 && this.#orgHeadAt(run, i) && !GENERIC_HEADS.has(run[i].norm) && !this.#gazetteerAt(run, i)) {
        out.push(...this.#headedWithPerson(run.slice(i), 'ORG', titleLine));
        break;
      }
      // "Pemerintah Provinsi Jawa Barat": a place or institution word starts the rest of the sequence.
      const inner = i > 0 && !trigger && run.length - i >= 2 ? this.#headLabel(run.slice(i), false) : undefined;
      if (inner && (this.#headLength(lex.locHeads, run, i) || hasFact(run[i], lex, WORD_ORG_HEAD))) {
        out.push(this.#headed(run.slice(i), inner, titleLine));
        break;
      }
      let hit = this.#gazetteerAt(run, i) ?? (i === 0 ? this.#afterContractedArticle(run) : undefined);
      if (hit && this.#ordinaryWord(run[i], hit.length, hit.entry, titleLine) && !this.#areaOfPreviousPlace(run, i, hit.length)) hit = undefined;
      // "Saham PT Astra ...": a sentence's first word that is an ordinary word before more capitals, not a town.
      // "Indeks Harga Saham Gabungan": a town's name between ordinary words is an ordinary word too.
      const ordinaryStart = i === 0 && hit?.length === 1 && run.length > 1 && run[0].weakCap && this.#isCommon(run[0]);
      const amongWords = i > 0 && hit?.length === 1 && this.#isCommon(run[i]) && this.#isCommon(run[i - 1]) && run[i + 1] !== undefined && this.#isCommon(run[i + 1]);
      if ((ordinaryStart || amongWords) && (hit?.entry.population ?? MAJOR_CITY) < MAJOR_CITY) hit = undefined;
      // "le groupe Orange", "perusahaan Batu": after an organisation cue a town's name is the company's.
      const minorPlace = hit?.entry.label === 'LOC' && (hit.entry.population ?? Infinity) < MAJOR_CITY && hit.length === run.length;
      if (minorPlace && i === 0 && lex.orgCues.suffixLength(before)) hit = undefined;
      if (hit && i === 0 && hit.entry.label === 'LOC' && (lex.languageCues.suffixLength(before) || lex.currencyCues.suffixLength(before))) {
        i += hit.length; // "berbahasa Inggris", "dolar AS": the language or the currency, not the country
        continue;
      }
      if (hit) {
        const tokens = run.slice(i, i + hit.length);
        const rest = this.#nameRun(run, i + hit.length, trigger && !titleLine);
        // A known name followed by more name parts is a longer unknown name ("Assad Hassan al-Shaybani",
        // "Jordan Henderson"), unless a title says a place precedes the person ("Presiden Rusia Vladimir Putin").
        // A country spelled like a given name, before unknown name words: "Jordan Bardella", "Israel Katz".
        const givenCountry = hit.entry.population === undefined && (trigger || this.#unknownWords(run, i + 1, i + 1 + rest));
        const partOfName =
          rest > 0 && (hit.entry.label === 'PER' || (hit.length === 1 && hasFact(tokens[0], lex, WORD_GIVEN_NAME) && (hit.entry.population !== undefined || givenCountry)));
        if (!partOfName) {
          // "Jakarta Selatan", "Indonesia Timur": a place and a compass word name a part of the place.
          const compass = hit.entry.label === 'LOC' && i + hit.length < run.length && lex.compassSuffixes.mayBeginWith(run[i + hit.length].norm)
            ? lex.compassSuffixes.prefixLength(run.slice(i + hit.length).map((t) => t.norm))
            : 0;
          if (compass) out.push(makeCandidate(run.slice(i, i + hit.length + compass), 'LOC', 'pattern', false));
          else out.push(this.#fromGazetteer(tokens, hit.entry));
          i += hit.length + compass;
          continue;
        }
      }
      const length = this.#nameRun(run, i, trigger && !titleLine) || (hit ? hit.length : 0);
      if (!length) {
        // An ordinary-looking word ("Putin" is in the subtitle-based vocabulary) is a name only if the
        // article names it elsewhere.
        // "le Parlement", "la Commission": an institution word alone, capitalised after an article, is that body;
        // so is a word after an organisation cue ("le constructeur Renault").
        const institution = run.length === 1 && !run[i].weakCap && !titleLine &&
          ((hasFact(run[i], lex, WORD_ORG_HEAD) && ARTICLE_BEFORE.test(lineSlice(this.#line, run[i].start - 3, run[i].start))) || this.#orgCueBefore(run[i].start, before));
        // "éleveur laitier à Vitré", "kawasan Teluk": an ordinary word capitalised inside a sentence right after a
        // locative word is a place spelled like that word; not after an article ("au Louvre", "au Sénat": a
        // building or an institution), nor one of the language's most frequent words ("di Kota ini").
        const place = run.length === 1 && !run[i].weakCap && !titleLine && !hasFact(run[i], lex, WORD_NON_ENTITY) && !this.#isFrequent(run[i]) &&
          lex.locCues.suffixLength(before) > 0 && !CONTRACTED_ARTICLES.has(before[before.length - 1]);
        if (institution) out.push(makeCandidate([run[i]], 'ORG', 'pattern', false));
        else if (place) out.push(makeCandidate([run[i]], 'LOC', 'pattern', false));
        else if (run[i].cap && !hasFact(run[i], lex, WORD_NON_ENTITY)) out.push(makeCandidate([run[i]], 'PER', 'pattern', true));
        i++;
        continue;
      }
      const tokens = run.slice(i, i + length);
      // "Direktur Eksekutif Walhi Jakarta Suci Fitria": one word, a place, then the name is an organisation.
      const place = this.#gazetteerAt(run, i + length);
      if (trigger && length === 1 && place?.entry.label === 'LOC' && i + length + place.length < run.length) {
        out.push(makeCandidate(tokens, 'ORG', 'pattern', false));
        i += length;
        continue;
      }
      out.push(this.#classify(tokens, trigger && (!out.length || out[out.length - 1].label !== 'PER'), titleLine));
      i += length;
    }
    return out;
  }

  /**
   * A name whose article French contracts with the preposition: "parti du Luc" (Le Luc), "le vote des Républicains"
   * (Les Républicains). The mention is the name without the article.
   */
  #afterContractedArticle(run: Token[]): GazetteerMatch | undefined {
    const m = /(?:^|\s)(du|au|des|aux) $/u.exec(lineSlice(this.#line, run[0].start - 5, run[0].start));
    if (!m) return undefined;
    const article = m[1] === 'du' || m[1] === 'au' ? 'le' : 'les';
    for (let n = Math.min(MAX_NAME_WORDS - 1, run.length); n > 0; n--) {
      const entry = gazetteerLookupNormalized([article, ...run.slice(0, n).map((t) => t.norm)].join(' '));
      if (entry) return { length: n, entry };
    }
    return undefined;
  }

  /** The last title phrase in the run that only ordinary words, demonyms and places precede. */
  #titleIn(run: Token[]): { start: number; end: number } | undefined {
    if (run.length < 2) return undefined;
    const norms = run.map((t) => t.norm);
    let found: { start: number; end: number } | undefined;
    for (let j = 0; j < run.length - 1; j++) {
      // "Ibu Kota Nusantara": a title word that begins a place word ("ibu kota", the capital) is no title.
      const n = this.#headLength(this.#lexicon.locHeads, run, j) > 1 ? 0 : this.#lexicon.titles.prefixLength(norms, j);
      if (n) found = { start: j, end: j + n };
      const t = run[j];
      if (!(this.#isCommon(t) || lookupToken(t)?.label === 'LOC' || n)) break;
    }
    return found;
  }

  /** "Oleh Yohanes Sitorus", "Par Claire Martin", "Penulis: Rina Wati": the writer named at the start of a line. */
  #byline(start: number): boolean {
    // BYLINE.test(lineSlice(this.#line, this.#line.start, start)) when the text before `start` is short and starts with a byline word's capital.
    const text = this.#line.text;
    const to = start - this.#line.start;
    let i = 0;
    while (i < to && isSpaceUnit(text.charCodeAt(i))) i++;
    if (!BYLINE_INITIALS.has(text.charCodeAt(i))) return false;
    return BYLINE.test(text.slice(0, to));
  }

  /** "Peneliti dari", "Pengamat politik dari": a title, then "dari" (from) right before `start`. */
  #roleBeforeAffiliation(start: number): boolean {
    const before = lineSlice(this.#line, start - 6, start);
    if (!before.endsWith(' dari ')) return false;
    return this.#titleBefore(start - 6 + before.lastIndexOf(' dari ') + 1);
  }

  /** "le ministre des Affaires étrangères, Assad Hassan al-Shaybani": a title phrase, a comma, then the name. */
  #titleInApposition(start: number): boolean {
    if (!/,\s*$/.test(lineSlice(this.#line, start - 3, start))) return false;
    const before = lineSlice(this.#line, start - 120, start);
    const m = /(?:^|[,.;:(])\s*([^,.;:()]+),\s*$/u.exec(before);
    if (!m) return false;
    const words = normalizeName(m[1]).split(' ').filter((w) => !DETERMINERS.has(w));
    return this.#lexicon.titles.prefixLength(words) > 0;
  }

  /**
   * A title right before the name, or before modifiers: lower-case ones ("le président syrien", "Menteri luar
   * negeri") or a capitalised portfolio with connectors ("Menteri Energi dan Sumber Daya Mineral Bahlil").
   */
  readonly #titleBeforeCache = new Map<number, boolean>();

  #titleBefore(start: number): boolean {
    let found = this.#titleBeforeCache.get(start);
    if (found === undefined) {
      found = this.#findTitleBefore(start);
      this.#titleBeforeCache.set(start, found);
    }
    return found;
  }

  #findTitleBefore(start: number): boolean {
    const lex = this.#lexicon;
    const { raw, norms: before } = this.#contextBefore(start);
    for (let skip = 0; skip <= 6 && skip < before.length; skip++) {
      if (skip > 0) {
        const k = raw.length - skip;
        const word = raw[k];
        const lowerModifier = skip <= 2 && !startsUpper(word) && !FUNCTION_WORDS.has(before[k]);
        const portfolio = startsUpper(word) ? (lex.wordFacts(before[k]) & WORD_USUAL) !== 0 : CONNECTORS.has(before[k]) && k > 0 && startsUpper(raw[k - 1]);
        if (!lowerModifier && !portfolio) break;
      }
      if (lex.titles.suffixLength(before, before.length - skip)) return true;
    }
    return false;
  }

  /** A word of the title's portfolio; a rarer word only when two name words still follow it. */
  #isPortfolioWord(t: Token, following: number): boolean {
    const lex = this.#lexicon;
    const ordinary = hasFact(t, lex, WORD_USUAL) || (following >= 2 && this.#isCommon(t));
    // An article after a title starts the surname ("Mme Le Pen"), it is no portfolio.
    return ordinary && !hasFact(t, lex, WORD_GIVEN_NAME) && !hasFact(t, lex, WORD_ORG_HEAD) && !hasFact(t, lex, WORD_LOC_HEAD) && !DETERMINERS.has(t.norm);
  }

  /**
   * ORG when the sequence starts with an institution word ("Kementerian", "Badan") or follows an organisation
   * cue ("kantor berita"); LOC when it starts or ends with a place word ("Stadion", "Bandara", "Airport").
   * A one-letter tail is not a name ("Grup C").
   */
  #headLabel(run: Token[], orgCue: boolean): EntityLabel | undefined {
    const lex = this.#lexicon;
    if (run.length < 2 || !run.slice(1).some((t) => t.cap && t.text.length > 1)) return undefined;
    const last = run[run.length - 1].norm;
    if (this.#orgHeadAt(run, 0) || (lex.wordFacts(last) & WORD_ORG_TAIL) !== 0 || (orgCue && this.#unknownAfterPlace(run))) return 'ORG';
    // "Stade Rennais", "Stade Toulousain": a stadium word before a demonym names the club.
    if (run.length === 2 && run[0].norm === 'stade' && CLUB_DEMONYM.test(run[1].text)) return 'ORG';
    const locHead = this.#headLength(lex.locHeads, run, 0);
    if ((locHead && locHead < run.length) || (lex.wordFacts(last) & WORD_LOC_TAIL) !== 0) return 'LOC';
    return undefined;
  }

  /** Length in words of the head word or two-word head ("ibu kota", "bandar udara") at run[i] (0 if none). */
  #headLength(heads: Set<string>, run: Token[], i: number): number {
    if (i + 1 < run.length && mayBeginTwoWordHead(heads, run[i].norm) && heads.has(`${run[i].norm} ${run[i + 1].norm}`)) return 2;
    return heads.has(run[i].norm) ? 1 : 0;
  }

  /**
   * A football club: an Indonesian "Pers..." club name with the city after it ("Persib Bandung", "Persija"), or a
   * club prefix before a city ("AS Monaco", "FC Nantes", "RC Lens" and the words that follow the city).
   */
  #club(run: Token[]): Candidate | undefined {
    // mayBeginClub(run[0]) holds.
    const first = run[0];
    if (first.text.startsWith('Pers') && INDONESIAN_CLUB.test(first.text) && !this.#isCommon(first) && !lookupToken(first)) {
      let n = 1;
      while (n < run.length && this.#gazetteerAt(run, n)?.entry.label === 'LOC' && this.#gazetteerAt(run, n)?.length === 1) n++;
      return makeCandidate(run.slice(0, n), 'ORG', 'pattern', false);
    }
    const city = run.length > 1 && CLUB_PREFIXES.has(first.text) ? this.#gazetteerAt(run, 1) : undefined;
    if (city?.entry.label !== 'LOC' || city.entry.population === undefined) return undefined;
    return makeCandidate(run, 'ORG', 'pattern', false);
  }

  /**
   * No known name, or a place followed by unknown words: after "l'association", "France Nature Environnement" is
   * one name, whereas "perusahaan Rusia Gazprom" is a country and a known company.
   */
  #unknownAfterPlace(run: Token[]): boolean {
    const first = this.#gazetteerAt(run, 0);
    if (!first) return true;
    return first.entry.label === 'LOC' && first.length < run.length && !this.#gazetteerAt(run, first.length);
  }

  /**
   * "politikus Partai Gerindra Sugiono", "kader Partai Golkar Bambang Soesatyo": a known institution (after its
   * head word or not), then a person's name.
   */
  #knownThenPerson(run: Token[], label: EntityLabel, titleLine: boolean): Candidate[] {
    const atStart = this.#gazetteerAt(run, 0);
    const afterHead = atStart || !hasFact(run[0], this.#lexicon, WORD_ORG_HEAD) ? undefined : this.#gazetteerAt(run, 1);
    const known = atStart ?? afterHead;
    const orgEnd = atStart ? atStart.length : afterHead ? 1 + afterHead.length : 0;
    const rest = run.length - orgEnd;
    const person = (t: Token) => hasFact(t, this.#lexicon, WORD_GIVEN_NAME) || (!this.#isCommon(t) && !isAcronym(t) && (lookupToken(t)?.label ?? 'PER') === 'PER');
    // "(BPBD) Kabupaten Cianjur Asep Sukma Wijaya": after a known place, a given name starts the person.
    const placeThenPerson = known?.entry.label === 'LOC' && rest >= 2 && hasFact(run[orgEnd], this.#lexicon, WORD_GIVEN_NAME) && !lookupToken(run[orgEnd]);
    if ((known?.entry.label === 'ORG' || placeThenPerson) && orgEnd && rest > 0 && person(run[orgEnd]) && this.#nameRun(run, orgEnd, true) === rest) {
      const name = run.slice(orgEnd);
      const knownPerson = this.#gazetteerAt(run, orgEnd);
      const per: Candidate = knownPerson?.entry.label === 'PER' && knownPerson.length === rest
        ? this.#fromGazetteer(name, knownPerson.entry)
        : makeCandidate(name, 'PER', 'pattern', titleLine);
      return [this.#fromGazetteer(run.slice(0, orgEnd), known.entry), per];
    }
    return [this.#headed(run, label, titleLine)];
  }

  /** A whole institution or place sequence: the gazetteer's entry when it knows the name, else a pattern. */
  #headed(run: Token[], label: EntityLabel, titleLine = false): Candidate {
    const known = this.#gazetteerAt(run, 0);
    if (known && known.length === run.length) return this.#fromGazetteer(run, known.entry);
    // "Gunung Ruang Kembali Erupsi": in a Title-Case headline the name may run into the verb. The article's body
    // decides; failing that, the name ends before the first ordinary word.
    // "Perusahaan Janji Pasang Filter": a generic head word ("the company") names nothing the body does not name;
    // nor does a head word before an ordinary word ("Desa Protes Limbah", "Gunung Api Meletus").
    const verb = titleLine ? run.findIndex((t, k) => k >= 2 && this.#isFrequent(t)) : -1;
    const wordAfterHead = run[1].cap && this.#isCommon(run[1]);
    const headlineName = GENERIC_HEADS.has(run[0].norm) || wordAfterHead ? undefined : verb > 0 ? verb : run.length;
    if (titleLine && run.length > 2) return makeCandidate(run, label, 'pattern', true, undefined, undefined, headlineName);
    return makeCandidate(run, label, 'pattern', false);
  }

  /**
   * After a title, an institution and the person who holds the title: "Juru bicara Dewan Keamanan Nasional John
   * Kirby" -> the council, then John Kirby (a given name and at least one more name word close the sequence).
   */
  #headedWithPerson(run: Token[], label: EntityLabel, titleLine: boolean): Candidate[] {
    const lex = this.#lexicon;
    // "Gubernur Bank Indonesia Perry Warjiyo": a known body, then the name the title announced.
    const body = this.#gazetteerAt(run, 0);
    if (body && body.entry.label !== 'PER' && body.length < run.length && !isAcronym(run[body.length]) && this.#nameRun(run, body.length, true) === run.length - body.length) {
      const person = run.slice(body.length);
      const known = this.#gazetteerAt(run, body.length);
      const per: Candidate = known?.entry.label === 'PER' && known.length === person.length
        ? this.#fromGazetteer(person, known.entry)
        : makeCandidate(person, 'PER', 'trigger', titleLine);
      return [this.#fromGazetteer(run.slice(0, body.length), body.entry), per];
    }
    for (let g = 1; g < run.length; g++) {
      // The person starts at a given name, after the number of a numbered body and the acronym of the body it
      // belongs to ("Ketua Komisi II Rifqi Karsa", "Wakil Ketua Komisi III DPR Habiburokhman": a one-word name
      // too), or after a place or acronym ending the body's name when only unknown name words follow ("Dinkes DKI
      // Ani Ruspita").
      if (isAcronym(run[g]) && lookupToken(run[g])?.label !== 'PER') continue;
      const previous = run[g - 1];
      const nameWords = run.length - g >= 2 && run.slice(g).every((t) => !hasFact(t, lex, WORD_USUAL) && !isAcronym(t) && (lookupToken(t)?.label ?? 'PER') === 'PER');
      const place = lookupToken(previous);
      const afterBody = nameWords && (isAcronym(previous) || (place?.label === 'LOC' && !this.#ordinaryWord(previous, 1, place, false)));
      const numbered = NUMBERED.test(previous.text) || (g >= 2 && isAcronym(previous) && NUMBERED.test(run[g - 2].text));
      const starts = g < run.length - 1 ? (g >= 2 && hasFact(run[g], lex, WORD_GIVEN_NAME)) || numbered || afterBody : numbered;
      // After the body's number the title's person follows: a name word spelled like a word is a name part.
      if (!starts || (!afterBody && this.#nameRun(run, g, numbered) !== run.length - g)) continue;
      const person = run.slice(g);
      const known = this.#gazetteerAt(run, g);
      const per: Candidate = known?.entry.label === 'PER' && known.length === person.length
        ? this.#fromGazetteer(person, known.entry)
        : makeCandidate(person, 'PER', 'trigger', false);
      // "Polres Bogor AKP Teguh": the rank before the person is no part of the body.
      let bodyEnd = g;
      while (bodyEnd > 1 && hasFact(run[bodyEnd - 1], lex, WORD_TITLE)) bodyEnd--;
      return [this.#headed(run.slice(0, bodyEnd), label, titleLine), per];
    }
    return [this.#headed(run, label, titleLine)];
  }

  /**
   * Length of the run of name-like tokens at i: particles, given names, known people, unknown words. After a
   * title or a given name, an ordinary word is a name part too ("Sergei Lavrov", "Joko Widodo"), but not one
   * of the language's most frequent words, and not in a Title-Case line where every word is capitalised.
   */
  #nameRun(run: Token[], i: number, afterTitle: boolean): number {
    const lex = this.#lexicon;
    let n = 0;
    let trusting = afterTitle;
    while (i + n < run.length) {
      const t = run[i + n];
      const known = this.#gazetteerAt(run, i + n)?.entry;
      const given = hasFact(t, lex, WORD_GIVEN_NAME);
      // A place ends the name ("Presiden Rusia Vladimir Putin"), unless it is a minor city spelled like the
      // next part of a name the title or given name announced ("juru bicara Heorhiy Tykhy").
      const minorCity = known?.population !== undefined && known.population < MAJOR_CITY && trusting;
      // "Haji dan Umrah Kementerian Agama": the body starts, known or not; one word before it is its portfolio,
      // not a name.
      if (n > 0 && (!known || known.label === 'ORG') && hasFact(t, lex, WORD_ORG_HEAD) && run[i + n + 1]?.cap) return n > 1 ? n : 0;
      if (n > 0 && known && known.label !== 'PER' && !given && !minorCity) break;
      // "Christian Estrosi", "Noël Mamère": a given name spelled like a demonym or a holiday, before an unknown surname.
      const after = run[i + n + 1];
      const givenBeforeSurname = n === 0 && given && after?.cap && !this.#isCommon(after) && !lookupToken(after);
      if (hasFact(t, lex, WORD_NON_ENTITY) && t.cap && !givenBeforeSurname) break; // lower-case "des" is a particle, not the month "Des"
      if (n > 0 && isAcronym(t) && known?.label !== 'PER') break; // "Kepala BPBD Agus": an acronym is not a name part
      const next = run[i + n + 1];
      // A name part spelled like a word, right before a given name or a particle: "Assad Hassan al-Shaybani".
      const beforeName =
        !t.weakCap && !this.#isFrequent(t) && next !== undefined && (hasFact(next, lex, WORD_GIVEN_NAME) || this.#particled(next)) &&
        this.#gazetteerAt(run, i + n + 1)?.entry.label !== 'PER';
      // "Marine Le Pen", "Ursula Von der Leyen": a capitalised particle between name parts.
      const particle = n > 0 && next?.cap === true && (hasFact(t, lex, WORD_JOINING_PARTICLE) || hasFact(t, lex, WORD_GIVEN_NAME_PARTICLE));
      // "Mme Le Pen", "M. Le Maire": after a title an article starts the surname.
      const surnameArticle = n === 0 && afterTitle && next?.cap === true && DETERMINERS.has(t.norm);
      // "Shin Tae-yong", "Moon Jae-in": the surname before a Korean-style given name.
      const koreanSurname = next !== undefined && koreanGivenName(next.text);
      // "Rina Wati": a rare word (vocabulary lists carry names) before an unknown word inside a sentence.
      const rareBeforeName =
        !t.weakCap && !hasFact(t, lex, WORD_USUAL) && next !== undefined && !this.#isCommon(next) && !lookupToken(next) && !isAcronym(next);
      // "Laurence des Cars": the word after a lower-case particle is the surname, even one spelled like a word.
      const afterParticle = n > 0 && !run[i + n - 1].cap && hasFact(run[i + n - 1], lex, WORD_GIVEN_NAME_PARTICLE);
      const nameLike =
        !t.cap || particle || afterParticle || surnameArticle || rareBeforeName || koreanSurname || hasFact(t, lex, WORD_JOINING_PARTICLE) || this.#particled(t) || known?.label === 'PER' || given ||
        !this.#isCommon(t) || (trusting && !this.#isFrequent(t)) || beforeName;
      if (!nameLike) break;
      trusting = afterTitle || particle || given || (trusting && n === 0);
      n++;
    }
    // A name does not end in a lower-case particle ("la Belle de Mai": not "Belle de").
    while (n > 0 && !run[i + n - 1].cap) n--;
    return n;
  }

  #particled(t: Token): boolean {
    return particlePrefixOf(t.text, this.#lexicon) !== '';
  }

  #fromGazetteer(tokens: Token[], entry: GazetteerEntry): Candidate {
    if (entry.actsAs && this.#actsAsSource(tokens)) {
      const actor = gazetteerById(entry.actsAs);
      if (actor) return makeCandidate(tokens, actor.label, 'gazetteer', false, actor);
    }
    return makeCandidate(tokens, entry.label, 'gazetteer', false, entry);
  }

  /** "diumumkan oleh Kremlin", "pernyataan resmi Kremlin", "selon le Kremlin", "the Kremlin said". */
  #actsAsSource(tokens: Token[]): boolean {
    const cues = this.#lexicon.sourceCues;
    const before = this.#wordsBefore(tokens[0].start, 4).filter((w) => !DETERMINERS.has(w));
    const after = this.#wordsAfter(tokens[tokens.length - 1].end, 3);
    return cues.suffixLength(before) > 0 || cues.prefixLength(after) > 0;
  }

  /** Label of an unknown name from its form and context; weak when only the article can confirm it. */
  #classify(tokens: Token[], trigger: boolean, titleLine: boolean): Candidate {
    const candidate = this.#classifyUnknown(tokens, trigger, titleLine);
    if (candidate.label !== 'PER' || tokens.length < 2) return candidate;
    const known = knownPersonVariant(tokens);
    return known ? makeCandidate(candidate.tokens, candidate.label, 'gazetteer', false, known, candidate.nameWords, candidate.headlineName) : candidate;
  }

  /** "Patrick Kluivert Panggil 27 Pemain": in a headline, a given name and the rarer words after it are a name. */
  #withHeadlineName(candidate: Candidate, titleLine: boolean): Candidate {
    const tokens = candidate.tokens;
    if (!titleLine) return candidate;
    // "Prabowo Tinjau Pengungsi": a person known by that one name ends before the verb.
    const known = lookupToken(tokens[0]);
    if (known?.label === 'PER') return makeCandidate(tokens.slice(0, 1), 'PER', 'gazetteer', false, known);
    let n = 1;
    while (n < tokens.length && !this.#isCommon(tokens[n]) && !lookupToken(tokens[n])) n++;
    return n > 1 ? makeCandidate(tokens, candidate.label, candidate.source, candidate.weak, candidate.entry, candidate.nameWords, n) : candidate;
  }

  #classifyUnknown(tokens: Token[], trigger: boolean, titleLine: boolean): Candidate {
    const lex = this.#lexicon;
    const first = tokens[0];
    const weakPosition = titleLine || first.weakCap;
    const before = this.#wordsBefore(first.start, 3);
    const nameWords = tokens.every((t) => hasFact(t, lex, WORD_GIVEN_NAME) || this.#particled(t) || hasFact(t, lex, WORD_JOINING_PARTICLE) || lookupToken(t)?.label === 'PER');
    const make = (label: EntityLabel, source: MentionSource, weak = false): Candidate => makeCandidate(tokens, label, source, weak, undefined, nameWords);
    // In a Title-Case headline the words after a title may be a verb ("Menteri Bahlil Tinjau Smelter"): the
    // article's body decides how much of it is the name.
    // "Kepala BPBD, Agus ...", "Juru bicara IMIP, ...": an acronym alone after a title is the body it heads.
    if (trigger && tokens.length === 1 && isAcronym(first) && first.text.length >= 3) return make('ORG', 'pattern', titleLine);
    if (trigger) return make('PER', 'trigger', titleLine);
    if (this.#orgCueBefore(first.start, before) || tokens.some((t) => hasFact(t, lex, WORD_ORG_HEAD))) return make('ORG', 'pattern', weakPosition);
    if (tokens.length === 1) {
      // "Pengadilan Tindak Pidana Korupsi (Tipikor)": a word in brackets after an institution is its short name.
      // "(Sdis 29)": with the number of the département the body serves.
      const after = lineSlice(this.#line, first.end, first.end + 6);
      const bracketed = lineSlice(this.#line, first.start - 1, first.start) === '(' && (after.startsWith(')') || DEPARTMENT_BEFORE_BRACKET.test(after));
      if (bracketed && this.#wordsBefore(first.start - 1, 8).some((w) => (lex.wordFacts(w) & WORD_ORG_HEAD) !== 0)) return make('ORG', 'pattern');
      // "Palais-Bourbon", "Mont-Blanc": a place word joined to a name by a hyphen.
      const space = first.norm.indexOf(' ');
      if (space > 0 && ((lex.wordFacts(first.norm.slice(0, space)) & WORD_LOC_HEAD) !== 0 || SAINT_PLACE.test(first.text))) return make('LOC', 'pattern', titleLine);
      // "TotalEnergies", "BlackRock": a capital inside a word is a brand's ("McCain", "DeSantis" are surnames).
      if (innerCapital(first.text) && BRAND.test(first.text) && !SURNAME_PREFIX.test(first.text)) return make('ORG', 'pattern', titleLine);
    }
    // A place word or a coordinated place before a particle name makes it a place: "di Deir al-Balah",
    // "Khan Younis dan Deir al-Balah" (the article's other mentions of a person still make that name PER).
    const coordinated = this.#coordinatedLabel(first);
    if (coordinated && coordinated !== 'PER' && !weakPosition) return make(coordinated, 'pattern');
    const placeCue = this.#locCueBefore(first.start, before) || this.#areaInBracketsAfter(tokens[tokens.length - 1].end);
    if (placeCue && !weakPosition) return make('LOC', 'pattern');
    const particle = tokens.some((t) => this.#particled(t) || hasFact(t, lex, WORD_JOINING_PARTICLE));
    if (particle) return make('PER', 'pattern');
    if (placeCue) return make('LOC', 'pattern', weakPosition);
    if (hasFact(first, lex, WORD_GIVEN_NAME) && tokens.length > 1) return this.#withHeadlineName(make('PER', 'pattern', titleLine), titleLine);
    // A code with digits is a road, a model or a product ("RN165", "A320"), not an organisation.
    if (tokens.length === 1 && ACRONYM.test(first.text) && first.text.length <= 6) return make('ORG', 'pattern', weakPosition || HAS_DIGIT.test(first.text));
    // "SNES-FSU", "CFE-CGC": acronyms joined by a hyphen name a body and the federation it belongs to.
    if (tokens.length === 1 && ACRONYM_PAIR.test(first.text)) return make('ORG', 'pattern', weakPosition);
    // At a sentence start, several capitalised words none of which is an ordinary word are a name all the same.
    if (tokens.length > 1) return make('PER', 'pattern', titleLine || (first.weakCap && tokens.some((t) => this.#isCommon(t))));
    return make('PER', 'pattern', true);
  }
}

/**
 * A known person written with another spelling of the given name: the surname is a gazetteer person's and the
 * given name is within two edits of theirs ("Benyamin Netanyahou" is Benjamin Netanyahu; "Maher al-Assad" is not
 * Bashar al-Assad).
 */
function knownPersonVariant(tokens: Token[]): GazetteerEntry | undefined {
  const entry = lookupToken(tokens[tokens.length - 1]);
  if (entry?.label !== 'PER') return undefined;
  const given = tokens[0].norm.split(' ')[0];
  return givenNamesOf(entry).some((g) => editDistance(g, given) <= 2) ? entry : undefined;
}

const givenNamesCache = new WeakMap<GazetteerEntry, string[]>();

/** The first words of a gazetteer person's names of two words or more, memoised per entry. */
function givenNamesOf(entry: GazetteerEntry): string[] {
  let given = givenNamesCache.get(entry);
  if (!given) {
    given = Object.values(entry.names).flat().map((n) => normalizeName(n).split(' ')).filter((w) => w.length > 1).map((w) => w[0]);
    givenNamesCache.set(entry, given);
  }
  return given;
}

interface DocumentName {
  key: string;
  label: EntityLabel;
  canonical: string;
}

function mentionOf(text: string, c: Candidate, name: DocumentName, source: MentionSource): EntityMention {
  const start = c.tokens[0].start;
  const end = c.tokens[c.tokens.length - 1].end;
  return { start, end, text: text.slice(start, end), label: name.label, entity: name.key, canonical: name.canonical, source, confidence: CONFIDENCE[source] };
}

// Ministries named by their portfolio: "ministère (syrien) des Affaires étrangères", "Ministry of Defence".
const CAPITALISED_PART = String.raw`\p{Lu}[\p{L}'’\-]*`;
const MINISTRY = new RegExp(
  String.raw`\b(?:[mM]inistère(?: \p{Ll}+)? (?:de la |de l['’]|des |du |de )|Ministry (?:of |for )(?:the )?|Department of (?:the )?)` +
    CAPITALISED_PART + String.raw`(?: (?:\p{Ll}+(?:ères?|aux|ales?|iques?|iennes?|ieure?s?)))?` +
    // "ministère de l'Économie et des Finances", "Ministry of Foreign Affairs"; not "... de la Santé du Hamas"
    String.raw`(?:(?: (?:et|and) (?:de la |de l['’]|des |du |de |the )?| )` + CAPITALISED_PART +
    String.raw`(?: \p{Ll}+(?:ères?|aux|ales?|iques?|iennes?|ieure?s?))?)*`,
  'gu',
);

/** Where a MINISTRY match can begin. */
const MINISTRY_FIRST_WORDS = ['ministère', 'Ministère', 'Ministry', 'Department'];

function ministries(line: TextSpan): Candidate[] {
  const out: Candidate[] = [];
  for (const m of line.text.matchAll(MINISTRY)) {
    const start = line.start + m.index!;
    const token: Token = { start, end: start + m[0].length, text: m[0], norm: normalizeName(m[0]), cap: true, weakCap: false, known: undefined, plain: false, facts: -1, matches: undefined };
    out.push(makeCandidate([token], 'ORG', 'pattern', false));
  }
  return out;
}

// French institutions named by a head word and its complements: "Agence régionale de santé", "Cour de justice de
// l'Union européenne", "Service départemental d'incendie et de secours du Var", and lower-case jurisdictions
// named after their seat ("cour d'appel de Lyon", "cour d'assises spéciale de Paris", "parquet de Nanterre").
// One ORG span that outranks the place inside it.
const FRENCH_ADJECTIVE = String.raw`(?:\p{Ll}{2,}(?:al|ale|ales|aux|ique|iques|ien|ienne|iens|iennes|éen|éenne|éens|éennes|el|elle|els|elles|aire|aires|if|ive|ifs|ives|ier|ière|iers|ières|ain|aine|ains|aines|il|ile|ils|iles|eur|eure|eurs|eures|ois|oise|oises|ais|aise|aises|ère|ères|ies|ême|êmes|iste|istes)(?![\p{L}\-])|anti-?\p{Ll}{3,}(?![\p{L}\-]))`;
const FRENCH_OF = String.raw`(?:et )?(?:de la |de l['’]|d['’]|du |des |de )`;
// A lower-case complement is a noun, not an infinitive ("demandé à la Cour de justice de statuer") or a determiner.
const FRENCH_NOUN = String.raw`(?!(?:ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|votre|vos|tout|tous|toute|toutes|plus|nombreux|nombreuses)\b)\p{Ll}[\p{Ll}\-]{2,}(?![\p{L}\-])(?<!er|ir)`;
const FRENCH_PROPER = String.raw`\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*)*`;
const FRENCH_COMPLEMENT = String.raw`(?:${FRENCH_PROPER}|${FRENCH_NOUN})(?: ${FRENCH_ADJECTIVE})*`;
// "Direction de l'évaluation, de la prospective et de la performance": complements listed with commas, closed by "et".
const FRENCH_OF_WORD = String.raw`(?:de la |de l['’]|d['’]|du |des |de )`;
// "des réfugiés et apatrides", "des ports et docks": two plural nouns sharing the article.
const FRENCH_PAIRED_PLURALS = String.raw`des ${FRENCH_NOUN} et (?!(?:les|des|ses|leurs|nos|vos|ces|mes|tes)\b)\p{Ll}[\p{Ll}\-]{2,}[sx](?![\p{L}\-])`;
const FRENCH_LISTED_COMPLEMENTS = String.raw`(?:, ${FRENCH_OF_WORD}${FRENCH_COMPLEMENT})+,? et ${FRENCH_OF_WORD}${FRENCH_COMPLEMENT}`;
const FRENCH_HEADS = [
  'Cour', 'Agence', 'Office', 'Service', 'Ligue', 'Parti', 'Confédération', 'Métropole', 'Préfecture', 'Sécurité', 'Parlement', 'Organisation',
  'Bourse', 'Conseil', 'Commission', 'Comité', 'Autorité', 'Haute Autorité', 'Haut Conseil', 'Caisse', 'Fédération', 'Syndicat', 'Institut',
  'Direction', 'Chambre', 'Banque', 'Union', 'Association', 'Fondation', 'Observatoire', 'Académie', 'Régie', 'Mutualité', 'Inspection',
  'Compagnie', 'Société nationale', 'Centre national',
];
/** Jurisdictions and bodies named after their seat, capitalised or not (regexp fragments). */
const FRENCH_SEATED_BODIES = [
  String.raw`cour d['’]appel`, String.raw`cour administrative d['’]appel`, String.raw`cour d['’]assises(?: d['’]appel)?`,
  'tribunal (?:judiciaire|administratif|correctionnel|de commerce)', 'conseil (?:départemental|régional|municipal)', 'chambre régionale des comptes',
  'université', 'académie', 'préfecture de police', 'parquet',
];
const FRENCH_SEATED_ACRONYMS = ['CHU', 'CHR', 'CCI', 'IUT'];
const anyFirstCase = (fragment: string) => `[${fragment[0]}${fragment[0].toUpperCase()}]${fragment.slice(1)}`;
const FRENCH_INSTITUTION = new RegExp(
  String.raw`(?<!\p{L})(?:` +
    `(?:${FRENCH_HEADS.join('|')})` +
    String.raw`(?: ${FRENCH_ADJECTIVE})*(?: ${FRENCH_PAIRED_PLURALS}| ${FRENCH_OF}${FRENCH_COMPLEMENT}|${FRENCH_LISTED_COMPLEMENTS})*` +
    `|(?:${[...FRENCH_SEATED_BODIES.map(anyFirstCase), ...FRENCH_SEATED_ACRONYMS].join('|')})(?: ${FRENCH_ADJECTIVE})? ${FRENCH_OF}${FRENCH_PROPER}` +
    String.raw`)`,
  'gu',
);
const firstWord = (phrase: string) => phrase.split(' ')[0];
/** Where a FRENCH_INSTITUTION match can begin. */
const FRENCH_INSTITUTION_FIRST_WORDS = [
  ...FRENCH_HEADS.map(firstWord),
  ...FRENCH_SEATED_BODIES.map(firstWord).flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]),
  ...FRENCH_SEATED_ACRONYMS,
];
const ADVERBS_LIKE_ADJECTIVES = /\s(?:jamais|désormais)$/u;

function frenchInstitutions(line: TextSpan): Candidate[] {
  const out: Candidate[] = [];
  for (const m of line.text.matchAll(FRENCH_INSTITUTION)) {
    const name = m[0].replace(ADVERBS_LIKE_ADJECTIVES, '');
    if (!name.includes(' ')) continue; // a head word alone is the sequence recogniser's
    const start = line.start + m.index!;
    const token: Token = { start, end: start + name.length, text: name, norm: normalizeName(name), cap: true, weakCap: false, known: undefined, plain: false, facts: -1, matches: undefined };
    const known = gazetteerLookup(name);
    out.push(known ? makeCandidate([token], known.label, 'gazetteer', false, known) : makeCandidate([token], 'ORG', 'pattern', false));
  }
  return out;
}

// "Badan Meteorologi, Klimatologi, dan Geofisika": an institution whose name lists its fields with commas.
const LISTED_NAME = /\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)+(?:, \p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,2})+,? (?:dan|et|and) \p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,2}/gu;

function listedInstitutions(line: TextSpan, lexicon: LatinLexicon): Candidate[] {
  const out: Candidate[] = [];
  for (const m of line.text.matchAll(LISTED_NAME)) {
    // The name starts at its institution word ("Kepala Pusat Data, Informasi, dan Komunikasi": Pusat).
    const lead = m[0].slice(0, m[0].indexOf(',')).split(' ');
    const head = lead.findIndex((w) => (lexicon.wordFacts(normWord(w)) & WORD_ORG_HEAD) !== 0);
    if (head < 0 || head === lead.length - 1) continue;
    const fields = m[0].slice(m[0].indexOf(',')).split(/,? (?:dan|et|and) |, /u).filter(Boolean);
    // The last field ends before an acronym, a given name or a known name ("... Kebencanaan BNPB Abdul Muhari").
    const lastWords = fields[fields.length - 1].split(' ');
    const cut = lastWords.findIndex((w, k) => k > 0 && (!hasLower(w) || (lexicon.wordFacts(normWord(w)) & WORD_GIVEN_NAME) !== 0 || gazetteerLookup(w)));
    if (cut > 0) fields[fields.length - 1] = lastWords.slice(0, cut).join(' ');
    // The fields are ordinary words, not other bodies, acronyms or known names ("Kementerian Luar Negeri, BNPB dan Polri").
    const field = (f: string) => !f.split(' ').some((w) => (lexicon.wordFacts(normWord(w)) & WORD_ORG_HEAD) !== 0 || !hasLower(w)) && !gazetteerLookup(f);
    if (!fields.every(field)) continue;
    const skipped = lead.slice(0, head).join(' ').length + (head ? 1 : 0);
    const length = m[0].length - skipped - (cut > 0 ? lastWords.slice(cut).join(' ').length + 1 : 0);
    const start = line.start + m.index! + skipped;
    const name = line.text.slice(start - line.start, start - line.start + length);
    const token: Token = { start, end: start + length, text: name, norm: normalizeName(name), cap: true, weakCap: false, known: undefined, plain: false, facts: -1, matches: undefined };
    const known = gazetteerLookup(name);
    out.push(known ? makeCandidate([token], known.label, 'gazetteer', false, known) : makeCandidate([token], 'ORG', 'pattern', false));
  }
  return out;
}

/** "Tour de France", "Piala Dunia", "Ligue 1": a competition's name, whose words name no entity (start, end). */
function competitionSpans(line: TextSpan, lexicon: LatinLexicon): [number, number][] {
  const spans: [number, number][] = [];
  if (!lexicon.competitionFirstWords.test(line.text)) return spans;
  for (const m of line.text.matchAll(lexicon.competitions)) spans.push([line.start + m.index, line.start + m.index + m[0].length]);
  return spans;
}

const overlaps = (a: Candidate, b: Candidate) =>
  a.tokens[0].start < b.tokens[b.tokens.length - 1].end && b.tokens[0].start < a.tokens[a.tokens.length - 1].end;

/** The source named in a dateline: "Moskow, Suarathailand-", "PARIS (AFP) -". */
function datelineSource(text: string, dateline: TextSpan | null): Candidate | undefined {
  if (!dateline) return undefined;
  const m = /(?:,\s*|\(\s*)([\p{Lu}][\p{L}\p{N}.]*(?: [\p{Lu}][\p{L}\p{N}.]*){0,2})\s*\)?\s*[-–—]+$/u.exec(dateline.text);
  if (!m || HAS_DIGIT.test(m[1])) return undefined;
  const start = dateline.start + m.index + m[0].indexOf(m[1]);
  const known = gazetteerLookup(m[1]);
  if (known && known.label !== 'ORG') return undefined;
  const token: Token = { start, end: start + m[1].length, text: m[1], norm: normalizeName(m[1]), cap: true, weakCap: false, known: undefined, plain: false, facts: -1, matches: undefined };
  return makeCandidate([token], 'ORG', known ? 'gazetteer' : 'pattern', false, known);
}

// "demam berdarah dengue (DBD)", "pemutusan hubungan kerja (PHK)": an acronym defined by lower-case words.
const DEFINED_ACRONYM = /((?:\p{Ll}+ ){1,7})\((\p{Lu}{2,6})\)/gu;

/** Where DEFINED_ACRONYM may match: an acronym in brackets. */
const BRACKETED_ACRONYM = /\(\p{Lu}{2,6}\)/gu;
/** What the words before a defined acronym consist of; surrogates are kept in (a lower-case letter may be astral). */
const LOWER_OR_SPACE = /[\p{Ll} \uD800-\uDFFF]/u;

/**
 * Each match of DEFINED_ACRONYM in turn, the same as `text.matchAll` gives. The regexp alone tries every
 * position of the text; it is started instead where the lower-case words and spaces before the next
 * bracketed acronym begin (no match can start earlier, as none can span another character).
 */
function* definedAcronyms(text: string): Generator<RegExpExecArray> {
  let from = 0;
  for (;;) {
    BRACKETED_ACRONYM.lastIndex = from;
    const bracket = BRACKETED_ACRONYM.exec(text);
    if (!bracket) return;
    let wordsStart = bracket.index;
    while (wordsStart > from && LOWER_OR_SPACE.test(text[wordsStart - 1])) wordsStart--;
    DEFINED_ACRONYM.lastIndex = wordsStart;
    const m = DEFINED_ACRONYM.exec(text);
    if (!m) return;
    yield m;
    from = m.index + m[0].length;
  }
}

/**
 * Acronyms the article defines as common nouns: they and their later uses are not names. French writes the
 * names of public bodies in lower case too: one whose first word is an institution's head word ("agence
 * régionale de santé (ARS)") is a body, and its acronym a name.
 */
function commonNounAbbreviations(text: string, lexicon: LatinLexicon, lang: LangCode): Set<string> {
  const found = new Set<string>();
  if (!text.includes('(')) return found;
  for (const m of definedAcronyms(text)) {
    const words = m[1].trim().split(' ').filter((w) => !FUNCTION_WORDS.has(w));
    const spelled = words.slice(-m[2].length);
    const initials = spelled.map((w) => w[0]).join('');
    const body = lang === 'fra' && (lexicon.wordFacts(spelled[0]) & WORD_ORG_HEAD) !== 0;
    if (initials.toUpperCase() === m[2] && !body) found.add(m[2]);
  }
  return found;
}

/** A share widget ("Bagikan: Facebook Twitter", "Partager sur Facebook", "Ikuti berita terkini di Google News"): platform labels, not mentions. */
const MAX_SHARE_LINE = 160;
const SHARE_LINE = /^\s*(?:bagikan|share|partager|partagez|ikuti|follow us|suivez-nous|suivez|tweet)\b/iu;

/** People, places and organisations in a Latin-script article, with article-level keys. */
const NO_SPANS: readonly [number, number][] = [];

/** Whether the candidate overlaps one of the spans (article offsets). */
function inSpans(spans: readonly [number, number][], c: Candidate): boolean {
  for (const [start, end] of spans) if (c.tokens[0].start < end && start < c.tokens[c.tokens.length - 1].end) return true;
  return false;
}

function overlapsAny(candidates: Candidate[], c: Candidate): boolean {
  for (const other of candidates) if (overlaps(other, c)) return true;
  return false;
}

/** The names the whole-line recognisers find on the line (where the tokeniser saw their first words), outside competitions. */
function fixedCandidates(line: TextSpan, lexicon: LatinLexicon, starts: number, competitions: readonly [number, number][]): Candidate[] {
  const fixed: Candidate[] = [];
  if (starts & START_MINISTRY) fixed.push(...ministries(line));
  if ((starts & START_LISTED) === START_LISTED) fixed.push(...listedInstitutions(line, lexicon));
  if (starts & START_FRENCH_INSTITUTION) fixed.push(...frenchInstitutions(line));
  return competitions.length ? fixed.filter((c) => !inSpans(competitions, c)) : fixed;
}

export function findLatinEntities(text: string, structure: ArticleStructure, lang: LangCode): EntityMention[] {
  const lexicon = latinLexicon(lang);
  const candidates: Candidate[] = [];
  const source = datelineSource(text, structure.dateline);
  const lines: TextSpan[] = structure.blocks.length ? structure.blocks : [{ start: 0, end: text.length, text }];
  for (const line of lines) {
    if (line.text.length <= MAX_SHARE_LINE && SHARE_LINE.test(line.text)) continue;
    const { tokens, surrogates, starts } = tokenize(line, lexicon, lang === 'fra');
    const recognizer = new LatinRecognizer(lexicon, line, tokens, surrogates);
    const titleLine = isTitleCaseLine(tokens, lexicon);
    const competitions = starts & START_COMPETITION ? competitionSpans(line, lexicon) : NO_SPANS;
    const fixed = fixedCandidates(line, lexicon, starts, competitions);
    if (source && source.tokens[0].start >= line.start && source.tokens[0].start < line.end) fixed.push(source);
    candidates.push(...fixed);
    for (const run of recognizer.sequences(tokens)) {
      for (const c of recognizer.candidates(run, titleLine)) {
        if (!overlapsAny(fixed, c) && !inSpans(competitions, c) && !recognizer.endsTitle(c)) candidates.push(c);
      }
    }
  }
  // "Direktur Jenderal Penyelenggaraan Haji": a person's name does not end in a title.
  const notTitled: Candidate[] = [];
  for (const found of candidates) {
    if (found.label === 'PER' && !found.entry && hasFact(found.tokens[found.tokens.length - 1], lexicon, WORD_TITLE)) continue;
    // "le PDG d'Arianespace": a title alone names no one; nor is it a place spelled like it ("Kadis", an exonym of Cádiz).
    const title = found.tokens.length === 1 ? hasFact(found.tokens[0], lexicon, WORD_TITLE) : lexicon.titles.hasSequence(found.tokens.map((t) => t.norm));
    if (title && !(found.entry && found.label !== 'LOC')) continue;
    let c = found.label === 'PER' && !found.entry ? withoutLeadingRank(found, lexicon) : found;
    if (lang === 'ind' && c.label === 'PER' && c.weak) c = withAge(text, c, lexicon);
    notTitled.push(c);
  }
  const abbreviations = commonNounAbbreviations(text, lexicon, lang);
  const mentions = resolveDocument(text, lexicon, abbreviations.size ? notTitled.filter((c) => c.entry || c.tokens.length > 1 || !abbreviations.has(c.tokens[0].text)) : notTitled);
  return text.includes('(Persero)') ? mentions.map((m) => withStateCompanySuffix(text, m)) : mentions;
}

// "PT Bank Rakyat Indonesia (Persero) Tbk": the state-company and listed-company suffixes end the company's name.
const STATE_COMPANY_SUFFIX = /^ \(Persero\)(?: Tbk\b\.?)?/u;

function withStateCompanySuffix(text: string, m: EntityMention): EntityMention {
  if (m.label !== 'ORG' || text[m.end] !== ' ') return m;
  const suffix = STATE_COMPANY_SUFFIX.exec(text.slice(m.end, m.end + 16));
  if (!suffix) return m;
  const end = m.end + suffix[0].length;
  return { ...m, end, text: text.slice(m.start, end) };
}

// "Sumiyati (54)", "Rina Siregar (35)": Indonesian news gives a person's age in brackets after the name
// (French news puts a département's number there: "Var (83)").
const AGE_AFTER = /^ \((?:[1-9]\d?|1[01]\d)\)/;

/** A name given with an age needs no confirmation elsewhere in the article; an ordinary word ("Komentar (0)") is none. */
function withAge(text: string, c: Candidate, lexicon: LatinLexicon): Candidate {
  const end = c.tokens[c.tokens.length - 1].end;
  // The age starts with " (": most names are rejected by two char codes.
  if (text.charCodeAt(end + 1) !== 40 || !AGE_AFTER.test(text.slice(end, end + 6)) || c.tokens.some((t) => hasFact(t, lexicon, WORD_COMMON))) return c;
  return makeCandidate(c.tokens, c.label, c.source, false, c.entry, c.nameWords, c.headlineName);
}

/**
 * "Kabid Humas Polda Sumut Kombes Hadi Wahyudi": a rank or title after the body the person serves is no part of
 * the name. A title spelled like a given name ("Imam", "Haji") stays, being the name's first word as often.
 */
function withoutLeadingRank(c: Candidate, lexicon: LatinLexicon): Candidate {
  const rank = lexicon.titles.prefixLength(c.tokens.map((t) => t.norm));
  if (!rank || rank >= c.tokens.length || hasFact(c.tokens[0], lexicon, WORD_GIVEN_NAME)) return c;
  return withTokens(c, c.tokens.slice(rank));
}

/**
 * "Bupati Sitaro Chintya Kalangit": a title names the place or body it serves before the person. When the first
 * word of a three-word name after a title ends a place or organisation named elsewhere in the article
 * ("Kabupaten Kepulauan Sitaro"), it is that place or body and the rest is the person.
 */
function splitPlaceBeforePerson(candidates: Candidate[]): Candidate[] {
  const enders = new Map<string, Candidate>();
  for (const c of candidates) {
    if (!c.weak && c.label !== 'PER') enders.set(c.tokens[c.tokens.length - 1].norm, c);
  }
  if (!enders.size) return candidates;
  const out: Candidate[] = [];
  for (const c of candidates) {
    const place = c.label === 'PER' && c.source === 'trigger' && c.tokens.length >= 3 && !c.entry ? enders.get(c.tokens[0].norm) : undefined;
    if (!place) {
      out.push(c);
      continue;
    }
    out.push(makeCandidate(c.tokens.slice(0, 1), place.label, 'document', false), withTokens(c, c.tokens.slice(1)));
  }
  return out;
}

/** "al shara" -> "shara": the Arabic article of a romanised surname. */
function withoutArticle(norm: string): string {
  // Every article starts with "a" or "e".
  const first = norm.charCodeAt(0);
  if (first !== 97 && first !== 101) return norm;
  return norm.replace(/^(?:al|el|an|ar|as|ash|ad|at|az) /, '');
}

/**
 * One key and one label per name in the article: gazetteer names keep their entry; an unknown full name is
 * keyed by its slug; a surname alone ("al-Shara", "Qasra") takes its full name's key; weak candidates survive
 * only when the article names them elsewhere.
 */
const PLACE_DESIGNATORS = new Set(['pulau', 'kepulauan', 'gunung', 'kecamatan', 'kelurahan', 'kabupaten', 'provinsi', 'desa', 'dusun']);

function resolveDocument(text: string, lexicon: LatinLexicon, found: Candidate[]): EntityMention[] {
  const candidates = splitPlaceBeforePerson(found);
  const names = new Map<string, DocumentName>();
  const surnames = new Map<string, DocumentName>();
  const surnameOf = (c: Candidate) => {
    if (c.tokens.length > 2) return undefined;
    const norm = normOf(c);
    return surnames.get(norm) ?? surnames.get(withoutArticle(norm));
  };
  // Most candidates are one token; the others' keys are asked for several times.
  const multiWordNorms = new Map<Candidate, string>();
  const normOf = (c: Candidate) => {
    if (c.tokens.length === 1) return c.tokens[0].norm;
    let norm = multiWordNorms.get(c);
    if (norm === undefined) {
      norm = c.tokens.map((t) => t.norm).join(' ');
      multiWordNorms.set(c, norm);
    }
    return norm;
  };
  // Places the article names with their designator ("Pulau Tagulandang", "Kecamatan Bahodopi"): the bare name
  // elsewhere is that place.
  const designated = new Map<string, DocumentName>();
  const designatedOf = (c: Candidate) => designated.get(normOf(c));
  // Beginnings of full names ("Dimas", "Dimas Arya" of "Dimas Arya Saputra"; "Persib" of "Persib Bandung"): a
  // later short mention of the same label is that entity; a beginning two names share is ambiguous (null).
  const beginnings = new Map<string, DocumentName | null>();
  const beginningOf = (c: Candidate) => {
    const name = beginnings.get(normOf(c));
    return name?.label === c.label && c.label !== 'LOC' ? name : undefined;
  };
  // Middle words of people's full names that are no given name ("Muhdlor" of "Ahmad Muhdlor Ali"): Indonesian
  // news often names a person by one of them later; a word two people share decides nothing (null).
  const middles = new Map<string, DocumentName | null>();
  const middleOf = (c: Candidate) => (c.tokens.length === 1 ? middles.get(c.tokens[0].norm) ?? undefined : undefined);
  const strong = candidates.filter((c) => !c.weak);
  // Gazetteer and title-introduced names first, so that they fix the label of the same name found by pattern;
  // full names before short ones, which may stand for them.
  for (const c of bySourceThenLength(strong)) {
    const norm = normOf(c);
    if (names.has(norm)) continue;
    const surface = text.slice(c.tokens[0].start, c.tokens[c.tokens.length - 1].end);
    const name = c.entry
      ? { key: c.entry.id, label: c.label, canonical: c.entry.canonical }
      : (surnameOf(c) ?? beginningOf(c) ?? { key: slugify(surface), label: c.label, canonical: surface });
    names.set(norm, name);
    if (name.label === 'LOC' && c.tokens.length > 1 && PLACE_DESIGNATORS.has(c.tokens[0].norm)) {
      designated.set(normOf(withTokens(c, c.tokens.slice(1))), name);
    }
    if (name.label === 'PER' && c.tokens.length > 1 && !isAcronym(c.tokens[c.tokens.length - 1])) {
      const last = c.tokens[c.tokens.length - 1];
      // "Pen" and "Le Pen" of "Marine Le Pen".
      const particled = c.tokens.length > 2 && PARTICLE_SURNAME.has(c.tokens[c.tokens.length - 2].norm) ? `${c.tokens[c.tokens.length - 2].norm} ${last.norm}` : '';
      for (const form of [last.norm, withoutArticle(last.norm), particled]) {
        if (form && !surnames.has(form)) surnames.set(form, name);
      }
    }
    if (name.label === 'PER') {
      for (const t of c.tokens.slice(1, -1)) {
        if (!t.cap || hasFact(t, lexicon, WORD_GIVEN_NAME) || PARTICLE_SURNAME.has(t.norm)) continue;
        const seen = middles.get(t.norm);
        middles.set(t.norm, seen === undefined || seen?.key === name.key ? name : null);
      }
    }
    let key = '';
    for (let n = 1; n < c.tokens.length && name.label !== 'LOC'; n++) {
      key = n === 1 ? c.tokens[0].norm : `${key} ${c.tokens[n - 1].norm}`;
      const seen = beginnings.get(key);
      beginnings.set(key, seen === undefined || seen?.key === name.key ? name : null);
    }
  }
  // A short name a title introduced before the full name appeared ("Mme Le Pen" ... "Marine Le Pen") is that person;
  // so is a middle name alone (all the full names are known by now).
  for (const c of strong) {
    if (c.entry || c.label !== 'PER' || c.tokens.length > 2) continue;
    const longer = surnameOf(c) ?? beginningOf(c) ?? middleOf(c);
    if (longer && longer.key !== names.get(normOf(c))?.key) names.set(normOf(c), longer);
  }
  // "Ibu Kota Nusantara" ... "IKN": an unknown acronym spelling the initials of a name the article gives in full
  // is that name, even without brackets; initials two names share decide nothing.
  const byInitials = new Map<string, DocumentName | null>();
  for (const c of strong) {
    if (c.label === 'PER') continue;
    const words = c.tokens.filter((t) => t.cap && !DETERMINERS.has(t.norm));
    if (words.length < 2) continue;
    const initials = words.map((t) => t.text[0].toUpperCase()).join('');
    const name = names.get(normOf(c));
    const seen = byInitials.get(initials);
    byInitials.set(initials, seen === undefined || seen?.key === name?.key ? (name ?? null) : null);
  }
  for (const c of strong) {
    if (c.entry || c.tokens.length > 1 || !isAcronym(c.tokens[0])) continue;
    const expansion = byInitials.get(c.tokens[0].text);
    if (expansion) names.set(normOf(c), expansion);
  }
  const mentions: EntityMention[] = [];
  for (const c of candidates) {
    if (c.entry) {
      mentions.push(mentionOf(text, c, { key: c.entry.id, label: c.label, canonical: c.entry.canonical }, c.source));
      continue;
    }
    const norm = normOf(c);
    const full = names.get(norm);
    const known = full ?? surnameOf(c) ?? beginningOf(c) ?? designatedOf(c);
    if (known) {
      mentions.push(mentionOf(text, c, known, c.weak || known !== full ? 'document' : c.source));
      continue;
    }
    // "un duel Payan-Allisio": a hyphenated pair of people the article names in full is two mentions.
    const pair = c.tokens.length === 1 && (c.tokens[0].text.includes('-') || c.tokens[0].text.includes('‐')) ? hyphenatedParts(c.tokens[0]) : [];
    const pairNames = pair.map((part) => surnames.get(part.norm) ?? names.get(part.norm));
    if (pair.length > 1 && pairNames.every((name) => name?.label === 'PER')) {
      pair.forEach((part, k) => mentions.push(mentionOf(text, withTokens(c, [part]), pairNames[k]!, 'document')));
      continue;
    }
    if (!c.weak || c.tokens.length < 2) continue; // a weak candidate nothing else in the article supports
    mentions.push(...headlineMention(text, c, (part) => names.get(normOf(part)) ?? surnameOf(part) ?? beginningOf(part) ?? designatedOf(part)));
  }
  mentions.sort((a, b) => a.start - b.start);
  return shareAcronymKeys(text, mentions);
}

const SOURCE_RANK: Record<MentionSource, number> = { registry: 0, gazetteer: 1, trigger: 2, document: 3, pattern: 4 };
/** Lengths above this sort as this long (no name comes close). */
const LONGEST_SORTED = 63;

// bySourceThenLength's counts by sort key and each candidate's key, reused by every call (typed arrays are costly to make).
const keyCounts = new Int32Array(Object.keys(SOURCE_RANK).length * (LONGEST_SORTED + 1) + 1);
let candidateKeys = new Int32Array(256);

/**
 * The candidates by source rank (registry first), then longest first, in their order otherwise: a counting sort
 * on the few keys there are.
 */
function bySourceThenLength(candidates: Candidate[]): Candidate[] {
  if (candidateKeys.length < candidates.length) candidateKeys = new Int32Array(2 * candidates.length);
  const keys = candidateKeys;
  keyCounts.fill(0);
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    keys[k] = SOURCE_RANK[c.source] * (LONGEST_SORTED + 1) + LONGEST_SORTED - Math.min(c.tokens.length, LONGEST_SORTED);
    keyCounts[keys[k] + 1]++;
  }
  for (let key = 1; key < keyCounts.length; key++) keyCounts[key] += keyCounts[key - 1];
  const sorted = new Array<Candidate>(candidates.length);
  for (let k = 0; k < candidates.length; k++) sorted[keyCounts[keys[k]]++] = candidates[k];
  return sorted;
}

/** The capitalised pieces of a hyphenated word ("Payan-Allisio"); none when a piece is lower case. */
function hyphenatedParts(t: Token): Token[] {
  const parts: Token[] = [];
  let offset = 0;
  for (const piece of t.text.split(/[-‐]/)) {
    const start = t.start + offset;
    offset += piece.length + 1;
    if (!startsUpper(piece)) return [];
    parts.push({ start, end: start + piece.length, text: piece, norm: normalizeName(piece), cap: true, weakCap: t.weakCap, known: undefined, plain: false, facts: -1, matches: undefined });
  }
  return parts;
}

/**
 * A headline name that may run into the next word: the longest beginning the article knows; failing that, the
 * words the recogniser took for the name (a given name and rarer words, a place head before the verb).
 */
function headlineMention(text: string, c: Candidate, known: (part: Candidate) => DocumentName | undefined): EntityMention[] {
  for (let n = c.tokens.length - 1; n > 0; n--) {
    const part = withTokens(c, c.tokens.slice(0, n));
    const name = known(part);
    if (name) return [mentionOf(text, part, name, 'document')];
  }
  const length = c.headlineName ?? (c.nameWords && c.label === 'PER' ? c.tokens.length : 0);
  if (!length) return [];
  const part = withTokens(c, c.tokens.slice(0, length));
  const surface = text.slice(part.tokens[0].start, part.tokens[length - 1].end);
  return [mentionOf(text, part, { key: slugify(surface), label: c.label, canonical: surface }, c.source)];
}

/** "Badan Pusat Statistik (BPS)", "Lembaga Kajian Strategis (Lemkastra)": the short name in brackets, and every later use of it, is the same organisation. */
function shareAcronymKeys(text: string, mentions: EntityMention[]): EntityMention[] {
  const expansions = new Map<string, EntityMention>();
  for (let k = 1; k < mentions.length; k++) {
    const full = mentions[k - 1];
    const short = mentions[k];
    if (full.label !== 'ORG' || short.label !== 'ORG' || short.source === 'gazetteer') continue;
    // "(SDIS 83)": the short name may carry the number of its département.
    if (!SHORT_NAME.test(short.text.replace(DEPARTMENT_SUFFIX, ''))) continue;
    if (/^\s*\($/.test(text.slice(full.end, short.start)) && text[short.end] === ')') expansions.set(short.text, full);
  }
  for (const m of mentions) {
    const full = expansions.get(m.text);
    if (full && m.label === 'ORG' && m.source !== 'gazetteer') {
      m.entity = full.entity;
      m.canonical = full.canonical;
    }
  }
  return mentions;
}
