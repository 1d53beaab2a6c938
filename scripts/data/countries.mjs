// Builds server/data/countries.json: every ISO 3166 country with its names in English, Indonesian, French and
// Arabic from CLDR territories (incl. -alt-short / -alt-variant forms) and i18n-iso-countries, plus news
// spellings missing from both (NEWS_VARIANTS). Usage: node scripts/data/countries.mjs PATH/TO/node_modules
import { requireFrom, slug, uniq, writeJson } from './lib.mjs';

const require = requireFrom(process.argv);
const LANGS = { eng: 'en', ind: 'id', fra: 'fr', arb: 'ar' };

// Wikipedia titles where CLDR's English short name differs.
const TITLE = {
  CD: 'Democratic Republic of the Congo', CG: 'Republic of the Congo', CI: 'Ivory Coast', CZ: 'Czech Republic',
  GB: 'United Kingdom', KP: 'North Korea', KR: 'South Korea', MK: 'North Macedonia', MM: 'Myanmar',
  PS: 'State of Palestine', TR: 'Turkey', US: 'United States', VA: 'Vatican City', FM: 'Federated States of Micronesia',
  GE: 'Georgia (country)', HK: 'Hong Kong', MO: 'Macau', TL: 'East Timor', CV: 'Cape Verde', SZ: 'Eswatini',
  BA: 'Bosnia and Herzegovina', AG: 'Antigua and Barbuda', TT: 'Trinidad and Tobago', ST: 'São Tomé and Príncipe',
  KN: 'Saint Kitts and Nevis', VC: 'Saint Vincent and the Grenadines', PM: 'Saint Pierre and Miquelon',
};

// Common news spellings that neither CLDR nor i18n-iso-countries carries.
const NEWS_VARIANTS = {
  US: { eng: ['US', 'U.S.', 'USA', 'America'], ind: ['Amerika', 'USA'], fra: ['USA', 'Amérique'], arb: ['أمريكا', 'أميركا', 'الولايات المتحدة الأميركية'] },
  GB: { eng: ['UK', 'Britain', 'Great Britain'], ind: ['Inggris', 'Britania Raya'], fra: ['Royaume-Uni', 'Grande-Bretagne'], arb: ['بريطانيا'] },
  SY: { arb: ['سورية'] },
  CN: { ind: ['Tiongkok', 'China', 'RRT'], arb: ['الصين الشعبية'] },
  FR: { ind: ['Prancis', 'Perancis'] },
  MA: { ind: ['Maroko'] },
  SA: { ind: ['Saudi Arabia', 'Saudi'], eng: ['Saudi'], fra: ['Arabie'], arb: ['السعودية'] },
  AE: { eng: ['UAE', 'Emirates'], ind: ['UEA', 'Emirat Arab'], fra: ['EAU', 'Émirats'], arb: ['الإمارات'] },
  KP: { ind: ['Korut'], arb: ['كوريا الشمالية'] },
  KR: { ind: ['Korsel'], arb: ['كوريا الجنوبية'] },
  PS: { ind: ['Palestina'], fra: ['Palestine'], eng: ['Palestine'], arb: ['فلسطين'] },
  TR: { ind: ['Turki', 'Turkiye'], eng: ['Türkiye', 'Turkiye'], fra: ['Turquie'], arb: ['تركيا'] },
  RU: { ind: ['Rusia'], fra: ['Russie'], arb: ['روسيا'] },
  NL: { ind: ['Belanda'] },
  DE: { ind: ['Jerman'] },
  JP: { ind: ['Jepang'] },
  EG: { ind: ['Mesir'], eng: ['Misr', 'Masr'] },
  CZ: { eng: ['Czech Republic'] },
  MM: { eng: ['Burma'] },
  CD: { eng: ['DR Congo', 'DRC'], fra: ['RDC'] },
};

const countries = require('i18n-iso-countries');
for (const lang of Object.values(LANGS)) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
const cldr = Object.fromEntries(Object.values(LANGS).map(l => [l,
  require(`cldr-localenames-full/main/${l}/territories.json`).main[l].localeDisplayNames.territories]));

const entries = [];
for (const code of Object.keys(countries.getAlpha2Codes()).sort()) {
  const names = {};
  for (const [lang, cl] of Object.entries(LANGS)) {
    const t = cldr[cl];
    const fromCldr = [t[code], t[`${code}-alt-short`], t[`${code}-alt-variant`]];
    const fromIso = [countries.getName(code, cl, { select: 'all' }) ?? []].flat();
    names[lang] = uniq([...fromCldr, ...fromIso, ...(NEWS_VARIANTS[code]?.[lang] ?? [])])
      .filter(n => n && !/[()]/.test(n)); // drop "Kepulauan Falkland (Malvinas)"-style disambiguated forms
  }
  const canonical = TITLE[code] ?? cldr.en[`${code}-alt-short`] ?? cldr.en[code];
  entries.push({ id: slug(canonical.replace(/\s*\(.*\)$/, '')), label: 'LOC', canonical: canonical.replace(/\s*\(.*\)$/, ''), iso2: code, names });
}
writeJson('countries.json', entries);
