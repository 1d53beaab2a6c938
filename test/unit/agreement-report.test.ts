import * as assert from 'node:assert/strict';
import { articleTokens, computeAgreement, iobLabels, type AnnotatedArticle } from '../../server/src/agreement/report';

const text = 'Presiden Vladimir Putin bertemu Ahmed al-Sharaa di Moskow.';
// Token offsets: Presiden 0-8, Vladimir 9-17, Putin 18-23, bertemu 24-31, Ahmed 32-37, al-Sharaa 38-47,
// di 48-50, Moskow 51-57, . 57-58
const putin = { start: 9, end: 23, label: 'PER' as const, entity: 'vladimir-putin' };
const sharaa = { start: 32, end: 47, label: 'PER' as const, entity: 'ahmed-al-sharaa' };
const moscow = { start: 51, end: 57, label: 'LOC' as const, entity: 'moscow' };

describe('agreement report', () => {
  it('tokenises as the CoNLL export does, cut at every annotated span edge', () => {
    const arabic = 'التقى وبوتين في موسكو';
    const putinAr = { start: arabic.indexOf('بوتين'), end: arabic.indexOf('بوتين') + 5, label: 'PER' as const };
    assert.deepEqual(articleTokens(arabic, [[putinAr]]).map((t) => t.text), ['التقى', 'و', 'بوتين', 'في', 'موسكو']);
    assert.deepEqual(articleTokens("l'Iran.", [[{ start: 2, end: 6, label: 'LOC' }]]).map((t) => t.text), ["l'", 'Iran', '.']);
    // A name inside a longer word is still compared: both annotators agree on it.
    const r = computeAgreement([{ article: 'ar.txt', text: 'وبوتين', layers: new Map([['ana', [{ ...putinAr, start: 1, end: 6 }]], ['budi', [{ ...putinAr, start: 1, end: 6 }]]]) }]);
    assert.deepEqual([r.tokens, r.alpha, r.pairs[0].kappa], [2, 1, 1]);
  });

  it('labels tokens with IOB2', () => {
    assert.deepEqual(iobLabels(articleTokens(text, []), [putin, moscow]), ['O', 'B-PER', 'I-PER', 'O', 'O', 'O', 'O', 'B-LOC', 'O']);
  });

  it('scores a pair: one span missed and one label disagreement', () => {
    const article: AnnotatedArticle = {
      article: 'a.txt',
      text,
      layers: new Map([
        ['ana', [putin, sharaa, moscow]],
        ['budi', [putin, { ...moscow, label: 'ORG' as const, entity: 'moscow' }]],
      ]),
    };
    const r = computeAgreement([article]);
    assert.deepEqual(r.annotators, ['ana', 'budi']);
    assert.equal(r.tokens, 9);
    const [pair] = r.pairs;
    assert.equal(pair.spans.matched, 1);
    assert.equal(pair.spans.precision, 0.5);
    assert.equal(Math.round(pair.spans.recall * 1000) / 1000, 0.333);
    assert.equal(pair.perLabel.PER.spans.recall, 0.5);
    assert.equal(pair.linkAgreement, 1);
    // Tokens agree on 6 of 9; label marginals give pe = 28/81, so kappa = (54 - 28) / (81 - 28) = 26/53.
    const labelsA = iobLabels(articleTokens(text, []), [putin, sharaa, moscow]);
    const labelsB = iobLabels(articleTokens(text, []), [putin, { ...moscow, label: 'ORG' }]);
    assert.equal(labelsA.filter((l, i) => l === labelsB[i]).length, 6);
    assert.equal(Math.round(pair.kappa! * 1000) / 1000, 0.491);
  });

  it('treats an article an annotator has not seen as missing data, not disagreement', () => {
    const seenByBoth: AnnotatedArticle = { article: 'a.txt', text, layers: new Map([['ana', [putin]], ['budi', [putin]]]) };
    const onlyAna: AnnotatedArticle = { article: 'b.txt', text, layers: new Map([['ana', [moscow]]]) };
    const r = computeAgreement([seenByBoth, onlyAna]);
    assert.equal(r.alpha, 1);
    assert.equal(r.pairs[0].articles, 1);
    assert.equal(r.pairs[0].spans.f1, 1);
    assert.equal(r.perArticle[1].alpha, null);
  });

  it('measures verdict agreement on claims both annotators marked', () => {
    const claim = { start: 0, end: 23, label: 'CLAIM' as const };
    const article: AnnotatedArticle = {
      article: 'a.txt',
      text,
      layers: new Map([
        ['ana', [{ ...claim, verdict: 'false' as const }]],
        ['budi', [{ ...claim, start: 9, verdict: 'false' as const }]],
      ]),
    };
    const pair = computeAgreement([article]).pairs[0];
    assert.equal(pair.verdictPairs, 1);
    assert.equal(pair.verdictKappa, 1);
    assert.equal(pair.perLabel.CLAIM.spans.matched, 0);
  });

  it('leaves the curated layer out of the annotators', () => {
    const article: AnnotatedArticle = { article: 'a.txt', text, layers: new Map([['ana', [putin]], ['curated', [putin]]]) };
    assert.deepEqual(computeAgreement([article]).annotators, ['ana']);
  });
});
