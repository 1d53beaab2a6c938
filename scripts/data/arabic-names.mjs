// Builds server/data/arabic-given-names.json: Arabic-script given names for the Arabic recogniser, from the keys
// of arabic-name-to-en's name table (its romanisations are poor and not used), normalised like normalizeArabic,
// minus Arabic stopwords (stopwords-iso) and entries that are common words, titles or family names.
// Usage: node scripts/data/arabic-names.mjs PATH/TO/node_modules   (needs arabic-name-to-en@1.0.6 stopwords-iso@1.1.0)
import fs from 'node:fs';
import path from 'node:path';
import { DATA_DIR, requireFrom } from './lib.mjs';

const require = requireFrom(process.argv);
const names = require('arabic-name-to-en/cases/fullnamedb.js');
const stopwords = require('stopwords-iso').ar;

/** Same folding as normalizeArabic in server/src/engine/normalize.ts. */
const fold = (s) =>
  s.replace(/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g, '').replace(/\u0640/g, '')
    .replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه').replace(/ؤ/g, 'و').replace(/ئ/g, 'ي');

// Entries of the table that are ordinary words (احد "one", جمال "beauty", نجاح "success"), titles (امير, شيخ,
// وزير) or family names rather than given names; a given name must not make a common noun phrase a person.
const NOT_GIVEN_NAMES = `احد اكبر امير الامير السيد الشيخ الله ال الم الدين الرحمن الرحيم السلام الحق النور النبي الحكم
الهدى الواحد العظيم الحر الين الوس امد اوج ايه ايات بحر بان باني بير تحرير ترتيب تكليف تموز ثاني ثوره جار جاري جاهل جبلي
جري جريان جسم جمال جنرال جهاد جهادي جهل حاكم حبي حرج حياد خاف خادم خير داخل در دخان دريا دنيا ديوان رحمه رحمة رئيس ره رسم
رفاق رمح زمان زمن زائر زاير زياره زبال زباله سبع سحر سعيد سلام سلطان سند سيد شمال شمس شهيد شيخ صباح صحن صفر ضعيف ضمير طال
طيار عا عاد عادل عادي عام عامل عب عبد عبدال عتاد عجب عدم عذاب عراق عسل علا علي على عليه عليل عمال عين غربي غريب فريق فجر
فرح فقي قادر قائد كار كرم لابد لكن لقاء لواء لي مال مثال مجهول محل مد مدن مدفون مذكور مرسول مشكل مشهد مشرق ملا ملك ملكه مولى
نجم نداء نعمه نعمة نور نهار هدى هديه هه وادي والي وزير وه وفي ولي امل امين امان امنه اماني املي امني ايمان ثروه حلو خطاب
رحيم سالم سعاده سعيده شاكر شريف صادق صالح صديق طالب عادله عزيز عظمي غني فاضل فضل كامل كريم لطيف ماضي مبارك محسن مختار
معروف مفيد منير ناصر نصر نظيف هادي وحيد وفاء مشرف قنطره تحيات خزانه خيال رملة رمله روح شعبان رمضان اسود اسد تاج حرم مدرك
مطر نمل هلال بدر ملاك ضحي قدير فضاء مسافر ميلاد مولود اشراق شكر قوه اسرائيل باسم ختام ختامي نهايه بدايه حسن جميل مجد رضا
نجاح فخر شرف ضياء صفاء عهد زهره ثائر سعد حر عزه نصره رجاء امال امنيه بشري سلامه وئام وعد وفاق مساء`;

const excluded = new Set([...stopwords, ...NOT_GIVEN_NAMES.split(/\s+/)].map(fold));
const given = new Set();
for (const key of Object.keys(names)) {
  const name = fold(key.trim());
  if (/^[\u0621-\u064A]{3,}$/.test(name) && !name.startsWith('ال') && !excluded.has(name)) given.add(name);
}
const sorted = [...given].sort();
const out = {
  source: 'arabic-name-to-en@1.0.6 (ISC licence), cases/fullnamedb.js: the Arabic-script keys (its romanisations are not used)',
  processing:
    'normalised with normalizeArabic(); kept single words of 3+ letters without the article; removed Arabic stopwords (stopwords-iso@1.1.0, MIT) and a hand-made list of entries that are common words, titles or family names (scripts/data/arabic-names.mjs)',
  count: sorted.length,
  names: sorted,
};
const file = path.join(DATA_DIR, 'arabic-given-names.json');
fs.writeFileSync(file, JSON.stringify(out).replace(/","/g, '",\n"') + '\n');
console.log(`${file}: ${sorted.length} names`);
