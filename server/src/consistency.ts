// Cross-article consistency (issue 5): where articles about the same entities disagree.
//  - headline-person: the headline names one person while the body, and other articles about the
//    same event, are about another;
//  - event-date: two articles give different dates for the same event (a sentence with a resolved
//    date naming the same people/organisations/places).
// Each diagnostic points at the other articles' exact locations. The work is bounded by the
// articles sharing an entity with this one, never the whole workspace.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { Article, Corpus } from './corpus';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import type { DateMention, EntityMention, TextSpan } from './engine';

const MAX_CANDIDATES = 300;
const MAX_RELATED = 5;
/** Entities two sentences must share to be taken as reporting the same event. */
const SAME_EVENT_SHARED = 2;

export function consistencyDiagnostics(article: Article, corpus: Corpus): Diagnostic[] {
  return [...headlinePersonDiagnostics(article, corpus), ...eventDateDiagnostics(article, corpus)];
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

function inside(span: TextSpan, container: TextSpan | null | undefined): boolean {
  return !!container && span.start >= container.start && span.end <= container.end;
}

function persons(article: Article, corpus: Corpus, where: (m: EntityMention) => boolean): Map<string, EntityMention[]> {
  const out = new Map<string, EntityMention[]>();
  for (const m of article.analysis.entities) {
    if (m.label !== 'PER' || !where(m)) continue;
    const key = corpus.keyOf(article.uri, m);
    out.set(key, [...(out.get(key) ?? []), m]);
  }
  return out;
}

/** The person an article's body is mostly about (at least two mentions, clearly ahead of the next). */
function mainPerson(article: Article, corpus: Corpus): { key: string; mentions: EntityMention[] } | undefined {
  const { headline, boilerplate } = article.analysis.structure;
  const body = persons(article, corpus, (m) => !inside(m, headline) && !boilerplate.some((b) => inside(m, b)));
  const ranked = [...body].sort((a, b) => b[1].length - a[1].length);
  const [first, second] = ranked;
  if (!first || first[1].length < 2 || (second && second[1].length * 2 > first[1].length)) return undefined;
  return { key: first[0], mentions: first[1] };
}

function headlinePersonDiagnostics(article: Article, corpus: Corpus): Diagnostic[] {
  const { headline } = article.analysis.structure;
  if (!headline) return [];
  const main = mainPerson(article, corpus);
  if (!main) return [];
  const outsideHeadline = persons(article, corpus, (m) => !inside(m, headline));
  const out: Diagnostic[] = [];
  for (const [key, mentions] of persons(article, corpus, (m) => inside(m, headline))) {
    if (key === main.key || outsideHeadline.has(key)) continue;
    // Other articles whose main person is the body's: they corroborate what the event is about.
    const related: DiagnosticRelatedInformation[] = [];
    for (const other of candidateArticles(corpus, main.key, article.uri)) {
      if (mainPerson(other, corpus)?.key !== main.key) continue;
      const names = persons(other, corpus, () => true).get(main.key)!;
      const shown = names.find((m) => inside(m, other.analysis.structure.headline)) ?? names[0];
      related.push({
        location: { uri: other.uri, range: other.lines.rangeOf(shown.start, shown.end) },
        message: `${fileName(other.uri)} is about ${shown.text}`,
      });
      if (related.length >= MAX_RELATED) break;
    }
    if (!related.length) continue;
    const named = mentions[0];
    out.push({
      range: article.lines.rangeOf(named.start, named.end),
      severity: DiagnosticSeverity.Warning,
      source: DIAGNOSTIC_SOURCE,
      code: 'cross-article-headline',
      message:
        `The headline names ${plainText(named.text)}, but the body is about ${plainText(main.mentions[0].canonical)} ` +
        `(${main.mentions.length} mentions), as are ${related.length} other article(s) on this event.`,
      relatedInformation: related,
    });
  }
  return out;
}

interface DatedEvent {
  date: DateMention;
  keys: Set<string>;
}

/** Resolved dates (to the day) with the entities named in the same sentence. */
function datedEvents(article: Article, corpus: Corpus): DatedEvent[] {
  const { blocks } = article.analysis.structure;
  const out: DatedEvent[] = [];
  for (const date of article.analysis.dates) {
    if (!date.value || date.value.length < 10) continue;
    const block = blocks.find((b) => inside(date, b));
    if (!block) continue;
    const sentence = sentenceAround(block, date);
    const keys = new Set(
      article.analysis.entities.filter((m) => inside(m, sentence)).map((m) => corpus.keyOf(article.uri, m)),
    );
    if (keys.size >= SAME_EVENT_SHARED) out.push({ date, keys });
  }
  return out;
}

/** The sentence of a block containing a span (sentences end at . ! ? ؟ followed by a space). */
function sentenceAround(block: TextSpan, span: TextSpan): TextSpan {
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
  return { start, end, text: block.text.slice(start - block.start, end - block.start) };
}

function eventDateDiagnostics(article: Article, corpus: Corpus): Diagnostic[] {
  const out: Diagnostic[] = [];
  const otherEvents = new Map<string, DatedEvent[]>();
  for (const event of datedEvents(article, corpus)) {
    const related: DiagnosticRelatedInformation[] = [];
    const rarest = [...event.keys].sort((a, b) => corpus.articleCount(a) - corpus.articleCount(b))[0];
    for (const other of candidateArticles(corpus, rarest, article.uri)) {
      let events = otherEvents.get(other.uri);
      if (!events) otherEvents.set(other.uri, (events = datedEvents(other, corpus)));
      for (const e of events) {
        const shared = [...e.keys].filter((k) => event.keys.has(k)).length;
        if (shared < SAME_EVENT_SHARED || e.date.value === event.date.value) continue;
        related.push({
          location: { uri: other.uri, range: other.lines.rangeOf(e.date.start, e.date.end) },
          message: `${fileName(other.uri)}: “${e.date.text}” = ${e.date.value}`,
        });
      }
      if (related.length >= MAX_RELATED) break;
    }
    if (!related.length) continue;
    out.push({
      range: article.lines.rangeOf(event.date.start, event.date.end),
      severity: DiagnosticSeverity.Warning,
      source: DIAGNOSTIC_SOURCE,
      code: 'cross-article-date',
      message: `This article dates the event ${event.date.value}; ${related.length} other article(s) about the same people and places give another date.`,
      relatedInformation: related,
    });
  }
  return out;
}

/** Articles other than `uri` that mention the entity, at most MAX_CANDIDATES. */
function candidateArticles(corpus: Corpus, key: string, uri: string): Article[] {
  const seen = new Set<string>();
  const out: Article[] = [];
  for (const { article } of corpus.mentionsOf(key)) {
    if (article.uri === uri || seen.has(article.uri)) continue;
    seen.add(article.uri);
    out.push(article);
    if (out.length >= MAX_CANDIDATES) break;
  }
  return out;
}

/** Diagnostic messages are plain text on one line. */
function plainText(s: string): string {
  return s.replace(/\s+/g, ' ');
}
