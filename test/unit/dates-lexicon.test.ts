import * as assert from 'node:assert/strict';
import { findDates } from '../../server/src/engine/dates';
import { anniversaryYears } from '../../server/src/engine/dates/detect';
import { LEXICON_LANGUAGES, lexiconFor, lookupKey } from '../../server/src/engine/dates/lexicon';
import type { ArticleStructure } from '../../server/src/engine/types';

const STRUCTURE: ArticleStructure = { blocks: [], headline: null, lead: null, quotes: [], dateline: null, boilerplate: [] };
const capitalise = (s: string) => s[0].toUpperCase() + s.slice(1);
const pad = (n: number) => String(n).padStart(2, '0');

describe('dates lexicon (server/data/dates-lexicon.json)', () => {
  for (const lang of LEXICON_LANGUAGES) {
    const lex = lexiconFor(lang);
    it(`${lang}: names every month and weekday, with keys in lookup form`, () => {
      assert.deepEqual([...new Set(Object.values(lex.months))].sort((a, b) => a - b), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      assert.deepEqual([...new Set(Object.values(lex.weekdays))].sort(), [0, 1, 2, 3, 4, 5, 6]);
      for (const key of [...Object.keys(lex.months), ...Object.keys(lex.monthAbbreviations), ...Object.keys(lex.weekdays)]) {
        assert.equal(lookupKey(key), key);
      }
      for (const day of Object.values(lex.ordinalDays)) assert.ok(Number.isInteger(day) && day >= 1 && day <= 31, `ordinal ${day}`);
      for (const m of lex.ambiguousMonths) assert.ok(m in lex.months, `${m} is not a month`);
      for (const w of lex.ambiguousWeekdays) assert.ok(w in lex.weekdays, `${w} is not a weekday`);
    });
  }

  for (const lang of LEXICON_LANGUAGES) {
    const lex = lexiconFor(lang);
    it(`${lang}: day words shift by at most a day, anniversaries count whole years`, () => {
      for (const [word, shift] of Object.entries(lex.dayWords)) assert.ok([-1, 0, 1].includes(shift), word);
      for (const [phrase, years] of Object.entries(lex.anniversaries)) {
        assert.ok(Number.isInteger(years) && years >= 1 && years <= 10, phrase);
        assert.equal(anniversaryYears(`Hari ini ${phrase} peristiwa itu.`, lang), years, phrase);
      }
    });
  }

  for (const lang of ['ind', 'fra', 'arb'] as const) {
    it(`${lang}: every week or season phrase is a date without a value`, () => {
      for (const phrase of lexiconFor(lang).periods) {
        const { dates } = findDates(`${phrase} :`, STRUCTURE, lang, '2025-10-15');
        assert.deepEqual(dates.map((d) => [d.text, d.value]), [[phrase, null]], phrase);
      }
    });
  }

  it('arb: has a word ordinal for every day of the month', () => {
    assert.deepEqual(Object.values(lexiconFor('arb').ordinalDays).sort((a, b) => a - b), Array.from({ length: 31 }, (_, i) => i + 1));
  });

  // English goes through chrono; the lexicon finders serve Indonesian, French and Arabic.
  for (const lang of ['ind', 'fra', 'arb'] as const) {
    const lex = lexiconFor(lang);
    it(`${lang}: every month name is found in "12 <month> 2025"`, () => {
      for (const [name, month] of Object.entries(lex.months)) {
        const text = `12 ${lex.capitalisedNames ? capitalise(name) : name} 2025`;
        const { dates } = findDates(text, STRUCTURE, lang);
        assert.deepEqual(dates.map((d) => [d.text, d.value]), [[text, `2025-${pad(month)}-12`]], name);
      }
    });
    it(`${lang}: every weekday name is found with its date`, () => {
      for (const [name, weekday] of Object.entries(lex.weekdays)) {
        const day = 12 + weekday; // 12 January 2025 was a Sunday
        const text = `${lex.capitalisedNames ? capitalise(name) : name} (${day}/1/2025)`;
        const { dates } = findDates(text, STRUCTURE, lang);
        assert.deepEqual(dates.map((d) => [d.text, d.value, d.problem]), [[text, `2025-01-${day}`, undefined]], name);
      }
    });
  }
});
