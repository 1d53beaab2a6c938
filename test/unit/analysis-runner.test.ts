import * as assert from 'node:assert/strict';
import { CancellationTokenSource } from 'vscode-languageserver';
import { AnalysisRunner, RunnerPool } from '../../server/src/analysisRunner';
import { analyzeArticle } from '../../server/src/engine';

const TEXTS = [
  'Kunjungan ke Moskow\n\nPresiden Rusia Vladimir Putin menerima Presiden Suriah di Moskow pada Senin.\n',
  'Visite à Paris\n\nLe président Emmanuel Macron a reçu le ministre syrien à Paris mardi.\n',
  'زيارة إلى موسكو\n\nاستقبل الرئيس الروسي فلاديمير بوتين نظيره السوري في موسكو يوم الاثنين.\n',
];

describe('AnalysisRunner (in-process) and RunnerPool', () => {
  it('answers a stream of jobs in order with the engine analysis of each text, two jobs in hand at a time', async () => {
    const runner = new AnalysisRunner(undefined, () => undefined, 2);
    const results = await Promise.all(TEXTS.map((text) => runner.analyze(text)));
    assert.deepEqual(results, TEXTS.map((text) => analyzeArticle(text)));
    assert.equal(runner.load, 0);
  });

  it('drops a job whose token is cancelled before it is handed over, and still answers the others', async () => {
    const runner = new AnalysisRunner(undefined, () => undefined, 1);
    const cancelled = new CancellationTokenSource();
    const first = runner.analyze(TEXTS[0]);
    const second = runner.analyze(TEXTS[1], cancelled.token);
    const third = runner.analyze(TEXTS[2]);
    assert.equal(runner.load, 3);
    cancelled.cancel();
    assert.deepEqual(await first, analyzeArticle(TEXTS[0]));
    assert.equal(await second, undefined);
    assert.deepEqual(await third, analyzeArticle(TEXTS[2]));
  });

  it('spreads a pool’s jobs over its runners by load', async () => {
    const runners = [new AnalysisRunner(undefined, () => undefined, 2), new AnalysisRunner(undefined, () => undefined, 2)];
    const pool = new RunnerPool(runners);
    const results = TEXTS.concat(TEXTS).map((text) => pool.analyze(text));
    assert.deepEqual([runners[0].load, runners[1].load], [3, 3]);
    assert.deepEqual(await Promise.all(results), TEXTS.concat(TEXTS).map((text) => analyzeArticle(text)));
  });
});
