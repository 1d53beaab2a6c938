// Sentences and clause boundaries of the article's text blocks, with offsets into the article.
import type { ArticleStructure, Block, TextSpan } from '../types';

export interface Sentence extends TextSpan {
  block: Block;
  /** Offsets (into the article) where a clause starts after a comma, semicolon, colon or dash. */
  clauseStarts: number[];
}

// A sentence ends at . ! ? ؟ (with closing quotes/brackets) followed by white space or the end of the block.
const SENTENCE_END = /[.!?؟…]+["'”’»)\]]*(?=\s|$)/gu;
const CLAUSE_BREAK = /[,;:،؛]\s+|\s[—–-]\s/gu;

function sentencesOfBlock(block: Block): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const ends = [...block.text.matchAll(SENTENCE_END)].map((m) => m.index! + m[0].length);
  if (!ends.length || ends[ends.length - 1] < block.text.length) ends.push(block.text.length);
  for (const to of ends) {
    const raw = block.text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    from = to;
    if (!body) continue;
    const start = block.start + (to - raw.length) + lead;
    const clauseStarts = [...body.matchAll(CLAUSE_BREAK)].map((m) => start + m.index! + m[0].length);
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
