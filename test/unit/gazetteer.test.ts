import * as assert from 'node:assert/strict';
import { gazetteerById, gazetteerEntries, gazetteerLookup, gazetteerLookupNormalized, gazetteerMayBeginName, gazetteerMayEndName } from '../../server/src/engine/gazetteer';
import { normalizeName } from '../../server/src/engine/normalize';

describe('gazetteer', () => {
  it('finds one entry for a country in every language and script', () => {
    for (const name of ['Russia', 'Rusia', 'Russie', 'روسيا']) assert.equal(gazetteerLookup(name)?.id, 'russia', name);
    for (const name of ['Suriah', 'Syrie', 'سوريا', 'سورية']) assert.equal(gazetteerLookup(name)?.id, 'syria', name);
    for (const name of ['Amerika Serikat', 'États-Unis', 'Etats-Unis', 'الولايات المتحدة']) assert.equal(gazetteerLookup(name)?.id, 'united-states', name);
    assert.equal(gazetteerLookup('Korea Utara')?.id, 'north-korea');
  });

  it('finds cities by their exonyms and Arabic names', () => {
    for (const name of ['Moscow', 'Moskow', 'Moscou', 'موسكو']) assert.equal(gazetteerLookup(name)?.id, 'moscow', name);
    for (const name of ['Damaskus', 'Damas', 'دمشق']) assert.equal(gazetteerLookup(name)?.id, 'damascus', name);
    assert.equal(gazetteerLookup('Teheran')?.id, 'tehran');
    assert.equal(gazetteerLookup('Washington')?.id, 'washington-dc');
    assert.equal(gazetteerLookup('Washington')?.label, 'LOC');
  });

  it('matches short acronyms only in capitals', () => {
    assert.equal(gazetteerLookup('AS')?.id, 'united-states');
    assert.equal(gazetteerLookup('As'), undefined);
    assert.equal(gazetteerLookup('PBB')?.id, 'united-nations');
    assert.equal(gazetteerLookup('ONU')?.id, 'united-nations');
    assert.equal(gazetteerLookup('SANA')?.label, 'ORG');
  });

  it('knows people and organisations across languages', () => {
    for (const name of ['Vladimir Putin', 'Vladimir Poutine', 'فلاديمير بوتين', 'Putin']) assert.equal(gazetteerLookup(name)?.id, 'vladimir-putin', name);
    assert.equal(gazetteerLookup('Bachar al-Assad')?.id, 'bashar-al-assad');
    assert.equal(gazetteerLookup('Perserikatan Bangsa-Bangsa')?.id, 'united-nations');
    assert.equal(gazetteerLookup('Uni Eropa')?.id, 'european-union');
    assert.equal(gazetteerLookup('Timur Tengah')?.id, 'middle-east');
  });

  it('knows French unions, employers and NGOs, trade blocs and Indonesian media brands', () => {
    assert.equal(gazetteerLookup('Confédération paysanne')?.id, 'confederation-paysanne');
    assert.equal(gazetteerLookup('Médecins sans frontières')?.id, 'medecins-sans-frontieres');
    assert.equal(gazetteerLookup('MSF')?.id, 'medecins-sans-frontieres');
    assert.equal(gazetteerLookup('Medef')?.label, 'ORG');
    assert.equal(gazetteerLookup('Mercosur')?.id, 'mercosur');
    assert.equal(gazetteerLookup('detikNews')?.id, 'detik-com');
    assert.equal(gazetteerLookup('SBY')?.id, 'susilo-bambang-yudhoyono');
    assert.equal(gazetteerLookup('SNES-FSU')?.id, 'snes-fsu');
    assert.equal(gazetteerLookup('Réunion la 1ère')?.id, 'reunion-la-1ere');
    assert.equal(gazetteerLookup('Otorita IKN')?.id, 'nusantara-capital-city-authority');
    assert.equal(gazetteerLookup('Baleg')?.label, 'ORG');
    assert.equal(gazetteerLookup('place Beauvau')?.id, 'ministry-of-the-interior-france');
    assert.equal(gazetteerLookup('Louvre Abu Dhabi')?.label, 'ORG');
    assert.equal(gazetteerLookup('Kemendagri')?.id, 'ministry-of-home-affairs-indonesia');
    assert.equal(gazetteerLookup('KAI')?.id, 'kereta-api-indonesia');
    assert.equal(gazetteerLookup('Bulog')?.id, 'bulog');
  });

  it('gives a place that acts as an institution the id of that institution', () => {
    const kremlin = gazetteerLookup('Kremlin');
    assert.equal(kremlin?.id, 'kremlin');
    assert.equal(kremlin?.label, 'LOC');
    assert.equal(kremlin?.actsAs, 'kremlin-government');
    assert.equal(gazetteerById('kremlin-government')?.label, 'ORG');
  });

  it('knows French départements, regions and towns and Indonesian regencies (admin-areas.json)', () => {
    for (const [name, id] of [['Var', 'var'], ['Bretagne', 'bretagne'], ['Le Luc', 'le-luc'], ['Kabupaten Grobogan', 'grobogan-regency'], ['Grobogan', 'grobogan-regency']]) {
      assert.equal(gazetteerLookup(name)?.id, id, name);
      assert.equal(gazetteerLookup(name)?.label, 'LOC', name);
    }
    assert.equal(gazetteerLookup('Paris')?.id, 'paris', 'the city file wins a shared name');
    assert.ok((gazetteerLookup('Vidauban')?.population ?? 0) > 5000, 'towns carry their population');
  });

  it('looks up already-normalised keys the same way', () => {
    assert.equal(gazetteerLookupNormalized(normalizeName('Arab Saudi'))?.id, 'saudi-arabia');
    assert.equal(gazetteerLookupNormalized('as'), undefined);
  });

  it('has unique lowercase ASCII slug ids, a label and at least one name per entry', () => {
    const ids = new Set<string>();
    let count = 0;
    for (const e of gazetteerEntries()) {
      count++;
      assert.match(e.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, e.id);
      assert.ok(!ids.has(e.id), `duplicate id ${e.id}`);
      ids.add(e.id);
      assert.ok(['PER', 'LOC', 'ORG'].includes(e.label), e.id);
      assert.ok(Object.values(e.names).flat().length > 0, e.id);
    }
    assert.ok(count > 5000, `only ${count} entries`);
  });

  it('tells which words begin and end a multi-word name, the first and last words of a key deciding', () => {
    assert.equal(gazetteerLookupNormalized('amerika serikat')?.id, 'united-states');
    assert.equal(gazetteerMayEndName('serikat'), true);
    assert.equal(gazetteerMayEndName('amerika serikat'), true);
    assert.equal(gazetteerMayEndName('al shara'), gazetteerMayEndName('shara'));
    // Every multi-word key of the index ends in a word the test accepts.
    for (const e of gazetteerEntries()) {
      for (const name of Object.values(e.names).flat()) {
        const key = normalizeName(name);
        if (key.includes(' ')) assert.equal(gazetteerMayEndName(key) && gazetteerMayBeginName(key), true, key);
      }
    }
    assert.equal(gazetteerMayEndName('mengatakan'), false);
    assert.equal(gazetteerMayEndName('affirme'), false);
    assert.equal(gazetteerMayBeginName('amerika'), true);
    assert.equal(gazetteerMayBeginName('amerika serikat'), true);
    assert.equal(gazetteerMayBeginName('mengatakan'), false);
  });
});
