import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { detachedSummary } from '../../server/src/articleSummary';
import { analyzeArticle } from '../../server/src/engine';
import { readIndexCache, writeIndexCache, type CachedArticle } from '../../server/src/indexCache';
import { computeLineStarts } from '../../server/src/positions';

const TEXTS = [
  'Kunjungan ke Moskow\n\nMOSKOW, 14 Januari 2025 - Presiden Rusia Vladimir Putin menerima Presiden Suriah di Moskow pada Senin (13/1/2025).\n',
  'Visite à Paris\n\nLe président Emmanuel Macron a reçu le ministre syrien à Paris le 3 mars 2025.\n\nPartager sur Facebook\n',
  'زيارة إلى موسكو\n\nاستقبل الرئيس الروسي فلاديمير بوتين نظيره السوري في موسكو يوم الاثنين.\n',
];

const entry = (text: string, i: number): [string, CachedArticle] => [
  `/w/article-${i}.txt`,
  { mtimeMs: 1700000000000.5 + i, size: Buffer.byteLength(text), length: text.length, lineStarts: computeLineStarts(text), summary: detachedSummary(analyzeArticle(text)) },
];

describe('index cache', () => {
  it('reads back exactly the summaries it wrote, its strings passed through `share`', async () => {
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'index-cache-')), 'index.json');
    const entries = TEXTS.map(entry);
    assert.ok(entries.some(([, e]) => e.summary.datedSentences.length && e.summary.boilerplate.length === 0));
    assert.ok(entries.some(([, e]) => e.summary.boilerplate.length));
    await writeIndexCache(file, 'engine-1', entries);
    const shared = new Set<string>();
    const read = await readIndexCache(file, 'engine-1', (s) => (shared.add(s), s), assert.fail);
    assert.deepEqual([...read], entries);
    const strings = entries.flatMap(([, e]) => [e.summary.lang, ...e.summary.entities.flatMap((m) => [m.text, m.entity, m.canonical])]);
    assert.deepEqual([...new Set(strings)].filter((s) => !shared.has(s)), []);
  });

  it('ignores a cache of another engine, and reports unreadable lines', async () => {
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'index-cache-')), 'index.json');
    await writeIndexCache(file, 'engine-1', TEXTS.map(entry));
    assert.equal((await readIndexCache(file, 'engine-2', (s) => s, assert.fail)).size, 0);
    await fs.appendFile(file, '["/w/broken.txt", 1, 2\n');
    const logs: string[] = [];
    const read = await readIndexCache(file, 'engine-1', (s) => s, (m) => logs.push(m));
    assert.equal(read.size, 3);
    assert.deepEqual(logs, ['index cache: 1 unreadable entries ignored (those articles are analysed again)']);
  });
});
