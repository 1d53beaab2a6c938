import * as assert from 'node:assert/strict';
import { findClaims } from '../../server/src/engine/claims';
import { indonesianVerbForms } from '../../server/src/engine/claims/lexicon';
import { parseStructure } from '../../server/src/engine/structure';
import type { Claim, EntityMention } from '../../server/src/engine/types';

function claimsOf(text: string, lang: string, entities: EntityMention[] = []): Claim[] {
  const claims = findClaims(text, parseStructure(text, lang), lang, entities);
  for (const c of claims) assert.equal(text.slice(c.start, c.end), c.text);
  return claims;
}
const brief = (text: string, lang: string, entities: EntityMention[] = []) => claimsOf(text, lang, entities).map((c) => `${c.kind}|${c.text}`);

/** A place mention of `name` at its first occurrence. */
function place(text: string, name: string, key: string): EntityMention {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, label: 'LOC', entity: key, canonical: name, source: 'pattern', confidence: 1 };
}
const IND = 'Judul Berita Hari Ini\n';
const FRA = 'Titre de l’article du jour\n';
const ARB = 'عنوان الخبر اليوم هنا\n';

describe('claim cue families', () => {
  it('builds the affixed forms of an Indonesian verb root with nasal assimilation', () => {
    const forms = new RegExp(`^(?:${indonesianVerbForms('tindas')})$`);
    for (const w of ['menindas', 'ditindas', 'tertindas', 'penindasan']) assert.match(w, forms);
    assert.doesNotMatch('tindas', forms, 'the bare root is left out');
    const k = new RegExp(`^(?:${indonesianVerbForms('kebiri')})$`);
    assert.match('mengebiri', k);
    assert.match('dikebiri', k);
    assert.match('menyengsarakan', new RegExp(`^(?:${indonesianVerbForms('sengsara')})$`));
    assert.match('mengkhianati', new RegExp(`^(?:${indonesianVerbForms('khianati')})$`));
  });

  it('flags emotive metaphors and pejoratives in the writer\'s voice, with their morphology', () => {
    assert.deepEqual(
      brief(
        IND +
          'Kenaikan tarif parkir itu mencekik pedagang kecil. Kasus suap itu menjadi noda hitam yang mencoreng wajah parlemen. ' +
          'Ironisnya, anggaran rapat justru naik. Aturan itu mengebiri kewenangan daerah, kata Ketua DPRD. Polisi menangkap pria yang mencekik korban.\n',
        'ind',
      ),
      [
        'loaded-language|Kenaikan tarif parkir itu mencekik',
        'loaded-language|Kasus suap itu menjadi noda hitam yang mencoreng',
        'loaded-language|Ironisnya, anggaran rapat justru naik',
      ],
    );
    assert.deepEqual(
      brief(
        FRA +
          'Ce budget assassin va saigner à blanc les communes. La refonte du portail a tourné au fiasco. Le conseil a voté des indemnités scandaleuses. ' +
          'Malheureusement, les pourparlers ont échoué. Le syndicat a dénoncé un accord scandaleux. Un assassin présumé a été interpellé samedi.\n',
        'fra',
      ),
      [
        'loaded-language|Ce budget assassin va saigner à blanc',
        'loaded-language|La refonte du portail a tourné au fiasco',
        'loaded-language|Le conseil a voté des indemnités scandaleuses',
        'loaded-language|Malheureusement, les pourparlers ont échoué',
        'hedge|Un assassin présumé a été interpellé samedi',
      ],
    );
    assert.deepEqual(
      brief(
        ARB +
          'وجرت الانتخابات الصورية وسط مقاطعة واسعة. ووصفت المعارضة الاقتراع بأنه مهزلة. وتحولت جلسة المجلس إلى المهزلة. ' +
          'وللأسف لم تصل المساعدات إلى القرى. ويخنق الحصار الأسواق منذ أشهر.\n',
        'arb',
      ),
      [
        'loaded-language|وجرت الانتخابات الصورية',
        'loaded-language|وتحولت جلسة المجلس إلى المهزلة',
        'loaded-language|وللأسف لم تصل المساعدات إلى القرى',
        'loaded-language|ويخنق الحصار الأسواق منذ أشهر',
      ],
    );
  });

  it('does not read "according to the plan / the law" as a source', () => {
    assert.deepEqual(brief(IND + 'Menurut jadwal, proyek mangkrak itu menjadi bom waktu bagi daerah.\n', 'ind'), ['loaded-language|proyek mangkrak itu menjadi bom waktu']);
    assert.deepEqual(brief(FRA + 'Selon le calendrier prévu, ce psychodrame durera encore un mois.\n', 'fra'), ['loaded-language|ce psychodrame']);
    assert.deepEqual(brief(ARB + 'وجرت الانتخابات وفق الدستور في أجواء من التخبط.\n', 'arb'), ['loaded-language|وجرت الانتخابات وفق الدستور في أجواء من التخبط']);
    assert.deepEqual(brief(ARB + 'وجرت الانتخابات في أجواء من التخبط حسب المراقب الدولي.\n', 'arb'), []);
  });

  it('flags the writer asserting what is "in fact" true or proven', () => {
    assert.deepEqual(brief(IND + 'Faktanya, program itu gagal menurunkan angka stunting.\n', 'ind'), ['unattributed-claim|Faktanya, program itu gagal menurunkan angka stunting']);
    assert.deepEqual(brief(FRA + 'Le dispositif s’est révélé un échec coûteux.\n', 'fra'), ['unattributed-claim|Le dispositif s’est révélé un échec coûteux']);
    assert.deepEqual(brief(ARB + 'والحقيقة أن الخطة لم تحقق أهدافها.\n', 'arb'), ['unattributed-claim|والحقيقة أن الخطة لم تحقق أهدافها']);
  });

  it('flags a judgement of a decision stated as fact', () => {
    assert.deepEqual(brief(IND + 'Pemindahan kantor itu merupakan keputusan yang keliru.\n', 'ind'), ['loaded-language|Pemindahan kantor itu merupakan keputusan yang keliru']);
    assert.deepEqual(brief(FRA + 'Le gel des loyers était une mesure judicieuse.\n', 'fra'), ['loaded-language|Le gel des loyers était une mesure judicieuse']);
    assert.deepEqual(brief(ARB + 'وكان تأجيل الامتحانات قرارا حكيما.\n', 'arb'), ['loaded-language|وكان تأجيل الامتحانات قرارا حكيما']);
  });

  it('flags scare quotes around a loaded label, not names, introduced terms or quoted speech', () => {
    assert.deepEqual(
      brief(
        IND +
          'Dana hibah itu mengalir ke sejumlah proyek "siluman" di daerah. Program bertajuk "desa siluman" diluncurkan pekan lalu. ' +
          'Gubernur menyebut proyek itu "siluman", kata ajudannya. Warga memasang spanduk "Tolak Tambang".\n',
        'ind',
      ),
      ['loaded-language|Dana hibah itu mengalir ke sejumlah proyek "siluman"'],
    );
    assert.deepEqual(
      brief(
        FRA +
          'La mairie a longtemps minimisé ce « scandale » sanitaire. Le projet, surnommé « la taxe scandale », a été adopté. ' +
          'Les riverains dénoncent une « trahison », a déclaré leur porte-parole. Le texte instaure un « bouclier tarifaire » pour les ménages.\n',
        'fra',
      ),
      ['loaded-language|La mairie a longtemps minimisé ce « scandale »'],
    );
    assert.deepEqual(
      brief(ARB + 'وتحدثت الصحيفة عن «مسرحية هزلية» داخل البرلمان. وأطلقت الوزارة حملة بعنوان «مؤامرة الصمت». ونشرت «النهار» تقريرا عن الأزمة. وقال النائب إن ما جرى «مهزلة».\n', 'arb'),
      ['loaded-language|وتحدثت الصحيفة عن «مسرحية هزلية»'],
    );
  });

  it('flags an unsourced explanation of an outcome, not a plain cause or a sourced one', () => {
    assert.deepEqual(
      brief(IND + 'Kemenangan partai itu disebabkan oleh popularitas sang ketua umum. Jalan itu ditutup karena banjir. Gol kemenangan dicetak karena kesalahan kiper. Kenaikan harga gula terjadi karena gagal panen, menurut Kepala Bulog.\n', 'ind'),
      ['unattributed-claim|Kemenangan partai itu disebabkan oleh popularitas sang ketua umum'],
    );
    assert.deepEqual(
      brief(FRA + 'La victoire du maire sortant s’explique par la mobilisation des retraités. La route est fermée en raison de travaux. La hausse des prix est due à la sécheresse, selon l’Insee.\n', 'fra'),
      ['unattributed-claim|La victoire du maire sortant s’explique par la mobilisation des retraités'],
    );
    const [c] = claimsOf(ARB + 'ويعود فوز الحزب في الانتخابات إلى دعم الشباب. وأغلقت الطريق بسبب الأمطار. ويعود ارتفاع الأسعار إلى تراجع العملة بحسب البنك المركزي.\n', 'arb');
    assert.deepEqual([c.kind, c.text], ['unattributed-claim', 'ويعود فوز الحزب في الانتخابات إلى دعم الشباب']);
    assert.match(c.message, /^Unsourced explanation: 'يعود فوز الحزب في الانتخابات إلى' gives the cause of an outcome with no source/);
  });

  it('flags a forecast of an effect stated as certain, not a scheduled event, a plan, a description or a named source\'s forecast', () => {
    assert.deepEqual(
      brief(IND + 'Program ini akan meningkatkan kesejahteraan petani. Rapat akan digelar pada Senin. Pemerintah akan meningkatkan anggaran sekolah. Bupati membawa usulan yang akan memperkuat koperasi. Menteri mengatakan program ini akan meningkatkan ekspor.\n', 'ind'),
      ['unattributed-claim|Program ini akan meningkatkan kesejahteraan petani'],
    );
    assert.deepEqual(
      brief(
        FRA + 'Cette réforme créera des milliers d’emplois. Le nouveau pont permettra de relier les deux rives. Le conseil se réunira lundi. Ce plan va relancer l’économie, a affirmé le ministre.\n',
        'fra',
      ),
      ['unattributed-claim|Cette réforme créera des milliers d’emplois'],
    );
    const [c] = claimsOf(ARB + 'وسيؤدي المشروع إلى خلق آلاف فرص العمل. وسيعقد المجلس اجتماعه يوم الأحد. وقال الوزير إن المشروع سيؤدي إلى خفض الأسعار.\n', 'arb');
    assert.deepEqual([c.kind, c.text, c.cue?.text], ['unattributed-claim', 'وسيؤدي المشروع إلى خلق آلاف فرص العمل', 'سيؤدي']);
    assert.equal(c.message, "Forecast stated as certain: 'سيؤدي' predicts an outcome with no source; attribute the forecast or report it as expected, not certain.");
  });

  it('flags a count larger than an earlier count of the same thing allows, in digits or words, anywhere in the article', () => {
    const [c] = claimsOf(
      IND + 'Banjir memaksa 4.100 warga mengungsi ke balai desa pada Selasa. Petugas mencatat lebih dari 7.000 warga mengungsi di tenda darurat. Sebanyak 3 rumah rusak berat.\n',
      'ind',
    );
    assert.deepEqual([c.kind, c.text, c.cue?.text], ['factual-inconsistency', 'Petugas mencatat lebih dari 7.000 warga mengungsi di tenda darurat', '7.000 warga']);
    assert.equal(c.message, "Count mismatch: '7.000 warga' here, but earlier the article gives '4.100 warga'; check which figure is right.");
    assert.deepEqual(
      brief(FRA + 'Les crues ont contraint 1 200 habitants à quitter leur logement. Au total, 300 habitants ont été relogés. Près de 2 500 habitants ont dû être évacués.\n', 'fra'),
      ['factual-inconsistency|Près de 2 500 habitants ont dû être évacués'],
    );
    assert.deepEqual(
      brief(ARB + 'أسفر الزلزال عن مقتل ٢٥٠ شخصا في القرى الجبلية. ودفن الأهالي أكثر من خمسة آلاف شخص في مقابر جماعية.\n', 'arb'),
      ['factual-inconsistency|ودفن الأهالي أكثر من خمسة آلاف شخص في مقابر جماعية'],
    );
  });

  it('leaves counts alone when they are consistent, approximate, smaller (a part), an update, located elsewhere or of another subject', () => {
    const ind =
      IND +
      'Sekitar 5.000 warga terdampak banjir. Petugas mendata 5.120 warga di posko. Kini jumlah pengungsi bertambah menjadi 9.000 warga. ' +
      'Bantuan belum sampai ke 8.000 warga di Kecamatan Toroh. Tiga dari sembilan desa masih terendam. Air merendam 4 desa. ' +
      'Sebanyak 300 petugas dikerahkan. Sekitar 30 petugas berjaga di pintu masuk.\n';
    assert.deepEqual(brief(ind, 'ind', [place(ind, 'Kecamatan Toroh', 'toroh')]), []);
    assert.deepEqual(brief(ind, 'ind'), ['factual-inconsistency|Bantuan belum sampai ke 8.000 warga di Kecamatan Toroh'], 'without the place it is a contradiction');
    assert.deepEqual(brief(FRA + 'Plus de 400 pompiers sont mobilisés. Quelque 450 pompiers luttent contre les flammes. Parmi eux, 30 pompiers ont été blessés.\n', 'fra'), []);
    assert.deepEqual(brief(ARB + 'تضرر نحو 300 منزل في المنطقة. وبلغ عدد المنازل المتضررة 420 منزلا حتى الآن.\n', 'arb'), []);
    // Different named subjects: each party's seats.
    const seats: [string, string, string, string][] = [
      ['ind', IND + 'Partai Hijau meraih 80 kursi. Partai Biru meraih 110 kursi.\n', 'Partai Hijau', 'Partai Biru'],
      ['fra', FRA + 'Le Parti vert obtient 88 sièges. Le Parti bleu obtient 131 sièges.\n', 'Parti vert', 'Parti bleu'],
      ['arb', ARB + 'وحصل حزب الأمل على 52 مقعدا. وحصل حزب النور على 86 مقعدا.\n', 'حزب الأمل', 'حزب النور'],
    ];
    for (const [lang, text, a, b] of seats) {
      assert.deepEqual(brief(text, lang, [place(text, a, 'a'), place(text, b, 'b')]), [], lang);
      assert.equal(brief(text, lang).length, 1, `${lang}: without the names the two counts disagree`);
    }
  });

  it('flags a headline whose state the body negates, unless the body later confirms it', () => {
    const fr = claimsOf('Le feu de Gardanne est éteint\nL’incendie a parcouru 300 hectares. Le feu n’est pas encore éteint, selon les pompiers.\n', 'fra');
    assert.deepEqual(
      fr.map((c) => [c.kind, c.text, c.cue?.text]),
      [['headline-mismatch', 'Le feu de Gardanne est éteint', 'n’est pas encore éteint']],
    );
    assert.equal(fr[0].message, "Headline says 'éteint' but the body says 'n’est pas encore éteint'; check the headline against the body.");
    assert.deepEqual(brief('Le feu de Gardanne est éteint\nLes flammes ont disparu. La polémique sur les moyens n’est pas éteinte pour autant.\n', 'fra'), [], 'another topic');
    assert.deepEqual(brief('Le feu de Gardanne est maîtrisé\nLe feu n’était pas encore fixé mardi soir. Mercredi, il est désormais maîtrisé.\n', 'fra'), []);
    assert.deepEqual(brief('RUU Penyiaran Resmi Disahkan DPR\nRapat paripurna pada Kamis belum mengesahkan RUU Penyiaran karena fraksi menolak.\n', 'ind'), [
      'headline-mismatch|RUU Penyiaran Resmi Disahkan DPR',
    ]);
    assert.deepEqual(brief('السيطرة على حريق غابات في الشمال\nلم تتمكن فرق الإطفاء من السيطرة على الحريق حتى مساء الأحد.\n', 'arb'), [
      'headline-mismatch|السيطرة على حريق غابات في الشمال',
    ]);
    assert.deepEqual(brief('Api Belum Padam di Hutan Riau\nPetugas belum memadamkan api di dua titik.\n', 'ind'), [], 'a negated headline is not contradicted by the same negation');
  });
});
