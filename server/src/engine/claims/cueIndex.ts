// Where in a text a lexicon regexp may match. A match starts a word (or follows an Arabic proclitic that
// starts one) and begins with one of the regexp's possible beginnings (requiredText.ts `beginnings`): one
// pass over a text finds, for every regexp of a lexicon at once, the word starts where it may match, and
// the regexp is then tried at those positions only instead of being run over the whole text.
import { astralClass, CHAR_LETTER, CHAR_MARK, CHAR_NUMBER, unitClass } from '../charClasses';

/** How many characters of a match's beginning are kept: enough to tell most cue words apart. */
export const BEGINNING_LENGTH = 10;

/** What `foldCode` gives every digit ("\p{N}"), so that a class of digits is one beginning. */
const DIGIT_CODE = 0x30;
/** Folding results per UTF-16 code unit, filled on first use (0: not computed yet). */
const folded = new Int32Array(0x10000);
/** `foldCode`'s value for the Arabic marks, which it leaves out. */
const LEFT_OUT = -1;

/**
 * One representative per group of characters a case-insensitive regexp treats as one letter (the lower
 * case of the upper case: "ſ", "S" and "s" give "s"; the Kelvin sign gives "k"), "0" for every digit,
 * or LEFT_OUT for Arabic diacritics and tatweel, which the lexicon regexps allow between letters. A
 * character the regexp does not match to that representative (dotless "ı" is not "i") is its own.
 */
export function foldCode(code: number): number {
  let f = folded[code];
  if (f === 0) {
    const c = String.fromCharCode(code);
    const upper = c.toUpperCase();
    const lower = (upper.length === 1 ? upper : c).toLowerCase();
    if (/[\u064B-\u065F\u0670\u0640]/.test(c)) f = LEFT_OUT;
    else if (/\p{N}/u.test(c)) f = DIGIT_CODE;
    else if (code >= 0xd800 && code <= 0xdfff) f = code;
    else if (lower.length !== 1 || lower === c) f = code;
    else f = new RegExp(`^\\u{${lower.charCodeAt(0).toString(16)}}$`, 'iu').test(c) ? lower.charCodeAt(0) : code;
    folded[code] = f;
  }
  return f;
}

/** The text folded character by character as `foldCode` does, Arabic marks left out. */
export function foldedText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const f = foldCode(text.charCodeAt(i));
    if (f !== LEFT_OUT) out += String.fromCharCode(f);
  }
  return out;
}

/**
 * The beginnings of a lexicon's regexps as a trie: node 0 is the root, and the edges are kept in one
 * open-addressing hash table keyed by (node, character), so that following a character is a few array reads.
 */
class BeginningTrie {
  /** Per node, the regexps one of whose beginnings ends there. */
  readonly ids: (number[] | undefined)[] = [undefined];
  private edgeNode = new Int32Array(1024).fill(-1);
  private edgeCode = new Int32Array(1024);
  private edgeChild = new Int32Array(1024);
  private edges = 0;

  private slot(node: number, code: number): number {
    const mask = this.edgeNode.length - 1;
    let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & mask;
    while (this.edgeNode[h] !== -1 && (this.edgeNode[h] !== node || this.edgeCode[h] !== code)) h = (h + 1) & mask;
    return h;
  }

  /** The node reached from `node` by the character `code`, or -1. */
  child(node: number, code: number): number {
    const h = this.slot(node, code);
    return this.edgeNode[h] === -1 ? -1 : this.edgeChild[h];
  }

  /** The node reached from `node` by `code`, made if missing. */
  childOrNew(node: number, code: number): number {
    const found = this.child(node, code);
    if (found >= 0) return found;
    if (2 * (this.edges + 1) > this.edgeNode.length) this.grow();
    const h = this.slot(node, code);
    const child = this.ids.length;
    this.ids.push(undefined);
    this.edgeNode[h] = node;
    this.edgeCode[h] = code;
    this.edgeChild[h] = child;
    this.edges++;
    return child;
  }

  private grow(): void {
    const [nodes, codes, children] = [this.edgeNode, this.edgeCode, this.edgeChild];
    this.edgeNode = new Int32Array(nodes.length * 2).fill(-1);
    this.edgeCode = new Int32Array(nodes.length * 2);
    this.edgeChild = new Int32Array(nodes.length * 2);
    for (let i = 0; i < nodes.length; i++) {
      if (nodes[i] === -1) continue;
      const h = this.slot(nodes[i], codes[i]);
      this.edgeNode[h] = nodes[i];
      this.edgeCode[h] = codes[i];
      this.edgeChild[h] = children[i];
    }
  }
}

const NOT_WORD = 1;
const LETTER_OR_MARK = 2;
const DIGIT_CHAR = 3;

/** What kind of character a code unit is, or a code point when `astral` gives its two units. */
function kindOf(code: number, text: string, q: number, astral: boolean): number {
  const bits = astral ? astralClass(text.codePointAt(q)!) : unitClass(code);
  return bits & CHAR_NUMBER ? DIGIT_CHAR : bits & (CHAR_LETTER | CHAR_MARK) ? LETTER_OR_MARK : NOT_WORD;
}

/** Adds to `out` the ids of the trie's strings (folded, see `foldCode`) that begin at `q`, Arabic marks skipped as `walk` does. */
function collectBeginningIds(trie: BeginningTrie, text: string, q: number, out: number[]): void {
  let node = 0;
  for (let i = q, depth = 0; depth < BEGINNING_LENGTH && i < text.length; i++) {
    const code = foldCode(text.charCodeAt(i));
    if (code === LEFT_OUT) continue;
    node = trie.child(node, code);
    if (node < 0) return;
    depth++;
    const ids = trie.ids[node];
    if (ids) for (const id of ids) out.push(id);
  }
}

/** Sorts a few numbers in ascending order, in place (an insertion sort: no comparator calls, no work array). */
function sortSmall(numbers: number[]): void {
  for (let i = 1; i < numbers.length; i++) {
    const n = numbers[i];
    let k = i;
    while (k > 0 && numbers[k - 1] > n) {
      numbers[k] = numbers[k - 1];
      k--;
    }
    numbers[k] = n;
  }
}

/** A match of a lexicon regexp: where it starts in the text, and the matched text. */
export interface CueMatch {
  index: number;
  text: string;
}

const NO_MATCHES: readonly CueMatch[] = [];

/** What one pass over a text found. */
interface Scan {
  /** Per regexp id, the word starts where the regexp may match, in text order. */
  starts: (number[] | undefined)[];
  /** Per regexp id, its matches once looked for (the rules look for some cues in a sentence more than once). */
  matches: (readonly CueMatch[] | undefined)[];
  /** Whether the text holds a digit (any "\p{N}" character). */
  holdsDigit: boolean;
}

/** Harakat, tanween, shadda, sukun, dagger alef and tatweel. */
const isArabicMark = (code: number) => (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640;
/** Arabic attaches the conjunctions و/ف and the prepositions ب/ل to the next word. */
const isProclitic = (code: number) => code === 0x0648 || code === 0x0641 || code === 0x0628 || code === 0x0644;

/** The positions `scan` walks from: word starts, and positions after an Arabic proclitic that starts a word. */
function wordStartsIn(text: string): number[] {
  const starts: number[] = [];
  let previousIsWord = false;
  let afterProclitic = false;
  for (let q = 0; q < text.length; ) {
    const code = text.charCodeAt(q);
    const astral = code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(q + 1) & 0xfc00) === 0xdc00;
    if (!previousIsWord || afterProclitic) starts.push(q);
    if (!isArabicMark(code)) afterProclitic = !previousIsWord && isProclitic(code);
    previousIsWord = kindOf(code, text, q, astral) !== NOT_WORD;
    q += astral ? 2 : 1;
  }
  return starts;
}

/** How many texts' positions are kept: an article's sentences, which several rules each go through. */
const KEPT_TEXTS = 512;

/**
 * A lexicon regexp as the alternation it is, each alternative on its own, so that at a position only the
 * alternatives that may match there are tried, and plain-text ones without a regexp.
 */
export interface Alternatives {
  /** Per alternative in pattern order, its text when it is plain text (folded by `foldCode` unless `arabic`), else null. */
  texts: (string | null)[];
  /** Per alternative that is not plain text, the beginnings of its matches (folded), else null. */
  beginnings: (string[] | null)[];
  /** Per alternative that is not plain text, its regexp's source (without the lexicon's word end, WORD_END), else null. */
  sources: (string | null)[];
  /** The regexps' flags, sticky excepted. */
  flags: string;
  /** Arabic regexps match letters exactly and allow diacritics after each Arabic letter; the others ignore case. */
  arabic: boolean;
  /** Arabic: the alternation may follow the article ال or ل (the regexp tries ال, then ل, then neither). */
  definite?: boolean;
  /** The alternatives (not plain text) whose matches may begin with any word: tried at every word start ... */
  anywhere?: number[];
  /** ... of a text for which this holds (it holds a string one of them requires). */
  anywhereIn?: (text: string) => boolean;
}

/** An `Alternatives` ready for matching: tries whose nodes give the alternatives (pattern order) ending there. */
interface AlternativeMatcher {
  /** The plain-text alternatives. */
  literals: BeginningTrie;
  /** The beginnings of the other alternatives. */
  others: BeginningTrie;
  sources: (string | null)[];
  /** The other alternatives' sticky regexps, compiled on first use: as written, and followed by WORD_END. */
  regexps: (RegExp | undefined)[];
  endingWord: (RegExp | undefined)[];
  flags: string;
  arabic: boolean;
  definite: boolean;
  anywhere: number[];
  anywhereIn: (text: string) => boolean;
}

/** The Arabic article's forms before an alternation of Arabic words, in the order the regexp tries them. */
const ARTICLES = ['ال', 'ل'];

/** Where `prefix` (Arabic letters, each followed by any diacritics) that starts at `start` ends, or -1. */
function arabicPrefixEnd(text: string, start: number, prefix: string): number {
  let i = start;
  for (let k = 0; k < prefix.length; k++) {
    if (text.charCodeAt(i) !== prefix.charCodeAt(k)) return -1;
    i++;
    while (i < text.length && isArabicMark(text.charCodeAt(i))) i++;
  }
  return i;
}

/** What ends every match of a lexicon regexp: a word's end (what `endsWord` tests). */
export const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])';

const isArabicLetter = (code: number) => code >= 0x0621 && code <= 0x064a;

/** Whether no letter, mark or digit starts at `i` (what the lexicon regexps' final `(?![\p{L}\p{M}\p{N}])` asks). */
function endsWord(text: string, i: number): boolean {
  if (i >= text.length) return true;
  const code = text.charCodeAt(i);
  const astral = code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
  return kindOf(code, text, i, astral) === NOT_WORD;
}

/** A trie of the strings of each entry: at the node a string ends, the entry's index (indexes in ascending order). */
function trieOf(entries: (readonly string[] | null)[]): BeginningTrie {
  const trie = new BeginningTrie();
  entries.forEach((strings, order) => {
    for (const text of strings ?? []) {
      let node = 0;
      for (let i = 0; i < text.length; i++) node = trie.childOrNew(node, text.charCodeAt(i));
      const orders = (trie.ids[node] ??= []);
      if (orders[orders.length - 1] !== order) orders.push(order);
    }
  });
  return trie;
}

/** The possible beginnings of a lexicon's regexps, each regexp known by the id `add` gave it. */
export class CueIndex {
  private readonly trie = new BeginningTrie();
  private readonly matchers: (AlternativeMatcher | undefined)[] = [];
  /** The alternatives that may match at a position (reused). */
  private readonly candidates: number[] = [];
  private size = 0;
  private scans = new Map<string, Scan>();
  private lastText = '';
  private lastScan: Scan | undefined;

  /**
   * Registers a regexp by its matches' possible beginnings (folded, see `foldCode`), and by its alternatives
   * when it is known as an alternation; returns its id.
   */
  add(beginnings: string[], alternatives?: Alternatives): number {
    const id = this.size++;
    if (alternatives) {
      const { texts, sources, flags, arabic } = alternatives;
      const literals = trieOf(texts.map((text) => (text === null ? null : [text])));
      const definite = alternatives.definite ?? false;
      const anywhere = alternatives.anywhere ?? [];
      const anywhereIn = alternatives.anywhereIn ?? (() => true);
      this.matchers[id] = { literals, others: trieOf(alternatives.beginnings), sources, regexps: [], endingWord: [], flags, arabic, definite, anywhere, anywhereIn };
    }
    this.scans.clear();
    this.lastScan = undefined;
    for (const beginning of beginnings) {
      let node = 0;
      for (let i = 0; i < beginning.length; i++) node = this.trie.childOrNew(node, beginning.charCodeAt(i));
      const ids = (this.trie.ids[node] ??= []);
      if (!ids.includes(id)) ids.push(id);
    }
    return id;
  }

  /** The positions in `text` where regexp `id` may match, in text order (undefined: nowhere). */
  startsOf(id: number, text: string): number[] | undefined {
    return this.scanOf(text).starts[id];
  }

  /**
   * The matches of regexp `id` that a global search of `text` finds at word starts: at each possible start
   * after the previous match, the match there of the regexp (`sticky` gives it in its sticky form), or of the
   * alternatives that may match there when the regexp is known as an alternation.
   */
  matchesOf(id: number, sticky: () => RegExp, text: string): readonly CueMatch[] {
    const scan = this.scanOf(text);
    let matches = scan.matches[id];
    if (matches) return matches;
    const matcher = this.matchers[id];
    // Alternatives that may begin with any word make every word start a possible start (all the others among them).
    const anywhere = matcher !== undefined && matcher.anywhere.length > 0 && matcher.anywhereIn(text);
    const starts = anywhere ? wordStartsIn(text) : scan.starts[id];
    if (!starts) return (scan.matches[id] = NO_MATCHES);
    const found: CueMatch[] = [];
    let end = 0;
    for (const start of starts) {
      if (start < end) continue;
      let matched: string;
      if (matcher) {
        const matchEnd = this.alternativeMatchEnd(matcher, text, start, anywhere);
        if (matchEnd <= start) continue;
        matched = text.slice(start, matchEnd);
      } else {
        const re = sticky();
        re.lastIndex = start;
        const m = re.exec(text);
        if (!m || !m[0]) continue;
        matched = m[0];
      }
      found.push({ index: start, text: matched });
      end = start + matched.length;
    }
    return (scan.matches[id] = found);
  }

  /** Where the match at `start` ends (-1: none; `start`: an empty match), the article first when it may come. */
  private alternativeMatchEnd(matcher: AlternativeMatcher, text: string, start: number, anywhere: boolean): number {
    if (matcher.definite) {
      for (const article of ARTICLES) {
        const after = arabicPrefixEnd(text, start, article);
        if (after < 0) continue;
        const end = this.alternationEnd(matcher, text, after, anywhere);
        if (end > after) return end;
      }
    }
    return this.alternationEnd(matcher, text, start, anywhere);
  }

  /**
   * Where the alternation's match at `start` ends (-1: none; `start`: an empty match). As in the regexp, the
   * first alternative in pattern order that matches there and ends a word wins.
   */
  private alternationEnd(matcher: AlternativeMatcher, text: string, start: number, anywhere: boolean): number {
    const { literals, arabic } = matcher;
    let firstLiteral = -1;
    let literalEnd = -1;
    let node = 0;
    for (let i = start; i < text.length; ) {
      const code = text.charCodeAt(i++);
      node = literals.child(node, arabic ? code : foldCode(code));
      if (node < 0) break;
      if (arabic && isArabicLetter(code)) while (i < text.length && isArabicMark(text.charCodeAt(i))) i++;
      const orders = literals.ids[node];
      if (orders && (firstLiteral < 0 || orders[0] < firstLiteral) && endsWord(text, i)) {
        firstLiteral = orders[0];
        literalEnd = i;
      }
    }
    const candidates = this.candidates;
    candidates.length = 0;
    collectBeginningIds(matcher.others, text, start, candidates);
    if (anywhere) for (const order of matcher.anywhere) candidates.push(order);
    sortSmall(candidates);
    for (let c = 0; c < candidates.length; c++) {
      const order = candidates[c];
      if (firstLiteral >= 0 && order > firstLiteral) break;
      if (c > 0 && order === candidates[c - 1]) continue;
      // The alternative's first match ends a word most often: it is then the first the regexp with WORD_END finds,
      // and that regexp, dearer to compile (its Unicode classes, case-insensitive), is not needed.
      const re = (matcher.regexps[order] ??= new RegExp(matcher.sources[order]!, 'y' + matcher.flags));
      re.lastIndex = start;
      const m = re.exec(text);
      if (!m) continue;
      if (endsWord(text, start + m[0].length)) return start + m[0].length;
      const ending = (matcher.endingWord[order] ??= new RegExp(matcher.sources[order]! + WORD_END, 'y' + matcher.flags));
      ending.lastIndex = start;
      const e = ending.exec(text);
      if (e) return start + e[0].length;
    }
    return literalEnd;
  }

  /**
   * Forgets the texts scanned so far: an article's sentences are asked about many times, but another article's
   * are others (even one written the same way is another sentence, whose scan is done for it). A new map, not
   * a cleared one: V8 would promote the new tables of a long-lived map, each article's, to the old generation.
   */
  forgetTexts(): void {
    this.scans = new Map();
    this.lastText = '';
    this.lastScan = undefined;
  }

  /** Whether the text holds a digit (any "\p{N}" character), found by the same pass. */
  holdsDigit(text: string): boolean {
    return this.scanOf(text).holdsDigit;
  }

  private scanOf(text: string): Scan {
    // The rules ask about one sentence many times in a row: the same string needs no hashing nor comparing.
    if (text === this.lastText && this.lastScan) return this.lastScan;
    let scan = this.scans.get(text);
    if (!scan) {
      if (this.scans.size >= KEPT_TEXTS) this.scans.clear();
      scan = this.scan(text);
      this.scans.set(text, scan);
    }
    this.lastText = text;
    this.lastScan = scan;
    return scan;
  }

  /** One pass over the text: at each word start, the regexps one of whose beginnings the text continues with. */
  private scan(text: string): Scan {
    const starts: (number[] | undefined)[] = [];
    let holdsDigit = false;
    let previousIsWord = false;
    let afterProclitic = false; // a proclitic that starts a word, then only marks, precede the position
    for (let q = 0; q < text.length; ) {
      const code = text.charCodeAt(q);
      const astral = code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(q + 1) & 0xfc00) === 0xdc00;
      if (!previousIsWord || afterProclitic) this.walk(text, q, starts);
      if (!isArabicMark(code)) afterProclitic = !previousIsWord && isProclitic(code);
      const kind = kindOf(code, text, q, astral);
      if (kind === DIGIT_CHAR) holdsDigit = true;
      previousIsWord = kind !== NOT_WORD;
      q += astral ? 2 : 1;
    }
    return { starts, matches: [], holdsDigit };
  }

  /** Adds `q` to the starts of every regexp with a beginning that the text at `q` continues with. */
  private walk(text: string, q: number, starts: (number[] | undefined)[]): void {
    let node = 0;
    for (let i = q, depth = 0; depth < BEGINNING_LENGTH && i < text.length; i++) {
      const code = foldCode(text.charCodeAt(i));
      if (code === LEFT_OUT) continue;
      node = this.trie.child(node, code);
      if (node < 0) return;
      depth++;
      const ids = this.trie.ids[node];
      if (!ids) continue;
      for (const id of ids) {
        const list = starts[id];
        if (!list) starts[id] = [q];
        else if (list[list.length - 1] !== q) list.push(q);
      }
    }
  }
}
