// Sentences and clause boundaries of the article's text blocks, with offsets into the article.
import type { ArticleStructure, Block, Quote, TextSpan } from '../types';

export interface Sentence extends TextSpan {
  block: Block;
  /** Offsets (into the article) where a clause starts after a comma, semicolon, colon or dash. */
  clauseStarts: number[];
}

// A sentence ends at . ! ? ؟ (with closing quotes/brackets) followed by white space or the end of the block.
const SENTENCE_END = /[.!?؟…]+["'”’»)\]]*(?=\s|$)/gu;
const CLAUSE_BREAK = /[,;:،؛]\s+|\s[—–-]\s/gu;

/** Where each match of a global regexp (that never matches empty) in `text` ends, plus `offset`. */
function matchEnds(re: RegExp, text: string, offset = 0): number[] {
  const ends: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) ends.push(offset + re.lastIndex);
  return ends;
}

function sentencesOfBlock(block: Block): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const ends = matchEnds(SENTENCE_END, block.text);
  if (!ends.length || ends[ends.length - 1] < block.text.length) ends.push(block.text.length);
  for (const to of ends) {
    const raw = block.text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    from = to;
    if (!body) continue;
    const start = block.start + (to - raw.length) + lead;
    const clauseStarts = matchEnds(CLAUSE_BREAK, body, start);
    out.push({ start, end: start + body.length, text: body, block, clauseStarts });
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

/** The sentence text between two article offsets, trimmed, as a span; trailing sentence punctuation dropped. */
export function spanIn(text: string, start: number, end: number): TextSpan {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /[\s.!?؟,;:،؛]/.test(text[e - 1])) e--;
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
  /** True when [start, end) lies inside one quotation. */
  contains(start: number, end: number): boolean {
    return this.overlapping(start, end).some((q) => q.start <= start && end <= q.end);
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
