import * as assert from 'node:assert/strict';
import { findInLine } from '../../server/src/engine/dates/detect';

/** The text of each candidate the finders take from one line. */
const spans = (line: string, lang: string) => findInLine(line, lang).map((c) => line.slice(c.start, c.end));

// The finders try their expressions only at the words just before a month, weekday, cue word or four-digit
// number: these lines have matches that start several words before that word, or after an Arabic clitic.
describe('dates: matches that start words before their month, weekday or year', () => {
  it('keeps a day range before a month, and a day prefix before a weekday', () => {
    assert.deepEqual(spans('Sidang digelar pada 14 s.d. 15 Januari 2025 di Jakarta.', 'ind'), ['14 s.d. 15 Januari 2025']);
    assert.deepEqual(spans('Rapat pada tanggal 3 - 5 JANUARI lalu, dan pada hari Senin (13/1).', 'ind'), ['3 - 5 JANUARI lalu', 'pada hari Senin (13/1)']);
    assert.deepEqual(spans('Le sommet du 14 au 15 janvier 2025, puis début 2027.', 'fra'), ['14 au 15 janvier 2025', 'début 2027']);
  });
  it('keeps the words before a year, and finds a year only at the start of a word', () => {
    assert.deepEqual(spans('La réforme est appliquée à partir de 2020 et jusqu’en 2024, l’année 2023 aussi.', 'fra'), ['2020', '2024', 'l’année 2023']);
    assert.deepEqual(spans('abc2025 COVID19 tahun2024 pada 2024x dan 2100.', 'ind'), ['2024', '2100']);
  });
  it('finds Arabic dates after a clitic letter and in Arabic-Indic digits', () => {
    assert.deepEqual(spans('وفي 14 و15 يناير 2025 اجتمع المجلس، وبحلول عام 2030 سيكتمل المشروع.', 'arb'), ['14 و15 يناير 2025', 'عام 2030']);
    assert.deepEqual(spans('وقال يوم الاثنين الماضي إن الاتفاق وقع في كانون الثاني الماضي وفي العام الجاري.', 'arb'), ['يوم الاثنين الماضي', 'كانون الثاني الماضي', 'العام الجاري']);
    assert.deepEqual(spans('ولد عام ١٩٦٢ وتوفي في ٣ مارس ٢٠٢٠.', 'arb'), ['عام ١٩٦٢', '٣ مارس ٢٠٢٠']);
  });
  it('reads lines holding the Kelvin sign or ſ (matched case-insensitively only with the u flag) and Arabic-Indic digits', () => {
    assert.deepEqual(spans('\u212aamis ١٦ Januari ٢٠٢٥ pukul 10.00', 'ind'), ['\u212aamis ١٦ Januari ٢٠٢٥']);
    assert.deepEqual(spans('Sidang 2025ſ ditunda ke ١٥ Maret', 'ind'), ['١٥ Maret']);
  });
  it('finds a month right after an emoji (a surrogate pair that is no letter)', () => {
    assert.deepEqual(spans('😀Januari 2025 ada acara.', 'ind'), ['Januari 2025']);
  });
});
