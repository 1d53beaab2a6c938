// Renders an article and its analysis as escaped HTML for the preview webview. Pure, so it is unit-tested
// with hostile text. Every character of the article goes through escapeHtml; attributes carry only
// escaped text and numbers.
import { LineIndex } from '../../../server/src/positions';
import type { ArticleAnalysisResult } from '../../../server/src/protocol';
import { bcp47, languageName } from './language';
import { escapeHtml } from './webviewHtml';

export type SpanKind = ArticleAnalysisResult['spans'][number]['kind'];
type Span = ArticleAnalysisResult['spans'][number];

const SPAN_KINDS: readonly SpanKind[] = ['PER', 'LOC', 'ORG', 'DATE', 'CLAIM', 'BOILERPLATE'];
const KIND_NAMES: Record<SpanKind, string> = {
  PER: 'Person',
  LOC: 'Place',
  ORG: 'Organisation',
  DATE: 'Date',
  CLAIM: 'Claim to check',
  BOILERPLATE: 'Boilerplate',
};
/** Outer kinds nest around inner ones when spans overlap: boilerplate > claim > entity/date. */
const NESTING_RANK: Record<SpanKind, number> = { BOILERPLATE: 0, CLAIM: 1, PER: 2, LOC: 2, ORG: 2, DATE: 2 };

/** A span clipped to one line; `span` is the original, whose range a click reveals. */
interface Piece {
  start: number;
  end: number;
  span: Span;
}
interface PieceNode extends Piece {
  children: PieceNode[];
}

export interface ArticleHtmlOptions {
  /** The article's file name, shown in the header. */
  title: string;
}

/** Each line's start offset and the offset just past its last character (before its line break). */
function lineRanges(text: string, lineStarts: readonly number[]): { start: number; end: number }[] {
  return lineStarts.map((start, l) => {
    let end = l + 1 < lineStarts.length ? lineStarts[l + 1] : text.length;
    if (end > start && text[end - 1] === '\n') end--;
    if (end > start && text[end - 1] === '\r') end--;
    return { start, end };
  });
}

function comparePieces(a: Piece, b: Piece): number {
  return a.start - b.start || b.end - a.end || NESTING_RANK[a.span.kind] - NESTING_RANK[b.span.kind];
}

/**
 * Nests one line's pieces into a tree. A piece that crosses the end of the piece it starts in is split
 * there, and its remainder goes back into the queue, so the HTML is always well nested.
 */
function nest(pieces: Piece[]): PieceNode[] {
  const queue = [...pieces].sort(comparePieces);
  const roots: PieceNode[] = [];
  const open: PieceNode[] = [];
  for (let i = 0; i < queue.length; i++) {
    let piece = queue[i];
    while (open.length && open[open.length - 1].end <= piece.start) open.pop();
    const parent = open[open.length - 1];
    if (parent && piece.end > parent.end) {
      const rest = { ...piece, start: parent.end };
      let at = i + 1;
      while (at < queue.length && comparePieces(queue[at], rest) <= 0) at++;
      queue.splice(at, 0, rest);
      piece = { ...piece, end: parent.end };
    }
    const node: PieceNode = { ...piece, children: [] };
    (parent ? parent.children : roots).push(node);
    open.push(node);
  }
  return roots;
}

function hoverText(span: Span): string {
  const parts = [KIND_NAMES[span.kind]];
  if (span.canonical) parts.push(span.canonical);
  if (span.message) parts.push(span.message);
  return parts.join(' — ');
}

function renderNodes(text: string, from: number, to: number, nodes: PieceNode[]): string {
  let html = '';
  let at = from;
  for (const node of nodes) {
    html += escapeHtml(text.slice(at, node.start));
    const inner = renderNodes(text, node.start, node.end, node.children);
    const { kind, start, end } = node.span;
    html +=
      `<span class="hl hl-${kind.toLowerCase()}" data-start="${start}" data-end="${end}" ` +
      `title="${escapeHtml(hoverText(node.span))}">${inner}</span>`;
    at = node.end;
  }
  return html + escapeHtml(text.slice(at, to));
}

/** Spans with a range that fits the text; anything else from the server is dropped, not trusted. */
function validSpans(result: ArticleAnalysisResult): Span[] {
  const length = result.text.length;
  return result.spans.filter(
    (s) =>
      SPAN_KINDS.includes(s.kind) &&
      Number.isInteger(s.start) &&
      Number.isInteger(s.end) &&
      s.start >= 0 &&
      s.start < s.end &&
      s.end <= length,
  );
}

function renderLegend(spans: Span[]): string {
  const counts = new Map<SpanKind, number>();
  for (const s of spans) counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1);
  const items = SPAN_KINDS.map(
    (kind) =>
      `<li class="legend-item"><span class="swatch hl-${kind.toLowerCase()}"></span>${KIND_NAMES[kind]} ` +
      `<span class="count">${counts.get(kind) ?? 0}</span></li>`,
  );
  return `<ul class="legend" aria-label="Legend">${items.join('')}</ul>`;
}

/**
 * The preview's body: a header, the legend and the article, one `<p dir="auto" data-line="N">` per non-empty
 * line (N is the 0-based source line, for scrolling the preview with the editor).
 */
export function renderArticleHtml(result: ArticleAnalysisResult, options: ArticleHtmlOptions): string {
  const { text } = result;
  const spans = validSpans(result);
  // The editor's lines (LSP positions), so that data-line follows the editor when it scrolls.
  const index = LineIndex.of(text);
  const lines = lineRanges(text, index.lineStarts);
  const piecesByLine: Piece[][] = lines.map(() => []);
  for (const span of spans) {
    for (let l = index.positionAt(span.start).line; l < lines.length && lines[l].start < span.end; l++) {
      const start = Math.max(span.start, lines[l].start);
      const end = Math.min(span.end, lines[l].end);
      if (start < end) piecesByLine[l].push({ start, end, span });
    }
  }
  const paragraphs = lines
    .map((line, l) => ({ line, l }))
    .filter(({ line }) => text.slice(line.start, line.end).trim() !== '')
    .map(({ line, l }) => `<p dir="auto" data-line="${l}">${renderNodes(text, line.start, line.end, nest(piecesByLine[l]))}</p>`);
  const direction = result.direction === 'rtl' ? 'rtl' : 'ltr';
  const header =
    `<header class="article-header"><span class="file">${escapeHtml(options.title)}</span>` +
    `<span class="lang">${escapeHtml(languageName(result.lang))} · ${direction}</span></header>`;
  return (
    header +
    renderLegend(spans) +
    `<article class="article" lang="${escapeHtml(bcp47(result.lang))}" dir="${direction}">${paragraphs.join('\n')}</article>`
  );
}
