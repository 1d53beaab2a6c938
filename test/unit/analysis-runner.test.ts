import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CancellationTokenSource } from 'vscode-languageserver';
import { AnalysisRunner, RunnerPool } from '../../server/src/analysisRunner';
import { detachedSummary } from '../../server/src/articleSummary';
import { analyzeArticle } from '../../server/src/engine';
import { computeLineStarts } from '../../server/src/positions';

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

  it('reads and summarises index files, spreading a pool’s jobs over its runners by load', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'runner-'));
    const files = await Promise.all(
      TEXTS.concat(TEXTS).map(async (text, i) => {
        const file = path.join(dir, `${i}.txt`);
        await fs.writeFile(file, text);
        return file;
      }),
    );
    const runners = [new AnalysisRunner(undefined, () => undefined, 2), new AnalysisRunner(undefined, () => undefined, 2)];
    const pool = new RunnerPool(runners);
    const results = files.map((file) => pool.indexFile(file, 100_000));
    assert.deepEqual([runners[0].load, runners[1].load], [3, 3]);
    const expected = TEXTS.concat(TEXTS).map((text) => ({ summary: detachedSummary(analyzeArticle(text)), lineStarts: computeLineStarts(text), length: text.length }));
    assert.deepEqual(await Promise.all(results), expected);
    assert.deepEqual(await pool.indexFile(files[0], 10), { skipped: `Not analysed: the document has ${TEXTS[0].length} characters, more than newsAnnotator.maxDocumentSize (10).` });
    assert.deepEqual(await pool.indexFile(path.join(dir, 'missing.txt'), 100_000), { skipped: 'cannot read: ENOENT' });
  });

  it('runs a document’s job before the index jobs still queued, after the two in hand', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'runner-'));
    const file = path.join(dir, 'a.txt');
    await fs.writeFile(file, TEXTS[0]);
    const runner = new AnalysisRunner(undefined, () => undefined, 1);
    const order: string[] = [];
    const background = [1, 2, 3, 4].map((n) => runner.indexFile(file, 100_000).then(() => order.push(`index ${n}`)));
    const document = runner.analyze(TEXTS[1]).then(() => order.push('document'));
    assert.equal(runner.load, 5);
    await Promise.all([...background, document]);
    // Two index jobs in hand read their file concurrently: either may finish first.
    assert.deepEqual([order.slice(0, 2).sort(), order[2], order.slice(3).sort()], [['index 1', 'index 2'], 'document', ['index 3', 'index 4']]);
  });
});
