import * as assert from 'node:assert/strict';
import { parseStructure } from '../../server/src/engine/structure';

const kinds = (text: string) => parseStructure(text, 'ind').blocks.map((b) => `${b.kind}: ${b.text}`);

describe('structure', () => {
  it('splits an article into residue, headline, subheadings, lead and paragraphs', () => {
    const text =
      'Internasional\n\nMenlu Rusia Tiba di Damaskus\n\nSebarkan artikel ini\n\nAgenda Kunjungan Resmi Menteri\n\n' +
      'Menteri Luar Negeri Rusia tiba di Damaskus pada Senin untuk membahas kerja sama.\n\nKesimpulan\n\n' +
      'Kedua pihak akan bertemu lagi bulan depan.\n';
    assert.deepEqual(kinds(text), [
      'boilerplate: Internasional',
      'headline: Menlu Rusia Tiba di Damaskus',
      'boilerplate: Sebarkan artikel ini',
      'subheading: Agenda Kunjungan Resmi Menteri',
      'lead: Menteri Luar Negeri Rusia tiba di Damaskus pada Senin untuk membahas kerja sama.',
      'subheading: Kesimpulan',
      'paragraph: Kedua pihak akan bertemu lagi bulan depan.',
    ]);
    const s = parseStructure(text, 'ind');
    assert.equal(s.headline?.text, 'Menlu Rusia Tiba di Damaskus');
    assert.equal(text.slice(s.lead!.start, s.lead!.end), s.lead!.text);
    assert.deepEqual(s.boilerplate.map((b) => b.text), ['Internasional', 'Sebarkan artikel ini']);
  });
  it('takes the first line of a few words as the headline, not a date line above it', () => {
    const text = 'Dunia\n13/01/2025\nRusia dan Iran Bersiap Menandatangani Kesepakatan\nKedua negara akan menandatangani perjanjian pada Jumat.\n';
    assert.deepEqual(kinds(text), [
      'boilerplate: Dunia',
      'paragraph: 13/01/2025',
      'headline: Rusia dan Iran Bersiap Menandatangani Kesepakatan',
      'lead: Kedua negara akan menandatangani perjanjian pada Jumat.',
    ]);
  });
  it('keeps a labelled date line as text, never the headline, with only its labels as residue', () => {
    const text = 'Publié le 4 mars 2025 à 10h15 · Mis à jour le 4 mars 2025\nLa Banque centrale relève son taux directeur\nLe conseil a voté jeudi une hausse de 0,25 point.\n';
    const s = parseStructure(text, 'fra');
    assert.deepEqual(s.blocks.map((b) => `${b.kind}: ${b.text}`), [
      'paragraph: Publié le 4 mars 2025 à 10h15 · Mis à jour le 4 mars 2025',
      'headline: La Banque centrale relève son taux directeur',
      'lead: Le conseil a voté jeudi une hausse de 0,25 point.',
    ]);
    assert.deepEqual(s.boilerplate.map((b) => b.text), ['Publié le', '· Mis à jour le']);
  });
  it('treats short unpunctuated Arabic lines as subheadings and punctuated ones as paragraphs', () => {
    const text = 'الأسد وبوتين في موسكو\nزار الرئيس السوري موسكو لبحث التعاون.\nتعزيز العلاقات الثنائية\nوأكد الجانبان أهمية التعاون.\n';
    assert.deepEqual(parseStructure(text, 'arb').blocks.map((b) => b.kind), ['headline', 'lead', 'subheading', 'paragraph']);
  });
  it('finds datelines in their usual forms', () => {
    const dateline = (lead: string) => parseStructure(`Judul Berita Hari Ini\n${lead}\n`, 'ind').dateline?.text ?? null;
    assert.equal(dateline('Moskow, Suarathailand- Menteri luar negeri bertemu Putin.'), 'Moskow, Suarathailand-');
    assert.equal(dateline('PARIS (AFP) - Le ministre est arrivé lundi.'), 'PARIS (AFP) -');
    assert.equal(dateline('MOSKOW, 14 Januari 2025 - Presiden Rusia menerima tamunya.'), 'MOSKOW, 14 Januari 2025 -');
    assert.equal(dateline('JAKARTA, KOMPAS.com — Pemerintah menyatakan dukungan.'), 'JAKARTA, KOMPAS.com —');
    assert.equal(dateline('Beyrouth, le 20 janvier – Le Premier ministre est arrivé.'), 'Beyrouth, le 20 janvier –');
    assert.equal(dateline('دمشق - وصل وزير الخارجية الروسي إلى دمشق.'), 'دمشق -');
    assert.equal(dateline('Al-Shara, yang memimpin pemerintah baru, tiba di Moskow.'), null);
    assert.equal(dateline('Rusia-Iran kembali membahas kerja sama - kata pejabat.'), null);
  });
  it('finds quotations and who they are attributed to', () => {
    const text =
      'Judul Berita Hari Ini\n' +
      'Pertemuan membahas “isu-isu politik dan militer,” kata kantor berita SANA.\n' +
      'Sumber di pemerintah Moskow menyatakan, “Kunjungan ini penting.”\n' +
      '« Nous allons coopérer », a déclaré le ministre syrien.\n' +
      'قال وزير الخارجية: «سنعزز التعاون مع روسيا».\n' +
      'Dia menyebut kesepakatan itu "bersejarah" tanpa penjelasan.\n' +
      '"Kami sudah siap," ujar Sugiono di Jakarta, Rabu.\n';
    const quotes = parseStructure(text, 'ind').quotes.map((q) => [q.text, q.attribution?.text ?? null]);
    assert.deepEqual(quotes, [
      ['“isu-isu politik dan militer,”', 'kantor berita SANA'],
      ['“Kunjungan ini penting.”', 'Sumber di pemerintah Moskow'],
      ['« Nous allons coopérer »', 'le ministre syrien'],
      ['«سنعزز التعاون مع روسيا»', 'وزير الخارجية'],
      ['"bersejarah"', null],
      ['"Kami sudah siap,"', 'Sugiono'],
    ]);
    for (const q of parseStructure(text, 'ind').quotes) {
      assert.equal(text.slice(q.start, q.end), q.text);
      if (q.attribution) assert.equal(text.slice(q.attribution.start, q.attribution.end), q.attribution.text);
    }
  });
  it('handles empty and residue-only texts', () => {
    assert.deepEqual(parseStructure('', 'und'), { blocks: [], headline: null, lead: null, quotes: [], dateline: null, boilerplate: [] });
    const s = parseStructure('Share:\n×\n', 'und');
    assert.equal(s.headline, null);
    assert.deepEqual(s.blocks.map((b) => b.kind), ['boilerplate', 'boilerplate']);
  });
});
