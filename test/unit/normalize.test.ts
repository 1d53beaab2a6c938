import * as assert from 'node:assert/strict';
import { normalizeArabic, normalizeName, slugify } from '../../server/src/engine/normalize';

describe('normalize', () => {
  it('folds Arabic alef, ta marbuta, alef maqsura, diacritics and tatweel', () => {
    assert.equal(normalizeArabic('أحمد'), 'احمد');
    assert.equal(normalizeArabic('سوريةُ'), 'سوريه');
    assert.equal(normalizeArabic('مصطفى'), 'مصطفي');
    assert.equal(normalizeArabic('مـوسـكو'), 'موسكو');
  });
  it('makes one key for Latin spellings that differ in case, accents and punctuation', () => {
    assert.equal(normalizeName('Al-Sharaa'), 'al sharaa');
    assert.equal(normalizeName('al‑Sharaa'), 'al sharaa');
    assert.equal(normalizeName('Genève'), 'geneve');
    assert.equal(normalizeName('  Vladimir   Poutine '), 'vladimir poutine');
  });
  it('slugifies names into ASCII keys', () => {
    assert.equal(slugify('Ahmed al-Sharaa'), 'ahmed-al-sharaa');
    assert.equal(slugify('Élysée Palace'), 'elysee-palace');
  });
});
