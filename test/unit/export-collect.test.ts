import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeArticle, type ArticleAnalysis } from '../../server/src/engine';
import { collectDocuments } from '../../server/src/export/collect';

const TEXTS = [
  'Kunjungan ke Moskow\n\nPresiden Rusia Vladimir Putin menerima Presiden Suriah di Moskow pada Senin.\n',
  'Visite à Moscou\n\nLe président russe Vladimir Poutine a reçu le ministre syrien à Moscou mardi.\n',
  'زيارة إلى موسكو\n\nاستقبل الرئيس الروسي فلاديمير بوتين نظيره السوري في موسكو يوم الاثنين.\n',
  'Putin di Moskow\n\nVladimir Putin berbicara kepada wartawan di Moskow.\n',
];

describe('collectDocuments with an analyser of its own', () => {
  it('gives the same documents, in input order, whatever order the analyses finish in', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'collect-'));
    for (const [i, text] of TEXTS.entries()) await fs.writeFile(path.join(dir, `${i}.txt`), text);
    await fs.writeFile(path.join(dir, 'empty.txt'), Buffer.from([0, 1, 2]));
    const inThread = await collectDocuments([dir], { includeSuggestions: true });
    // Later articles finish first: each waits longer the earlier it comes.
    const waits = new Map(TEXTS.map((text, i) => [text, (TEXTS.length - i) * 20]));
    const analyze = (text: string) => new Promise<ArticleAnalysis>((resolve) => setTimeout(() => resolve(analyzeArticle(text)), waits.get(text)));
    const progress: number[] = [];
    const reordered = await collectDocuments([dir], { includeSuggestions: true, analyze, onArticle: (done) => void progress.push(done) });
    assert.deepEqual(reordered, inThread);
    assert.deepEqual(inThread.documents.map((d) => d.name), ['0.txt', '1.txt', '2.txt', '3.txt']);
    assert.ok(inThread.documents.every((d) => d.spans.some((s) => s.origin === 'engine' && s.label === 'PER')));
    assert.deepEqual(inThread.problems.map((p) => path.basename(p.file)), ['empty.txt']);
    assert.deepEqual(progress, [1, 2, 3, 4, 5]);
  });
});
