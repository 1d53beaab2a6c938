import * as assert from 'node:assert/strict';
import { summarize } from '../../server/src/articleSummary';
import { Corpus } from '../../server/src/corpus';
import { analyzeArticle } from '../../server/src/engine';
import { LineIndex } from '../../server/src/positions';

const TEXT = 'Kunjungan ke Moskow\n\nPresiden Rusia Vladimir Putin menerima tamunya di Moskow pada Senin.\n';
const article = (uri: string, text = TEXT) => ({ uri, summary: summarize(analyzeArticle(text, { lang: 'ind' })), lines: LineIndex.of(text) });
const articlesOf = (corpus: Corpus, key: string) => [...new Set(corpus.mentionsOf(key).map((r) => r.article.uri))];

describe('Corpus.mentionsOf order', () => {
  it('lists articles by URI, and keeps that order as articles are added, replaced and removed after a query', () => {
    const corpus = new Corpus();
    for (const name of ['c', 'A', 'b']) corpus.setDisk(article(`file:///w/${name}.txt`));
    const key = corpus.keyOf('file:///w/c.txt', corpus.get('file:///w/c.txt')!.summary.entities.find((m) => m.text === 'Vladimir Putin')!);
    assert.deepEqual(articlesOf(corpus, key), ['file:///w/A.txt', 'file:///w/b.txt', 'file:///w/c.txt']);
    corpus.setDisk(article('file:///w/a2.txt'));
    corpus.setOpen(article('file:///w/b.txt', TEXT + 'Putin berbicara.\n'));
    corpus.removeDisk('file:///w/c.txt');
    assert.deepEqual(articlesOf(corpus, key), ['file:///w/A.txt', 'file:///w/a2.txt', 'file:///w/b.txt']);
    assert.deepEqual(corpus.mentionsOf(key).filter((r) => r.article.uri === 'file:///w/b.txt').map((r) => r.mention.text), ['Vladimir Putin', 'Putin']);
  });
});
