import * as assert from 'node:assert/strict';
import { detectLanguage } from '../../server/src/engine/language';

describe('language', () => {
  it('says Indonesian for short Indonesian text that franc alone calls Malay', () => {
    assert.deepEqual(detectLanguage('Kunjungan ini adalah kunjungan terbaru otoritas Suriah ke Rusia sejak penggulingan penguasa lama.'), {
      lang: 'ind',
      direction: 'ltr',
    });
  });
  it('keeps Malay when the text is clearly Malaysian', () => {
    const text = 'Kerajaan Malaysia berkata polis akan menyiasat kes itu kerana ia melibatkan wang awam, menurut kenyataan jabatan itu selepas mesyuarat di Kuala Lumpur.';
    assert.equal(detectLanguage(text).lang, 'zlm');
  });
  it('counts Malaysian words only as whole words, "Kuala Lumpur" with one space, in any case', () => {
    const text = (place: string, tail: string) => `Kerajaan negeri itu bersidang semalam di ${place} untuk membincangkan belanjawan tahunan ${tail}.`;
    assert.equal(detectLanguage(text('Kuala Lumpur', 'negeri')).lang, 'zlm');
    assert.equal(detectLanguage(text('KUALA LUMPUR', 'negeri')).lang, 'zlm');
    assert.equal(detectLanguage(text('Kuala  Lumpur', 'negeri')).lang, 'ind');
    assert.equal(detectLanguage(text('Kuala Lumpurnya', 'negeri')).lang, 'ind');
    assert.equal(detectLanguage(text('Kuala Lumpur', 'polisi')).lang, 'ind');
  });
  it('detects French, English and Arabic, with the Arabic script right-to-left', () => {
    assert.deepEqual(detectLanguage('Le président syrien est arrivé à Moscou pour une visite officielle consacrée à la coopération militaire.'), { lang: 'fra', direction: 'ltr' });
    assert.deepEqual(detectLanguage('The Syrian president arrived in Moscow on Tuesday for talks on the future of the Russian military bases.'), { lang: 'eng', direction: 'ltr' });
    assert.deepEqual(detectLanguage('وصل الرئيس السوري إلى موسكو في زيارة رسمية لبحث مستقبل القواعد العسكرية الروسية في البلاد.'), { lang: 'arb', direction: 'rtl' });
  });
  it("answers 'und' when there is too little text", () => {
    assert.deepEqual(detectLanguage('14\n×\n'), { lang: 'und', direction: 'ltr' });
    assert.deepEqual(detectLanguage(''), { lang: 'und', direction: 'ltr' });
  });
  it('ignores page residue in another language when deciding', () => {
    const text = 'Published\n\non\n\nTrending\n\nExit mobile version\n\nShare\n\nوصل الرئيس السوري إلى موسكو في زيارة رسمية لبحث التعاون.\n\nLeave a Reply\n';
    assert.deepEqual(detectLanguage(text), { lang: 'arb', direction: 'rtl' });
  });
  it('stays fast on a huge document by sampling its beginning', () => {
    const text = 'Presiden Rusia bertemu dengan menteri luar negeri Suriah di Moskow pada hari Selasa.\n'.repeat(60_000);
    const t0 = performance.now();
    assert.equal(detectLanguage(text).lang, 'ind');
    assert.ok(performance.now() - t0 < 1000, `took ${performance.now() - t0} ms`);
  });
});
