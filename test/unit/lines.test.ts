import * as assert from 'node:assert/strict';
import { countWords, splitLines, wordsOf } from '../../server/src/engine/lines';

const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’\-]*/gu;

describe('lines', () => {
  it('splits a text into trimmed non-blank lines with their offsets', () => {
    const text = '  Judul Berita \r\n\n\u00a0Paragraf pertama.\rakhir';
    const lines = splitLines(text);
    assert.deepEqual(lines.map((l) => l.text), ['Judul Berita', 'Paragraf pertama.', 'akhir']);
    for (const l of lines) assert.equal(text.slice(l.start, l.end), l.text);
  });
  it('finds the words a Unicode word regex finds, surrogate pairs and joiners included', () => {
    const samples = [
      "L'Élysée a dit — aujourd’hui — que 3,5 % des 12-15 ans…",
      'قال الوزيرُ إنّ ٣ آلاف شخص غادروا',
      'Menteri  Luar-Negeri RI, 14/1/2025: "ok" --x- \'a',
      '𝐁𝐨𝐥𝐝 text 😀Januari 𠀀中文 \ud800 lone',
      '',
      '   ',
    ];
    for (const s of samples) {
      assert.deepEqual(wordsOf(s), s.match(WORD) ?? [], s);
      assert.equal(countWords(s, 100), (s.match(WORD) ?? []).length, s);
    }
  });
  it('counts words up to a limit, optionally only those with a letter', () => {
    assert.equal(countWords('satu dua tiga empat', 3), 3);
    assert.equal(countWords('satu dua', 0), 0);
    assert.equal(countWords('14 Januari 2025 pukul 10.00 WIB', 10, true), 3);
  });
});
