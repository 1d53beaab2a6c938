// Cue lexicons for the claim rules, one JSON file per language under server/data, compiled to regexps once.
import arb from '../../../data/claims-arb.json';
import eng from '../../../data/claims-eng.json';
import fra from '../../../data/claims-fra.json';
import ind from '../../../data/claims-ind.json';
import type { LangCode } from '../types';
import { isSpaceCode } from './chars';
import { type Alternatives, BEGINNING_LENGTH, type CueMatch, CueIndex, foldedText, WORD_END } from './cueIndex';
import { RequiredTextIndex, beginnings, holdsOneOf, patternBeginnings, requiredText } from './requiredText';

interface LexiconFile {
  attribution: string[];
  vagueSource: string[];
  anonymousSource: string[];
  hedge: string[];
  loaded: string[];
  loadedVerbRoots?: string[];
  scareQuoteNaming: string[];
  scareQuoteWords: string[];
  unattributed: string[];
  records: string[];
  causal: string[];
  outcomes: string[];
  certainForecast: string[];
  negation: string[];
  stateSynonyms: string[][];
  functionWords: string[];
  ousted: string[];
  stillInPower: string[];
  placeWords: string[];
  countUnits: string[];
  countChange: string[];
  numberWords: Record<string, number>;
  countScales: Record<string, number>;
  countQualifiers: Record<CountQualifier, string[]>;
  countWholes: string[];
}

/** How a number is qualified: "sekitar 7.000" (about), "près de" (nearly), "plus de" (at least), "أقل من" (at most). */
export type CountQualifier = 'about' | 'nearly' | 'atLeast' | 'atMost';

export interface ClaimLexicon {
  /** The index of the cues' beginnings, whose scans of an article's sentences are kept while the article is read. */
  cues: CueIndex;
  attribution: Cue;
  /** Sources named only vaguely ("selon les premières estimations", "بحسب المعلومات"): they name nobody. */
  vagueSource: Cue;
  anonymousSource: Cue;
  hedge: Cue;
  /** Emotive, pejorative or hyperbolic wording, with the Indonesian verb roots' affixed forms. */
  loaded: Cue;
  /** Words right before a quotation that introduce a name or a term ("dijuluki", "surnommés", "بعنوان"): not scare quotes. */
  scareQuoteNaming: Cue;
  /** Labels that are loaded once the writer puts them in quotation marks ("siluman", « scandale », «مؤامرة»). */
  scareQuoteWords: Cue;
  unattributed: Cue;
  /** Records, firsts, multiplications and comparisons with past years ("rekor tertinggi", "a doublé", "الأسوأ منذ عقود"). */
  records: Cue;
  /** Connectors that state a cause ("karena", "en raison de", "بفضل"). */
  causal: Cue;
  /** Outcomes whose cause is worth sourcing (victory, defeat, a rise or fall, a crisis). */
  outcomes: Cue;
  /** Forecasts of an effect stated as certain ("akan meningkatkan", "permettra", "سيؤدي"). */
  certainForecast: Cue;
  /** Words that negate the state after them ("belum", "n'est pas", "لم"). */
  negation: Cue;
  /** Groups of word beginnings that name one state ("maîtris", "fix", "éteint": a fire under control), lower case. */
  stateSynonyms: string[][];
  /** Articles, prepositions, pronouns and the like, lower case: not topic words. */
  functionWords: Set<string>;
  ousted: Cue;
  stillInPower: Cue;
  /** Words that introduce a place, lower case. */
  placeWords: Set<string>;
  /** Words after a number that make it a measure, a sum or a date rather than a count ("tahun", "miliar", "mars"), lower case. */
  countUnits: Set<string>;
  /** Words of a sentence that reports a count changing or a part of it ("bertambah", "dont", "ارتفع"). */
  countChange: Cue;
  /** Numbers written as words ("tujuh", "sept", "خمسة"), lower case. */
  numberWords: Map<string, number>;
  /** Any of the number words: a cheap test for a sentence without digits that may still hold a count. */
  numberWord: Cue;
  /** Words that multiply the number before them ("ribu", "millions", "آلاف"), lower case. */
  countScales: Map<string, number>;
  /** Per qualifier, a regexp matching text that ends with it ("… lebih dari "). */
  countQualifiers: [CountQualifier, EndingTest][];
  /** A regexp matching text that ends with a word presenting the number after it as the whole set ("… les ", "… seluruh "). */
  countWhole: EndingTest;
}

const ARABIC_LETTER = /[\u0621-\u064A]/;
/** Harakat, tanween, shadda, sukun, dagger alef and tatweel: optional between Arabic letters. */
const ARABIC_MARKS = '[\\u064B-\\u065F\\u0670\\u0640]*';

/**
 * Lets each Arabic letter of a pattern (or a character class holding one) be followed by diacritics,
 * placed after the letter's quantifier if it has one.
 */
function tolerateArabicMarks(source: string): string {
  let out = '';
  let inClass = false;
  let classHasArabic = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    out += c;
    if (c === '\\') {
      out += source[++i] ?? '';
      continue;
    }
    if (inClass) {
      if (ARABIC_LETTER.test(c)) classHasArabic = true;
      if (c !== ']') continue;
      inClass = false;
      if (!classHasArabic) continue;
    } else if (c === '[') {
      inClass = true;
      classHasArabic = false;
      continue;
    } else if (!ARABIC_LETTER.test(c)) continue;
    if (i + 1 < source.length && '?*+'.includes(source[i + 1])) out += source[++i];
    out += ARABIC_MARKS;
  }
  return out;
}

/**
 * One regexp for a list of alternatives, ending on a word boundary (Unicode-aware). Where a match may
 * start is checked by `matchesOf`: a lookbehind at the front of a long alternation makes the regexp
 * engine try every alternative at every position, many times slower on Arabic text.
 */
/** The letter a pattern starts with when it is a plain (BMP) letter no quantifier follows and the pattern has no top-level `|`. */
function plainFirstLetter(pattern: string): string | undefined {
  if (!/^\p{L}(?![?*+{])/u.test(pattern) || pattern.codePointAt(0)! > 0xffff) return undefined;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return undefined;
  }
  return pattern[0];
}

/**
 * The alternation of the patterns with those that start with the same plain letter factored behind it
 * ("قمة|قد|زيارة" -> "ق(?:مة|د)|زيارة"): the regexp engine then tries a handful of letters at each
 * position instead of every pattern (Arabic lexicons have over a hundred). The same matches: patterns
 * whose first letters differ cannot match at the same position, so only the order among those that
 * share a letter (kept) and around a pattern of any other form (a boundary for the grouping) counts.
 */
function byFirstLetter(patterns: string[], transform: (pattern: string) => string): string {
  const out: string[] = [];
  let run = new Map<string, string[]>();
  const flush = () => {
    for (const [letter, rests] of run) out.push(rests.length === 1 ? letter + rests[0] : `${letter}(?:${rests.join('|')})`);
    run = new Map();
  };
  for (const pattern of patterns) {
    const letter = plainFirstLetter(pattern);
    const source = transform(pattern);
    if (letter === undefined || !source.startsWith(letter)) {
      flush();
      out.push(source);
      continue;
    }
    const rests = run.get(letter) ?? [];
    rests.push(source.slice(letter.length));
    run.set(letter, rests);
  }
  flush();
  return out.join('|');
}

/** A pattern that is plain text: no regexp syntax, digit, Arabic diacritic or tatweel, nor a character beyond the BMP. */
const PLAIN_TEXT = /^[^\\^$.|?*+()[\]{}\p{N}\u064B-\u065F\u0670\u0640\u{10000}-\u{10FFFF}]+$/u;

/**
 * The alternatives of a lexicon regexp for the cue index to try one by one (plain-text ones without a
 * regexp, folded unless Arabic, whose regexps are case-sensitive), or undefined when one is not
 * understood or may match empty text.
 */
function alternativesOf(patterns: string[], arabic: boolean, flags: string, definite: boolean): Alternatives | undefined {
  const out: Alternatives = { texts: [], beginnings: [], sources: [], flags, arabic, definite, anywhere: [] };
  const required: string[] = [];
  let requiredKnown = true;
  for (const [order, pattern] of patterns.entries()) {
    const plain = PLAIN_TEXT.test(pattern);
    const read = plain ? null : patternBeginnings(pattern);
    if (read?.mayBeEmpty) return undefined;
    const starts = read ? read.beginnings : null;
    if (!plain && !starts) {
      out.anywhere!.push(order);
      const strings = requiredText([pattern]);
      if (strings) required.push(...strings);
      else requiredKnown = false;
    }
    out.texts.push(plain ? (arabic ? pattern : foldedText(pattern)) : null);
    out.beginnings.push(starts);
    out.sources.push(plain ? null : `(?:${arabic ? tolerateArabicMarks(pattern) : pattern})`);
  }
  if (requiredKnown) out.anywhereIn = (text) => holdsOneOf(text, required);
  return out;
}

/** Strings one of which every match of a lexicon regexp contains: a regexp whose beginnings are not known runs only on text holding one. */
const requiredTextIndex = new RequiredTextIndex();

/**
 * A lexicon regexp. When its matches' beginnings are known, it is tried, sticky, at the positions its
 * lexicon's index gives; otherwise it is searched for, global, in the texts that hold a string it requires.
 */
export type Cue = { index: CueIndex; id: number; sticky: () => RegExp } | { index: null; global: RegExp };

const NEVER: Cue = { index: null, global: /(?!)/gu };

function compileIn(patterns: string[], lang: LangCode, index: CueIndex, arabicDefinite = false): Cue {
  if (!patterns.length) return NEVER;
  const arabic = lang === 'arb';
  const alternatives = arabic ? byFirstLetter(patterns, tolerateArabicMarks) : patterns.join('|');
  // Arabic evaluative words also come with the article, or with ل before the article's lam ("للمهزلة").
  const definite = arabic && arabicDefinite;
  const body = definite ? `${tolerateArabicMarks('(?:ال|ل)?')}(?:${alternatives})` : alternatives;
  const flags = arabic ? 'u' : 'iu';
  const source = `(?:${body})${WORD_END}`;
  // Compiled on first use only: a regexp known as its alternatives is never needed whole.
  let compiled: RegExp | undefined;
  const sticky = () => (compiled ??= new RegExp(source, 'y' + flags));
  const split = alternativesOf(patterns, arabic, flags, definite);
  if (split && !definite) {
    // Where the matches may begin: every alternative's beginnings (a plain text's first characters). A few
    // patterns may begin with any word ("\p{L}{3,} assassin"): they are tried at every word start of a text
    // that holds a string they require.
    const starts = new Set<string>();
    split.texts.forEach((text, i) => {
      for (const beginning of text !== null ? [foldedText(text.slice(0, BEGINNING_LENGTH))] : (split.beginnings[i] ?? [])) starts.add(beginning);
    });
    return { index, id: index.add([...starts], split), sticky };
  }
  const starts = beginnings(definite ? [`(?:ال|ل)?(?:${patterns.join('|')})`] : patterns);
  if (starts) return { index, id: index.add(starts, split), sticky };
  const global = new RegExp(source, 'g' + flags);
  requiredTextIndex.add(global, requiredText(patterns));
  return { index: null, global };
}

const VOWEL = /^[aiueo]/;

/**
 * The affixed forms of an Indonesian verb root as one pattern (not the bare root, often a plain noun or
 * adjective): the active meN- form
 * (with its nasal assimilation: cekik -> mencekik, tindas -> menindas, kebiri -> mengebiri, sengsara ->
 * menyengsara-), the passive di- and stative ter- forms, the -kan / -i suffixes and the peN-…-an noun.
 */
export function indonesianVerbForms(root: string): string {
  const r = root.toLowerCase();
  let nasal: string;
  if (VOWEL.test(r) || /^(?:g|h|kh)/.test(r)) nasal = 'ng' + r;
  else if (/^[bfv]/.test(r)) nasal = 'm' + r;
  else if (r.startsWith('p') && !/^p[rl]/.test(r)) nasal = 'm' + r.slice(1);
  else if (/^[cdjz]/.test(r) || /^sy/.test(r) || /^t[rl]/.test(r)) nasal = 'n' + r;
  else if (r.startsWith('t')) nasal = 'n' + r.slice(1);
  else if (r.startsWith('s')) nasal = 'ny' + r.slice(1);
  else if (r.startsWith('k')) nasal = 'ng' + r.slice(1);
  else nasal = r;
  const verb = `(?:me${nasal}|di${r}|ter${r})(?:kan|i)?(?:nya)?`;
  return `${verb}|pe${nasal}an(?:nya)?`;
}

function build(file: LexiconFile, lang: LangCode): ClaimLexicon {
  const loaded = [...file.loaded, ...(file.loadedVerbRoots ?? []).map(indonesianVerbForms)];
  const index = new CueIndex();
  const compile = (patterns: string[], arabicDefinite = false) => compileIn(patterns, lang, index, arabicDefinite);
  return {
    cues: index,
    attribution: compile(file.attribution),
    vagueSource: compile(file.vagueSource),
    anonymousSource: compile(file.anonymousSource),
    hedge: compile(file.hedge),
    loaded: compile(loaded, true),
    scareQuoteNaming: compile(file.scareQuoteNaming),
    scareQuoteWords: compile(file.scareQuoteWords, true),
    unattributed: compile(file.unattributed),
    records: compile(file.records),
    causal: compile(file.causal),
    outcomes: compile(file.outcomes, true),
    certainForecast: compile(file.certainForecast),
    negation: compile(file.negation),
    stateSynonyms: file.stateSynonyms.map((group) => group.map((w) => w.toLowerCase())),
    functionWords: new Set(file.functionWords.map((w) => w.toLowerCase())),
    ousted: compile(file.ousted),
    stillInPower: compile(file.stillInPower),
    placeWords: new Set(file.placeWords.map((w) => w.toLowerCase())),
    countUnits: new Set(file.countUnits.map((w) => w.toLowerCase())),
    countChange: compile(file.countChange),
    numberWords: lowerKeys(file.numberWords),
    numberWord: compile(Object.keys(file.numberWords).map(escapeRegExp)),
    countScales: lowerKeys(file.countScales),
    countQualifiers: (Object.entries(file.countQualifiers) as [CountQualifier, string[]][]).map(([q, words]) => [q, endsWithOneOf(words)]),
    countWhole: file.countWholes.length ? endsWithOneOf(file.countWholes) : { test: () => false },
  };
}

/** Whether a text ends with one of a list of words (and white space). */
export interface EndingTest {
  test(text: string): boolean;
}

/** A word pattern that ends with a plain letter (not escaped, no alternation inside): that letter, else null. */
function lastLetterOf(word: string): string | null {
  return word.includes('|') ? null : (/(?<!\\)\p{L}$/u.exec(word)?.[0] ?? null);
}

/**
 * The regexp `(?:^|[^\p{L}\p{M}])(?:word|…)\s*$` (case ignored), tried only when the text's last character
 * before white space is a letter one of the words ends with: an end-anchored regexp is tried at every position.
 */
function endsWithOneOf(words: string[]): EndingTest {
  const regexp = new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${words.join('|')})\\s*$`, 'iu');
  const lastLetters = words.map(lastLetterOf);
  if (lastLetters.some((letter) => letter === null)) return regexp;
  const lastLetter = new RegExp(`[${lastLetters.join('')}]`, 'iuy');
  return {
    test(text: string): boolean {
      let end = text.length;
      while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
      if (end === 0) return false;
      const astral = end >= 2 && (text.charCodeAt(end - 1) & 0xfc00) === 0xdc00 && (text.charCodeAt(end - 2) & 0xfc00) === 0xd800;
      lastLetter.lastIndex = astral ? end - 2 : end - 1;
      return lastLetter.test(text) && regexp.test(text);
    },
  };
}

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const lowerKeys = (o: Record<string, number>) => new Map(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v]));

const FILES: Record<string, LexiconFile> = { ind, fra, arb, eng };
/** Languages read with another language's lexicon. */
const SHARED_LEXICON: Record<string, LangCode> = { zlm: 'ind' };
const compiled = new Map<LangCode, ClaimLexicon>();

/** Ends an article: what the lexicons' indexes kept of its sentences is forgotten (another article's are others). */
export function finishArticle(lexicon: ClaimLexicon): void {
  lexicon.cues.forgetTexts();
  requiredTextIndex.forgetTexts();
}

/** The lexicon for a language, or null when the engine has none (no claims are flagged then). */
export function claimLexicon(lang: LangCode): ClaimLexicon | null {
  const code = SHARED_LEXICON[lang] ?? lang;
  const file = FILES[code];
  if (!file) return null;
  let lexicon = compiled.get(code);
  if (!lexicon) compiled.set(code, (lexicon = build(file, code)));
  return lexicon;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const ARABIC_MARK = /[\u064B-\u065F\u0670\u0640]/;
/** Arabic attaches the conjunctions و/ف and the prepositions ب/ل to the next word. */
const PROCLITIC = /[وفبل]/;

/** Whether the character (code point) that ends at `end` is a letter, mark or digit. */
function wordCharBefore(text: string, end: number): boolean {
  if (end <= 0) return false;
  const code = text.charCodeAt(end - 1);
  const from = code >= 0xdc00 && code <= 0xdfff && end >= 2 ? end - 2 : end - 1;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(from)!));
}

/** A match may start a word, or follow an Arabic proclitic (and its diacritics) that starts one; the proclitic stays out. */
function startsWord(text: string, index: number): boolean {
  if (!wordCharBefore(text, index)) return true;
  let i = index - 1;
  while (i >= 0 && ARABIC_MARK.test(text[i])) i--;
  return i >= 0 && PROCLITIC.test(text[i]) && !wordCharBefore(text, i);
}

/** Whether `text` may hold a count: it holds a digit or one of the lexicon's number words. */
export function mayHoldNumber(lexicon: ClaimLexicon, text: string): boolean {
  const cue = lexicon.numberWord;
  const holdsDigit = cue.index ? cue.index.holdsDigit(text) : DIGIT.test(text);
  return holdsDigit || matchesOf(lexicon.numberWord, text).length > 0;
}

const DIGIT = /\p{N}/u;

/** Every match of a lexicon regexp in `text` that starts a word, as [index, matched text]. */
export function matchesOf(cue: Cue, text: string): readonly CueMatch[] {
  if (cue.index) return cue.index.matchesOf(cue.id, cue.sticky, text);
  const re = cue.global;
  const out: CueMatch[] = [];
  if (!requiredTextIndex.mayMatch(re, text)) return out;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] && startsWord(text, m.index)) out.push({ index: m.index, text: m[0] });
    else re.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
  return out;
}
