// The pure part of the Entities view: what each row says, how rows are ordered and filtered.
// entitiesTree.ts turns these into vscode.TreeItems.
import type { EntityLabel, LangCode } from '../../../server/src/engine/types';
import { plural } from '../../../server/src/markdown';
import type { EntitiesParams, EntityMentionsResult, EntitySummary, MentionLocation } from '../../../server/src/protocol';
import { languageName } from './language';

export const ENTITY_LABELS: readonly EntityLabel[] = ['PER', 'LOC', 'ORG'];

/** Codicon and theme colour per label: blue, green and purple, as in the preview and the annotation pickers. */
export const LABEL_STYLE: Record<EntityLabel, { icon: string; color: string; name: string }> = {
  PER: { icon: 'person', color: 'charts.blue', name: 'Person' },
  LOC: { icon: 'location', color: 'charts.green', name: 'Place' },
  ORG: { icon: 'organization', color: 'charts.purple', name: 'Organisation' },
};

export interface EntitiesFilter {
  label?: EntityLabel;
  lang?: LangCode;
}

export type EntitiesNode =
  | { kind: 'entity'; entity: EntitySummary }
  | { kind: 'article'; entityKey: string; uri: string; lang: LangCode; mentions: MentionLocation[] }
  /** `line` is the text of the mention's line, when the article could be read. */
  | { kind: 'mention'; mention: MentionLocation; line?: string };

export interface NodeText {
  label: string;
  /** Ranges of `label` to highlight (the mention inside its snippet). */
  highlights?: [number, number][];
  description: string;
  tooltip: string;
}

/** "3 mentions · 2 articles" */
export function countsText(mentions: number, articles: number): string {
  return `${plural(mentions, 'mention')} · ${plural(articles, 'article')}`;
}

/** The request parameters for a filter (no empty keys, so the server sees only what is set). */
export function filterParams(filter: EntitiesFilter): EntitiesParams {
  const params: EntitiesParams = {};
  if (filter.label) params.label = filter.label;
  if (filter.lang) params.lang = filter.lang;
  return params;
}

/** "PER · arb", shown as the view's description; '' when nothing is filtered. */
export function filterDescription(filter: EntitiesFilter): string {
  return [filter.label, filter.lang].filter(Boolean).join(' · ');
}

/** Entities seen in most articles first, then most mentioned, then by name. */
export function sortEntities(entities: EntitySummary[]): EntitySummary[] {
  return [...entities].sort(
    (a, b) => b.articles - a.articles || b.mentions - a.mentions || a.canonical.localeCompare(b.canonical),
  );
}

/** Every language the entities were seen in, sorted, for the language filter's quick pick. */
export function languagesOf(entities: EntitySummary[]): LangCode[] {
  const langs = new Set<LangCode>();
  for (const e of entities) for (const l of e.languages) langs.add(l);
  return [...langs].sort();
}

/** The last path segment of a URI, decoded: the article's file name. */
export function fileName(uri: string): string {
  const last = uri.replace(/[?#].*$/, '').split('/').pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The article rows under an entity: articles with most mentions first, mentions in document order. */
export function articleNodes(entityKey: string, result: EntityMentionsResult): EntitiesNode[] {
  return [...result]
    .sort((a, b) => b.mentions.length - a.mentions.length || fileName(a.uri).localeCompare(fileName(b.uri)))
    .map((article) => ({
      kind: 'article' as const,
      entityKey,
      uri: article.uri,
      lang: article.lang,
      mentions: [...article.mentions].sort(
        (a, b) => a.start.line - b.start.line || a.start.character - b.start.character,
      ),
    }));
}

const SNIPPET_BEFORE = 30;
const SNIPPET_AFTER = 50;

/**
 * A mention in its line, like a search result: some words before and after, and where the mention sits in
 * the returned label. Cuts at spaces when it can, and marks cuts with "…".
 */
export function mentionSnippet(line: string, start: number, end: number): { label: string; highlight: [number, number] } {
  let from = Math.max(0, start - SNIPPET_BEFORE);
  let to = Math.min(line.length, end + SNIPPET_AFTER);
  if (from > 0) {
    const space = line.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < line.length) {
    const space = line.lastIndexOf(' ', to);
    if (space >= end) to = space;
  }
  const prefix = from > 0 ? '…' : '';
  const before = line.slice(from, start).trimStart();
  const label = `${prefix}${before}${line.slice(start, end)}${line.slice(end, to).trimEnd()}${to < line.length ? '…' : ''}`;
  const at = prefix.length + before.length;
  return { label, highlight: [at, at + (end - start)] };
}

export function nodeText(node: EntitiesNode): NodeText {
  switch (node.kind) {
    case 'entity': {
      const e = node.entity;
      const spellings = e.spellings.map((s) => `${s.text} (${s.lang})`).join(', ');
      return {
        label: e.canonical,
        description: countsText(e.mentions, e.articles),
        tooltip: [
          `${e.canonical} — ${LABEL_STYLE[e.label].name}`,
          countsText(e.mentions, e.articles),
          `Mentions per language: ${e.languages.map((lang) => `${languageName(lang)} ${e.mentionsByLanguage[lang] ?? 0}`).join(', ')}`,
          `Spellings: ${spellings}`,
        ].join('\n'),
      };
    }
    case 'article':
      return {
        label: fileName(node.uri),
        description: `${node.lang} · ${plural(node.mentions.length, 'mention')}`,
        tooltip: `${node.uri}\n${languageName(node.lang)}`,
      };
    case 'mention': {
      const m = node.mention;
      const where = `Ln ${m.start.line + 1}, Col ${m.start.character + 1}`;
      const tooltip = `${m.text}\n${fileName(m.uri)}, ${where}`;
      const sameLine = m.start.line === m.end.line;
      if (node.line === undefined || !sameLine || node.line.slice(m.start.character, m.end.character) !== m.text) {
        return { label: m.text, description: where, tooltip };
      }
      const snippet = mentionSnippet(node.line, m.start.character, m.end.character);
      return { label: snippet.label, highlights: [snippet.highlight], description: where, tooltip };
    }
  }
}
