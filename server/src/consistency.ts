// Cross-article consistency (issue 5): where articles about the same entities disagree.
//  - headline person: the headline names one person while the body names another more often, and
//    other articles on the same topic name that other person in their headlines;
//  - event date: two articles give different dates for the same event (sentences with a resolved
//    date naming at least two of the same entities, one of them a person or organisation).
// Each diagnostic points at the other articles' exact locations. The work is bounded by the
// articles sharing an entity with this one, never the whole workspace.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import { inside, type DatedSentence, type Mention } from './articleSummary';
import type { Article, Corpus } from './corpus';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { groupBy } from './groupBy';

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

/** Keys of the person mentions of an article, with their mentions, among those accepted by `where`. */
function persons(article: Article, corpus: Corpus, where: (m: Mention) => boolean): Map<string, Mention[]> {
  const people = article.summary.entities.filter((m) => m.label === 'PER' && where(m));
  return groupBy(people, (m) => corpus.keyOf(article.uri, m));
}

/** Keys of every entity in the headline and lead: what the article is about. */
function topicKeys(article: Article, corpus: Corpus): Set<string> {
  const { headline, lead } = article.summary;
  return new Set(article.summary.entities.filter((m) => inside(m, headline) || inside(m, lead)).map((m) => corpus.keyOf(article.uri, m)));
}

/**
 * A person named in the headline (h) while the body names another person (p) more often, and
 * other articles on the same topic put p, not h, in their headline.
 */
function headlinePersonDiagnostics(article: Article, corpus: Corpus): Diagnostic[] {
  const { headline, boilerplate } = article.summary;
  if (!headline) return [];
  const inHeadline = persons(article, corpus, (m) => inside(m, headline));
  const inBody = persons(article, corpus, (m) => !inside(m, headline) && !boilerplate.some((b) => inside(m, b)));
  const topic = topicKeys(article, corpus);
  const out: Diagnostic[] = [];
  for (const [named, headlineMentions] of inHeadline) {
    const namedCount = inBody.get(named)?.length ?? 0;
    const rivals = [...inBody]
      .filter(([key, mentions]) => !inHeadline.has(key) && mentions.length >= 2 && mentions.length > namedCount)
      .sort((a, b) => b[1].length - a[1].length);
    for (const [rival, rivalMentions] of rivals) {
      const related = corroborations(article, corpus, named, rival, topic);
      if (!related.length) continue;
      const shown = headlineMentions[0];
      out.push({
        range: article.lines.rangeOf(shown.start, shown.end),
        severity: DiagnosticSeverity.Warning,
        source: DIAGNOSTIC_SOURCE,
        code: 'cross-article-headline',
        message:
          `The headline names ${oneLine(shown.text)}, but the body names ${oneLine(rivalMentions[0].canonical)} more often ` +
          `(${rivalMentions.length} mentions against ${namedCount}), as do the headlines of ${related.length} other article(s) on this topic.`,
        relatedInformation: related,
      });
      break;
    }
  }
  return out;
}

/** Other articles on the same topic whose headline names `rival` and not `named`. */
function corroborations(article: Article, corpus: Corpus, named: string, rival: string, topic: Set<string>): DiagnosticRelatedInformation[] {
  const related: DiagnosticRelatedInformation[] = [];
  for (const other of candidateArticles(corpus, rival, article.uri)) {
    const headline = other.summary.headline;
    const theirs = persons(other, corpus, (m) => inside(m, headline));
    if (!theirs.has(rival) || theirs.has(named)) continue;
    const sharedTopic = [...topicKeys(other, corpus)].some((k) => k !== named && k !== rival && topic.has(k));
    if (!sharedTopic) continue;
    const shown = theirs.get(rival)![0];
    related.push({ location: { uri: other.uri, range: other.lines.rangeOf(shown.start, shown.end) }, message: `The headline of ${fileName(other.uri)} names ${oneLine(shown.text)}` });
    if (related.length >= MAX_RELATED) break;
  }
  return related;
}

interface DatedEvent {
  date: DatedSentence['date'];
  keys: Set<string>;
  /** The people and organisations among keys: an event needs at least one of them in common. */
  actors: Set<string>;
}

/** Resolved dates (to the day) with the entities named in the same sentence. */
function datedEvents(article: Article, corpus: Corpus): DatedEvent[] {
  const out: DatedEvent[] = [];
  for (const { date, sentence } of article.summary.datedSentences) {
    const named = article.summary.entities.filter((m) => inside(m, sentence));
    const keys = new Set(named.map((m) => corpus.keyOf(article.uri, m)));
    const actors = new Set(named.filter((m) => m.label !== 'LOC').map((m) => corpus.keyOf(article.uri, m)));
    if (keys.size >= SAME_EVENT_SHARED && actors.size) out.push({ date, keys, actors });
  }
  return out;
}

function eventDateDiagnostics(article: Article, corpus: Corpus): Diagnostic[] {
  const out: Diagnostic[] = [];
  const otherEvents = new Map<string, DatedEvent[]>();
  for (const event of datedEvents(article, corpus)) {
    const related: DiagnosticRelatedInformation[] = [];
    const rarest = [...event.actors].sort((a, b) => corpus.articleCount(a) - corpus.articleCount(b))[0];
    for (const other of candidateArticles(corpus, rarest, article.uri)) {
      let events = otherEvents.get(other.uri);
      if (!events) otherEvents.set(other.uri, (events = datedEvents(other, corpus)));
      for (const e of events) {
        const shared = [...e.keys].filter((k) => event.keys.has(k)).length;
        const sharedActor = [...e.actors].some((k) => event.actors.has(k));
        if (shared < SAME_EVENT_SHARED || !sharedActor || e.date.value === event.date.value) continue;
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
      // A heuristic (same people and places in the sentence), so a prompt to check, not a warning.
      severity: DiagnosticSeverity.Information,
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
function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}
