import * as assert from 'node:assert/strict';
import { findClaims } from '../../server/src/engine/claims';
import { parseStructure } from '../../server/src/engine/structure';
import type { Claim } from '../../server/src/engine/types';

function claimsOf(text: string, lang: string): Claim[] {
  const claims = findClaims(text, parseStructure(text, lang), lang, []);
  for (const c of claims) assert.equal(text.slice(c.start, c.end), c.text);
  return claims;
}
const brief = (text: string, lang: string) => claimsOf(text, lang).map((c) => `${c.kind}|${c.text}`);
const IND = 'Judul Berita Hari Ini\n';
const FRA = 'Titre de l’article du jour\n';
const ARB = 'عنوان الخبر اليوم هنا\n';

describe('claim cue families: recall', () => {
  it('flags speculation that opens a clause after the source\'s words, not speculation inside them', () => {
    assert.deepEqual(brief(IND + 'Menteri mengatakan jembatan itu rampung bulan ini, diperkirakan menelan biaya Rp 2 triliun.\n', 'ind'), [
      'hedge|diperkirakan menelan biaya Rp 2 triliun',
    ]);
    assert.deepEqual(brief(IND + 'Menurut menteri, jembatan itu diperkirakan rampung bulan ini.\n', 'ind'), []);
    assert.deepEqual(brief(FRA + 'Le maire a annoncé la fermeture du pont, sans doute pour plusieurs semaines.\n', 'fra'), [
      'hedge|sans doute pour plusieurs semaines',
    ]);
    assert.deepEqual(brief(FRA + 'Le maire a annoncé que le pont serait fermé.\n', 'fra'), []);
    assert.deepEqual(brief(ARB + 'وأفاد مصدر مطلع بأن الوزارة ستراجع الخطة، ومن المتوقع أن تصدر قرارها الشهر المقبل.\n', 'arb'), [
      'anonymous-source|أفاد مصدر مطلع',
      'hedge|ومن المتوقع أن تصدر قرارها الشهر المقبل',
    ]);
    const hedge = claimsOf(ARB + 'وقال الوزير إن العمل جار، ومن المتوقع أن ينتهي المشروع العام المقبل.\n', 'arb');
    assert.deepEqual(hedge.map((c) => c.cue?.text), ['من المتوقع']);
    assert.match(hedge[0].message, /find who expects or alleges it/);
  });

  it('flags a source of any role who asked not to be named', () => {
    assert.deepEqual(brief(IND + 'Menurut seorang sopir truk yang enggan disebut namanya, pungutan itu terjadi setiap hari.\n', 'ind'), [
      'anonymous-source|seorang sopir truk yang enggan disebut namanya',
    ]);
    assert.deepEqual(brief(FRA + 'Un chauffeur routier, qui a souhaité garder l’anonymat, décrit des contrôles quotidiens.\n', 'fra'), [
      'anonymous-source|qui a souhaité garder l’anonymat',
    ]);
    assert.deepEqual(brief(ARB + 'وقال سائق شاحنة رفض الكشف عن اسمه إن الرسوم تفرض يوميا.\n', 'arb'), ['anonymous-source|رفض الكشف عن اسمه']);
  });

  it('flags pejorative framing of a public project and of a place left to itself', () => {
    assert.deepEqual(brief(IND + 'Stadion itu hanyalah proyek mercusuar yang menguras uang rakyat.\n', 'ind'), [
      'loaded-language|Stadion itu hanyalah proyek mercusuar yang menguras uang rakyat',
    ]);
    assert.deepEqual(brief(IND + 'Kemajuan itu dibayar mahal oleh nelayan.\n', 'ind'), ['loaded-language|Kemajuan itu dibayar mahal']);
    assert.deepEqual(brief(FRA + 'Les quartiers nord, gangrenés par le trafic, se sentent abandonnés par l’État.\n', 'fra'), [
      'loaded-language|gangrenés par le trafic',
      'loaded-language|se sentent abandonnés par l’État',
    ]);
    assert.deepEqual(brief(ARB + 'ويفتح الاتفاق التاريخي الباب أمام الاستثمار.\n', 'arb'), ['loaded-language|ويفتح الاتفاق التاريخي']);
    assert.deepEqual(brief(ARB + 'وكان القرض طوق نجاة للشركة.\n', 'arb'), ['loaded-language|وكان القرض طوق نجاة']);
    assert.deepEqual(brief(ARB + 'وهاجمت عصابات المستوطنين المزارعين.\n', 'arb'), ['loaded-language|وهاجمت عصابات المستوطنين']);
  });

  it('flags records, firsts, multiplications and comparisons with past years stated as fact, with their own message', () => {
    const cases: [string, string, string][] = [
      [IND + 'Harga beras mencapai rekor tertinggi pekan ini.\n', 'ind', 'rekor tertinggi'],
      [IND + 'Jumlah pengangguran naik dua kali lipat di kota itu.\n', 'ind', 'naik dua kali lipat'],
      [IND + 'Banjir ini adalah yang terparah sejak 1990.\n', 'ind', 'terparah sejak 1990'],
      [IND + 'Jalan itu tidak pernah diperbaiki sejak zaman kolonial.\n', 'ind', 'tidak pernah diperbaiki sejak'],
      [FRA + 'Le festival a attiré un record absolu de spectateurs.\n', 'fra', 'un record absolu'],
      [FRA + 'Le prix du gaz a doublé en un an.\n', 'fra', 'a doublé'],
      [FRA + 'C’est la pire sécheresse depuis des décennies.\n', 'fra', 'la pire sécheresse depuis des décennies'],
      [FRA + 'La digue n’a jamais été entretenue depuis sa construction.\n', 'fra', 'n’a jamais été entretenue depuis'],
      [FRA + 'Une femme dirige le club pour la première fois de son histoire.\n', 'fra', 'la première fois de son histoire'],
      [ARB + 'وسجلت الصادرات رقما قياسيا هذا العام.\n', 'arb', 'رقما قياسيا'],
      [ARB + 'وتضاعف عدد السياح خلال عامين.\n', 'arb', 'تضاعف عدد'],
      [ARB + 'وتمر البلاد بأسوأ أزمة منذ عقود.\n', 'arb', 'أسوأ أزمة منذ عقود'],
      [ARB + 'وهي المرة الأولى في تاريخ النادي التي يفوز فيها باللقب.\n', 'arb', 'المرة الأولى في تاريخ'],
    ];
    for (const [text, lang, cue] of cases) {
      const claims = claimsOf(text, lang);
      assert.deepEqual(claims.map((c) => [c.kind, c.cue?.text]), [['unattributed-claim', cue]], text);
      assert.match(claims[0].message, /compares with the past .*; check it against the historical figures/);
    }
    assert.deepEqual(brief(FRA + 'Selon l’Insee, le prix du gaz a doublé en un an.\n', 'fra'), []);
  });

  it('flags superlatives and claims of primacy stated as fact', () => {
    assert.deepEqual(brief(IND + 'Sawit menjadi sumber pendapatan utama warga desa itu.\n', 'ind'), [
      'unattributed-claim|Sawit menjadi sumber pendapatan utama warga desa itu',
    ]);
    assert.deepEqual(brief(FRA + 'La pêche reste la principale source de revenus de l’île.\n', 'fra'), [
      'unattributed-claim|La pêche reste la principale source de revenus de l’île',
    ]);
    assert.deepEqual(brief(FRA + 'Le Nord est le département où les loyers sont les plus bas de France.\n', 'fra'), [
      'unattributed-claim|Le Nord est le département où les loyers sont les plus bas de France',
    ]);
    assert.deepEqual(brief(ARB + 'ويشكل الصيد مصدر الدخل الرئيسي لسكان الجزيرة.\n', 'arb'), ['unattributed-claim|ويشكل الصيد مصدر الدخل الرئيسي لسكان الجزيرة']);
    assert.deepEqual(brief(ARB + 'ويعد الميناء الأكبر بين موانئ المنطقة.\n', 'arb'), ['unattributed-claim|ويعد الميناء الأكبر بين موانئ المنطقة']);
  });

  it('flags a party\'s conditions stated with no source (Arabic)', () => {
    assert.deepEqual(brief(ARB + 'وتشترط الحكومة دفع المتأخرات قبل تجديد العقد.\n', 'arb'), ['unattributed-claim|وتشترط الحكومة دفع المتأخرات قبل تجديد العقد']);
    assert.deepEqual(brief(ARB + 'وقال الوزير إن الحكومة تشترط دفع المتأخرات.\n', 'arb'), []);
  });

  it('flags a smaller later count presented as the whole set, not a smaller count that may be a part', () => {
    assert.deepEqual(
      brief(FRA + 'D’après la préfecture, 9 000 foyers étaient privés d’eau mardi. La moitié des 5 000 foyers privés d’eau ont été reconnectés.\n', 'fra'),
      ['factual-inconsistency|La moitié des 5 000 foyers privés d’eau ont été reconnectés'],
    );
    assert.deepEqual(brief(FRA + 'D’après la préfecture, 9 000 foyers étaient privés d’eau mardi. Quelque 5 000 foyers ont été reconnectés.\n', 'fra'), []);
    assert.deepEqual(
      brief(IND + 'Banjir merendam 40 desa pada Senin. Bantuan sudah menjangkau seluruh 25 desa yang terendam.\n', 'ind'),
      ['factual-inconsistency|Bantuan sudah menjangkau seluruh 25 desa yang terendam'],
    );
    assert.deepEqual(brief(IND + 'Banjir merendam 40 desa pada Senin. Bantuan sudah menjangkau 25 desa.\n', 'ind'), []);
  });
});
