// A synthetic corpus for the dashboard's performance checks (unit test and browser render measurement).
import type { CorpusInput } from '../../client/src/views/dashboardData';
import { summarizeAnnotationFile, CLAIM_KINDS } from '../../client/src/views/dashboardData';
import { VERDICTS } from '../../server/src/store/format';
import type { EntitySummary } from '../../server/src/protocol';

/** `articles` articles in three languages, two annotator layers on 80% of them, a curated layer on 10%. */
export function syntheticCorpus(articles: number): CorpusInput {
  const langs = ['ind', 'fra', 'arb'];
  const labels = ['PER', 'LOC', 'ORG'] as const;
  const articleUris = Array.from({ length: articles }, (_, i) => `file:///corpus/${langs[i % 3]}/article-${String(i).padStart(5, '0')}.txt`);
  const entities: EntitySummary[] = Array.from({ length: Math.round(articles * 1.5) }, (_, i) => ({
    key: `entity-${i}`,
    label: labels[i % 3],
    canonical: `Entity ${i}`,
    spellings: [{ text: `Entity ${i}`, lang: langs[i % 3] }],
    mentions: 1 + ((i * 7) % 40),
    articles: 1 + ((i * 13) % 25),
    languages: i % 5 === 0 ? langs : [langs[i % 3]],
    mentionsByLanguage: { [langs[i % 3]]: 1 + ((i * 7) % 40) },
  }));
  const files = [];
  for (let i = 0; i < articles; i++) {
    const layers = i % 10 < 8 ? ['ana', 'budi'] : [];
    if (i % 10 === 0) layers.push('curated');
    for (const layer of layers) {
      const annotations = Array.from({ length: 1 + (i % 4) }, (_, j) => ({
        id: `${i}-${j}`,
        label: 'CLAIM',
        target: { start: j * 100, end: j * 100 + 40, exact: '', prefix: '', suffix: '' },
        claimKind: CLAIM_KINDS[(i + j) % 6],
        // a third of the claims have a verdict, the rest are open
        verdict: (i * 7 + j * 3 + layer.length) % 3 === 0 ? VERDICTS[1 + (i % 3)] : 'unverified',
      }));
      const text = JSON.stringify({ schema: 'news-annotator/annotations', version: 1, article: '', layer, annotations, rejected: [] });
      files.push(summarizeAnnotationFile(`${articleUris[i]}.annotations.${layer}.json`, text));
    }
  }
  return { articleUris, entities, files, brokenFiles: [], now: new Date('2025-01-01T00:00:00Z') };
}
