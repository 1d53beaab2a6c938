// The custom requests of protocol.ts, used by the extension's views (entity tree, article preview).
import { promises as fs } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CancellationToken } from 'vscode-languageserver';
import type { Corpus } from './corpus';
import type { ArticleAnalysis, EntityMention } from './engine';
import { summarizeEntity } from './entityInfo';
import type {
  ArticleAnalysisParams,
  ArticleAnalysisResult,
  EntitiesParams,
  EntitiesResult,
  EntityMentionsParams,
  EntityMentionsResult,
  MentionLocation,
} from './protocol';
import type { Registry } from './registry';

export function entities(params: EntitiesParams | undefined, corpus: Corpus, registry: Registry): EntitiesResult {
  const out: EntitiesResult = [];
  for (const key of corpus.keys()) {
    const summary = summarizeEntity(corpus, registry, key);
    if (!summary) continue;
    if (params?.label && summary.label !== params.label) continue;
    if (params?.lang && !summary.languages.includes(params.lang)) continue;
    out.push(summary);
  }
  return out.sort((a, b) => b.mentions - a.mentions || a.canonical.localeCompare(b.canonical));
}

export function entityMentions(params: EntityMentionsParams, corpus: Corpus): EntityMentionsResult {
  const out: EntityMentionsResult = [];
  for (const { article, mention } of corpus.mentionsOf(String(params?.key))) {
    let group = out[out.length - 1];
    if (group?.uri !== article.uri) out.push((group = { uri: article.uri, lang: article.summary.lang, mentions: [] }));
    const range = article.lines.rangeOf(mention.start, mention.end);
    const location: MentionLocation = { uri: article.uri, lang: article.summary.lang, start: range.start, end: range.end, text: mention.text };
    group.mentions.push(location);
  }
  return out;
}

export interface AnalysedText {
  text: string;
  analysis: ArticleAnalysis;
}

/**
 * The text and analysis of an article: an open document's buffer, else the indexed file (analysed
 * again: the index keeps summaries only). Null when cancelled.
 */
export async function articleAnalysis(
  params: ArticleAnalysisParams,
  openText: (uri: string) => Promise<AnalysedText | undefined>,
  analyze: (text: string) => Promise<ArticleAnalysis | undefined>,
  corpus: Corpus,
  registry: Registry,
  token: CancellationToken,
): Promise<ArticleAnalysisResult | null> {
  const uri = String(params?.uri);
  let found = await openText(uri);
  if (token.isCancellationRequested) return null;
  if (!found) {
    const article = corpus.get(uri);
    if (!article || !uri.startsWith('file:')) return null;
    try {
      const text = await fs.readFile(fileURLToPath(uri), 'utf8');
      if (token.isCancellationRequested) return null;
      // The file changed since it was indexed: its entity keys would not match.
      if (text.length !== article.lines.length) return null;
      const analysis = await analyze(text);
      if (!analysis || token.isCancellationRequested) return null;
      found = { text, analysis };
    } catch {
      return null;
    }
  }
  const { text, analysis } = found;
  const names = new Map<string, string>();
  const canonicalOf = (key: string, mention: EntityMention): string => {
    let name = names.get(key);
    if (name === undefined) names.set(key, (name = summarizeEntity(corpus, registry, key)?.canonical ?? mention.canonical));
    return name;
  };
  const spans: ArticleAnalysisResult['spans'] = [
    ...analysis.entities.map((e) => {
      const entity = corpus.keyOf(uri, e);
      return { start: e.start, end: e.end, kind: e.label, entity, canonical: canonicalOf(entity, e) };
    }),
    ...analysis.dates.map((d) => ({ start: d.start, end: d.end, kind: 'DATE' as const, message: d.value ?? d.problem ?? 'unresolved' })),
    ...analysis.claims.map((c) => ({ start: c.start, end: c.end, kind: 'CLAIM' as const, message: `${c.kind}: ${c.message}` })),
    ...analysis.boilerplate.map((b) => ({ start: b.start, end: b.end, kind: 'BOILERPLATE' as const, message: b.reason })),
  ];
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return { uri, text, lang: analysis.lang, direction: analysis.direction, spans };
}
