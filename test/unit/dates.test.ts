import * as assert from 'node:assert/strict';
import { findDates } from '../../server/src/engine/dates';
import { inferYear } from '../../server/src/engine/dates/resolve';
import type { ArticleStructure, Boilerplate, TextSpan } from '../../server/src/engine/types';

const TODAY = new Date(2026, 10, 23);

function structure(boilerplate: Boilerplate[] = [], dateline: TextSpan | null = null): ArticleStructure {
  return { blocks: [], headline: null, lead: null, quotes: [], dateline, boilerplate };
}

/** [span text, value] of every date found; also checks each span against the text. */
function found(text: string, lang: string, reference?: string): [string, string | null][] {
  const { dates } = findDates(text, structure(), lang, reference, TODAY);
  for (const d of dates) assert.equal(text.slice(d.start, d.end), d.text);
  return dates.map((d) => [d.text, d.value]);
}

describe('dates: Indonesian', () => {
  const REF = '2025-01-14'; // a Tuesday
  it('keeps "mendatang" and resolves a day and month forward', () => {
    assert.deepEqual(found('Pertemuan yang dijadwalkan pada 17 Januari mendatang menjadi sorotan.', 'ind', REF), [['17 Januari mendatang', '2025-01-17']]);
  });
  it('makes "Senin (13/1)" one mention with exact offsets', () => {
    const text = 'sebagaimana diumumkan oleh Kremlin pada Senin (13/1).';
    const { dates } = findDates(text, structure(), 'ind', REF, TODAY);
    assert.equal(dates.length, 1);
    assert.deepEqual([dates[0].start, dates[0].end, dates[0].text, dates[0].value], [40, 52, 'Senin (13/1)', '2025-01-13']);
  });
  it('includes "pada hari" and resolves a bare weekday to the last one on or before the reference', () => {
    assert.deepEqual(found('bertemu dengan Putin pada hari Selasa selama kunjungan', 'ind', REF), [['pada hari Selasa', '2025-01-14']]);
    assert.deepEqual(found('Mereka bertemu pada hari Jumat.', 'ind', REF), [['pada hari Jumat', '2025-01-10']]);
  });
  it('reads a bare weekday as coming after a future cue in the same sentence', () => {
    assert.deepEqual(found('Putin bertemu pada Senin. Pezeshkian dijadwalkan tiba pada Jumat.', 'ind', REF), [
      ['Senin', '2025-01-13'],
      ['Jumat', '2025-01-17'],
    ]);
  });
  it('forces the past with "lalu", the current month included', () => {
    assert.deepEqual(found('sejak penggulingan Assad, Desember lalu.', 'ind', REF), [['Desember lalu', '2024-12']]);
    assert.deepEqual(found('Harga naik sejak Januari lalu.', 'ind', REF), [['Januari lalu', '2024-01']]);
    assert.deepEqual(found('Ia datang Mei tahun lalu.', 'ind', REF), [['Mei tahun lalu', '2024-05']]);
  });
  it('leaves the clock time out of "Kamis (16/1) pukul 10.00 WIB"', () => {
    assert.deepEqual(found('Rapat digelar Kamis (16/1) pukul 10.00 WIB.', 'ind', REF), [['Kamis (16/1)', '2025-01-16']]);
  });
  it('resolves deictic expressions against the reference', () => {
    assert.deepEqual(found('Ia tiba kemarin, tiga pekan setelah 3 hari lalu? Tidak, tahun lalu.', 'ind', REF), [
      ['kemarin', '2025-01-13'],
      ['3 hari lalu', '2025-01-11'],
      ['tahun lalu', '2024'],
    ]);
    assert.deepEqual(found('Rapat itu digelar Rabu pekan lalu.', 'ind', REF), [['Rabu pekan lalu', '2025-01-08']]);
  });
  it('finds years introduced by a preposition or "tahun", and early/late parts of months', () => {
    assert.deepEqual(found('Konflik berlangsung sejak tahun 2011 dan pada 2025 mereda.', 'ind', REF), [
      ['tahun 2011', '2011'],
      ['2025', '2025'],
    ]);
    assert.deepEqual(found('Dibuka awal Januari 2025 dan ditutup akhir Desember.', 'ind', REF), [
      ['awal Januari 2025', '2025-01'],
      ['akhir Desember', '2024-12'],
    ]);
  });
  it('takes a year without a cue word only at the end of a clause, never after a quantity word', () => {
    assert.deepEqual(found('Jelang Piala Dunia 2026, anggaran naik lebih dari 2000. Rp 2025. Ada 2024 peserta.', 'ind', REF), [['2026', '2026']]);
  });
  it('excludes durations, vague times, counts, fractions and clock times', () => {
    assert.deepEqual(found('perang saudara yang berlangsung hampir 14 tahun', 'ind', REF), []);
    assert.deepEqual(found('Saat ini 14 orang tewas; sekarang Rp 1/2 juta, pukul 19.00 WIB, skor 2-1, 14.000 warga.', 'ind', REF), []);
    assert.deepEqual(found('Ia berdiri di depan gedung, lalu pergi selama satu minggu.', 'ind', REF), []);
    assert.deepEqual(found('Antre selama 1/2 jam, hingga 3/4 warga, lalu pada 13/1 pulang.', 'ind', REF), [['13/1', '2025-01-13']]);
  });
  it('resolves "tahun ini" and "lusa", and leaves decades out', () => {
    assert.deepEqual(found('Target tahun ini naik, rapat lusa, seperti pada tahun 1990-an.', 'ind', REF), [
      ['tahun ini', '2025'],
      ['lusa', '2025-01-16'],
    ]);
  });
  it('needs a cue before the ambiguous "Mei"', () => {
    assert.deepEqual(found('Kakak Mei datang; pemilu digelar pada Mei.', 'ind', REF), [['Mei', '2025-05']]);
  });
  it('accepts "Minggu" as Sunday only with a date', () => {
    assert.deepEqual(found('Pada Minggu (12/1) dan dalam satu Minggu ini.', 'ind', REF), [['Minggu (12/1)', '2025-01-12']]);
  });
});

describe('dates: French', () => {
  const REF = '2025-01-14';
  it('resolves an absolute date without a reference', () => {
    const { dates } = findDates('Le sommet du 17 janvier 2025 à Moscou.', structure(), 'fra', undefined, TODAY);
    assert.deepEqual(dates.map((d) => [d.text, d.value, d.relative, d.reference]), [['17 janvier 2025', '2025-01-17', false, null]]);
  });
  it('handles "dernier" and "prochain" after weekdays and months', () => {
    assert.deepEqual(found('Il est arrivé mardi dernier et repartira mardi prochain.', 'fra', REF), [
      ['mardi dernier', '2025-01-07'],
      ['mardi prochain', '2025-01-21'],
    ]);
    assert.deepEqual(found('Depuis mai dernier, rien.', 'fra', REF), [['mai dernier', '2024-05']]);
  });
  it('resolves a day and month to the closest year', () => {
    assert.deepEqual(found('Il a été reçu le 14 décembre au Kremlin.', 'fra', REF), [['14 décembre', '2024-12-14']]);
  });
  it('resolves "hier" and "il y a 3 jours"', () => {
    assert.deepEqual(found('Il a déclaré hier que la visite, annoncée il y a 3 jours, aura lieu.', 'fra', REF), [
      ['hier', '2025-01-13'],
      ['il y a 3 jours', '2025-01-11'],
    ]);
  });
  it('covers "fin", "mi-" and "début" with months', () => {
    assert.deepEqual(found('Prévu fin décembre, reporté à la mi-janvier puis à début mars 2024.', 'fra', REF), [
      ['fin décembre', '2024-12'],
      ['mi-janvier', '2025-01'],
      ['début mars 2024', '2024-03'],
    ]);
  });
  it('needs a cue before the ambiguous "mars" and "mai"', () => {
    assert.deepEqual(found('La planète Mars brille; la sonde partira en mars.', 'fra', REF), [['mars', '2025-03']]);
  });
  it('merges a weekday with its date and finds years after "en"', () => {
    assert.deepEqual(found('Lundi 13 janvier, la Syrie a signé, comme en 2024.', 'fra', REF), [
      ['Lundi 13 janvier', '2025-01-13'],
      ['2024', '2024'],
    ]);
  });
  it('resolves "l\'an dernier" and "cette année", but not the event-relative "la veille"', () => {
    assert.deepEqual(found("Depuis l'an dernier et cette année encore, comme la veille du sommet.", 'fra', REF), [
      ["l'an dernier", '2024'],
      ['cette année', '2025'],
    ]);
  });
  it('excludes durations, vague times and counts', () => {
    assert.deepEqual(found('La Russie est présente depuis 10 ans et partira bientôt; plus de 2000 personnes le dernier jour.', 'fra', REF), []);
  });
});

describe('dates: Arabic', () => {
  const REF = '2025-01-14';
  it('resolves "يوم الثلاثاء" to the reference Tuesday', () => {
    assert.deepEqual(found('التقى بوتين يوم الثلاثاء في الكرملين', 'arb', REF), [['يوم الثلاثاء', '2025-01-14']]);
  });
  it('forces the past with "الماضي" on Levantine month names', () => {
    assert.deepEqual(found('منذ سقوط النظام في كانون الثاني الماضي', 'arb', REF), [['كانون الثاني الماضي', '2024-01']]);
  });
  it('resolves Levantine and Maghreb month names with a year', () => {
    assert.deepEqual(found('وقعت الاتفاقية في 12 آب 2025 ثم في 12 جانفي 2025', 'arb', REF), [
      ['12 آب 2025', '2025-08-12'],
      ['12 جانفي 2025', '2025-01-12'],
    ]);
  });
  it('reads Arabic-Indic digits', () => {
    assert.deepEqual(found('في ١٢ آب ٢٠٢٥', 'arb', REF), [['١٢ آب ٢٠٢٥', '2025-08-12']]);
  });
  it('resolves "أمس" and "الأسبوع الماضي"', () => {
    assert.deepEqual(found('أعلن أمس عن زيارة جرت الأسبوع الماضي', 'arb', REF), [
      ['أمس', '2025-01-13'],
      ['الأسبوع الماضي', '2025-01-07'],
    ]);
  });
  it('keeps "أواخر" and "الماضي" around a month name', () => {
    assert.deepEqual(found('سقط الأسد أواخر نوفمبر الماضي', 'arb', REF), [['أواخر نوفمبر الماضي', '2024-11']]);
  });
  it('excludes an attached proclitic and the verb "مارس"', () => {
    assert.deepEqual(found('مارس الضغط وفي يناير الماضي عاد', 'arb', REF), [['يناير الماضي', '2024-01']]);
  });
  it('merges a weekday with its date and resolves "المقبل"', () => {
    assert.deepEqual(found('الاثنين 13 يناير ثم الخميس المقبل', 'arb', REF), [
      ['الاثنين 13 يناير', '2025-01-13'],
      ['الخميس المقبل', '2025-01-16'],
    ]);
  });
  it('merges a month glossed in parentheses and keeps day parts with ambiguous weekdays', () => {
    assert.deepEqual(found('في 14 يناير (كانون الثاني) ثم مساء الأحد وبعد صلاة الجمعة', 'arb', REF), [
      ['14 يناير (كانون الثاني)', '2025-01-14'],
      ['مساء الأحد', '2025-01-12'],
    ]);
  });
  it('resolves "العام الجاري" and "أول أمس" but not "الأمين العام"', () => {
    assert.deepEqual(found('قال الأمين العام أول أمس إن العام الجاري حاسم', 'arb', REF), [
      ['أول أمس', '2025-01-12'],
      ['العام الجاري', '2025'],
    ]);
  });
  it('reads day ordinals written as words', () => {
    assert.deepEqual(found('سقط النظام في الثامن من ديسمبر الماضي', 'arb', REF), [['الثامن من ديسمبر الماضي', '2024-12-08']]);
    assert.deepEqual(found('وفي الحادي والعشرين من شهر آذار 2024', 'arb', REF), [['الحادي والعشرين من شهر آذار 2024', '2024-03-21']]);
  });
  it('finds "عام 2024" and excludes decades', () => {
    assert.deepEqual(found('علاقات تمتد منذ أكثر من ثمانية عقود، وفي عام 2024 تعززت', 'arb', REF), [['عام 2024', '2024']]);
  });
});

describe('dates: times of day', () => {
  it('takes no time so many hours or minutes ago for a date, in each language', () => {
    const REF = '2026-01-14';
    assert.deepEqual(found('Diperbarui 3 jam lalu, banjir surut 2 hari lalu.', 'ind', REF), [['2 hari lalu', '2026-01-12']]);
    assert.deepEqual(found("L'incendie a été maîtrisé il y a 2 heures, trois jours après son départ hier.", 'fra', REF), [['hier', '2026-01-13']]);
    assert.deepEqual(found('وقع الانفجار منذ 3 ساعات، بعد اجتماع أمس.', 'arb', REF), [['أمس', '2026-01-13']]);
  });
});

describe('dates: reference date', () => {
  it('leaves relative dates unresolved without a reference', () => {
    const text = 'Menteri bertemu Putin pada hari Selasa, sejak penggulingan Assad, Desember lalu.';
    const r = findDates(text, structure(), 'ind', undefined, TODAY);
    assert.equal(r.referenceDate, null);
    assert.deepEqual(r.dates.map((d) => [d.text, d.value, d.relative, d.reference]), [
      ['pada hari Selasa', null, true, null],
      ['Desember lalu', null, true, null],
    ]);
  });
  it('infers the year of "Senin (13/1)" as the latest year, not after today, where 13 January is a Monday', () => {
    const text = 'Pertemuan pada 17 Januari mendatang diumumkan oleh Kremlin pada Senin (13/1).';
    const r = findDates(text, structure(), 'ind', undefined, TODAY);
    assert.equal(r.referenceDate, '2025-01-13');
    assert.deepEqual(r.dates.map((d) => [d.text, d.value, d.reference]), [
      ['17 Januari mendatang', '2025-01-17', '2025-01-13'],
      ['Senin (13/1)', '2025-01-13', '2025-01-13'],
    ]);
    assert.equal(inferYear(1, 13, 1, { year: 2026, month: 11, day: 23 }), 2025);
    assert.equal(inferYear(1, 13, 1, { year: 2025, month: 1, day: 12 }), 2020);
  });
  it('takes an explicit full date in the first lines, and the dateline first', () => {
    const text = 'MOSKOW, 14 Januari 2025 - Putin menerima tamu pada hari Senin.';
    assert.equal(findDates(text, structure(), 'ind', undefined, TODAY).dates[1].value, '2025-01-13');
    const withDateline = 'Terbit 2 Februari 2025\nMOSKOW, 14 Januari 2025 - Putin menerima tamu kemarin.';
    const r = findDates(withDateline, structure([], { start: 23, end: 47, text: withDateline.slice(23, 47) }), 'ind', undefined, TODAY);
    assert.equal(r.referenceDate, '2025-01-14');
    assert.equal(r.dates.find((d) => d.text === 'kemarin')?.value, '2025-01-13');
  });
  it('does not take a historical full date inside a lead paragraph as the reference', () => {
    const text =
      'Le 8 décembre 2024, Bachar al-Assad a fui la Syrie après treize ans de guerre civile et des mois de combats dans le nord du pays, mardi dernier encore.';
    const r = findDates(text, structure(), 'fra', undefined, TODAY);
    assert.equal(r.referenceDate, null);
    assert.deepEqual(r.dates.map((d) => [d.text, d.value]), [
      ['8 décembre 2024', '2024-12-08'],
      ['mardi dernier', null],
    ]);
  });
  it('takes a weekday with a full date anywhere as the news peg', () => {
    const text = 'Judul\n\nParagraf pertama tanpa tanggal.\n\nPresiden tiba di Moskow pada Selasa (14/1/2025) dan kembali kemarin.';
    const r = findDates(text, structure(), 'ind', undefined, TODAY);
    assert.equal(r.referenceDate, '2025-01-14');
    assert.equal(r.dates.find((d) => d.text === 'kemarin')?.value, '2025-01-13');
  });
  it('falls back to the given reference date when the article has none', () => {
    const r = findDates('Il est arrivé hier.', structure(), 'fra', '2025-03-01', TODAY);
    assert.equal(r.referenceDate, '2025-03-01');
    assert.equal(r.dates[0].value, '2025-02-28');
  });
});

describe('dates: problems and boilerplate', () => {
  it('flags a weekday that contradicts its date', () => {
    const { dates } = findDates('Rapat digelar Senin (14/1/2025) di Jakarta.', structure(), 'ind', undefined, TODAY);
    assert.equal(dates.length, 1);
    assert.equal(dates[0].text, 'Senin (14/1/2025)');
    assert.equal(dates[0].value, '2025-01-14');
    assert.equal(dates[0].problem, 'weekday mismatch: "Senin" (Monday) but 2025-01-14 is a Tuesday');
  });
  it('flags a contradiction against the reference year', () => {
    const { dates } = findDates('Ia tiba Senin (13/1) dan pulang Senin (15/1).', structure(), 'ind', undefined, TODAY);
    assert.deepEqual(dates.map((d) => [d.text, d.value, d.problem ?? null]), [
      ['Senin (13/1)', '2025-01-13', null],
      ['Senin (15/1)', '2025-01-15', 'weekday mismatch: "Senin" (Monday) but 2025-01-15 is a Wednesday'],
    ]);
  });
  it('flags impossible dates', () => {
    const { dates } = findDates('Dijadwalkan pada 31/2/2025 atau 31 Juni.', structure(), 'ind', undefined, TODAY);
    assert.deepEqual(dates.map((d) => [d.text, d.value, d.problem]), [
      ['31/2/2025', null, 'impossible date: 31/2/2025 does not exist'],
      ['31 Juni', null, 'impossible date: 31 Juni does not exist'],
    ]);
    const fr = findDates('le 30 février 2024', structure(), 'fra', undefined, TODAY).dates;
    assert.deepEqual(fr.map((d) => [d.text, d.value, d.problem]), [['30 février 2024', null, 'impossible date: 30 février 2024 does not exist']]);
  });
  it('skips dates inside page furniture but still takes the reference date from it', () => {
    const text = 'Diterbitkan 14 Januari 2025\nPutin bertemu pada hari Selasa.';
    const r = findDates(text, structure([{ start: 0, end: 27, text: text.slice(0, 27), reason: 'share widget' }]), 'ind', undefined, TODAY);
    assert.equal(r.referenceDate, '2025-01-14');
    assert.deepEqual(r.dates.map((d) => [d.text, d.value]), [['pada hari Selasa', '2025-01-14']]);
  });
  it('keeps dates inside bylines and read-also headlines', () => {
    const text = 'Publié le 14 janvier 2025\nLe texte a été voté mardi.\nLire aussi : Budget 2026 : le Sénat adopte la loi en mars 2025';
    const bylineEnd = text.indexOf('\n');
    const readAlso = text.lastIndexOf('Lire');
    const boilerplate = [
      { start: 0, end: bylineEnd, text: text.slice(0, bylineEnd), reason: 'byline' },
      { start: readAlso, end: text.length, text: text.slice(readAlso), reason: 'page notice' },
    ];
    const r = findDates(text, structure(boilerplate), 'fra', undefined, TODAY);
    assert.deepEqual(r.dates.map((d) => [d.text, d.value]), [
      ['14 janvier 2025', '2025-01-14'],
      ['mardi', '2025-01-14'],
      ['2026', '2026'],
      ['mars 2025', '2025-03'],
    ]);
  });
});

describe('dates: other languages through chrono', () => {
  it('parses English and German dates', () => {
    // The explicit date in the first line becomes the reference for "last week".
    assert.deepEqual(found('The talks on January 17, 2025 follow those of last week.', 'eng', '2025-01-14'), [
      ['January 17, 2025', '2025-01-17'],
      ['last week', '2025-01-10'],
    ]);
    assert.deepEqual(found('They met 3 days ago.', 'eng', '2025-01-14'), [['3 days ago', '2025-01-11']]);
    assert.deepEqual(found('You may march on Monday, with 1/2 of them, 24/7, since 2011.', 'eng', '2025-01-14'), [
      ['on Monday', '2025-01-13'],
      ['2011', '2011'],
    ]);
    assert.deepEqual(found('Das Treffen am 17. Januar 2025 in Moskau.', 'deu'), [['am 17. Januar 2025', '2025-01-17']]);
  });
});

describe('dates: the article\'s own day', () => {
  it('takes "today is <weekday>" as the reference weekday, shifting an anniversary\'s event date onto it', () => {
    const arb =
      'الرباط - (وكالات):\nتحل اليوم الخميس الذكرى الثالثة للفيضانات التي ضربت المدينة يوم الأحد 12 مارس 2023، وعاد السكان أمس الأربعاء إلى الساحة.';
    const r = findDates(arb, structure(), 'arb', undefined, TODAY);
    assert.equal(r.referenceDate, '2026-03-12');
    assert.deepEqual(r.dates.map((d) => [d.text, d.value]), [
      ['اليوم الخميس', '2026-03-12'],
      ['يوم الأحد 12 مارس 2023', '2023-03-12'],
      ['أمس الأربعاء', '2026-03-11'],
    ]);
    const fra = "Aujourd'hui mercredi, la ville marque le deuxième anniversaire de l'incendie du dimanche 4 juin 2023 par une cérémonie.";
    assert.equal(findDates(fra, structure(), 'fra', undefined, TODAY).referenceDate, '2025-06-04');
    const ind = 'Hari ini, Jumat, warga menggelar peringatan satu tahun banjir bandang yang terjadi pada Rabu (7/2/2024).';
    const ri = findDates(ind, structure(), 'ind', undefined, TODAY);
    assert.equal(ri.referenceDate, '2025-02-07');
    assert.deepEqual(ri.dates[0], { start: 0, end: 15, text: 'Hari ini, Jumat', value: '2025-02-07', reference: '2025-02-07', relative: true });
  });
  it('does not take a date of the text on another weekday than the stated one as the reference', () => {
    const r = findDates("Aujourd'hui lundi, le procès s'ouvre. Les faits remontent au dimanche 4 juin 2023.", structure(), 'fra', undefined, TODAY);
    assert.equal(r.referenceDate, null);
    assert.deepEqual(r.dates.map((d) => [d.text, d.value]), [
      ["Aujourd'hui lundi", null],
      ['dimanche 4 juin 2023', '2023-06-04'],
    ]);
  });
  it('keeps a publication date although "ce <weekday>" names an earlier day of its week', () => {
    const text = 'Publié le mercredi 5 mars 2025\nLe ministre a annoncé ce lundi un plan, présenté hier en conseil.';
    const r = findDates(text, structure(), 'fra', undefined, TODAY);
    assert.equal(r.referenceDate, '2025-03-05');
    assert.deepEqual(r.dates.map((d) => [d.text, d.value]).slice(1), [
      ['ce lundi', '2025-03-03'],
      ['hier', '2025-03-04'],
    ]);
  });
  it('joins yesterday/tomorrow with the weekday that names it', () => {
    assert.deepEqual(found('زار الوزير القصر أمس الاثنين.', 'arb', '2025-02-04'), [['أمس الاثنين', '2025-02-03']]);
    assert.deepEqual(found('Le président parlera demain mardi, après avoir reçu hier dimanche le ministre.', 'fra', '2025-02-03'), [
      ['demain mardi', '2025-02-04'],
      ['hier dimanche', '2025-02-02'],
    ]);
    assert.deepEqual(found('Rapat digelar kemarin Senin di Jakarta.', 'ind', '2025-02-04'), [['kemarin Senin', '2025-02-03']]);
  });
  it('reads "<weekday> dernier" as the week before when the article says the plain weekday for this week', () => {
    const both = 'Publié le vendredi 7 novembre 2025\nLa cour a confirmé jeudi la peine. La Métropole a lancé jeudi dernier une étude.';
    assert.deepEqual(found(both, 'fra').slice(1), [
      ['jeudi', '2025-11-06'],
      ['jeudi dernier', '2025-10-30'],
    ]);
    assert.deepEqual(found('Publié le vendredi 7 novembre 2025\nLa Métropole a lancé jeudi dernier une étude.', 'fra').slice(1), [['jeudi dernier', '2025-11-06']]);
    assert.deepEqual(found('Jumat, 7 November 2025\nPolisi menahan tersangka Kamis. Kamis lalu, polisi memeriksa saksi.', 'ind').slice(1), [
      ['Kamis', '2025-11-06'],
      ['Kamis lalu', '2025-10-30'],
    ]);
  });
});

describe('dates: weeks, seasons and durations', () => {
  const REF = '2025-10-15';
  it('marks weeks and seasons as dates without a value', () => {
    assert.deepEqual(found('Pelatih akan tiba akhir pekan ini, rapat digelar pekan depan dan laga pekan lalu berakhir imbang.', 'ind', REF), [
      ['akhir pekan ini', null],
      ['pekan depan', null],
      ['pekan lalu', null],
    ]);
    assert.deepEqual(found('Les ministres se retrouveront au printemps prochain ; la semaine dernière, ils ont parlé de l’été dernier.', 'fra', REF), [
      ['au printemps prochain', null],
      ['la semaine dernière', null],
      ['l’été dernier', null],
    ]);
  });
  it('leaves out counted spans next to a duration cue, keeping deictic dates', () => {
    assert.deepEqual(found('Hujan diperkirakan turun dua hari ke depan; selama tiga hari terakhir banjir meluas, sejak 3 hari lalu.', 'ind', REF), [
      ['3 hari lalu', '2025-10-12'],
    ]);
    assert.deepEqual(found('بعد عامين على الزلزال، وخلال ثلاثة أيام، يعود الوفد بعد غد.', 'arb', REF), [['بعد غد', '2025-10-17']]);
    assert.deepEqual(found('ارتفعت الصادرات خلال العام الماضي وتراجعت خلال الأسبوع الماضي.', 'arb', REF), [
      ['العام الماضي', '2024'],
      ['الأسبوع الماضي', '2025-10-08'],
    ]);
    assert.deepEqual(found('Le feu a été fixé en trois jours, il y a deux ans.', 'fra', REF), [['il y a deux ans', '2023']]);
    assert.deepEqual(found("Le feu a brûlé pendant trois jours. L'usine respecte aujourd'hui les normes, a-t-il dit hier.", 'fra', REF), [
      ['hier', '2025-10-14'],
    ]);
  });
  it('joins a part of the month or year to a deictic month or year', () => {
    assert.deepEqual(found('ستنطلق المرحلة مطلع الشهر المقبل وتنتهي نهاية العام الجاري.', 'arb', REF), [
      ['مطلع الشهر المقبل', '2025-11'],
      ['نهاية العام الجاري', '2025'],
    ]);
    assert.deepEqual(found('Proyek selesai akhir tahun ini; rapat digelar awal bulan depan.', 'ind', REF), [
      ['akhir tahun ini', '2025'],
      ['awal bulan depan', '2025-11'],
    ]);
  });
});

describe('dates: years after weak prepositions and ambiguous weekdays', () => {
  const REF = '2025-10-15';
  it('takes a year after "de", "entre", "dari", "من" when it is no quantity', () => {
    assert.deepEqual(
      found(
        'La réforme de 2023 reste en vigueur, les rejets entre 2019 et 2022. Plus de 2000 manifestants, un total de 2000, la hausse de 2024 sur les prix, les chiffres de 2000 personnes, de 2000 à 3000 euros.',
        'fra',
        REF,
      ),
      [
        ['2023', '2023'],
        ['2019', '2019'],
        ['2022', '2022'],
        ['2024', '2024'],
      ],
    );
    assert.deepEqual(found('Data dari 2019 hingga 2022 menunjukkan kenaikan, naik dari 2000 orang.', 'ind', REF), [
      ['2019', '2019'],
      ['2022', '2022'],
    ]);
    assert.deepEqual(found('ارتفعت الأسعار من 2019 إلى 2022، وشارك أكثر من 2000 شخص.', 'arb', REF), [
      ['2019', '2019'],
      ['2022', '2022'],
    ]);
  });
  it('leaves decades out ("dans les années 1990,")', () => {
    assert.deepEqual(found('Dans les années 1990, la ville comptait peu de touristes ; depuis 2020, elle en attire.', 'fra', REF), [['2020', '2020']]);
  });
  it('reads "Minggu" after a date preposition as Sunday, not as "week"', () => {
    assert.deepEqual(found('Ia tiba pada Minggu, bukan hari Minggu lalu. Dalam minggu ketiga, Minggu ketiga dimulai.', 'ind', REF), [
      ['Minggu', '2025-10-12'],
      ['hari Minggu lalu', '2025-10-12'],
    ]);
    assert.deepEqual(found('وتتواصل المشاورات منذ الأحد في القاهرة.', 'arb', REF), [['الأحد', '2025-10-12']]);
    assert.deepEqual(found('Pada Minggu ini tidak ada rapat, pada Minggu kedua ada.', 'ind', REF), []);
  });
  it('joins a weekday, a time of day and its date', () => {
    assert.deepEqual(found('Banjir melanda Sabtu malam (11/10) dan surut Minggu pagi (12/10).', 'ind', REF), [
      ['Sabtu malam (11/10)', '2025-10-11'],
      ['Minggu pagi (12/10)', '2025-10-12'],
    ]);
    assert.deepEqual(found('Le conseil se réunira lundi soir 20 octobre.', 'fra', REF), [['lundi soir 20 octobre', '2025-10-20']]);
  });
});

describe('dates: publication labels', () => {
  it('takes the date after a publication label anywhere in the article', () => {
    const lines = ['Judul berita', 'Paragraf satu.', 'Paragraf dua.', 'Paragraf tiga.', 'Paragraf empat.', 'Paragraf lima.', 'Rapat digelar kemarin.'];
    const ind = `${lines.join('\n')}\nDiterbitkan: 14 Januari 2025, 10.00 WIB oleh redaksi yang bertugas pada hari itu dan disunting kemudian oleh editor`;
    assert.equal(findDates(ind, structure(), 'ind', undefined, TODAY).dates.find((d) => d.text === 'kemarin')?.value, '2025-01-13');
    const arb = 'عنوان\nفقرة أولى.\nفقرة ثانية.\nفقرة ثالثة.\nفقرة رابعة.\nفقرة خامسة.\nوصل الوفد أمس.\nنشر في 14 يناير 2025 ضمن تغطية خاصة طويلة للأحداث الجارية في المنطقة وما يتصل بها من تطورات سياسية واقتصادية';
    assert.equal(findDates(arb, structure(), 'arb', undefined, TODAY).referenceDate, '2025-01-14');
    const fra = 'Titre\nUn.\nDeux.\nTrois.\nQuatre.\nCinq.\nIl est arrivé hier.\nArticle publié le 14 janvier 2025 dans notre édition du matin, avec de nombreuses mises à jour au fil de la journée et des réactions';
    assert.equal(findDates(fra, structure(), 'fra', undefined, TODAY).referenceDate, '2025-01-14');
  });
});

describe('dates: months after a future cue', () => {
  const REF = '2025-10-15';
  it('reads a bare month after a future cue as the current or a coming one, unless it just ended', () => {
    assert.deepEqual(found('Pemilu akan digelar pada Mei, sementara harga naik sejak Mei.', 'ind', REF), [
      ['Mei', '2026-05'],
      ['Mei', '2025-05'],
    ]);
    assert.deepEqual(found("Le texte sera voté d'ici mai. Il devrait entrer en vigueur en octobre.", 'fra', REF), [
      ['mai', '2026-05'],
      ['octobre', '2025-10'],
    ]);
    assert.deepEqual(found('من المقرر أن تبدأ المرحلة في أبريل، وكان من المقرر أن تنتهي في سبتمبر.', 'arb', REF), [
      ['أبريل', '2026-04'],
      ['سبتمبر', '2025-09'],
    ]);
  });
});
