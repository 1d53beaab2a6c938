// Sentences and clause boundaries of the article's text blocks, with offsets into the article.
import type { ArticleStructure, Block, Quote, TextSpan } from '../types';
import { isSpaceCode } from './chars';

export interface Sentence extends TextSpan {
  block: Block;
  /** Offsets (into the article) where a clause starts after a comma, semicolon, colon or dash. */
  clauseStarts: number[];
}

// A sentence ends at . ! ? ؟ (with closing quotes/brackets) followed by white space or the end of the block.
const SENTENCE_END = /[.!?؟…]+["'”’»)\]]*(?=\s|$)/gu;
const CLAUSE_BREAK = /[,;:،؛]\s+|\s[—–-]\s/gu;
/** Punctuation that ends a clause when white space follows: , ; : ، ؛ */
const isClausePunctuation = (code: number) => code === 0x2c || code === 0x3b || code === 0x3a || code === 0x060c || code === 0x061b;

/** Where each match of a global regexp (that never matches empty) in `text` ends. */
function matchEnds(re: RegExp, text: string): number[] {
  const ends: number[] = [];
  re.lastIndex = 0;
  while (re.exec(text)) ends.push(re.lastIndex);
  return ends;
}

/** Where clauses start in text[from, to) (which starts and ends with no white space), plus `offset`. */
function clauseStartsIn(text: string, from: number, to: number, offset: number): number[] {
  const starts: number[] = [];
  CLAUSE_BREAK.lastIndex = from;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index < to; m = CLAUSE_BREAK.exec(text)) {
    // A break that runs past `to` begins in the sentence's last two characters: the sentence alone holds none there.
    if (CLAUSE_BREAK.lastIndex > to) break;
    starts.push(offset + CLAUSE_BREAK.lastIndex - from);
  }
  return starts;
}

/** A sentence whose clause starts are found when first asked for: the rules ask for them in few sentences. */
class BlockSentence implements Sentence {
  private starts: number[] | undefined;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly block: Block,
    /** Where the sentence starts in its block's text. */
    private readonly startInBlock: number,
  ) {}

  get clauseStarts(): number[] {
    return (this.starts ??= clauseStartsIn(this.block.text, this.startInBlock, this.startInBlock + this.text.length, this.start));
  }
}

/** Appends the sentences of a block to `out`. */
function addSentencesOfBlock(block: Block, out: Sentence[]): void {
  const text = block.text;
  const ends = matchEnds(SENTENCE_END, text);
  if (!ends.length || ends[ends.length - 1] < text.length) ends.push(text.length);
  let from = 0;
  for (const to of ends) {
    let s = from;
    let e = to;
    from = to;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (s === e) continue;
    out.push(new BlockSentence(block.start + s, block.start + e, text.slice(s, e), block, s));
  }
}

/** Sentences of every block that is not page residue, in document order. */
export function sentencesOf(structure: ArticleStructure): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of structure.blocks) if (block.kind !== 'boilerplate') addSentencesOfBlock(block, sentences);
  return sentences;
}

/** Where the clause holding `offset` starts: after the last clause break before it, else the sentence start. */
export function clauseStart(sentence: Sentence, offset: number): number {
  let start = sentence.start;
  for (const s of sentence.clauseStarts) if (s <= offset) start = s;
  return start;
}

/** What `spanIn` drops at a span's end: white space and . ! ? ؟ , ; : ، ؛ */
const isTrailing = (code: number) =>
  isSpaceCode(code) || code === 0x2e || code === 0x21 || code === 0x3f || code === 0x061f || isClausePunctuation(code);

/** The sentence text between two article offsets, trimmed, as a span; trailing sentence punctuation dropped. */
export function spanIn(text: string, start: number, end: number): TextSpan {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isTrailing(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e, text: text.slice(s, e) };
}

const NO_QUOTES: readonly Quote[] = [];

/** Quotations sorted by position, answering "is this span quoted?" and "which quotes overlap?" in log time. */
export class QuoteIndex {
  private readonly quotes: Quote[];
  constructor(quotes: Quote[]) {
    this.quotes = [...quotes].sort((a, b) => a.start - b.start);
  }
  /** Index of the first quote that ends after `offset`. */
  private firstEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.quotes[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  overlapping(start: number, end: number): readonly Quote[] {
    const first = this.firstEndingAfter(start);
    let last = first;
    while (last < this.quotes.length && this.quotes[last].start < end) last++;
    return last === first ? NO_QUOTES : this.quotes.slice(first, last);
  }
  /** True when a quotation with an attribution (speech) overlaps [start, end). */
  overlapsSpeech(start: number, end: number): boolean {
    for (let i = this.firstEndingAfter(start); i < this.quotes.length && this.quotes[i].start < end; i++) if (this.quotes[i].attribution) return true;
    return false;
  }
  /** True when [start, end) lies inside one quotation. */
  contains(start: number, end: number): boolean {
    for (let i = this.firstEndingAfter(start); i < this.quotes.length && this.quotes[i].start < end; i++) {
      const q = this.quotes[i];
      if (q.start <= start && end <= q.end) return true;
    }
    return false;
  }
}

/** The sentence (of a list in document order) that holds [start, end), or undefined. */
export function sentenceAt(sentences: Sentence[], start: number, end: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end < end) lo = mid + 1;
    else hi = mid;
  }
  const s = sentences[lo];
  return s && s.start <= start && end <= s.end ? s : undefined;
}
