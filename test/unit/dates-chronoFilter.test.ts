import * as assert from 'node:assert/strict';
import * as chrono from 'chrono-node';
import { clauseTests, mayParse } from '../../server/src/engine/dates/chronoFilter';

const sources = (re: RegExp) => clauseTests(re).map((t) => t.source);
const REF = new Date(2001, 5, 13, 12);

describe('dates: what chrono patterns require of a text', () => {
  it('reads runs of literals, required groups and digit classes, and skips optional parts and lookarounds', () => {
    assert.deepEqual(sources(/(\W|^)(kemarin|besok)\s+(?:pukul\s+)?(pagi|malam)(?=\W|$)/i), ['kemarin|besok', 'pagi|malam']);
    assert.deepEqual(sources(/(?<=x)il y a\s*([0-9]+)/i), ['il y a', '[0-9]']);
    assert.deepEqual(sources(/ab+c/), ['a', 'b', 'c']);
  });
  it('reads an alternation of sequences as the unions of one clause of each, strongest (longest shortest string) first', () => {
    assert.deepEqual(sources(/(?:قبل\s*أمس|بعد\s*غد|اليوم)/u), ['قبل|بعد|اليوم', 'أمس|بعد|اليوم', 'قبل|غد|اليوم', 'أمس|غد|اليوم']);
  });
  it('knows nothing of an alternative without a requirement or of a pattern it cannot read', () => {
    assert.deepEqual(sources(/(?:kemarin|\d*)/i), []);
    assert.deepEqual(sources(/a{/), []);
  });
  it("reads chrono's patterns once: they do not depend on the text or the reference date", () => {
    const locales = [chrono.id, chrono.fr, chrono.ar, chrono.en, chrono.de, chrono.es, chrono.pt, chrono.nl, chrono.it, chrono.ja, chrono.ru, chrono.uk, chrono.sv, chrono.fi, chrono.vi, chrono.zh];
    for (const locale of locales) {
      const sourcesIn = (text: string, ref: Date) => locale.casual.parsers.map((p) => `${p.pattern(new chrono.ParsingContext(text, ref)).flags}/${p.pattern(new chrono.ParsingContext(text, ref)).source}`);
      assert.deepEqual(sourcesIn('kemarin 3 hari lalu', REF), sourcesIn('', new Date(2024, 0, 1)));
    }
  });
  it('says no only where chrono finds nothing', () => {
    const id = chrono.id.casual;
    const plain = 'Presiden mengatakan bahwa pertemuan lalu membahas kerja sama';
    assert.equal(mayParse(id, plain, REF), false);
    assert.deepEqual(id.parse(plain, REF), []);
    assert.equal(mayParse(id, 'Ia tiba 3 hari lalu', REF), true);
    assert.equal(id.parse('Ia tiba 3 hari lalu', REF)[0].text, '3 hari lalu');
    assert.equal(mayParse(chrono.ar.casual, 'قال الرئيس قبل أن يغادر موسكو', REF), false);
    assert.equal(mayParse(chrono.ar.casual, 'وصل قبل ثلاثة أيام', REF), true);
  });
});
