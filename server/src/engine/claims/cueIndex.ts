// Where in a text a lexicon regexp may match. A match starts a word (or follows an Arabic proclitic that
// starts one) and begins with one of the regexp's possible beginnings (requiredText.ts `beginnings`): one
// pass over a text finds, for every regexp of a lexicon at once, the word starts where it may match, and
// the regexp is then tried at those positions only instead of being run over the whole text.
import { BEGINNING_LENGTH, LEFT_OUT, foldCode } from './requiredText';

interface TrieNode {
  /** The regexps one of whose beginnings ends here. */
  ids: number[];
  next: Map<number, TrieNode>;
}

const newNode = (): TrieNode => ({ ids: [], next: new Map() });

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const DIGIT = /\p{N}/u;
const NOT_WORD = 1;
const LETTER_OR_MARK = 2;
const DIGIT_CHAR = 3;
/** Per UTF-16 code unit: 0 not computed yet, or NOT_WORD, LETTER_OR_MARK, DIGIT_CHAR. */
const charKinds = new Uint8Array(0x10000);

/** What kind of character a code unit is, or a code point when `astral` gives its two units. */
function kindOf(code: number, text: string, q: number, astral: boolean): number {
  if (astral) {
    const c = text.slice(q, q + 2);
    return DIGIT.test(c) ? DIGIT_CHAR : WORD_CHAR.test(c) ? LETTER_OR_MARK : NOT_WORD;
  }
  let kind = charKinds[code];
  if (kind === 0) {
    const c = String.fromCharCode(code);
    charKinds[code] = kind = DIGIT.test(c) ? DIGIT_CHAR : WORD_CHAR.test(c) ? LETTER_OR_MARK : NOT_WORD;
  }
  return kind;
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

/** How many texts' positions are kept: an article's sentences, which several rules each go through. */
const KEPT_TEXTS = 512;

/** The possible beginnings of a lexicon's regexps, each regexp known by the id `add` gave it. */
export class CueIndex {
  private readonly root = newNode();
  private size = 0;
  private readonly scans = new Map<string, Scan>();

  /** Registers a regexp by its matches' possible beginnings (folded, see `foldCode`); returns its id. */
  add(beginnings: string[]): number {
    const id = this.size++;
    this.scans.clear();
    for (const beginning of beginnings) {
      let node = this.root;
      for (let i = 0; i < beginning.length; i++) {
        const code = beginning.charCodeAt(i);
        let next = node.next.get(code);
        if (!next) node.next.set(code, (next = newNode()));
        node = next;
      }
      if (!node.ids.includes(id)) node.ids.push(id);
    }
    return id;
  }

  /** The positions in `text` where regexp `id` may match, in text order (undefined: nowhere). */
  startsOf(id: number, text: string): number[] | undefined {
    return this.scanOf(text).starts[id];
  }

  /**
   * The matches of regexp `id`, given in its `sticky` form, that a global search of `text` finds at word starts:
   * at each possible start after the previous match, the regexp's match there.
   */
  matchesOf(id: number, sticky: RegExp, text: string): readonly CueMatch[] {
    const scan = this.scanOf(text);
    let matches = scan.matches[id];
    if (matches) return matches;
    const starts = scan.starts[id];
    if (!starts) return (scan.matches[id] = NO_MATCHES);
    const found: CueMatch[] = [];
    let end = 0;
    for (const start of starts) {
      if (start < end) continue;
      sticky.lastIndex = start;
      const m = sticky.exec(text);
      if (!m || !m[0]) continue;
      found.push({ index: start, text: m[0] });
      end = start + m[0].length;
    }
    return (scan.matches[id] = found);
  }

  /** Whether the text holds a digit (any "\p{N}" character), found by the same pass. */
  holdsDigit(text: string): boolean {
    return this.scanOf(text).holdsDigit;
  }

  private scanOf(text: string): Scan {
    let scan = this.scans.get(text);
    if (!scan) {
      if (this.scans.size >= KEPT_TEXTS) this.scans.clear();
      scan = this.scan(text);
      this.scans.set(text, scan);
    }
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
    let node: TrieNode | undefined = this.root;
    for (let i = q, depth = 0; depth < BEGINNING_LENGTH && i < text.length; i++) {
      const code = foldCode(text.charCodeAt(i));
      if (code === LEFT_OUT) continue;
      node = node.next.get(code);
      if (!node) return;
      depth++;
      for (const id of node.ids) {
        const list = starts[id];
        if (!list) starts[id] = [q];
        else if (list[list.length - 1] !== q) list.push(q);
      }
    }
  }
}
