// What the server knows about one entity across the corpus: shared by hover, code lens,
// symbols and the custom requests.
import type { EntitySummary } from './protocol';
import { languagesOf, type Corpus } from './corpus';
import type { EntityLabel, LangCode } from './engine';
import type { Registry } from './registry';

export const LABEL_NAMES: Record<EntityLabel, string> = { PER: 'person', LOC: 'place', ORG: 'organisation' };

export function summarizeEntity(corpus: Corpus, registry: Registry, key: string): EntitySummary | undefined {
  const refs = corpus.mentionsOf(key);
  if (!refs.length) return undefined;
  const spellings = new Map<string, { text: string; lang: LangCode }>();
  const labels = new Map<EntityLabel, number>();
  const canonicals = new Map<string, number>();
  const mentionsByLanguage: Record<LangCode, number> = {};
  for (const { article, mention } of refs) {
    const lang = article.summary.lang;
    mentionsByLanguage[lang] = (mentionsByLanguage[lang] ?? 0) + 1;
    spellings.set(`${lang}\u0000${mention.text}`, { text: mention.text, lang });
    labels.set(mention.label, (labels.get(mention.label) ?? 0) + 1);
    canonicals.set(mention.canonical, (canonicals.get(mention.canonical) ?? 0) + 1);
  }
  const entry = registry.find(key, [...spellings.values()].map((s) => s.text));
  return {
    key,
    label: mostCommon(labels),
    canonical: entry?.canonical ?? mostCommon(canonicals),
    spellings: [...spellings.values()],
    mentions: refs.length,
    articles: new Set(refs.map((r) => r.article.uri)).size,
    languages: languagesOf(refs),
    mentionsByLanguage,
  };
}

function mostCommon<T>(counts: Map<T, number>): T {
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}
