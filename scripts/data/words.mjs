// Builds two lexicons from the zxcvbn-ts language packs and stopwords-iso:
// - server/data/common-words.json: words that are ordinary vocabulary in ind / fra / eng (a capitalised one at the
//   start of a sentence or in a Title-Case headline is not a name on its own), minus given names, most frequent first;
// - server/data/given-names.json: given names (Indonesian, French incl. Maghrebi, romanised Arabic, English).
// Usage: node scripts/data/words.mjs PATH/TO/node_modules
import { loose, requireFrom, uniq, writeJson } from './lib.mjs';

const require = requireFrom(process.argv);
const ENGLISH_COMMON_WORDS = 30_000; // the list is by frequency; its tail is mostly names and rare forms
const ENGLISH_GIVEN_NAMES = 3_000;

const id = require('@zxcvbn-ts/language-id').dictionary;
const fr = require('@zxcvbn-ts/language-fr').dictionary;
const en = require('@zxcvbn-ts/language-en').dictionary;
const ar = require('@zxcvbn-ts/language-ar').dictionary;
const stop = require('stopwords-iso');
const stopWords = new Set([...stop.id, ...stop.fr].map(loose)); // not English: "Bill", "Said" are names

// Given names frequent in international news that the packs lack (Russian/Ukrainian, Arabic, Persian, Turkish,
// Indonesian: Javanese, Sundanese, Balinese and Christian given names, several spelled like words), lower case,
// one spelling per line of thought.
const NEWS_GIVEN_NAMES = `
vladimir sergei sergey dmitry dmitri mikhail alexei alexey aleksandr andrei andrey nikolai igor yuri oleg boris ivan
pavel viktor vyacheslav valentina olga yevgeny evgeny anatoly gennady ramzan volodymyr petro oleksandr vitali vitaliy
valery kirill konstantin leonid arkady grigory yulia tatiana svetlana ekaterina yekaterina denys andriy mykola
bashar asaad assaad murhaf masoud massoud hafez maher rifaat khaled walid faisal fahd tamim hamad nawaf najib nabih
saad hussein hossein abbas ebrahim mahmoud mohammad mohamad mehdi javad hamid hamed reza qasem qassem ismail esmaeil
yahya hani rami ziad ghassan anas abdulaziz abdulrahman abdelrahman salman mansour majid rashid zayed khalifa tariq tarek
omar umar osama ayman nasser jamal samir adel mustafa mostafa abdelmadjid abdelfattah kais nabil naim hassan nasrallah
recep tayyip hakan mevlut ahmet mehmet kemal bulent ekrem devlet abdullah
joko prabowo susilo megawati gibran anies ganjar mahfud puan bambang agus dedi siti sri retno luhut airlangga erick
sandiaga ridwan tito listyo basuki teten wiranto hasto yusril sufmi bahlil budi zulkifli muhaimin hidayat jusuf
xi wang li zhang liu chen
asep ujang dadang cecep dede yayan ade dian dwi tri eko teguh fajar indra dewi ayu rina sinta nurul fitri wati yanti
hendra irfan arief rizki rizky bayu sugeng heru yunita lilik firman josua yohannes yohanes stefanus fransiskus yosef
wayan nyoman ketut kadek komang putu nengah ngurah kurniawan prasetyo nugroho wibowo pratama permana
ricky jay mason ole wahyu sakti ari bima eka rudi dedy galih gilang wawan rini hendro ramadhan ramadan
`.split(/\s+/).filter(Boolean);

// zxcvbn-ts language-fr swaps its labels: 'lastnames-fr' holds given names (abdallah, adam, ...).
const givenNames = uniq([...NEWS_GIVEN_NAMES, ...id['names-id'], ...fr['lastnames-fr'], ...(ar['firstnames-ar'] ?? ar['firstnames'] ?? []),
  ...en['firstnames-en'].slice(0, ENGLISH_GIVEN_NAMES)].map(loose))
  .filter(n => /^[a-z ]+$/.test(n) && (n.length >= 3 || NEWS_GIVEN_NAMES.includes(n)))
  // Function words the name packs also list ("kata" = said, "dari" = from, "cher") are words, not names.
  .filter(n => !stopWords.has(n) || NEWS_GIVEN_NAMES.includes(n)).sort();
const given = new Set(givenNames);

// Indonesian administrative vocabulary the subtitle-based pack lacks: the portfolios of ministries, agencies and
// offices ("Menteri Kelautan dan Perikanan", "Dinas Pariwisata", "Badan Penanggulangan Bencana"). Placed among the
// usual words (the recogniser's first 8,000), after the frequent ones: a portfolio after a title, not a name.
const NEWS_WORDS_ID_RANK = 2000;
const NEWS_WORDS_ID = `
kelautan perikanan pariwisata perhubungan perindustrian kehutanan koperasi ketenagakerjaan transmigrasi permukiman
kependudukan pencatatan pemberdayaan aparatur agraria pertanahan informatika pemasyarakatan pemberantasan
penanggulangan meteorologi klimatologi geofisika umrah penyelenggaraan migran hortikultura terbarukan konservasi
pengelolaan budidaya perkeretaapian perbendaharaan kebudayaan reformasi birokrasi imigrasi pangan gizi mineral
`.split(/\s+/).filter(Boolean);

// Kept in frequency order (stop words and calendar words after the frequency list): the recogniser treats the
// head of each list as words frequent enough to beat a minor place of the same spelling ("Anda" = you).
const lexicon = (...lists) => uniq(lists.flat().map(loose)).filter(w => w && /^\p{L}/u.test(w) && !given.has(w));
writeJson('common-words.json', {
  ind: lexicon(id['commonWords-id'].slice(0, NEWS_WORDS_ID_RANK), NEWS_WORDS_ID, id['commonWords-id'].slice(NEWS_WORDS_ID_RANK), stop.id,
    id['months-id'], id['daysOfWeek-id'], id['directions-id']),
  fra: lexicon(fr['commonWords-fr'], stop.fr, fr['months-fr'], fr['daysOfWeek-fr'], fr['directions-fr']),
  eng: lexicon(en['commonWords-en'].slice(0, ENGLISH_COMMON_WORDS), stop.en, en['months-en'], en['daysOfWeek-en']),
});
writeJson('given-names.json', givenNames);
