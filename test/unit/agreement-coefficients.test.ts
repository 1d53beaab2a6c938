import * as assert from 'node:assert/strict';
import { cohenKappa, krippendorffAlphaNominal, type ReliabilityUnit } from '../../server/src/agreement/coefficients';

const round3 = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

describe("Krippendorff's alpha (nominal)", () => {
  it('reproduces the binary two-coder example of Krippendorff (2011), alpha = 0.095', () => {
    const a = ['0', '1', '0', '0', '0', '0', '0', '0', '1', '0'];
    const b = ['1', '1', '1', '0', '0', '1', '0', '0', '0', '0'];
    assert.equal(round3(krippendorffAlphaNominal(a.map((v, i) => [v, b[i]]))), 0.095);
  });

  it('reproduces the four-coder nominal example with missing values of Krippendorff (2011), alpha = 0.743', () => {
    const _ = null;
    const coders: (string | null)[][] = [
      ['1', '2', '3', '3', '2', '1', '4', '1', '2', _, _, _],
      ['1', '2', '3', '3', '2', '2', '4', '1', '2', '5', _, '3'],
      [_, '3', '3', '3', '2', '3', '4', '2', '2', '5', '1', _],
      ['1', '2', '3', '3', '2', '4', '4', '1', '2', '5', '1', _],
    ];
    const units: ReliabilityUnit[] = coders[0].map((_, u) => coders.map((c) => c[u]));
    assert.equal(round3(krippendorffAlphaNominal(units)), 0.743);
  });

  it('is 1 for complete agreement and for a single category', () => {
    assert.equal(krippendorffAlphaNominal([['a', 'a'], ['b', 'b'], ['a', 'a', 'a']]), 1);
    assert.equal(krippendorffAlphaNominal([['O', 'O'], ['O', 'O']]), 1);
  });

  it('treats missing values as missing, not as disagreement', () => {
    assert.equal(krippendorffAlphaNominal([['a', 'a', null], ['b', 'b', null], [null, null, 'c']]), 1);
  });

  it('is null when no unit has two values (an annotator with no annotations)', () => {
    assert.equal(krippendorffAlphaNominal([['a', null], [null, 'b']]), null);
    assert.equal(krippendorffAlphaNominal([]), null);
  });
});

describe("Cohen's kappa", () => {
  it('reproduces the textbook 2x2 example (20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no): kappa = 0.4', () => {
    const pairs: [string, string][] = [
      ...Array(20).fill(['yes', 'yes']),
      ...Array(5).fill(['yes', 'no']),
      ...Array(10).fill(['no', 'yes']),
      ...Array(15).fill(['no', 'no']),
    ];
    assert.equal(round3(cohenKappa(pairs)), 0.4);
  });

  it('reproduces the textbook pair with equal observed agreement (60%) but different kappas: 0.130 and 0.259', () => {
    const table = (yy: number, yn: number, ny: number, nn: number): [string, string][] => [
      ...Array(yy).fill(['yes', 'yes']),
      ...Array(yn).fill(['yes', 'no']),
      ...Array(ny).fill(['no', 'yes']),
      ...Array(nn).fill(['no', 'no']),
    ];
    assert.equal(round3(cohenKappa(table(45, 15, 25, 15))), 0.13);
    assert.equal(round3(cohenKappa(table(25, 35, 5, 35))), 0.259);
  });

  it('is 1 for complete agreement, including one category only, and null with no items', () => {
    assert.equal(cohenKappa([['a', 'a'], ['b', 'b']]), 1);
    assert.equal(cohenKappa([['O', 'O'], ['O', 'O']]), 1);
    assert.equal(cohenKappa([[null, 'a']]), null);
  });
});
