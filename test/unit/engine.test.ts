import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/engine';

describe('analyzeArticle stages', () => {
  it('reports each stage as it ends, in order, with the same analysis as without', () => {
    const text = 'Presiden Prabowo tiba di Jakarta pada Selasa.\n\nIa bertemu Menteri Luar Negeri Rusia Sergei Lavrov, kata sumber yang tidak mau disebut namanya.';
    const stages: string[] = [];
    const analysis = analyzeArticle(text, { referenceDate: '2025-01-01', onStageEnd: (stage) => stages.push(stage) });
    assert.deepEqual(stages, ['structure', 'language', 'dates', 'entities', 'claims']);
    assert.deepEqual(analysis, analyzeArticle(text, { referenceDate: '2025-01-01' }));
  });
});
