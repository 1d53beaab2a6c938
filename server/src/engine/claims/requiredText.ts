// What the matches of a lexicon regexp must contain or begin with, read from the patterns' source: the
// literal strings one of which every match contains ("sumber", "selon", "قال"), a cheap test that lets a
// regexp be skipped on text where it cannot match; and the first characters every match begins with, from
// which cueIndex.ts finds where in a text a regexp may match.
import { UnionReader } from '../regexpReader';
import { BEGINNING_LENGTH, foldedText } from './cueIndex';

/** Strings one of which every match contains, or null when a match may contain none of a known set. */
type Required = string[] | null;

/**
 * How good a requirement is as a filter: its shortest string's length, spaces not counted (longer strings
 * reject more text; a space is in every sentence, so "لا " says less than "ليق").
 */
const strength = (r: Required) => (r ? Math.min(...r.map((s) => s.replace(/ /g, '').length)) : 0);

/** What every match must contain: strings one of which each match holds. */
class RequiredReader extends UnionReader<string> {
  /** The strongest requirement among the sequence's items and its runs of literal characters. */
  protected sequence(): Required {
    let best: Required = null;
    let run = '';
    const consider = (r: Required) => {
      if (r && r.length && strength(r) > strength(best)) best = r;
    };
    const flush = () => {
      if (run) consider([run]);
      run = '';
    };
    while (this.inSequence()) {
      const { literal, required } = this.atom();
      const { min, quantified } = this.quantifier();
      // A quantified atom never joins a run of literals: "ab+c" requires "ab", not "abc".
      if (!quantified && literal !== undefined) {
        run += literal;
        continue;
      }
      flush();
      if (min >= 1) consider(literal !== undefined ? [literal] : required);
    }
    flush();
    return best;
  }

  /** One atom: a literal character (`literal`), or a group, class or escape with what it requires. */
  private atom(): { literal?: string; required: Required } {
    const s = this.source;
    const c = s[this.i];
    if (c === '(') {
      const { inner, lookaround } = this.group();
      return { required: lookaround ? null : inner };
    }
    if (c === '[') {
      this.classBody();
      return { required: null };
    }
    if (c === '\\') {
      const next = this.escape();
      // Escaped punctuation is that character; letter and digit escapes are classes, assertions or references.
      return /[\p{L}\p{N}]/u.test(next) ? { required: null } : { literal: next, required: null };
    }
    if (c === '.' || c === '^' || c === '$') {
      this.i++;
      return { required: null };
    }
    return { literal: this.plainCharacter(), required: null };
  }
}

/** Arabic diacritics and tatweel, which the lexicon regexps allow between letters. */
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/g;
/** Characters a case-insensitive regexp matches to a letter that `toLowerCase` does not give (long s). */
const CASE_FOLDS_APART = /ſ/g;

/** The text as the requirement strings are looked for in it: lower case, without Arabic marks. */
function searchableText(text: string): string {
  return text.toLowerCase().replace(ARABIC_MARKS, '').replace(CASE_FOLDS_APART, 's');
}

/** Whether the text, lower case (see `searchableText`), holds one of the strings. */
export function holdsOneOf(text: string, strings: string[]): boolean {
  const searchable = searchableText(text);
  return strings.some((s) => searchable.includes(s));
}

/**
 * What every match of the alternation of `patterns` contains, lower case (see `searchableText`), or null
 * when nothing is known to be required.
 */
export function requiredText(patterns: string[]): string[] | null {
  const union: string[] = [];
  for (const pattern of patterns) {
    const r = new RequiredReader(pattern).read();
    if (!r) return null;
    union.push(...r.map(searchableText));
  }
  // A string that holds another of the set is found whenever the shorter one is: only the shorter is kept.
  const distinct = [...new Set(union)];
  return distinct.filter((s) => !distinct.some((t) => t !== s && s.includes(t)));
}

/** A hash of the three code units at `i`, a small integer (collisions are resolved by comparing the strings). */
const trigramKey = (s: string, i: number) => ((s.charCodeAt(i) * 7919) ^ (s.charCodeAt(i + 1) * 131) ^ s.charCodeAt(i + 2)) & 0xfffff;

/** How many texts' possible regexps are kept at most: an article's sentences, which several rules each go through. */
const KEPT_TEXTS = 512;

/**
 * The required strings of many regexps, indexed by their first three characters, so that one pass over a
 * text finds every regexp that may match it. The claim rules run several regexps over each sentence, in
 * several passes over an article: the regexps possible in recent texts are kept.
 */
export class RequiredTextIndex {
  /** Regexps with a required string too short to index, or nothing known required: they may match anything. */
  private readonly anywhere = new Set<RegExp>();
  private readonly byTrigram = new Map<number, { re: RegExp; text: string }[]>();
  private possibleByText = new Map<string, Set<RegExp>>();
  private lastText = '';
  private lastPossible: Set<RegExp> | undefined;

  add(re: RegExp, required: string[] | null): void {
    this.possibleByText.clear();
    this.lastPossible = undefined;
    if (!required || required.some((s) => s.length < 3)) {
      this.anywhere.add(re);
      return;
    }
    for (const text of required) {
      const key = trigramKey(text, 0);
      const entries = this.byTrigram.get(key) ?? [];
      entries.push({ re, text });
      this.byTrigram.set(key, entries);
    }
  }

  /** Forgets the texts read so far, with a new map (see CueIndex.forgetTexts). */
  forgetTexts(): void {
    this.possibleByText = new Map();
    this.lastText = '';
    this.lastPossible = undefined;
  }

  /** Whether `re` (added before) may match somewhere in `text`: false only when it cannot. */
  mayMatch(re: RegExp, text: string): boolean {
    // The rules ask about one sentence several times in a row: the same string needs no hashing nor comparing.
    let possible = text === this.lastText ? this.lastPossible : this.possibleByText.get(text);
    if (!possible) {
      if (this.possibleByText.size >= KEPT_TEXTS) this.possibleByText.clear();
      possible = this.possibleIn(searchableText(text));
      this.possibleByText.set(text, possible);
    }
    this.lastText = text;
    this.lastPossible = possible;
    return possible.has(re);
  }

  private possibleIn(searchable: string): Set<RegExp> {
    const possible = new Set(this.anywhere);
    for (let i = 0; i + 3 <= searchable.length; i++) {
      const entries = this.byTrigram.get(trigramKey(searchable, i));
      if (!entries) continue;
      for (const { re, text } of entries) if (!possible.has(re) && searchable.startsWith(text, i)) possible.add(re);
    }
    return possible;
  }
}

/** A beginning of a match: its first characters, and whether more may follow (`open`) or the match is exactly `text`. */
interface Beginning {
  text: string;
  open: boolean;
}

/** The possible beginnings of an expression's matches, or null when a match may begin with any character. */
type Beginnings = Beginning[] | null;

/** Character classes of at most this many plain characters are expanded into their characters. */
const MAX_CLASS_CHARS = 8;

const EMPTY: Beginning[] = [{ text: '', open: false }];
/** Any digit (see `foldCode`). */
const DIGIT: Beginning[] = [{ text: '0', open: false }];

/** `a` followed by `b`: each beginning of `a` that is the whole match continues with each of `b`, cut at BEGINNING_LENGTH. */
function followedBy(a: Beginnings, b: Beginnings): Beginnings {
  if (!a) return null;
  const out: Beginning[] = [];
  for (const x of a) {
    if (x.open || x.text.length >= BEGINNING_LENGTH) out.push(x);
    else if (!b) out.push({ text: x.text, open: true });
    else for (const y of b) out.push(cut({ text: x.text + y.text, open: y.open }));
  }
  return out.some((x) => x.open && !x.text) ? null : out;
}

const cut = (x: Beginning): Beginning => (x.text.length > BEGINNING_LENGTH ? { text: x.text.slice(0, BEGINNING_LENGTH), open: true } : x);

/** How the matches may begin. */
class BeginningReader extends UnionReader<Beginning> {
  protected sequence(): Beginnings {
    let out: Beginnings = EMPTY;
    while (this.inSequence()) {
      const atom = this.atom();
      const { min, max } = this.quantifier();
      // After the first repetition of a repeated atom, anything the atom matches may follow: the beginning is open.
      let repeated: Beginnings = atom && max > 1 ? atom.map((x) => ({ text: x.text, open: true })) : atom;
      if (max === 0) repeated = EMPTY;
      else if (min === 0) repeated = repeated ? [...repeated, ...EMPTY] : null;
      out = followedBy(out, repeated);
    }
    return out;
  }

  /** One atom: a literal character, a small class, a group, or an assertion (which matches no character). */
  private atom(): Beginnings {
    const s = this.source;
    const c = s[this.i];
    if (c === '(') {
      const { inner, lookaround } = this.group();
      return lookaround ? EMPTY : inner;
    }
    if (c === '[') return this.characterClass();
    if (c === '\\') {
      const next = this.escape();
      if (next === 'b' || next === 'B') return EMPTY;
      if (next === 'd' || (next === 'p' && s.startsWith('{N}', this.i - 3))) return DIGIT;
      // Escaped punctuation is that character; other letter and digit escapes are classes or references.
      return /[\p{L}\p{N}]/u.test(next) ? null : [{ text: next, open: false }];
    }
    if (c === '^' || c === '$' || c === '.') {
      this.i++;
      return c === '.' ? null : EMPTY;
    }
    const character = this.plainCharacter();
    return character.length > 1 ? null : [{ text: character, open: false }]; // astral characters: no filter
  }

  /** A class of a few plain characters ("[وفبل]", "['’]") as those characters; any other class may be anything. */
  private characterClass(): Beginnings {
    const body = this.classBody();
    if (body === '\\p{N}' || body === '\\d') return DIGIT;
    if (!body || body.length > MAX_CLASS_CHARS || /[\\^\-\ud800-\udfff]/.test(body)) return null;
    return [...body].map((text) => ({ text, open: false }));
  }
}

/**
 * The first characters (up to BEGINNING_LENGTH, folded as `foldCode` does, Arabic marks left out) of every
 * match of the alternation of `patterns` that is not empty, or null when a match may begin with anything.
 */
export function beginnings(patterns: string[]): string[] | null {
  const out = new Set<string>();
  for (const pattern of patterns) {
    const r = new BeginningReader(pattern).read();
    if (!r) return null;
    for (const x of r) {
      const text = foldedText(x.text);
      if (text) out.add(text);
      else if (x.text || x.open) return null; // a match may begin with characters the folding leaves out
    }
  }
  return [...out];
}

/**
 * How the matches of one pattern begin, as `beginnings` gives them, and whether a match may be empty: one of
 * its beginnings is the whole match and empty, or, when its beginnings are not known, it requires no string
 * that is not empty (true when nothing is known). One reading of the pattern for both.
 */
export function patternBeginnings(pattern: string): { beginnings: string[] | null; mayBeEmpty: boolean } {
  const r = new BeginningReader(pattern).read();
  if (!r) {
    const required = requiredText([pattern]);
    return { beginnings: null, mayBeEmpty: !required || required.some((s) => !s) };
  }
  const out = new Set<string>();
  let known = true;
  for (const x of r) {
    const text = foldedText(x.text);
    if (text) out.add(text);
    else if (x.text || x.open) known = false; // a match may begin with characters the folding leaves out
  }
  return { beginnings: known ? [...out] : null, mayBeEmpty: r.some((x) => !x.text && !x.open) };
}
