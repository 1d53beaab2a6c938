import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ANALYSIS_BATCH_SIZE, analyzeArticle, analyzeArticles } from '../../server/src/engine';

const samplesDir = path.resolve(__dirname, '..', '..', 'samples');
/** The samples' paragraphs (Indonesian, French and Arabic), each an article of its own. */
const paragraphs = fs
  .readdirSync(samplesDir)
  .sort()
  .flatMap((f) => fs.readFileSync(path.join(samplesDir, f), 'utf8').split(/\n\s*\n/))
  .filter((p) => p.trim().length > 40);

describe('analyzeArticle stages', () => {
  it('reports each stage as it ends, in order, with the same analysis as without', () => {
    const text = 'Presiden Prabowo tiba di Jakarta pada Selasa.\n\nIa bertemu Menteri Luar Negeri Rusia Sergei Lavrov, kata sumber yang tidak mau disebut namanya.';
    const stages: string[] = [];
    const analysis = analyzeArticle(text, { referenceDate: '2025-01-01', onStageEnd: (stage) => stages.push(stage) });
    assert.deepEqual(stages, ['structure', 'language', 'dates', 'entities', 'claims']);
    assert.deepEqual(analysis, analyzeArticle(text, { referenceDate: '2025-01-01' }));
  });
});

describe('analyzeArticles (stage by stage over batches, grouped by language)', () => {
  // Interleaved languages, more articles than one batch holds, and an empty and a residue-only article.
  const pairs = paragraphs.map((p, i) => `${p}\n\n${paragraphs[(i + 7) % paragraphs.length]}`);
  const texts = [...paragraphs, '', 'Baca juga:', ...pairs, ...paragraphs.slice().reverse()];

  it('gives each article, in input order, the analysis analyzeArticle gives it alone', () => {
    assert.ok(texts.length > ANALYSIS_BATCH_SIZE, `${texts.length} articles: more than one batch`);
    const languages = new Set(texts.map((t) => analyzeArticle(t).lang));
    assert.ok(['ind', 'fra', 'arb'].every((l) => languages.has(l)), [...languages].join(' '));
    const batched = analyzeArticles(texts, { referenceDate: '2025-01-01' });
    assert.equal(batched.length, texts.length);
    texts.forEach((text, i) => assert.deepEqual(batched[i], analyzeArticle(text, { referenceDate: '2025-01-01' }), `article ${i}`));
  });

  it('reports the stages of each batch in order, and applies a forced language to every article', () => {
    const stages: string[] = [];
    const analyses = analyzeArticles(texts, { lang: 'fra', onStageEnd: (stage) => stages.push(stage) });
    const batches = Math.ceil(texts.length / ANALYSIS_BATCH_SIZE);
    assert.deepEqual(stages, Array.from({ length: batches }, () => ['structure', 'language', 'dates', 'entities', 'claims']).flat());
    assert.ok(analyses.every((a) => a.lang === 'fra'));
  });

  it('analyses no article for an empty list', () => {
    assert.deepEqual(analyzeArticles([]), []);
  });
});
