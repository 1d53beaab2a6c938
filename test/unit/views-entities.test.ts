import * as assert from 'node:assert/strict';
import { articleNodes, countsText, fileName, filterDescription, filterParams, languagesOf, mentionSnippet, nodeText, sortEntities } from '../../client/src/views/entitiesModel';
import type { EntitySummary, MentionLocation } from '../../server/src/protocol';

function entity(key: string, canonical: string, mentions: number, articles: number, languages = ['ind']): EntitySummary {
  // One mention in each further language, the rest in the first.
  const mentionsByLanguage = Object.fromEntries(languages.map((lang, i) => [lang, i === 0 ? mentions - languages.length + 1 : 1]));
  return { key, label: 'PER', canonical, spellings: [{ text: canonical, lang: languages[0] }], mentions, articles, languages, mentionsByLanguage };
}

function mention(uri: string, line: number, character: number, text: string): MentionLocation {
  return { uri, lang: 'arb', start: { line, character }, end: { line, character: character + text.length }, text };
}

describe('views: entities tree model', () => {
  it('says how many mentions and articles, singular and plural', () => {
    assert.equal(countsText(1, 1), '1 mention · 1 article');
    assert.equal(countsText(12, 3), '12 mentions · 3 articles');
  });

  it('orders entities by articles, then mentions, then name', () => {
    const sorted = sortEntities([entity('a', 'Zelensky', 9, 2), entity('b', 'Putin', 4, 5), entity('c', 'Assad', 9, 2), entity('d', 'Trump', 10, 2)]);
    assert.deepEqual(sorted.map((e) => e.key), ['b', 'd', 'c', 'a']);
  });

  it('sends only the filter keys that are set and describes the filter', () => {
    assert.deepEqual(filterParams({}), {});
    assert.deepEqual(filterParams({ label: 'LOC', lang: undefined }), { label: 'LOC' });
    assert.equal(filterDescription({ label: 'ORG', lang: 'arb' }), 'ORG · arb');
    assert.equal(filterDescription({}), '');
  });

  it('collects the languages of all entities, sorted', () => {
    assert.deepEqual(languagesOf([entity('a', 'A', 1, 1, ['ind', 'fra']), entity('b', 'B', 1, 1, ['arb', 'ind'])]), ['arb', 'fra', 'ind']);
  });

  it('lists articles with most mentions first, mentions in document order', () => {
    const nodes = articleNodes('putin', [
      { uri: 'file:///c/one.txt', lang: 'ind', mentions: [mention('file:///c/one.txt', 4, 0, 'Putin')] },
      {
        uri: 'file:///c/%D8%AE%D8%A8%D8%B1.txt',
        lang: 'arb',
        mentions: [mention('file:///c/%D8%AE%D8%A8%D8%B1.txt', 7, 2, 'بوتين'), mention('file:///c/%D8%AE%D8%A8%D8%B1.txt', 1, 9, 'بوتين')],
      },
    ]);
    assert.equal(nodes.length, 2);
    const first = nodes[0];
    assert.ok(first.kind === 'article');
    assert.equal(first.uri, 'file:///c/%D8%AE%D8%A8%D8%B1.txt');
    assert.deepEqual(first.mentions.map((m) => m.start.line), [1, 7]);
    assert.deepEqual(nodeText(first), { label: 'خبر.txt', description: 'arb · 2 mentions', tooltip: 'file:///c/%D8%AE%D8%A8%D8%B1.txt\nArabic (arb)' });
  });

  it('labels entity and mention rows', () => {
    const putin: EntitySummary = {
      key: 'putin',
      label: 'PER',
      canonical: 'Vladimir Putin',
      spellings: [{ text: 'Putin', lang: 'ind' }, { text: 'بوتين', lang: 'arb' }],
      mentions: 5,
      articles: 2,
      languages: ['arb', 'ind'],
      mentionsByLanguage: { arb: 2, ind: 3 },
    };
    assert.deepEqual(nodeText({ kind: 'entity', entity: putin }), {
      label: 'Vladimir Putin',
      description: '5 mentions · 2 articles',
      tooltip: 'Vladimir Putin — Person\n5 mentions · 2 articles\nMentions per language: Arabic (arb) 2, Indonesian (ind) 3\nSpellings: Putin (ind), بوتين (arb)',
    });
    assert.deepEqual(nodeText({ kind: 'mention', mention: mention('file:///x/a%20b.txt', 2, 4, 'Putin') }), {
      label: 'Putin',
      description: 'Ln 3, Col 5',
      tooltip: 'Putin\na b.txt, Ln 3, Col 5',
    });
  });

  it('shows a mention in its line like a search result, cut at spaces, with the mention highlighted', () => {
    const line = 'Pertemuan antara Presiden Rusia Vladimir Putin dan Presiden Iran Masoud Pezeshkian yang dijadwalkan pada 17 Januari';
    const start = line.indexOf('Vladimir Putin');
    assert.deepEqual(mentionSnippet(line, start, start + 14), {
      label: '…antara Presiden Rusia Vladimir Putin dan Presiden Iran Masoud Pezeshkian yang…',
      highlight: [23, 37],
    });
    assert.deepEqual(mentionSnippet('Putin said', 0, 5), { label: 'Putin said', highlight: [0, 5] });
    const arabic = 'قال بوتين';
    assert.deepEqual(nodeText({ kind: 'mention', mention: mention('file:///a.txt', 0, 4, 'بوتين'), line: arabic }), {
      label: 'قال بوتين',
      highlights: [[4, 9]],
      description: 'Ln 1, Col 5',
      tooltip: 'بوتين\na.txt, Ln 1, Col 5',
    });
    // The line changed since the server indexed it: fall back to the mention text alone.
    assert.equal(nodeText({ kind: 'mention', mention: mention('file:///a.txt', 0, 4, 'بوتين'), line: 'قال الأسد' }).label, 'بوتين');
  });

  it('takes the file name from a URI and survives broken percent-encoding', () => {
    assert.equal(fileName('file:///a/b/c%20d.txt?x#y'), 'c d.txt');
    assert.equal(fileName('file:///a/%E0%A4.txt'), '%E0%A4.txt');
  });
});
