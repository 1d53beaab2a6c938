// One test per data file the Latin-script recogniser and the gazetteer are built from (server/data/README.md).
import * as assert from 'node:assert/strict';
import { latinLexicon } from '../../server/src/engine/entities/lexicon';
import { normalizeName } from '../../server/src/engine/normalize';

type Named = { id: string; canonical: string; names: Record<string, string[]>; label?: string; actsAs?: string; population?: number; iso2?: string };
const data = (file: string) => require(`../../server/data/${file}`);
const byId = (entries: Named[], id: string) => entries.find((e) => e.id === id);

describe('lexicon and gazetteer data files', () => {
  it('titles.json: roles that introduce a person, multi-word ones included', () => {
    const titles: Record<string, string[]> = data('titles.json');
    assert.deepEqual(Object.keys(titles).sort(), ['eng', 'fra', 'ind']);
    for (const t of ['presiden', 'menteri luar negeri', 'jubir', 'pak', 'bu', 'menpora', 'wamenlu']) assert.ok(titles.ind.includes(t), t);
    for (const t of ['président', 'ministre', 'porte-parole', 'm', 'mme']) assert.ok(titles.fra.includes(t), t);
    const ind = latinLexicon('ind').titles;
    assert.equal(ind.prefixLength(['menteri', 'luar', 'negeri', 'rusia']), 3);
    assert.equal(ind.suffixLength(['kata', 'juru', 'bicara']), 2);
    assert.equal(ind.suffixLength(['kata', 'peneliti']), 1);
    assert.equal(latinLexicon('fra').titles.suffixLength(['le', 'prefet']), 1);
  });

  it('org-heads.json: head words, tail words and preceding cues of organisations', () => {
    const orgs: { heads: Record<string, string[]>; tails: Record<string, string[]>; cues: Record<string, string[]> } = data('org-heads.json');
    assert.ok(orgs.tails.eng.includes('times') && orgs.tails.eng.includes('ministry'));
    assert.ok(latinLexicon('ind').orgTails.has('times'), 'English tails apply in every language');
    assert.ok(orgs.heads.ind.includes('kementerian') && orgs.heads.fra.includes('ministère') && orgs.heads.eng.includes('ministry'));
    assert.ok(orgs.cues.ind.includes('kantor berita') && orgs.cues.fra.includes('agence'));
    assert.ok(!orgs.heads.ind.includes('pemerintah'), 'a government named by its capital stays LOC');
    assert.ok(orgs.heads.ind.includes('otorita') && orgs.heads.ind.includes('perum') && orgs.heads.ind.includes('balai') && orgs.heads.fra.includes('métropole') && orgs.heads.fra.includes('confédération'));
    assert.ok(!latinLexicon('ind').orgTails.has('centre') && latinLexicon('ind').locTails.has('centre'), 'a convention centre is a venue');
  });

  it('particles.json: name particles in three roles', () => {
    const p: { prefixes: string[]; joining: string[]; afterGivenName: string[] } = data('particles.json');
    assert.ok(p.prefixes.includes('al-') && p.prefixes.includes('el-'));
    assert.deepEqual(p.prefixes.filter((prefix) => !prefix.endsWith('-')), [], 'the recogniser skips words without a hyphen');
    assert.ok(['bin', 'abu', 'van', 'von'].every((w) => p.joining.includes(w)));
    assert.ok(p.afterGivenName.includes('de') && !p.joining.includes('de'), '"de" joins only after a given name');
    assert.ok(!p.joining.includes('di'), '"di" is also the Indonesian preposition');
  });

  it('non-entities.json: months, weekdays and demonyms that are never entities', () => {
    const non = latinLexicon('fra').nonEntities;
    for (const w of ['januari', 'decembre', 'selasa', 'mardi', 'russe', 'syrien', 'russian', 'internasional']) assert.ok(non.has(w), w);
    assert.ok(!non.has('rusia') && !non.has('syrie'));
    for (const w of ['ruu', 'rp', 'pfas', 'pemprov', 'dprd']) assert.ok(non.has(w), `${w}: a bill, currency, substance or generic body`);
  });

  it('context-cues.json: locative words and source verbs', () => {
    const ind = latinLexicon('ind');
    assert.equal(ind.locCues.suffixLength(['di']), 1);
    assert.equal(ind.locCues.suffixLength(['pangkalan', 'udara']), 2);
    assert.equal(ind.sourceCues.suffixLength(['diumumkan', 'oleh']), 1);
    assert.equal(latinLexicon('fra').sourceCues.suffixLength(['selon']), 1);
    assert.equal(latinLexicon('fra').locCues.suffixLength(['le', 'massif', 'des']), 2);
    assert.ok(ind.locHeads.has('pegunungan') && ind.locHeads.has('ibu kota'), 'one- and two-word place heads');
    assert.equal(ind.currencyCues.suffixLength(['miliar', 'dolar']), 1);
    assert.ok(ind.lawCues.has('ruu') && latinLexicon('fra').lawCues.has('loi'));
    assert.equal(latinLexicon('fra').orgCues.suffixLength(['le', 'constructeur']), 2);
    assert.ok(ind.locHeads.has('stadion') && latinLexicon('eng').locTails.has('airport'));
    assert.equal(ind.compassSuffixes.prefixLength(['selatan', 'kemarin']), 1);
  });

  it('common-words.json: frequency-ordered vocabulary per language, without given names', () => {
    const common: Record<string, string[]> = data('common-words.json');
    assert.ok(common.ind.length > 15000 && common.fra.length > 20000 && common.eng.length > 20000);
    assert.ok(common.ind.indexOf('yang') < 100, 'most frequent first');
    const ind = latinLexicon('ind');
    for (const w of ['kunjungan', 'dikatakan', 'anda']) assert.ok(ind.commonWords.has(w), w);
    assert.ok(ind.frequentWords.has('anda') && !ind.frequentWords.has('washington'));
    assert.ok(!ind.commonWords.has('ahmed'), 'given names are taken out');
  });

  it('given-names.json: given names from id/fr/ar/en lists and news names', () => {
    const given: string[] = data('given-names.json');
    for (const n of ['ahmed', 'vladimir', 'sergei', 'joko', 'pierre', 'mohammed', 'xi']) assert.ok(given.includes(n), n);
    assert.ok(given.every((n) => n === n.toLowerCase() && n.length >= 2));
    for (const w of ['kata', 'dari', 'karena']) assert.ok(!given.includes(w), `${w} is a function word`);
  });

  it('countries.json: ISO countries named in ind/fra/arb/eng, with short forms', () => {
    const countries: Named[] = data('countries.json');
    assert.ok(countries.length >= 240);
    const us = byId(countries, 'united-states')!;
    assert.equal(us.iso2, 'US');
    assert.ok(us.names.ind.includes('AS') && us.names.ind.includes('Amerika Serikat'));
    assert.ok(byId(countries, 'syria')!.names.arb.includes('سورية'));
    assert.ok(byId(countries, 'china')!.names.ind.includes('Tiongkok'));
  });

  it('cities.json: capitals and large cities with exonyms, minus ambiguous aliases', () => {
    const cities: Named[] = data('cities.json');
    assert.ok(cities.length > 4000);
    const moscow = byId(cities, 'moscow')!;
    const moscowNames = Object.values(moscow.names).flat();
    for (const n of ['Moskow', 'Moscou', 'Moskau', 'موسكو']) assert.ok(moscowNames.includes(n), n);
    assert.ok(byId(cities, 'washington-dc')!.names.arb.includes('واشنطن'));
    const cairo = byId(cities, 'cairo')!;
    assert.ok(![...cairo.names.und, ...cairo.names.eng].some((n) => normalizeName(n) === 'misr'), 'Misr is Egypt, not Cairo');
    assert.ok(cities.every((c) => typeof c.population === 'number'));
    const arabicNames = new Set(cities.flatMap((c) => c.names.arb ?? []));
    for (const adjective of ['سوري', 'روسي', 'مصري']) assert.ok(!arabicNames.has(adjective), `${adjective} is an adjective`);
  });

  it('places.json: regions, seas, bases and seats of power', () => {
    const places: Named[] = data('places.json');
    assert.ok(byId(places, 'middle-east')!.names.ind.includes('Timur Tengah'));
    assert.ok(byId(places, 'khmeimim-air-base')!.names.arb.includes('حميميم'));
    assert.equal(byId(places, 'kremlin')!.actsAs, 'kremlin-government');
    assert.ok(byId(places, 'west-java')!.names.ind.includes('Jawa Barat'));
    assert.ok(byId(places, 'central-java')!.names.ind.includes('Jateng'), 'provinces by their usual abbreviation');
    assert.equal(byId(places, 'merdeka-palace')!.actsAs, 'indonesian-presidency', 'Istana as a source is the presidency');
  });

  it('organizations.json: bodies, agencies, media and parties with acronyms per language', () => {
    const orgs: Named[] = data('organizations.json');
    const un = byId(orgs, 'united-nations')!;
    assert.ok(un.names.ind.includes('PBB') && un.names.fra.includes('ONU') && un.names.arb.includes('الأمم المتحدة'));
    assert.ok(byId(orgs, 'syrian-arab-news-agency')!.names.eng.includes('SANA'));
    assert.ok(byId(orgs, 'kremlin-government'));
    assert.ok(byId(orgs, 'france-inter')!.names.fra.includes('France Inter'), 'French media');
    assert.ok(byId(orgs, 'tribun-network')!.names.ind.includes('Tribunnews'), 'Indonesian media');
    assert.ok(byId(orgs, 'meteorology-climatology-and-geophysical-agency')!.names.ind.includes('BMKG'));
    assert.ok(byId(orgs, 'general-confederation-of-labour-france')!.names.fra.includes('CGT'), 'trade unions');
  });

  it('people.json: heads of state and government, foreign ministers, UN/EU leaders in several scripts', () => {
    const people: Named[] = data('people.json');
    assert.ok(people.length >= 60);
    const putin = byId(people, 'vladimir-putin')!;
    assert.ok(putin.names.fra.includes('Vladimir Poutine') && putin.names.arb.includes('فلاديمير بوتين'));
    assert.ok(people.every((p) => /^[a-z0-9-]+$/.test(p.id) && Object.values(p.names).flat().length > 0));
  });
});
