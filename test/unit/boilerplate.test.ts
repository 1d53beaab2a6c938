import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import lexicon from '../../server/data/boilerplate.json';
import { findBoilerplate } from '../../server/src/engine/boilerplate';

const spans = (text: string) => findBoilerplate(text).map((b) => `${b.text}|${b.reason}`);

describe('boilerplate', () => {
  it('finds section label, avatar, counters, icons, the repeated title and share widgets at the top of a page', () => {
    const text = 'Dunia\u00a0\n\nMenlu Rusia Tiba di Damaskus untuk Pembicaraan\n\nAvatar photo\n7\n✕\n\nMenlu Rusia Tiba di Damaskus untuk Pembicaraan\n\nBagikan artikel ini\n\nMenteri luar negeri Rusia tiba di Damaskus pada Senin.\n';
    assert.deepEqual(spans(text), [
      'Dunia|section label',
      'Avatar photo|page widget',
      '7|lone number or icon',
      '✕|lone number or icon',
      'Menlu Rusia Tiba di Damaskus untuk Pembicaraan|repeated headline',
      'Bagikan artikel ini|page widget',
    ]);
    const first = findBoilerplate(text)[0];
    assert.equal(text.slice(first.start, first.end), 'Dunia');
  });
  it('finds comment forms, read-also links, cookie banners and share rows in each language', () => {
    const text = [
      'Le ministre est arrivé à Damas lundi pour des entretiens.',
      'Lire aussi : Le point sur la situation en Syrie',
      'Partager :',
      'Facebook Twitter WhatsApp',
      'Laisser un commentaire',
      'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *',
      'اقرأ أيضا: زيارة وزير الخارجية',
      'اترك تعليقاً',
      'Baca juga: Menlu Rusia ke Damaskus',
      'Leave a Reply',
      'We use cookies to improve your experience.',
      'Home › World › Middle East',
      '14 Komentar',
      '3 min read',
      'Dibaca 1.234 kali',
      'Il y a 3 commentaires sur cet article.',
      '[Gambas:Video CNN]',
      '(rds/dna)',
      'Baca artikel detiknews, "Putin Terima Al-Sharaa" selengkapnya',
    ].join('\n');
    assert.deepEqual(spans(text), [
      'Lire aussi : Le point sur la situation en Syrie|page notice',
      'Partager :|page widget',
      'Facebook Twitter WhatsApp|share widget',
      'Laisser un commentaire|page widget',
      'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *|page notice',
      'اقرأ أيضا: زيارة وزير الخارجية|page notice',
      'اترك تعليقاً|page widget',
      'Baca juga: Menlu Rusia ke Damaskus|page notice',
      'Leave a Reply|page widget',
      'We use cookies to improve your experience.|page notice',
      'Home › World › Middle East|breadcrumb',
      '14 Komentar|counter',
      '3 min read|counter',
      'Dibaca 1.234 kali|counter',
      '[Gambas:Video CNN]|embed placeholder',
      "(rds/dna)|editors' initials",
      'Baca artikel detiknews, "Putin Terima Al-Sharaa" selengkapnya|page notice',
    ]);
  });
  it('finds a two-word site or section name above the headline and a widget glued to the last paragraph', () => {
    const text = 'Berita Dunia\nPutin Bertemu Al-Sharaa di Moskow\nKedua pemimpin membahas pangkalan militer Rusia. Share:';
    const found = findBoilerplate(text);
    assert.deepEqual(found.map((b) => `${b.text}|${b.reason}`), ['Berita Dunia|section label', 'Share:|page widget']);
    assert.equal(text.slice(found[1].start, found[1].end), 'Share:');
  });
  it('finds the title repeated with the site name after it', () => {
    const text = 'Putin Bertemu Al-Sharaa di Moskow\nPutin Bertemu Al-Sharaa di Moskow | Suarathailand\nKedua pemimpin membahas pangkalan militer Rusia.\n';
    assert.deepEqual(spans(text), ['Putin Bertemu Al-Sharaa di Moskow | Suarathailand|repeated headline']);
  });
  it('keeps article text: a one-word line after the headline, words like "on" inside sentences, short repeated lines', () => {
    const text = 'Putin Meets Sharaa in Moscow\nKesimpulan\nThe talks went on for hours.\nShares of Gazprom rose.\nKesimpulan\n';
    assert.deepEqual(spans(text), []);
  });
  it('matches the gold residue of the sample articles exactly', () => {
    const gold = path.resolve(__dirname, '../gold');
    for (const f of fs.readdirSync(gold).filter((x) => x.endsWith('.gold.json'))) {
      const g = JSON.parse(fs.readFileSync(path.join(gold, f), 'utf8'));
      const text = fs.readFileSync(path.join(gold, g.doc), 'utf8');
      assert.deepEqual(
        findBoilerplate(text).map(({ start, end, text }) => ({ start, end, text })),
        g.boilerplate,
        g.doc,
      );
    }
  });
  it('ships a documented lexicon for every supported language', () => {
    assert.match(lexicon._source, /Compiled by hand/);
    assert.equal(lexicon._licence, 'MIT (this project)');
    for (const list of [lexicon.lines, lexicon.prefixes, lexicon.sections, lexicon.counters]) {
      assert.deepEqual(Object.keys(list).sort(), ['arb', 'eng', 'fra', 'ind']);
      for (const words of Object.values(list)) {
        assert.equal(new Set(words).size, words.length, 'duplicate entry');
        for (const w of words) assert.equal(w, w.toLowerCase().trim(), `entry not lower case/trimmed: ${w}`);
      }
    }
  });
  it('is linear on a huge page', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `Share\nParagraph ${i} of the article text goes on.\n`).join('');
    const t0 = performance.now();
    assert.equal(findBoilerplate(text).length, 100_000);
    assert.ok(performance.now() - t0 < 3000);
  });
});
