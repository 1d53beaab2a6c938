// Semantic tokens: entities by label, dates, and claims (the cue word when there is one, else the
// claim). Tokens never overlap: entities and dates win over the claim text around them.
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { AnalysedDocument } from './documents';
import type { EntityLabel } from './engine';

export const TOKEN_TYPES = ['person', 'place', 'organization', 'date', 'claim'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] };

const ENTITY_TOKEN: Record<EntityLabel, TokenType> = { PER: 'person', LOC: 'place', ORG: 'organization' };

interface TokenSpan {
  start: number;
  end: number;
  type: TokenType;
}

/** Token spans in document order, without overlaps, limited to [from, to). */
function tokenSpans(doc: AnalysedDocument, from = 0, to = Infinity): TokenSpan[] {
  const { analysis } = doc;
  const strong: TokenSpan[] = [
    ...analysis.entities.map((e) => ({ start: e.start, end: e.end, type: ENTITY_TOKEN[e.label] })),
    ...analysis.dates.map((d) => ({ start: d.start, end: d.end, type: 'date' as const })),
  ];
  const weak: TokenSpan[] = analysis.claims.map((c) => ({ start: (c.cue ?? c).start, end: (c.cue ?? c).end, type: 'claim' as const }));
  const taken: TokenSpan[] = [];
  for (const span of [...strong, ...weak]) {
    for (const piece of subtract(span, taken)) taken.push(piece);
  }
  return taken
    .filter((s) => s.start < to && s.end > from)
    .map((s) => ({ ...s, start: Math.max(s.start, from), end: Math.min(s.end, to) }))
    .sort((a, b) => a.start - b.start);
}

/** The parts of `span` not covered by any span of `taken`. */
function subtract(span: TokenSpan, taken: TokenSpan[]): TokenSpan[] {
  let pieces = [span];
  for (const t of taken) {
    if (t.start >= span.end || t.end <= span.start) continue;
    pieces = pieces.flatMap((p) => {
      if (t.start >= p.end || t.end <= p.start) return [p];
      const left = { ...p, end: t.start };
      const right = { ...p, start: t.end };
      return [left, right].filter((x) => x.end > x.start);
    });
  }
  return pieces;
}

export function provideSemanticTokens(doc: AnalysedDocument, from?: number, to?: number): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  const { lines, text } = doc;
  for (const span of tokenSpans(doc, from, to)) {
    // A token lies on one line: split spans that cross line breaks.
    let start = span.start;
    while (start < span.end) {
      const pos = lines.positionAt(start);
      const lineEnd = pos.line + 1 < lines.lineStarts.length ? lines.lineStarts[pos.line + 1] : text.length;
      const end = Math.min(span.end, lineEnd);
      const visibleEnd = trimLineBreak(text, start, end);
      if (visibleEnd > start) builder.push(pos.line, pos.character, visibleEnd - start, TOKEN_TYPES.indexOf(span.type), 0);
      start = end;
    }
  }
  return builder.build();
}

function trimLineBreak(text: string, start: number, end: number): number {
  while (end > start && /[\r\n]/.test(text[end - 1])) end--;
  return end;
}
