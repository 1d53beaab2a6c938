// Counts that contradict each other inside one article: the same counted thing given a larger number
// later than an earlier mention allows ("14 desa" in the headline, "21 desa" later; "plus de 7 000
// habitants" after "4 100 habitants"), unless a sentence reports a change, a part of a total, or a count
// located elsewhere.
import { astralClass, CHAR_LETTER, CHAR_MARK, CHAR_NUMBER, unitClass } from '../charClasses';
import type { Claim, EntityMention } from '../types';
import { lowerUnit } from './chars';
import { type ClaimLexicon, type CountQualifier, matchesOf, mayHoldNumber } from './lexicon';
import { clauseStart, type QuoteIndex, type Sentence, sentenceAt, spanIn } from './sentences';

interface Count {
  start: number;
  end: number;
  text: string;
  /** The counted word, normalised ("habitants" -> "habitant", "منزلا" -> "منزل"). */
  noun: string;
  value: number;
  /** The values the count allows, given its qualifier ("more than 7,000": [7000, ∞)). */
  low: number;
  high: number;
  /** Presented as the whole set ("les 80 000 foyers"), not possibly a part of an earlier count. */
  whole: boolean;
  sentence: Sentence;
}

/** Words and numbers of a sentence; a number may group thousands with . , or spaces and carry decimals. */
const NUMBER_TOKEN = String.raw`\p{N}{1,3}(?:[.,\u00A0\u202F ٬]\p{N}{3})+(?![\p{N}])(?:[.,٫]\p{N}{1,2})?|\p{N}+(?:[.,٫]\p{N}{1,2}(?![\p{N}]))?`;
const TOKEN = new RegExp(String.raw`${NUMBER_TOKEN}|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*`, 'gu');
/** TOKEN's number alternatives, at one position. */
const NUMBER_AT = new RegExp(NUMBER_TOKEN, 'uy');
/** Numbers in this range are read as years, not counts. */
const YEARS = { from: 1900, to: 2100 };
/** A plain number is read as rounded by this much either way. */
const ROUNDING = 0.05;
/** "About" a number allows this much either way. */
const APPROXIMATION = 0.2;
/** How far after a count a place naming its subset is looked for. */
const PLACE_WINDOW = 40;
/** A noun counted with more distinct values than this is an enumeration (scores, seats, results), not one fact. */
const MAX_VALUES_PER_NOUN = 3;
/** A count is compared with at most this many first mentions of its noun (keeps long documents linear). */
const MAX_EARLIER = 20;

/** The value of a number written with ASCII, Arabic-Indic or Persian digits, thousands separators and decimals. */
function numberOf(token: string): number {
  if (isAsciiDigits(token)) return Number(token);
  const ascii = token.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) & 0xf));
  const decimal = /[.,٫](\d{1,2})$/.exec(ascii);
  const whole = (decimal ? ascii.slice(0, decimal.index) : ascii).replace(/[^\d]/g, '');
  return Number(decimal ? `${whole}.${decimal[1]}` : whole);
}

function isAsciiDigits(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/** A counted word without plural s/x, Arabic article, accusative alef or French elided "d'". */
function nounKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/^d['’]/, '')
    .replace(/^ال(?=\p{L}{3})/u, '')
    .replace(/(?<=\p{L}{3})(?:s|x|ا)$/u, '');
}

function bounds(value: number, qualifier: CountQualifier | undefined): [number, number] {
  switch (qualifier) {
    case 'about':
      return [value * (1 - APPROXIMATION), value * (1 + APPROXIMATION)];
    case 'nearly':
      return [value * (1 - APPROXIMATION), value];
    case 'atLeast':
      return [value, Infinity];
    case 'atMost':
      return [0, value];
    default:
      return [value * (1 - ROUNDING), value * (1 + ROUNDING)];
  }
}

/** The first mention (of mentions sorted by start) that starts at or after `offset`, by binary search. */
function firstFrom(sorted: EntityMention[], offset: number): EntityMention | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo];
}

/** Whether a token starts with a number ("\p{N}"), read from its first code point's class. */
function startsWithNumber(token: string): boolean {
  const code = token.charCodeAt(0);
  const bits = code >= 0xd800 && code <= 0xdbff ? astralClass(token.codePointAt(0)!) : unitClass(code);
  return (bits & CHAR_NUMBER) !== 0;
}

/** Per lexicon, the first code units of its number words: most words of a sentence start with none of them. */
const numberWordStarts = new WeakMap<ClaimLexicon, Set<number>>();

function numberWordStartsOf(lexicon: ClaimLexicon): Set<number> {
  let starts = numberWordStarts.get(lexicon);
  if (!starts) numberWordStarts.set(lexicon, (starts = new Set([...lexicon.numberWords.keys()].map((w) => w.charCodeAt(0)))));
  return starts;
}

/** Whether the unit is a letter or a mark on its own (a surrogate is neither). */
const isLetterOrMark = (unit: number) => (unitClass(unit) & (CHAR_LETTER | CHAR_MARK)) !== 0;

/**
 * TOKEN's matches in `text`: start and end of the first, of the second, and so on. Read by char codes, a
 * number's extent by NUMBER_AT; a text with a surrogate is read by TOKEN itself.
 */
export function tokenSpans(text: string): number[] {
  const spans: number[] = [];
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdfff) return tokenSpansByRegExp(text);
    const bits = unitClass(unit);
    let end = i + 1;
    if (bits & CHAR_NUMBER) {
      NUMBER_AT.lastIndex = i;
      end = i + NUMBER_AT.exec(text)![0].length;
    } else if (bits & (CHAR_LETTER | CHAR_MARK)) {
      for (;;) {
        while (end < text.length && isLetterOrMark(text.charCodeAt(end))) end++;
        const next = text.charCodeAt(end);
        if ((next === 0x27 || next === 0x2019) && end + 1 < text.length && isLetterOrMark(text.charCodeAt(end + 1))) end += 2;
        else break;
      }
      if ((text.charCodeAt(end) & 0xfc00) === 0xd800) return tokenSpansByRegExp(text);
    } else {
      i++;
      continue;
    }
    spans.push(i, end);
    i = end;
  }
  return spans;
}

export function tokenSpansByRegExp(text: string): number[] {
  const spans: number[] = [];
  for (const m of text.matchAll(TOKEN)) spans.push(m.index, m.index + m[0].length);
  return spans;
}

/** Whether text[at] starts with a number ("\p{N}"), read from its code point's class. */
function numberAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  const bits = code >= 0xd800 && code <= 0xdbff ? astralClass(text.codePointAt(at)!) : unitClass(code);
  return (bits & CHAR_NUMBER) !== 0;
}

function countsOf(text: string, sentence: Sentence, lexicon: ClaimLexicon, wordStarts: Set<number>): Count[] {
  // Most sentences hold no number at all: they are not tokenised.
  if (!mayHoldNumber(lexicon, sentence.text)) return [];
  const words = sentence.text;
  const spans = tokenSpans(words);
  const tokenCount = spans.length / 2;
  const tokenAt = (k: number) => words.slice(spans[2 * k], spans[2 * k + 1]);
  const out: Count[] = [];
  for (let i = 0; i < tokenCount; i++) {
    const digits = numberAt(words, spans[2 * i]);
    if (!digits && !wordStarts.has(lowerUnit(words.charCodeAt(spans[2 * i])))) continue;
    const first = tokenAt(i);
    let value = digits ? numberOf(first) : lexicon.numberWords.get(first.toLowerCase());
    if (value === undefined || !Number.isFinite(value)) continue;
    let j = i + 1;
    let scaled = false;
    for (let scale; j < tokenCount && (scale = lexicon.countScales.get(tokenAt(j).toLowerCase())); j++) {
      value *= scale;
      scaled = true;
    }
    if (j < tokenCount && scaled && /^d[e']?$/i.test(tokenAt(j))) j++;
    const word = j < tokenCount ? tokenAt(j) : undefined;
    if (!word || startsWithNumber(word) || word.length < 3) continue;
    const noun = nounKey(word);
    if (noun.length < 3 || lexicon.countUnits.has(word.toLowerCase()) || lexicon.countUnits.has(noun) || lexicon.numberWords.has(noun)) continue;
    if (digits && !scaled && value >= YEARS.from && value <= YEARS.to) continue;
    const start = sentence.start + spans[2 * i];
    const end = sentence.start + spans[2 * j + 1];
    const before = text.slice(Math.max(sentence.start, start - 30), start);
    const qualifier = lexicon.countQualifiers.find(([, re]) => re.test(before))?.[0];
    const [low, high] = bounds(value, qualifier);
    const whole = lexicon.countWhole.test(before);
    out.push({ start, end, text: text.slice(start, end), noun, value, low, high, whole, sentence });
    i = j;
  }
  return out;
}

/**
 * The later count exceeds everything the earlier allows; a smaller later count is most often a part of the
 * first, unless it is presented as the whole set.
 */
const contradicts = (later: Count, earlier: Count) => later.low > earlier.high || (later.whole && later.high < earlier.low);

/**
 * Flags a count larger than an earlier count of the same thing allows. Neither sentence may report a change or a
 * part of a total (a headline's count always counts as a claim), the later count may not be located
 * somewhere else than the earlier one (a subset) nor be said of a different named subject, and each counted
 * thing is flagged once.
 */
export function countMismatches(text: string, sentences: Sentence[], quotes: QuoteIndex, entities: EntityMention[], lexicon: ClaimLexicon): Claim[] {
  const wordStarts = numberWordStartsOf(lexicon);
  const byNoun = new Map<string, Count[]>();
  for (const sentence of sentences) {
    for (const c of countsOf(text, sentence, lexicon, wordStarts)) {
      if (quotes.contains(c.start, c.end)) continue;
      const list = byNoun.get(c.noun) ?? [];
      list.push(c);
      byNoun.set(c.noun, list);
    }
  }
  // Most articles count nothing twice: the sentences' subjects are not needed then.
  if (![...byNoun.values()].some((counts) => counts.length > 1)) return [];
  const named = new Map<Sentence, Set<string>>();
  for (const m of entities) {
    const s = sentenceAt(sentences, m.start, m.end);
    if (s) named.set(s, (named.get(s) ?? new Set()).add(m.entity));
  }
  let places: EntityMention[] | undefined;
  const placesInOrder = () => (places ??= entities.filter((m) => m.label !== 'PER').sort((a, b) => a.start - b.start));
  // Entity key of a place or body named right after a count ("9 desa di Kecamatan Toroh"), if any; read only for counts compared.
  const placeOf = (c: Count) => {
    const place = firstFrom(placesInOrder(), c.end);
    return place && place.start <= c.end + PLACE_WINDOW && place.end <= c.sentence.end ? place.entity : null;
  };
  const namedIn = (s: Sentence) => named.get(s) ?? new Set<string>();
  // Two sentences that each name someone or something, but nobody in common, count for different subjects ("PDIP 110 kursi", "Golkar 102 kursi").
  const sameSubject = (a: Sentence, b: Sentence) => {
    const ka = namedIn(a);
    const kb = namedIn(b);
    return !ka.size || !kb.size || [...ka].some((k) => kb.has(k));
  };
  const reportsChange = new Map<Sentence, boolean>();
  const changes = (s: Sentence) => {
    let r = reportsChange.get(s);
    if (r === undefined) reportsChange.set(s, (r = matchesOf(lexicon.countChange, s.text).length > 0));
    return r;
  };
  const claims: Claim[] = [];
  const usable = (c: Count) => c.sentence.block.kind === 'headline' || !changes(c.sentence);
  for (const all of byNoun.values()) {
    const counts = all.filter(usable);
    if (counts.length < 2 || new Set(counts.map((c) => c.value)).size > MAX_VALUES_PER_NOUN) continue;
    let flagged = false;
    for (let k = 1; k < counts.length && !flagged; k++) {
      const later = counts[k];
      if (later.sentence.block.kind === 'headline') continue;
      let laterPlace: string | null | undefined;
      const samePlace = (e: Count) => (laterPlace ??= placeOf(later)) === null || laterPlace === placeOf(e);
      const earlier = counts
        .slice(0, Math.min(k, MAX_EARLIER))
        .find((e) => e.sentence !== later.sentence && contradicts(later, e) && sameSubject(e.sentence, later.sentence) && samePlace(e));
      if (!earlier) continue;
      flagged = true;
      claims.push({
        ...spanIn(text, clauseStart(later.sentence, later.start), later.sentence.end),
        kind: 'factual-inconsistency',
        message: `Count mismatch: '${later.text}' here, but ${earlier.sentence.block.kind === 'headline' ? 'the headline gives' : 'earlier the article gives'} '${earlier.text}'; check which figure is right.`,
        cue: { start: later.start, end: later.end, text: later.text },
      });
    }
  }
  return claims;
}
