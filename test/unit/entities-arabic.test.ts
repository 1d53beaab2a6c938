import * as assert from 'node:assert/strict';
import givenNames from '../../server/data/arabic-given-names.json';
import lexicon from '../../server/data/arabic-ner.json';
import { findArabicEntities, type NameLookup } from '../../server/src/engine/entities/arabic';
import type { GazetteerEntry } from '../../server/src/engine/gazetteer';
import { normalizeArabic, normalizeName } from '../../server/src/engine/normalize';
import type { ArticleStructure, EntityLabel } from '../../server/src/engine/types';

/** A small gazetteer fixture, so that these tests do not depend on the shipped gazetteer's contents. */
function fixture(entries: [string, EntityLabel, string, string[]][]): NameLookup {
  const byName = new Map<string, GazetteerEntry>();
  for (const [id, label, canonical, arb] of entries) {
    const entry: GazetteerEntry = { id, label, canonical, names: { arb } };
    for (const n of arb) byName.set(normalizeName(n), entry);
  }
  return (name) => byName.get(normalizeName(name));
}

const lookup = fixture([
  ['russia', 'LOC', 'Russia', ['روسيا']],
  ['syria', 'LOC', 'Syria', ['سوريا', 'سورية']],
  ['egypt', 'LOC', 'Egypt', ['مصر']],
  ['united-states', 'LOC', 'United States', ['الولايات المتحدة', 'أمريكا']],
  ['moscow', 'LOC', 'Moscow', ['موسكو']],
  ['cairo', 'LOC', 'Cairo', ['القاهرة']],
  ['vladimir-city', 'LOC', 'Vladimir', ['فلاديمير']],
  ['saudi-arabia', 'LOC', 'Saudi Arabia', ['السعودية']],
  ['united-nations', 'ORG', 'United Nations', ['الأمم المتحدة']],
]);

const structure: ArticleStructure = { blocks: [], headline: null, lead: null, quotes: [], dateline: null, boilerplate: [] };

function spans(text: string) {
  return findArabicEntities(text, structure, lookup).map((e) => `${e.label} ${e.text}`);
}

describe('Arabic entities', () => {
  it('keeps spans inside the text and strips proclitics, keeping ال', () => {
    const text = 'وصل الوفد إلى القاهرة ثم توجه لموسكو وبالقاهرة، وللسعودية دور، ولروسيا مصالح.';
    const found = findArabicEntities(text, structure, lookup);
    for (const e of found) assert.equal(text.slice(e.start, e.end), e.text);
    assert.deepEqual(
      found.map((e) => [e.text, e.entity]),
      [
        ['القاهرة', 'cairo'],
        ['موسكو', 'moscow'],
        ['القاهرة', 'cairo'],
        ['لسعودية', 'saudi-arabia'],
        ['روسيا', 'russia'],
      ],
    );
  });

  it('takes the name after a title and its adjectives, not the adjective', () => {
    assert.deepEqual(spans('قال رئيس الوزراء المصري مصطفى مدبولي إن مصر مستعدة.'), ['PER مصطفى مدبولي', 'LOC مصر']);
    assert.deepEqual(spans('وأكد وزير الخارجية الروسي سيرغي لافروف خلال المؤتمر'), ['PER سيرغي لافروف']);
    assert.deepEqual(spans('التقى الرئيس الأمريكي بنظيره المصري في القاهرة'), ['LOC القاهرة']);
  });

  it('reads a family name alone after a title, but not a place adjective', () => {
    assert.deepEqual(spans('وأوضح الوزير الحمدان أن الاتفاق قريب'), ['PER الحمدان']);
    assert.deepEqual(spans('وأوضح الرئيس السوري أن الاتفاق قريب'), []);
  });

  it('finds given name + family name, nasab chains and kunyas without a title', () => {
    assert.deepEqual(spans('في عهد حافظ الأسد كانت البلاد مغلقة'), ['PER حافظ الأسد']);
    assert.deepEqual(spans('التقى محمد بن سلمان بالوفد'), ['PER محمد بن سلمان']);
    assert.deepEqual(spans('وكان أبو محمد الجولاني قائدا'), ['PER أبو محمد الجولاني']);
    assert.deepEqual(spans('وقال عبد الله الخالدي إن'), ['PER عبد الله الخالدي']);
  });

  it('skips a title complement with a preposition and never reads a possessive noun as a name', () => {
    assert.deepEqual(spans('وأكد سفير روسيا لدى الأمم المتحدة فاسيلي نيبينزيا أن'), ['LOC روسيا', 'ORG الأمم المتحدة', 'PER فاسيلي نيبينزيا']);
    assert.deepEqual(spans('ونقل عن محافظ القاهرة قوله إن'), ['LOC القاهرة']);
  });

  it('reads ت-initial foreign surnames but not feminine verbs', () => {
    assert.deepEqual(spans('والتقى بالرئيس الأمريكي دونالد ترامب'), ['PER دونالد ترامب']);
    assert.deepEqual(spans('وقال الرئيس ترامب إن'), ['PER ترامب']);
    assert.deepEqual(spans('وقالت الوزيرة تحدثت عن'), []);
  });

  it('reads two-word foreign names after a title and given-name chains', () => {
    assert.deepEqual(spans('والتقى المبعوث الأمريكي كيث راينر بالمسؤولين'), ['PER كيث راينر']);
    assert.deepEqual(spans('وأكد الرئيس راينر دعمه'), ['PER راينر']);
    assert.deepEqual(spans('وانسحبت قوات محمد حمدان دقلو من المدينة'), ['PER محمد حمدان دقلو']);
    assert.deepEqual(spans('وسجل محمد صلاح هدفين في المباراة'), ['PER محمد صلاح']);
  });

  it('reads a country spelt like a feminine adjective as the adjective after a definite noun', () => {
    assert.deepEqual(spans('وصل الوفد إلى السعودية وأعلنت الخارجية السعودية ترحيبها'), ['LOC السعودية']);
  });

  it('does not read a place adjective as a minor place spelt the same way', () => {
    const withSurrey = fixture([
      ['syria', 'LOC', 'Syria', ['سوريا']],
      ['surrey', 'LOC', 'Surrey', ['سوري']],
    ]);
    assert.deepEqual(findArabicEntities('مصدر حكومي سوري قال', structure, withSurrey), []);
  });

  it('reads place names that are also common words as places only after a place trigger', () => {
    const withAlAin = fixture([['al-ain', 'LOC', 'Al Ain', ['العين']]]);
    assert.deepEqual(findArabicEntities('رأت العين والقلب', structure, withAlAin), []);
    assert.deepEqual(findArabicEntities('في مدينة العين', structure, withAlAin).map((e) => e.text), ['العين']);
  });

  it('names state institutions by portfolio and country adjective, not generic ones', () => {
    assert.deepEqual(spans('وأعلنت وزارة الخارجية والمغتربين السورية في بيان'), ['ORG وزارة الخارجية والمغتربين السورية']);
    assert.deepEqual(spans('ورفع البنك المركزي المصري الفائدة'), ['ORG البنك المركزي المصري']);
    assert.deepEqual(spans('عبر وزارتي الخارجية في البلدين'), []);
  });

  it('does not let spelling normalisation match a common word to a listed name', () => {
    const withDhule = fixture([['dhule', 'LOC', 'Dhule', ['دوله']]]);
    assert.deepEqual(findArabicEntities('اعترفت دولة جديدة', structure, withDhule), []);
  });

  it('prefers a person reading over a one-word place that is also a given name', () => {
    assert.deepEqual(spans('استقبل فلاديمير بوتين ضيفه'), ['PER فلاديمير بوتين']);
  });

  it('does not take nouns in ta marbuta or listed adjectives as family names', () => {
    assert.deepEqual(spans('وفي ختام الزيارة عاد الوفد'), []);
    assert.deepEqual(spans('قاعدة عسكرية روسية في سوريا'), ['LOC سوريا']);
  });

  it('finds one-word names after place and organisation triggers', () => {
    assert.deepEqual(spans('في قاعدة حميميم الجوية قرب اللاذقية'), ['LOC حميميم']);
    assert.deepEqual(spans('في مخيمات النازحين بمدينة الفاشر'), ['LOC الفاشر']);
    assert.deepEqual(spans('ونقلت وكالة سبوتنيك عن مصدر'), ['ORG سبوتنيك']);
  });

  it('links a family name to the full name in the same article, with proclitics', () => {
    const text = 'الأسد يغادر. وقاد بشار الأسد البلاد. ثم قال الرئيس الأسد وللأسد أنصار.';
    const found = findArabicEntities(text, structure, lookup);
    assert.deepEqual(
      found.map((e) => [e.text, e.source]),
      [
        ['الأسد', 'document'],
        ['بشار الأسد', 'pattern'],
        ['الأسد', 'trigger'],
        ['لأسد', 'document'],
      ],
    );
    assert.equal(new Set(found.map((e) => e.entity)).size, 1);
  });

  it('uses the gazetteer entry of a person for the full name and the family name', () => {
    const withPutin = fixture([['vladimir-putin', 'PER', 'Vladimir Putin', ['فلاديمير بوتين', 'بوتين']]]);
    const found = findArabicEntities('التقى الرئيس فلاديمير بوتين ضيفه، وقال بوتين إن', structure, withPutin);
    assert.deepEqual(found.map((e) => [e.text, e.entity]), [['فلاديمير بوتين', 'vladimir-putin'], ['بوتين', 'vladimir-putin']]);
  });

  it('ships documented lexicons', () => {
    assert.match(givenNames.source, /arabic-name-to-en/);
    assert.ok(givenNames.names.includes(normalizeArabic('أحمد')));
    assert.ok(!givenNames.names.includes(normalizeArabic('جمال')), 'common words are excluded');
    assert.equal(givenNames.count, givenNames.names.length);
    assert.match(lexicon.source, /Hand-curated/);
    assert.ok(lexicon.personTitles.includes('رئيس الوزراء'));
  });
});
