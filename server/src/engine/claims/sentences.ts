// Sentences and clause boundaries of the article's text blocks, with offsets into the article.
import type { ArticleStructure, Block, Quote, TextSpan } from '../types';
import { isSpaceCode } from './chars';

export interface Sentence extends TextSpan {
  block: Block;
  /** Offsets (into the article) where a clause starts after a comma, semicolon, colon or dash. */
  clauseStarts: number[];
}

/** Characters that end a sentence, in runs: . ! ? ؟ … */
const isSentenceEnd = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x061f || code === 0x2026;
/** Closing quotes and brackets that may follow a sentence's end: " ' ” ’ » ) ] */
const isCloser = (code: number) => code === 0x22 || code === 0x27 || code === 0x201d || code === 0x2019 || code === 0xbb || code === 0x29 || code === 0x5d;
/** Punctuation that ends a clause when white space follows: , ; : ، ؛ */
const isClausePunctuation = (code: number) => code === 0x2c || code === 0x3b || code === 0x3a || code === 0x060c || code === 0x061b;
/** Dashes that end a clause between white space: — – - */
const isDash = (code: number) => code === 0x2014 || code === 0x2013 || code === 0x2d;

/**
 * Where the sentences of `text` end: after a run of . ! ? ؟ … and of closing quotes or brackets followed
 * by white space or the end of the text.
 */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; ) {
    if (!isSentenceEnd(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isSentenceEnd(text.charCodeAt(j))) j++;
    while (j < text.length && isCloser(text.charCodeAt(j))) j++;
    if (j === text.length || isSpaceCode(text.charCodeAt(j))) ends.push(j);
    i = j;
  }
  return ends;
}

/**
 * Where clauses start in text[from, to), plus `offset`: after , ; : ، ؛ and the white space that follows, or
 * after a dash set between white space.
 */
function clauseStartsIn(text: string, from: number, to: number, offset: number): number[] {
  const starts: number[] = [];
  for (let i = from; i < to; ) {
    const code = text.charCodeAt(i);
    if (isClausePunctuation(code) && i + 1 < to && isSpaceCode(text.charCodeAt(i + 1))) {
      let j = i + 2;
      while (j < to && isSpaceCode(text.charCodeAt(j))) j++;
      starts.push(offset + j - from);
      i = j;
    } else if (isSpaceCode(code) && i + 2 < to && isDash(text.charCodeAt(i + 1)) && isSpaceCode(text.charCodeAt(i + 2))) {
      starts.push(offset + i + 3 - from);
      i += 3;
    } else i++;
  }
  return starts;
}

function sentencesOfBlock(block: Block): Sentence[] {
  const out: Sentence[] = [];
  const text = block.text;
  const ends = sentenceEnds(text);
  if (!ends.length || ends[ends.length - 1] < text.length) ends.push(text.length);
  let from = 0;
  for (const to of ends) {
    let s = from;
    let e = to;
    from = to;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (s === e) continue;
    const start = block.start + s;
    out.push({ start, end: block.start + e, text: text.slice(s, e), block, clauseStarts: clauseStartsIn(text, s, e, start) });
  }
  return out;
}

/** Sentences of every block that is not page residue, in document order. */
export function sentencesOf(structure: ArticleStructure): Sentence[] {
  return structure.blocks.filter((b) => b.kind !== 'boilerplate').flatMap(sentencesOfBlock);
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
  overlapping(start: number, end: number): Quote[] {
    const out: Quote[] = [];
    for (let i = this.firstEndingAfter(start); i < this.quotes.length && this.quotes[i].start < end; i++) out.push(this.quotes[i]);
    return out;
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
