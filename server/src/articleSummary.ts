// What the corpus keeps of an article's analysis, open or indexed: what references, symbols, code
// lens, hover, the cross-article checks and the views need (mentions, a few spans, dated sentences).
// A full analysis is ~20 KB per article, most of it structure and claims that only the open
// document's own features use; the workspace index keeps summaries only, in memory and in its cache.
import type { ArticleAnalysis, EntityMention, LangCode } from './engine';

export interface Span {
  start: number;
  end: number;
}

/** An entity mention as the corpus keeps it (an open document's EntityMention is one). */
export type Mention = Pick<EntityMention, 'start' | 'end' | 'text' | 'label' | 'entity' | 'canonical'>;

/** A date resolved to the day, with the sentence it is in: what the cross-article date check compares. */
export interface DatedSentence {
  date: Span & { text: string; value: string };
  sentence: Span;
}

export interface ArticleSummary {
  lang: LangCode;
  entities: Mention[];
  headline: Span | null;
  lead: Span | null;
  /** Page residue inside the article's lines (analysis.structure.boilerplate). */
  boilerplate: Span[];
  datedSentences: DatedSentence[];
}

/** The summary of an analysis; it shares the analysis's entity mentions. */
export function summarize(analysis: ArticleAnalysis): ArticleSummary {
  const { headline, lead, boilerplate, blocks } = analysis.structure;
  const datedSentences: DatedSentence[] = [];
  for (const date of analysis.dates) {
    if (!date.value || date.value.length < 10) continue;
    const block = blocks.find((b) => inside(date, b));
    if (!block) continue;
    datedSentences.push({ date: { start: date.start, end: date.end, text: date.text, value: date.value }, sentence: sentenceAround(block, date) });
  }
  return {
    lang: analysis.lang,
    entities: analysis.entities,
    headline: headline && spanOf(headline),
    lead: lead && spanOf(lead),
    boilerplate: boilerplate.map(spanOf),
    datedSentences,
  };
}

/** The summary of an analysis with mentions of their own, holding only the summary's fields (sent between threads, cached). */
export function detachedSummary(analysis: ArticleAnalysis): ArticleSummary {
  const entities = analysis.entities.map(({ start, end, text, label, entity, canonical }) => ({ start, end, text, label, entity, canonical }));
  return { ...summarize(analysis), entities };
}

export function inside(span: Span, container: Span | null | undefined): boolean {
  return !!container && span.start >= container.start && span.end <= container.end;
}

const spanOf = ({ start, end }: Span): Span => ({ start, end });

/** The sentence of a block containing a span (sentences end at . ! ? ؟ followed by a space). */
function sentenceAround(block: Span & { text: string }, span: Span): Span {
  let start = block.start;
  let end = block.end;
  for (const m of block.text.matchAll(/[.!?؟。]+\s+/g)) {
    const boundary = block.start + m.index! + m[0].length;
    if (boundary <= span.start) start = boundary;
    else if (boundary > span.end) {
      end = boundary;
      break;
    }
  }
  return { start, end };
}
