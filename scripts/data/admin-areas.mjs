// Builds server/data/admin-areas.json: administrative divisions named in local news that the city gazetteer
// (100,000+ inhabitants) misses. France: regions, départements and communes of MIN_COMMUNE_POPULATION or more
// (@etalab/decoupage-administratif); Indonesia: regencies and cities, with and without their designator
// ("Kabupaten Grobogan", "Grobogan") (idn-area-data). A bare name that is an ordinary word or a given name of
// either language is left out (the designated form is kept), and names the other gazetteer files already hold are
// skipped: an earlier file wins a shared name anyway.
// Usage: mkdir /tmp/gzx && cd /tmp/gzx && npm init -y && npm install --no-save @etalab/decoupage-administratif@6.0.0 idn-area-data@3.1.2
//        node scripts/data/admin-areas.mjs /tmp/gzx/node_modules   (after countries.mjs, cities.mjs, words.mjs)
import fs from 'node:fs';
import path from 'node:path';
import { DATA_DIR, loose, requireFrom, slug, uniq, writeJson } from './lib.mjs';

const require = requireFrom(process.argv);
const MIN_COMMUNE_POPULATION = 5_000;
/** Communes at least this large keep a bare name that is also a word ("Tours", "Sens"). */
const LARGE_COMMUNE = 20_000;

const readData = (name) => JSON.parse(fs.readFileSync(path.join(DATA_DIR, name), 'utf8'));
const known = new Set();
const ids = new Set();
for (const file of ['countries.json', 'places.json', 'organizations.json', 'people.json', 'cities.json']) {
  for (const e of readData(file)) {
    ids.add(e.id);
    for (const n of [e.canonical, ...Object.values(e.names).flat()]) known.add(loose(n));
  }
}
const givenNames = new Set(readData('given-names.json').map(loose));
const common = readData('common-words.json');
// Ordinary words of either language: a French town's name must not be an Indonesian word ("Saran", "Mana") either.
const ordinary = new Set([...common.fra, ...common.ind, ...common.eng.slice(0, 3000)].map(loose));
const isWord = (name) => !name.includes(' ') && (ordinary.has(loose(name)) || givenNames.has(loose(name)));

const entries = [];
function add(idBase, canonical, lang, names, population) {
  const fresh = uniq(names).filter((n) => !known.has(loose(n)));
  if (!fresh.length) return;
  let id = slug(idBase);
  if (ids.has(id)) id = slug(`${idBase} ${lang === 'fra' ? 'France' : 'Indonesia'}`);
  if (ids.has(id)) return;
  ids.add(id);
  for (const n of fresh) known.add(loose(n));
  const entry = { id, label: 'LOC', canonical, names: { [lang]: fresh } };
  if (population !== undefined) entry.population = population;
  entries.push(entry);
}

// France
const geo = (file) => require(`@etalab/decoupage-administratif/data/${file}`);
const communes = geo('communes.json').filter((c) => c.type === 'commune-actuelle');
const populationOf = new Map();
for (const c of communes) populationOf.set(c.departement, (populationOf.get(c.departement) ?? 0) + (c.population ?? 0));
for (const r of geo('regions.json')) add(r.nom, r.nom, 'fra', [r.nom]);
for (const d of geo('departements.json')) add(d.nom, d.nom, 'fra', [d.nom], populationOf.get(d.code));
for (const c of communes.filter((c) => (c.population ?? 0) >= MIN_COMMUNE_POPULATION).sort((a, b) => b.population - a.population)) {
  if (isWord(c.nom) && c.population < LARGE_COMMUNE) continue;
  add(c.nom, c.nom, 'fra', [c.nom], c.population);
}

// Indonesia: "KABUPATEN ACEH SELATAN" -> "Kabupaten Aceh Selatan" and "Aceh Selatan"; "KOTA ADM. JAKARTA PUSAT" too.
const titleCase = (s) => s.toLowerCase().replace(/(^|[\s(-])(\p{L})/gu, (_, sep, ch) => sep + ch.toUpperCase());
const csv = (file) =>
  fs.readFileSync(require.resolve(`idn-area-data/data/${file}`), 'utf8').trim().split('\n').slice(1).map((line) => line.split(','));
for (const [, , raw] of csv('regencies.csv')) {
  const designated = titleCase(raw.replace(/\bADM\. /, '').trim());
  const m = /^(Kabupaten|Kota) (.+)$/.exec(designated);
  if (!m) continue;
  const bare = m[2];
  const kind = m[1] === 'Kabupaten' ? 'Regency' : '';
  const names = isWord(bare) ? [designated] : [designated, bare];
  add(`${bare} ${kind}`.trim(), designated, 'ind', names);
}

writeJson('admin-areas.json', entries);
