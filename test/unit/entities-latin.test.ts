import * as assert from 'node:assert/strict';
import { findEntities } from '../../server/src/engine/entities';
import { findLatinEntities } from '../../server/src/engine/entities/latin';
import { parseStructure } from '../../server/src/engine/structure';

/** [text, label, key] of every mention, in text order. */
function entities(text: string, lang: string): [string, string, string][] {
  return findLatinEntities(text, parseStructure(text, lang), lang).map((m) => {
    assert.equal(text.slice(m.start, m.end), m.text);
    return [m.text, m.label, m.entity];
  });
}

describe('Latin-script entities', () => {
  it('reads a line with an emoji (a surrogate pair) as it reads one without', () => {
    const plain = 'Kemarin Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jakarta.';
    assert.deepEqual(entities(`${plain} 🇷🇺`, 'ind'), entities(plain, 'ind'));
    assert.deepEqual(entities(`😀 ${plain}`, 'ind').map(([text, label]) => [text, label]), [
      ['Rusia', 'LOC'],
      ['Sergei Lavrov', 'PER'],
      ['Jakarta', 'LOC'],
    ]);
  });

  it('finds the whole-line names wherever their first word begins a word', () => {
    assert.deepEqual(entities("Selon le ministère de l'Intérieur, la cour d'appel de Lyon a tranché.", 'fra').map(([text, label]) => [text, label]), [
      ["ministère de l'Intérieur", 'ORG'],
      ["cour d'appel de Lyon", 'ORG'],
    ]);
    // A jurisdiction named after its seat, with an adjective before the seat; the prosecutor's office of a city.
    assert.deepEqual(entities("La cour d'assises spéciale de Paris a jugé. Le parquet de Nanterre a requis.", 'fra').map(([text, label]) => [text, label]), [
      ["cour d'assises spéciale de Paris", 'ORG'],
      ['parquet de Nanterre', 'ORG'],
    ]);
  });

  it('keeps titles out of the span and splits a country off the person it qualifies', () => {
    assert.deepEqual(entities('Ia bertemu dengan Presiden Rusia Vladimir Putin pada hari Selasa.', 'ind'), [
      ['Rusia', 'LOC', 'russia'],
      ['Vladimir Putin', 'PER', 'vladimir-putin'],
    ]);
    assert.deepEqual(entities('Kemarin Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jakarta.', 'ind'), [
      ['Rusia', 'LOC', 'russia'],
      ['Sergei Lavrov', 'PER', 'sergey-lavrov'],
      ['Jakarta', 'LOC', 'jakarta'],
    ]);
  });

  it('finds people it has never heard of from titles and name particles', () => {
    assert.deepEqual(entities('Pertemuan itu dihadiri Menteri Perdagangan Rinaldi Kusumowardoyo dan utusan Khalid bin Tarazi.', 'ind'), [
      ['Rinaldi Kusumowardoyo', 'PER', 'rinaldi-kusumowardoyo'],
      ['Khalid bin Tarazi', 'PER', 'khalid-bin-tarazi'],
    ]);
    assert.deepEqual(entities('La délégation était conduite par le ministre des Affaires étrangères, Karim Benmoussa, hier.', 'fra'), [
      ['Karim Benmoussa', 'PER', 'karim-benmoussa'],
    ]);
  });

  it('reads only names out of a Title-Case headline', () => {
    assert.deepEqual(entities('Presiden Ahmed al-Shara Kunjungi Moskow untuk Jalin Kerjasama Baru\n\nIa tiba kemarin.', 'ind'), [
      ['Ahmed al-Shara', 'PER', 'ahmed-al-sharaa'],
      ['Moskow', 'LOC', 'moscow'],
    ]);
  });

  it('lets the body decide how much of a headline name is the name', () => {
    const text = 'Menteri Bahlil Tinjau Smelter di Morowali\n\nMenteri Energi dan Sumber Daya Mineral Bahlil Lahadalia meninjau smelter nikel di Morowali, Kamis.';
    assert.deepEqual(entities(text, 'ind'), [
      ['Bahlil', 'PER', 'bahlil-lahadalia'],
      ['Morowali', 'LOC', 'morowali-regency'],
      ['Bahlil Lahadalia', 'PER', 'bahlil-lahadalia'],
      ['Morowali', 'LOC', 'morowali-regency'],
    ]);
  });

  it('splits hyphenated pairs of known names', () => {
    assert.deepEqual(entities('Hubungan Rusia-Iran terus menguat.', 'ind'), [
      ['Rusia', 'LOC', 'russia'],
      ['Iran', 'LOC', 'iran'],
    ]);
    assert.deepEqual(entities('La relation Syrie-Russie évolue.', 'fra'), [
      ['Syrie', 'LOC', 'syria'],
      ['Russie', 'LOC', 'russia'],
    ]);
  });

  it('tells the Kremlin as a source (ORG) from the Kremlin as a place (LOC)', () => {
    assert.deepEqual(entities('Hal itu diumumkan oleh Kremlin pada Senin.', 'ind'), [['Kremlin', 'ORG', 'kremlin-government']]);
    assert.deepEqual(entities('Les deux dirigeants se sont rencontrés au Kremlin hier.', 'fra'), [['Kremlin', 'LOC', 'kremlin']]);
    assert.deepEqual(entities('Hier soir, le Kremlin a évoqué une violation des règles.', 'fra'), [['Kremlin', 'ORG', 'kremlin-government']]);
    assert.deepEqual(entities('Kemarin. Hal itu dikatakan Gedung Putih. Trump tiba di Gedung Putih.', 'ind'), [
      ['Gedung Putih', 'ORG', 'white-house-government'],
      ['Trump', 'PER', 'donald-trump'],
      ['Gedung Putih', 'LOC', 'white-house'],
    ]);
  });

  it('does not annotate demonyms, months or weekdays', () => {
    assert.deepEqual(entities('Le président russe Vladimir Poutine a reçu mardi le dirigeant syrien en janvier.', 'fra'), [
      ['Vladimir Poutine', 'PER', 'vladimir-putin'],
    ]);
    assert.deepEqual(entities('The talks ended on Tuesday, Russian officials said in March.', 'eng'), []);
    assert.deepEqual(entities('Kemarin. Menjelang Idul Fitri, saat Perang Dunia II, ia berbahasa Inggris lalu pindah ke Inggris.', 'ind'), [
      ['Inggris', 'LOC', 'united-kingdom'],
    ]);
  });

  it('labels unknown organisations from head words and cues, unknown places from locative context', () => {
    assert.deepEqual(entities('Data dari Badan Pengelola Statistik dikutip kantor berita Lintasnusa di Sukamakmur.', 'ind'), [
      ['Badan Pengelola Statistik', 'ORG', 'badan-pengelola-statistik'],
      ['Lintasnusa', 'ORG', 'lintasnusa'],
      ['Sukamakmur', 'LOC', 'sukamakmur'],
    ]);
    assert.deepEqual(entities('Une réunion au ministère syrien des Affaires étrangères a eu lieu.', 'fra'), [
      ['ministère syrien des Affaires étrangères', 'ORG', 'ministere-syrien-des-affaires-etrangeres'],
    ]);
  });

  it('names places and institutions by their head or tail word', () => {
    assert.deepEqual(entities('Laga digelar di Stadion Utama Gelora Bung Karno, Jakarta Selatan, kemarin.', 'ind'), [
      ['Stadion Utama Gelora Bung Karno', 'LOC', 'stadion-utama-gelora-bung-karno'],
      ['Jakarta Selatan', 'LOC', 'jakarta-selatan'],
    ]);
    assert.deepEqual(entities('Dana itu dari Kementerian Pekerjaan Umum dan Perumahan Rakyat tahun ini.', 'ind'), [
      ['Kementerian Pekerjaan Umum dan Perumahan Rakyat', 'ORG', 'ministry-of-public-works-indonesia'],
    ]);
    assert.deepEqual(entities('Ia menulis untuk The New York Times sejak lama.', 'ind'), [['The New York Times', 'ORG', 'the-new-york-times']]);
    assert.deepEqual(entities('Yesterday. The European Union and Le Monde reported it.', 'eng'), [
      ['European Union', 'ORG', 'european-union'],
      ['Le Monde', 'ORG', 'le-monde'],
    ]);
    assert.deepEqual(entities("Selon le ministère de la Santé du Hamas, le bilan s'alourdit.", 'fra'), [
      ['ministère de la Santé', 'ORG', 'ministere-de-la-sante'],
      ['Hamas', 'ORG', 'hamas'],
    ]);
  });

  it('completes known names with lower-case words and keeps capitalised particles inside names', () => {
    assert.deepEqual(entities("Hier, Marine Le Pen, présidente du groupe Rassemblement national à l'Assemblée nationale, a parlé.", 'fra'), [
      ['Marine Le Pen', 'PER', 'marine-le-pen'],
      ['Rassemblement national', 'ORG', 'national-rally'],
      ['Assemblée nationale', 'ORG', 'national-assembly-france'],
    ]);
    assert.deepEqual(entities("Hier, l'agence officielle syrienne Sana a rapporté la visite.", 'fra'), [['Sana', 'ORG', 'syrian-arab-news-agency']]);
  });

  it('recognises a known person under another spelling of the given name', () => {
    assert.deepEqual(entities('À Jérusalem, Benyamin Netanyahou a rejeté la proposition.', 'fra'), [
      ['Jérusalem', 'LOC', 'jerusalem'],
      ['Benyamin Netanyahou', 'PER', 'benjamin-netanyahu'],
    ]);
    assert.deepEqual(entities('Il a rencontré Maher al-Assad hier soir.', 'fra'), [['Maher al-Assad', 'PER', 'maher-al-assad']]);
  });

  it('labels an unknown name like the place it is coordinated with', () => {
    assert.deepEqual(entities('Warga mengungsi ke Khan Younis dan Deir al-Balah kemarin.', 'ind'), [
      ['Khan Younis', 'LOC', 'khan-yunis'],
      ['Deir al-Balah', 'LOC', 'deir-al-balah'],
    ]);
  });

  it('separates an institution from the person who speaks for it', () => {
    assert.deepEqual(entities('Kemarin, juru bicara Dewan Keamanan Nasional John Kirby mengatakan hal itu.', 'ind'), [
      ['Dewan Keamanan Nasional', 'ORG', 'dewan-keamanan-nasional'],
      ['John Kirby', 'PER', 'john-kirby'],
    ]);
  });

  it('keeps big cities that are also frequent words, drops minor ones', () => {
    assert.deepEqual(entities('Ils manifestent jeudi à Paris et à Lyon.', 'fra'), [
      ['Paris', 'LOC', 'paris'],
      ['Lyon', 'LOC', 'lyon'],
    ]);
    assert.deepEqual(entities('Alamat email Anda tidak akan dipublikasikan di Kota ini.', 'ind'), []);
  });

  it('gives an acronym in brackets the key of the organisation it abbreviates', () => {
    assert.deepEqual(entities('Data Badan Pengelola Keuangan Haji (BPKH) naik. Kepala BPKH Amalia Widyasanti menjelaskannya.', 'ind'), [
      ['Badan Pengelola Keuangan Haji', 'ORG', 'badan-pengelola-keuangan-haji'],
      ['BPKH', 'ORG', 'badan-pengelola-keuangan-haji'],
      ['BPKH', 'ORG', 'badan-pengelola-keuangan-haji'],
      ['Amalia Widyasanti', 'PER', 'amalia-widyasanti'],
    ]);
    assert.deepEqual(entities('Pegawai Lembaga Kajian Strategis (Lemkastra) hadir. Kepala Lemkastra Asep Sukma menyebut.', 'ind'), [
      ['Lembaga Kajian Strategis', 'ORG', 'lembaga-kajian-strategis'],
      ['Lemkastra', 'ORG', 'lembaga-kajian-strategis'],
      ['Lemkastra', 'ORG', 'lembaga-kajian-strategis'],
      ['Asep Sukma', 'PER', 'asep-sukma'],
    ]);
  });

  it('knows Indonesian ministries by name and contraction, also after the portfolio a title names', () => {
    assert.deepEqual(entities('Kementerian Keuangan (Kemenkeu) menolak. Direktur Jenderal Penyelenggaraan Haji dan Umrah Kementerian Agama, Bambang Suryadarma, hadir.', 'ind'), [
      ['Kementerian Keuangan', 'ORG', 'ministry-of-finance-indonesia'],
      ['Kemenkeu', 'ORG', 'ministry-of-finance-indonesia'],
      ['Kementerian Agama', 'ORG', 'ministry-of-religious-affairs-indonesia'],
      ['Bambang Suryadarma', 'PER', 'bambang-suryadarma'],
    ]);
  });

  it('matches short acronyms only when written in capitals', () => {
    assert.deepEqual(entities('Sanksi AS dan PBB diberlakukan.', 'ind'), [
      ['AS', 'LOC', 'united-states'],
      ['PBB', 'ORG', 'united-nations'],
    ]);
  });

  it('gives a surname alone the key and label of the full name met in the article', () => {
    const text = 'Menteri Pertahanan Murhaf Abu Qasra tiba di Moskow. Kunjungan itu penting, kata Qasra kepada wartawan.\nAl-Qasra juga bertemu Putin.';
    assert.deepEqual(entities(text, 'ind'), [
      ['Murhaf Abu Qasra', 'PER', 'murhaf-abu-qasra'],
      ['Moskow', 'LOC', 'moscow'],
      ['Qasra', 'PER', 'murhaf-abu-qasra'],
      ['Al-Qasra', 'PER', 'murhaf-abu-qasra'],
      ['Putin', 'PER', 'vladimir-putin'],
    ]);
    const mentions = findLatinEntities(text, parseStructure(text, 'ind'), 'ind');
    assert.equal(mentions.find((m) => m.text === 'Qasra')?.source, 'document');
  });

  it('gives a later first name, or a headline beginning of a full name, the key of that person', () => {
    assert.deepEqual(entities('Kemarin. Camat Rahmat Hidayanto meninjau lokasi. "Kami siap," kata Rahmat kepada wartawan.', 'ind'), [
      ['Rahmat Hidayanto', 'PER', 'rahmat-hidayanto'],
      ['Rahmat', 'PER', 'rahmat-hidayanto'],
    ]);
    assert.deepEqual(entities('Kiper Bayu Andika Tinggalkan Klub Jepang\n\nKemarin. Kiper muda Bayu Andika Pratama resmi pindah.', 'ind'), [
      ['Bayu Andika', 'PER', 'bayu-andika-pratama'],
      ['Jepang', 'LOC', 'japan'],
      ['Bayu Andika Pratama', 'PER', 'bayu-andika-pratama'],
    ]);
    // Two people share the first name: a bare "Rahmat" is left alone.
    const two = 'Kemarin. Camat Rahmat Hidayanto dan Bupati Rahmat Santoso meninjau lokasi. "Kami siap," kata Rahmat kepada wartawan.';
    assert.deepEqual(entities(two, 'ind').map(([name]) => name), ['Rahmat Hidayanto', 'Rahmat Santoso']);
  });

  it('reads the writer of a byline as a person and skips share-widget lines', () => {
    assert.deepEqual(entities('Oleh Bambang Sutrisno - Senin, 3 Maret 2025\n\nBagikan: Facebook Twitter WhatsApp\n\nOleh karena itu, Jakarta siap.', 'ind'), [
      ['Bambang Sutrisno', 'PER', 'bambang-sutrisno'],
      ['Jakarta', 'LOC', 'jakarta'],
    ]);
    assert.deepEqual(entities('Par Claire Dubois\n\nPartager sur Facebook\n\nPenulis: Ayu Lestari', 'fra'), [
      ['Claire Dubois', 'PER', 'claire-dubois'],
      ['Ayu Lestari', 'PER', 'ayu-lestari'],
    ]);
  });

  it('finds a French name whose article is contracted with the preposition (du Luc, des Républicains)', () => {
    assert.deepEqual(entities('Hier. Le feu, parti du Luc, a menacé Les Arcs. Le vote des Républicains reste incertain.', 'fra'), [
      ['Luc', 'LOC', 'le-luc'],
      ['Les Arcs', 'LOC', 'les-arcs'],
      ['Républicains', 'ORG', 'the-republicans-france'],
    ]);
  });

  it('splits a numbered body from the person after it and a generic word from the country after it', () => {
    assert.deepEqual(entities('Kemarin. Ketua Komisi II Arif Wicaksono hadir. Ia lalu pindah ke Klub Jepang.', 'ind'), [
      ['Komisi II', 'ORG', 'komisi-ii'],
      ['Arif Wicaksono', 'PER', 'arif-wicaksono'],
      ['Jepang', 'LOC', 'japan'],
    ]);
  });

  it('reads football clubs as organisations and links a short club name to the full one', () => {
    assert.deepEqual(entities('Kemarin. Bek Persikabo Bogor pindah ke klub Prancis AS Monaco. Persikabo melepasnya.', 'ind'), [
      ['Persikabo Bogor', 'ORG', 'persikabo-bogor'],
      ['Prancis', 'LOC', 'france'],
      ['AS Monaco', 'ORG', 'as-monaco-fc'],
      ['Persikabo', 'ORG', 'persikabo-bogor'],
    ]);
    assert.deepEqual(entities('Hier, le Paris Saint-Germain a battu l\'Olympique de Marseille au Parc des Princes.', 'fra'), [
      ['Paris Saint-Germain', 'ORG', 'paris-saint-germain-fc'],
      ['Olympique de Marseille', 'ORG', 'olympique-de-marseille'],
      ['Parc des Princes', 'LOC', 'parc-des-princes'],
    ]);
    assert.deepEqual(entities('Hier. Le club a battu le FC Nantes samedi.', 'fra'), [['FC Nantes', 'ORG', 'fc-nantes']]);
    assert.deepEqual(entities('Presiden AS Joe Biden hadir, nilai investasinya 2 miliar dolar AS.', 'ind'), [
      ['AS', 'LOC', 'united-states'],
      ['Joe Biden', 'PER', 'joe-biden'],
    ]);
  });

  it('takes a word after an organisation cue, a capital inside a word or a lone institution word as an organisation', () => {
    assert.deepEqual(entities("Hier. Le texte adopté par le Parlement inquiète le constructeur Renault, le groupe Orange, TotalEnergies et l'association France Nature Environnement.", 'fra'), [
      ['Parlement', 'ORG', 'parlement'],
      ['Renault', 'ORG', 'renault'],
      ['Orange', 'ORG', 'orange'],
      ['TotalEnergies', 'ORG', 'totalenergies'],
      ['France Nature Environnement', 'ORG', 'france-nature-environnement'],
    ]);
    assert.deepEqual(entities('Kemarin. Senator McCain dan Gubernur DeSantis hadir di Palais-Bourbon.', 'ind'), [
      ['McCain', 'PER', 'mccain'],
      ['DeSantis', 'PER', 'desantis'],
      ['Palais-Bourbon', 'LOC', 'palais-bourbon'],
    ]);
  });

  it('reads a given name and a rare word before the verb of a headline as a person', () => {
    assert.deepEqual(entities('Marco Cugurra Bawa 25 Pemain untuk Laga Tandang ke Vietnam\n\nLatihan dimulai Senin.', 'ind'), [
      ['Marco Cugurra', 'PER', 'marco-cugurra'],
      ['Vietnam', 'LOC', 'vietnam'],
    ]);
  });

  it('reads an institution that lists its fields with commas as one organisation, but not a list of bodies', () => {
    assert.deepEqual(entities('Kemarin. Kementerian Energi, Sumber Daya Mineral dan Pertambangan (KESDMP) hadir dalam rapat itu. Kementerian Luar Negeri, BNPB dan Polri juga hadir dalam rapat koordinasi di kantor gubernur.', 'ind'), [
      ['Kementerian Energi, Sumber Daya Mineral dan Pertambangan', 'ORG', 'kementerian-energi-sumber-daya-mineral-dan-pertambangan'],
      ['KESDMP', 'ORG', 'kementerian-energi-sumber-daya-mineral-dan-pertambangan'],
      ['Kementerian Luar Negeri', 'ORG', 'ministry-of-foreign-affairs-indonesia'],
      ['BNPB', 'ORG', 'national-disaster-management-authority-indonesia'],
      ['Polri', 'ORG', 'indonesian-national-police'],
    ]);
  });

  it('strips a rank after the institution and keeps geographic heads and the state-company suffix in place', () => {
    assert.deepEqual(entities('Kemarin. Kepala BPBD Kolonel Arif Nugroho meninjau Sesar Lembang. PT Angkasa Pura (Persero) menutup bandara.', 'ind'), [
      ['BPBD', 'ORG', 'bpbd'],
      ['Arif Nugroho', 'PER', 'arif-nugroho'],
      ['Sesar Lembang', 'LOC', 'sesar-lembang'],
      ['PT Angkasa Pura (Persero)', 'ORG', 'angkasa-pura'],
    ]);
  });

  it('ends a headline place name before the verb', () => {
    assert.deepEqual(entities('Gunung Lokon Kembali Meletus, Warga Mengungsi\n\nGunung itu meletus lagi pada Senin pagi.', 'ind'), [['Gunung Lokon', 'LOC', 'gunung-lokon']]);
    assert.deepEqual(entities('Kementerian Perhubungan Pangkas Anggaran Dinas\n\nKementerian Perhubungan memangkas anggaran perjalanan dinas tahun depan.', 'ind'), [
      ['Kementerian Perhubungan', 'ORG', 'ministry-of-transportation-indonesia'],
      ['Kementerian Perhubungan', 'ORG', 'ministry-of-transportation-indonesia'],
    ]);
  });

  it('finds a listed institution after a title and before an acronym and the person', () => {
    const text = 'Kemarin. Kepala Pusat Data, Informasi, dan Humas BPBD Arif Nugroho menyebut hujan deras turun sepanjang malam di wilayah itu.';
    assert.deepEqual(entities(text, 'ind'), [
      ['Pusat Data, Informasi, dan Humas', 'ORG', 'pusat-data-informasi-dan-humas'],
      ['BPBD', 'ORG', 'bpbd'],
      ['Arif Nugroho', 'PER', 'arif-nugroho'],
    ]);
  });

  it('splits off the place a title serves when the article names that place elsewhere', () => {
    const text = 'Banjir melanda Kabupaten Kepulauan Talaud sejak Senin. Bupati Talaud Elly Lasut meninjau lokasi banjir bersama warga.';
    assert.deepEqual(entities(text, 'ind'), [
      ['Kabupaten Kepulauan Talaud', 'LOC', 'kepulauan-talaud-regency'],
      ['Talaud', 'LOC', 'talaud'],
      ['Elly Lasut', 'PER', 'elly-lasut'],
    ]);
  });

  it('reads known names with lower-case or elided connectors inside as one name', () => {
    const text = "Hier, le ministre a reçu des élus de Côte d'Ivoire, de Corée du Nord et des Pays de la Loire, selon La Voix du Nord.";
    assert.deepEqual(entities(text, 'fra'), [
      ["Côte d'Ivoire", 'LOC', 'ivory-coast'],
      ['Corée du Nord', 'LOC', 'north-korea'],
      ['Pays de la Loire', 'LOC', 'pays-de-la-loire'],
      ['La Voix du Nord', 'ORG', 'la-voix-du-nord'],
    ]);
  });

  it('splits a known party from the member named after it', () => {
    assert.deepEqual(entities('Acara itu juga dihadiri kader Partai Golkar Bambang Soesatyo bersama warga setempat pada Senin pagi.', 'ind'), [
      ['Partai Golkar', 'ORG', 'golkar'],
      ['Bambang Soesatyo', 'PER', 'bambang-soesatyo'],
    ]);
  });

  it('survives a title that takes the whole capitalised sequence', () => {
    assert.deepEqual(entities('Kemarin, Rahmat Hidayanto dilantik sebagai Menteri Luar Negeri dalam upacara di istana.', 'ind'), [['Rahmat Hidayanto', 'PER', 'rahmat-hidayanto']]);
  });

  it('prefers the name the article knows over a headline guess', () => {
    assert.deepEqual(entities('Rahmat Lantik Pejabat Baru\n\nKemarin Bupati Rahmat Hidayanto melantik pejabat baru di kantornya.', 'ind'), [
      ['Rahmat', 'PER', 'rahmat-hidayanto'],
      ['Rahmat Hidayanto', 'PER', 'rahmat-hidayanto'],
    ]);
  });

  it('keeps two institutions joined by a connector apart and reads company suffixes and venues with "de"', () => {
    assert.deepEqual(entities('Kemarin, kapal TNI AL berlayar bersama PT Sinar Laut Abadi dan PT Samudra Jaya Tbk dalam operasi gabungan di laut.', 'ind'), [
      ['TNI AL', 'ORG', 'indonesian-navy'],
      ['PT Sinar Laut Abadi', 'ORG', 'pt-sinar-laut-abadi'],
      ['PT Samudra Jaya Tbk', 'ORG', 'pt-samudra-jaya-tbk'],
    ]);
    assert.deepEqual(entities('Hier, la banque Crédit Rural SA a signé un contrat au Stade de France.', 'fra'), [
      ['Crédit Rural SA', 'ORG', 'credit-rural-sa'],
      ['Stade de France', 'LOC', 'stade-de-france'],
    ]);
  });

  it('reads a country spelled like a given name as a given name before unknown name words', () => {
    assert.deepEqual(entities('Hier soir, Jordan Vasselin a rencontré des élus de Jordanie et du Jordan.', 'fra').map(([n, l]) => [n, l]), [
      ['Jordan Vasselin', 'PER'],
      ['Jordanie', 'LOC'],
      ['Jordan', 'LOC'],
    ]);
  });

  it('keeps the article of a surname after a title and links it to the full name', () => {
    assert.deepEqual(entities('Hier soir, selon son avocat, Claire Le Goff fera appel. Mme Le Goff a quitté la salle sans un mot.', 'fra'), [
      ['Claire Le Goff', 'PER', 'claire-le-goff'],
      ['Le Goff', 'PER', 'claire-le-goff'],
    ]);
  });

  it('reads English institution names in Indonesian text and keeps towns out of ordinary word sequences', () => {
    const text = 'Ekonom senior Institute for Policy Studies, Rudi Hartanto, menilai Indeks Harga Saham Gabungan masih tertekan kebijakan The Fed pekan ini.';
    assert.deepEqual(entities(text, 'ind'), [
      ['Institute for Policy Studies', 'ORG', 'institute-for-policy-studies'],
      ['Rudi Hartanto', 'PER', 'rudi-hartanto'],
      ['The Fed', 'ORG', 'federal-reserve'],
    ]);
  });

  it('reads a web outlet name written in capitals with its domain', () => {
    assert.deepEqual(entities('TRIBUNNEWS.COM, BANDUNG - Hujan deras mengguyur kota itu sejak pagi hingga malam.', 'ind').slice(0, 1), [['TRIBUNNEWS.COM', 'ORG', 'tribun-network']]);
  });

  it('does not annotate the names of laws and bills', () => {
    assert.deepEqual(entities('Pembahasan RUU KUHAP dan Perppu Cipta Kerja berlanjut di DPR, kata Menteri Hukum Supratman Andi Agtas kemarin.', 'ind'), [
      ['DPR', 'ORG', 'people-s-representative-council'],
      ['Supratman Andi Agtas', 'PER', 'supratman-andi-agtas'],
    ]);
    assert.deepEqual(entities('Hier, le projet de loi Travail a été défendu par Bill Gates au Sénat.', 'fra').map(([n]) => n), ['Bill Gates', 'Sénat']);
  });

  it('reads a country spelled like a given name after a title as a person and skips codes with digits', () => {
    assert.deepEqual(entities("Hier, le maire de Lannion, Dominique Cap, a fermé la RN165 à la circulation.", 'fra'), [
      ['Lannion', 'LOC', 'lannion'],
      ['Dominique Cap', 'PER', 'dominique-cap'],
    ]);
  });

  it('reads a rare vocabulary word before an unknown word inside a sentence as a name', () => {
    assert.deepEqual(entities('Hujan turun sejak pagi di kota itu. Hal itu diungkapkan Rina Wati kepada wartawan.', 'ind'), [['Rina Wati', 'PER', 'rina-wati']]);
  });

  it('splits the person off a body ending in a place or an acronym and drops acronyms of common nouns', () => {
    const text = 'Kepala Dinkes DKI Ani Ruspitawati menyebut kasus infeksi saluran pernapasan akut (ISPA) naik. Kasus ISPA terbanyak di Jakarta Timur.';
    assert.deepEqual(entities(text, 'ind'), [
      ['Dinkes DKI', 'ORG', 'dinkes-dki'],
      ['Ani Ruspitawati', 'PER', 'ani-ruspitawati'],
      ['Jakarta Timur', 'LOC', 'jakarta-timur'],
    ]);
  });

  it("reads a university or academy named after its seat as one organisation", () => {
    assert.deepEqual(entities("Hier, la rectrice de l'académie de Nancy-Metz a rencontré des chercheurs de l'université d'Aix-Marseille et de l'OCDE.", 'fra'), [
      ['académie de Nancy-Metz', 'ORG', 'academie-de-nancy-metz'],
      ["université d'Aix-Marseille", 'ORG', 'aix-marseille-university'],
      ['OCDE', 'ORG', 'oecd'],
    ]);
  });

  it('keeps a Korean surname before a hyphenated given name', () => {
    assert.deepEqual(entities('Pelatih Kim Sang-sik mengatakan timnya siap. Anak-anak bermain di lapangan sejak sore hari.', 'ind'), [['Kim Sang-sik', 'PER', 'kim-sang-sik']]);
  });

  it('joins two name particles in a row', () => {
    assert.deepEqual(entities('Le texte. Ursula von der Leyen, présidente de la Commission européenne, a salué le texte.', 'fra'), [
      ['Ursula von der Leyen', 'PER', 'ursula-von-der-leyen'],
      ['Commission européenne', 'ORG', 'european-commission'],
    ]);
  });

  it('takes the source of a dateline as an organisation', () => {
    const text = 'Menteri Bertemu Pejabat Tinggi\n\nMoskow, Kabarmaya- Menteri itu bertemu Presiden Rusia Vladimir Putin di Moskow.';
    assert.deepEqual(entities(text, 'ind').slice(0, 2), [
      ['Moskow', 'LOC', 'moscow'],
      ['Kabarmaya', 'ORG', 'kabarmaya'],
    ]);
  });

  it('reads a known camel-case media name as a name, in a dateline too', () => {
    const text = 'Sidang Digelar Hari Ini\n\nSURABAYA, detikNews - Hakim membacakan putusan. Laporan detikFinance menyebut kerugian besar.';
    assert.deepEqual(entities(text, 'ind'), [
      ['SURABAYA', 'LOC', 'surabaya'],
      ['detikNews', 'ORG', 'detik-com'],
      ['detikFinance', 'ORG', 'detik-com'],
    ]);
  });

  it('reads an acronym alone after a title as the body the person heads', () => {
    assert.deepEqual(entities('Hari ini Kepala BPBAD, Hendra Wijaya, meminta warga mengungsi.', 'ind'), [
      ['BPBAD', 'ORG', 'bpbad'],
      ['Hendra Wijaya', 'PER', 'hendra-wijaya'],
    ]);
    // A person known by initials stays a person.
    assert.deepEqual(entities('Hari ini mantan Presiden SBY tiba di Cikeas.', 'ind'), [
      ['SBY', 'PER', 'susilo-bambang-yudhoyono'],
      ['Cikeas', 'LOC', 'cikeas'],
    ]);
  });

  it('splits a hyphenated pair of people the article names in full', () => {
    assert.deepEqual(entities('Hier. Le maire Benoît Durand affronte Franck Allard. Un duel Durand-Allard semble inévitable.', 'fra'), [
      ['Benoît Durand', 'PER', 'benoit-durand'],
      ['Franck Allard', 'PER', 'franck-allard'],
      ['Durand', 'PER', 'benoit-durand'],
      ['Allard', 'PER', 'franck-allard'],
    ]);
  });

  it('starts a body at its head word inside a portfolio and finds no person in the portfolio', () => {
    assert.deepEqual(entities('Jaksa menuntut mantan Direktur Jenderal Penyelenggaraan Haji dan Umrah Kementerian Agama, Bambang Suryadarma, kemarin.', 'ind'), [
      ['Kementerian Agama', 'ORG', 'ministry-of-religious-affairs-indonesia'],
      ['Bambang Suryadarma', 'PER', 'bambang-suryadarma'],
    ]);
  });

  it('keeps an abbreviated given name in the name (Moh., Muh.)', () => {
    assert.deepEqual(entities('Penulis: Moh. Rizal | Waktu baca 3 menit\n\nWarga bertemu Kepala Desa Muh. Yusuf Rahman di balai desa.', 'ind'), [
      ['Moh. Rizal', 'PER', 'moh-rizal'],
      ['Muh. Yusuf Rahman', 'PER', 'muh-yusuf-rahman'],
    ]);
  });

  it('ends a known one-name person before the headline verb and drops a generic company headline phrase', () => {
    assert.deepEqual(entities('Prabowo Tinjau Lokasi Banjir\n\nWarga Protes Limbah, Perusahaan Janji Bangun Kolam\n\nRatusan warga berkumpul di Bandung.', 'ind'), [
      ['Prabowo', 'PER', 'prabowo-subianto'],
      ['Bandung', 'LOC', 'bandung'],
    ]);
  });

  it('reads a hyphenated saint\'s name as a place', () => {
    assert.deepEqual(entities("Hier. La messe a eu lieu dans l'église Saint-Pierre-le-Vieux, puis la foule a gagné Sainte-Foy.", 'fra'), [
      ['Saint-Pierre-le-Vieux', 'LOC', 'saint-pierre-le-vieux'],
      ['Sainte-Foy', 'LOC', 'sainte-foy'],
    ]);
  });

  it('reads the bare name of a place the article names with its designator as that place', () => {
    assert.deepEqual(entities('Warga mengungsi ke Kecamatan Nubatukan kemarin. Banyak warga Nubatukan kesulitan air bersih.', 'ind'), [
      ['Kecamatan Nubatukan', 'LOC', 'kecamatan-nubatukan'],
      ['Nubatukan', 'LOC', 'kecamatan-nubatukan'],
    ]);
  });

  it('reads the name after "l\'institut" or "le sondeur" as an organisation', () => {
    assert.deepEqual(entities("Hier. Selon l'institut Opinion Nord, le maire reste en tête ; le sondeur Harris Interactive confirme.", 'fra'), [
      ['Opinion Nord', 'ORG', 'opinion-nord'],
      ['Harris Interactive', 'ORG', 'harris-interactive'],
    ]);
  });

  it('reads an unknown word before a city as a body with its local seat', () => {
    assert.deepEqual(entities('Hier. La circulation restait perturbée et Transdev Nantes a dévié ses bus.', 'fra'), [
      ['Transdev Nantes', 'ORG', 'transdev-nantes'],
    ]);
  });

  it("reads a word in brackets after an institution as its short name, with the institution's key", () => {
    assert.deepEqual(entities('Putusan dibacakan dalam sidang di Pengadilan Hubungan Industrial (Hubind) Bandung, Kamis.', 'ind'), [
      ['Pengadilan Hubungan Industrial', 'ORG', 'pengadilan-hubungan-industrial'],
      ['Hubind', 'ORG', 'pengadilan-hubungan-industrial'],
      ['Bandung', 'LOC', 'bandung'],
    ]);
  });

  it('ends a headline name before a bare Indonesian headline verb', () => {
    assert.deepEqual(entities('Baca juga: Gibran Resmikan Jembatan di Bekasi', 'ind'), [
      ['Gibran', 'PER', 'gibran-rakabuming-raka'],
      ['Bekasi', 'LOC', 'bekasi'],
    ]);
  });

  it('finds no place in a headline where a place word precedes an ordinary word', () => {
    assert.deepEqual(entities('Gunung Api Meletus, Warga Desa Protes Limbah\n\nRatusan warga berkumpul di Bandung.', 'ind'), [['Bandung', 'LOC', 'bandung']]);
  });

  it('does not join an Indonesian "di" to a given name, and common-noun acronyms (SPBU) are no names', () => {
    assert.deepEqual(entities('Menurut Rudi Hartono, stok aman. Hal itu disampaikan Rudi di Kantor Kementerian ESDM saat antrean di SPBU memanjang.', 'ind'), [
      ['Rudi Hartono', 'PER', 'rudi-hartono'],
      ['Rudi', 'PER', 'rudi-hartono'],
      ['Kantor Kementerian ESDM', 'ORG', 'kantor-kementerian-esdm'],
    ]);
  });

  it('keeps a known name that starts with an acronym whole after a title (Gubernur DKI Jakarta)', () => {
    assert.deepEqual(entities('Hari ini Gubernur DKI Jakarta Pramono Anung meninjau lokasi banjir.', 'ind'), [
      ['DKI Jakarta', 'LOC', 'special-capital-region-of-jakarta'],
      ['Pramono Anung', 'PER', 'pramono-anung'],
    ]);
  });

  it('splits a known think tank or watchdog off the person a title introduces', () => {
    assert.deepEqual(entities('Kemarin ekonom Indef Rudi Santoso dan Direktur Eksekutif Perludem Dewi Lestari menilai Komnas HAM perlu turun tangan.', 'ind'), [
      ['Indef', 'ORG', 'indef'],
      ['Rudi Santoso', 'PER', 'rudi-santoso'],
      ['Perludem', 'ORG', 'perludem'],
      ['Dewi Lestari', 'PER', 'dewi-lestari'],
      ['Komnas HAM', 'ORG', 'komnas-ham'],
    ]);
  });

  it('joins a lower-case word inside a known name and knows major French companies and agencies', () => {
    assert.deepEqual(entities('Hier, Renault et Météo-France ont signé un accord, selon Santé publique France.', 'fra'), [
      ['Renault', 'ORG', 'renault'],
      ['Météo-France', 'ORG', 'meteo-france'],
      ['Santé publique France', 'ORG', 'sante-publique-france'],
    ]);
  });

  it('reads a capitalised article after a place cue as the start of a place name', () => {
    assert.deepEqual(entities("Hier. Le tramway ira jusqu'à La Bricarde ; il a écrit à La Poste.", 'fra'), [
      ['La Bricarde', 'LOC', 'la-bricarde'],
      ['La Poste', 'ORG', 'la-poste'],
    ]);
  });

  it('skips the follow-us line of a news site', () => {
    const text = 'Harga Beras Naik\n\nHarga beras naik di Bandung pekan ini.\n\nIkuti berita terkini di Google News';
    assert.deepEqual(entities(text, 'ind'), [['Bandung', 'LOC', 'bandung']]);
  });

  it('keeps a surname after "des" in the name and reads "la préfecture du" as a place', () => {
    assert.deepEqual(entities('Hier. La directrice, Sophie des Marais, a manifesté devant la préfecture du Morbihan avec le Mercosur en ligne de mire.', 'fra'), [
      ['Sophie des Marais', 'PER', 'sophie-des-marais'],
      ['Morbihan', 'LOC', 'morbihan'],
      ['Mercosur', 'ORG', 'mercosur'],
    ]);
  });

  it('drops capitalised ordinary words at sentence starts but keeps names there', () => {
    assert.deepEqual(entities('Kunjungan ini penting. Rusia mendukung. Demikianlah laporan itu.', 'ind'), [['Rusia', 'LOC', 'russia']]);
  });

  it('reads a French institution with its complements as one organisation, the place inside included', () => {
    const text = "Hier. La cour d'appel de Douai a confirmé la décision, selon l'Agence nationale de sécurité du médicament. " +
      "Le Service départemental d'incendie et de secours de l'Hérault a demandé à la Cour de justice de l'Union européenne de statuer. L'Union européenne a réagi.";
    assert.deepEqual(entities(text, 'fra'), [
      ["cour d'appel de Douai", 'ORG', 'cour-d-appel-de-douai'],
      ['Agence nationale de sécurité du médicament', 'ORG', 'ansm'],
      ["Service départemental d'incendie et de secours de l'Hérault", 'ORG', 'service-departemental-d-incendie-et-de-secours-de-l-herault'],
      ["Cour de justice de l'Union européenne", 'ORG', 'court-of-justice-of-the-european-union'],
      ['Union européenne', 'ORG', 'european-union'],
    ]);
    assert.deepEqual(entities("Hier. Selon l'Organisation mondiale de la santé, le Conseil de sécurité des Nations unies se réunira.", 'fra'), [
      ['Organisation mondiale de la santé', 'ORG', 'world-health-organization'],
      ['Conseil de sécurité des Nations unies', 'ORG', 'conseil-de-securite-des-nations-unies'],
    ]);
    assert.deepEqual(entities("Hier. Selon la Direction de l'évaluation, de la prospective et de la performance, la Cour de cassation, de son côté, a tranché.", 'fra'), [
      ["Direction de l'évaluation, de la prospective et de la performance", 'ORG', 'direction-de-l-evaluation-de-la-prospective-et-de-la-performance'],
      ['Cour de cassation', 'ORG', 'court-of-cassation-france'],
    ]);
    assert.deepEqual(entities('Hier. Le Parlement européen et la Cour suprême ont tranché.', 'fra'), [
      ['Parlement européen', 'ORG', 'european-parliament'],
      ['Cour suprême', 'ORG', 'cour-supreme'],
    ]);
  });

  it('knows French départements and towns and Indonesian regencies', () => {
    assert.deepEqual(entities("Hier. Le feu s'est déclaré près de Vidauban, dans le Var, puis a gagné Le Luc.", 'fra'), [
      ['Vidauban', 'LOC', 'vidauban'],
      ['Var', 'LOC', 'var'],
      ['Le Luc', 'LOC', 'le-luc'],
    ]);
    assert.deepEqual(entities('Banjir melanda Kabupaten Grobogan. Warga Grobogan mengungsi ke Pemprov Jateng.', 'ind'), [
      ['Kabupaten Grobogan', 'LOC', 'grobogan-regency'],
      ['Grobogan', 'LOC', 'grobogan-regency'],
      ['Jateng', 'LOC', 'central-java'],
    ]);
  });

  it('reads "Ibu Kota" as the capital, not the title Ibu, and an acronym of a name the article spells out as that name', () => {
    const text = 'Proyek Ibu Kota Baru Terancam Mangkrak\n\nPembangunan Ibu Kota Nusantara berlanjut. Presiden meninjau IKN pada Senin.';
    assert.deepEqual(entities(text, 'ind'), [
      ['Ibu Kota Nusantara', 'LOC', 'nusantara-planned-city'],
      ['IKN', 'LOC', 'nusantara-planned-city'],
    ]);
    assert.deepEqual(entities('Penerima beasiswa Lembaga Pengelola Dana Pendidikan bertambah. Dana LPDP naik.', 'ind'), [
      ['Lembaga Pengelola Dana Pendidikan', 'ORG', 'lembaga-pengelola-dana-pendidikan'],
      ['LPDP', 'ORG', 'lembaga-pengelola-dana-pendidikan'],
    ]);
  });

  it('separates an authority (Otorita) from the person heading it, and names its DPR bodies', () => {
    assert.deepEqual(entities('Kepala Otorita Batam Muhammad Rudi meninjau pelabuhan.', 'ind'), [
      ['Otorita Batam', 'ORG', 'otorita-batam'],
      ['Muhammad Rudi', 'PER', 'muhammad-rudi'],
    ]);
    assert.deepEqual(entities('Kepala Otorita Ibu Kota Nusantara Basuki Hadimuljono hadir. Anggota Banggar dari PKS, Wahyu Prasetyo, menolak.', 'ind'), [
      ['Otorita Ibu Kota Nusantara', 'ORG', 'nusantara-capital-city-authority'],
      ['Basuki Hadimuljono', 'PER', 'basuki-hadimuljono'],
      ['Banggar', 'ORG', 'budget-committee-house-of-representatives-indonesia'],
      ['PKS', 'ORG', 'prosperous-justice-party'],
      ['Wahyu Prasetyo', 'PER', 'wahyu-prasetyo'],
    ]);
  });

  it('keeps a compass word after a country or region in the place name', () => {
    assert.deepEqual(entities('Kapal rakyat berlayar di Indonesia Timur dan Eropa Timur.', 'ind'), [
      ['Indonesia Timur', 'LOC', 'indonesia-timur'],
      ['Eropa Timur', 'LOC', 'eropa-timur'],
    ]);
  });

  it('reads hyphenated union acronyms and regional channels with a lower-case tail as organisations', () => {
    assert.deepEqual(entities('Hier. Le SNUEP-FSU appelle à la grève, selon Guadeloupe la 1ère.', 'fra'), [
      ['SNUEP-FSU', 'ORG', 'snuep-fsu'],
      ['Guadeloupe la 1ère', 'ORG', 'guadeloupe-la-1ere'],
    ]);
  });

  it('reads an ordinary word capitalised after a locative word as a place, not after a contracted article', () => {
    assert.deepEqual(entities('Hier. Il est éleveur à Vitré et siège au Conseil. Le vol au Louvre choque.', 'fra'), [
      ['Vitré', 'LOC', 'vitre'],
    ]);
    assert.deepEqual(entities('Investasi dari kawasan Teluk ke Asia Tenggara meningkat.', 'ind'), [
      ['Teluk', 'LOC', 'teluk'],
      ['Asia Tenggara', 'LOC', 'southeast-asia'],
    ]);
  });

  it('knows the French ministries named by their seat', () => {
    assert.deepEqual(entities("Hier. Bercy a exigé une baisse, selon Matignon et le Quai d'Orsay.", 'fra'), [
      ['Bercy', 'ORG', 'ministry-of-the-economy-france'],
      ['Matignon', 'ORG', 'hotel-matignon'],
      ["Quai d'Orsay", 'ORG', 'ministry-for-europe-and-foreign-affairs'],
    ]);
  });

  it('ends a numbered parliamentary body after its number or its parent acronym, then reads the holder of the title', () => {
    assert.deepEqual(entities('Wakil Ketua Komisi III DPR Habiburokhman hadir. Ketua Komisi II Rifqi Karsa datang.', 'ind'), [
      ['Komisi III DPR', 'ORG', 'komisi-iii-dpr'],
      ['Habiburokhman', 'PER', 'habiburokhman'],
      ['Komisi II', 'ORG', 'komisi-ii'],
      ['Rifqi Karsa', 'PER', 'rifqi-karsa'],
    ]);
  });

  it('reads French institutions named by an acronym or a lower-case head and their seat', () => {
    assert.deepEqual(entities('Hier. La préfecture de police de Paris a indiqué que le CHU de Lille était saturé.', 'fra'), [
      ['préfecture de police de Paris', 'ORG', 'paris-police-prefecture'],
      ['CHU de Lille', 'ORG', 'chu-de-lille'],
    ]);
  });

  it('links a middle name alone to the one full name it is part of, not to a middle name two people share', () => {
    assert.deepEqual(entities('Bupati Ahmad Muhdlor Ali diperiksa. Kuasa hukum Muhdlor membantah.', 'ind'), [
      ['Ahmad Muhdlor Ali', 'PER', 'ahmad-muhdlor-ali'],
      ['Muhdlor', 'PER', 'ahmad-muhdlor-ali'],
    ]);
    assert.deepEqual(entities('Bupati Ahmad Muhdlor Ali diperiksa. Camat Rizal Muhdlor Hasan juga. Kuasa hukum Muhdlor membantah.', 'ind'), [
      ['Ahmad Muhdlor Ali', 'PER', 'ahmad-muhdlor-ali'],
      ['Rizal Muhdlor Hasan', 'PER', 'rizal-muhdlor-hasan'],
      ['Muhdlor', 'PER', 'muhdlor'],
    ]);
  });

  it('reads no place cue across a comma: "De son côté, Pierre Dupont" is a person (côté folds to côte, a coast)', () => {
    assert.deepEqual(entities('Le club a perdu. De son côté, Pierre Dupont a dénoncé un arbitrage. Il vit sur la côte Atlantique.', 'fra').map(([text, label]) => [text, label]), [
      ['Pierre Dupont', 'PER'],
      ['Atlantique', 'LOC'],
    ]);
  });

  it('reads a capitalised word that ends a title phrase as part of the title, not a place ("garde des Sceaux")', () => {
    assert.deepEqual(entities("Le garde des Sceaux, Gérald Darmanin, est venu. La ville de Sceaux a voté.", 'fra'), [
      ['Gérald Darmanin', 'PER', 'gerald-darmanin'],
      ['Sceaux', 'LOC', 'sceaux'],
    ]);
  });

  it('reads a given name spelled like a demonym or a holiday as a name before an unknown surname', () => {
    assert.deepEqual(entities('Hier. Selon Christian Estrosi, la Région paie. Noël Mamère aussi. Le 25 décembre, Noël fut calme.', 'fra'), [
      ['Christian Estrosi', 'PER', 'christian-estrosi'],
      ['Noël Mamère', 'PER', 'noel-mamere'],
    ]);
    // Ramadhan: the fasting month, and a common Indonesian given name.
    assert.deepEqual(entities('Gol dicetak oleh Egy Maulana Vikri dan Ramadhan Sananta. Selama bulan Ramadhan, harga naik.', 'ind'), [
      ['Egy Maulana Vikri', 'PER', 'egy-maulana-vikri'],
      ['Ramadhan Sananta', 'PER', 'ramadhan-sananta'],
    ]);
  });

  it('reads public corporations (Perum, Perumda) as organisations', () => {
    assert.deepEqual(entities('Stok aman, kata Perum Bulog. Perumda Tirta Pakuan Bogor menaikkan tarif.', 'ind'), [
      ['Perum Bulog', 'ORG', 'bulog'],
      ['Perumda Tirta Pakuan Bogor', 'ORG', 'perumda-tirta-pakuan-bogor'],
    ]);
  });

  it('ends no name in a lower-case particle', () => {
    assert.deepEqual(entities('Hier. Le quartier de la Belle de Mai reste bouclé, selon Charles de Gaulle.', 'fra'), [
      ['Charles de Gaulle', 'PER', 'charles-de-gaulle'],
    ]);
  });

  it('separates a known body after a title from the person holding the title', () => {
    assert.deepEqual(entities('Gubernur Bank Indonesia Perry Warjiyo menyebut rupiah menguat bersama Menpora Dito Ariotedjo.', 'ind'), [
      ['Bank Indonesia', 'ORG', 'bank-indonesia'],
      ['Perry Warjiyo', 'PER', 'perry-warjiyo'],
      ['Dito Ariotedjo', 'PER', 'dito-ariotedjo'],
    ]);
  });

  it('reads given names spelled like words as names (Teguh, Jay)', () => {
    assert.deepEqual(entities('Kepala Ekonom Bank Sinarmas Teguh Wicaksono menilai kapten tim Jay Sitorus layak tampil.', 'ind'), [
      ['Bank Sinarmas', 'ORG', 'bank-sinarmas'],
      ['Teguh Wicaksono', 'PER', 'teguh-wicaksono'],
      ['Jay Sitorus', 'PER', 'jay-sitorus'],
    ]);
  });

  it('separates the person from the body or place named before them (a role and "dari", a known place, then a given name)', () => {
    assert.deepEqual(entities('Peneliti senior dari Universitas Teknologi Sumbawa Lilik Purwanto menilai angka itu terlalu tinggi untuk daerah tersebut.', 'ind'), [
      ['Universitas Teknologi Sumbawa', 'ORG', 'universitas-teknologi-sumbawa'],
      ['Lilik Purwanto', 'PER', 'lilik-purwanto'],
    ]);
    assert.deepEqual(
      entities('Hal itu disampaikan Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Garut Asep Suhendar kepada wartawan pada hari Senin.', 'ind').map(([text, label]) => [text, label]),
      [
        ['Badan Penanggulangan Bencana Daerah', 'ORG'],
        ['BPBD', 'ORG'],
        ['Kabupaten Garut', 'LOC'],
        ['Asep Suhendar', 'PER'],
      ],
    );
  });

  it('reads Indonesian hospitals, district prosecutors and federations (RSUD, Kejari, Gabungan) as organisations', () => {
    assert.deepEqual(
      entities('Ketua Umum Gabungan Pengusaha Kelapa Sawit Indonesia (Gapki) Eddy Martono dirawat di RSUD Sayang Cianjur sejak Senin, kata penyidik Kejari Bogor.', 'ind').map(([text, label]) => [text, label]),
      [
        ['Gabungan Pengusaha Kelapa Sawit Indonesia', 'ORG'],
        ['Gapki', 'ORG'],
        ['Eddy Martono', 'PER'],
        ['RSUD Sayang Cianjur', 'ORG'],
        ['Kejari Bogor', 'ORG'],
      ],
    );
  });

  it('reads a titled institution with connectors, a hospital named after a doctor and a club ending in United', () => {
    assert.deepEqual(
      entities('Ia menjabat sebagai Kepala Badan Perencanaan Pembangunan dan Penelitian Daerah selama dua tahun sebelum dirawat di RSUD dr Iskak Tulungagung.', 'ind').map(([text, label]) => [text, label]),
      [
        ['Badan Perencanaan Pembangunan dan Penelitian Daerah', 'ORG'],
        ['RSUD dr Iskak Tulungagung', 'ORG'],
      ],
    );
    assert.deepEqual(
      entities('Pelatih memanggil gelandang Bali United Rizky Pellu dan penyerang Madura United Lulinha untuk laga melawan Vietnam.', 'ind').map(([text, label]) => [text, label]),
      [
        ['Bali United', 'ORG'],
        ['Rizky Pellu', 'PER'],
        ['Madura United', 'ORG'],
        ['Lulinha', 'PER'],
        ['Vietnam', 'LOC'],
      ],
    );
    assert.deepEqual(entities('Ia bertemu di Menara Kompas dengan Kepala Badan Pusat Statistik dan Menteri Keuangan Sri Mulyani pada Senin lalu di kantornya.', 'ind').map(([text, label]) => [text, label]), [
      ['Menara Kompas', 'LOC'],
      ['Badan Pusat Statistik', 'ORG'],
      ['Sri Mulyani', 'PER'],
    ]);
  });

  it('reads French institutions with -iste and anti- complements, parties, appeal assize courts and département numbers', () => {
    assert.deepEqual(
      entities("Selon l'Association des médecins urgentistes de France, les députés du Parti communiste ont saisi l'Office anti-fraude avant le procès devant la cour d'assises d'appel du Gard.", 'fra').map(([text, label]) => [text, label]),
      [
        ['Association des médecins urgentistes de France', 'ORG'],
        ['Parti communiste', 'ORG'],
        ['Office anti-fraude', 'ORG'],
        ["cour d'assises d'appel du Gard", 'ORG'],
      ],
    );
    const [full, short] = entities("Les pompiers du Service départemental d'incendie et de secours (Sdis 29) ont été mobilisés samedi soir selon la préfecture.", 'fra');
    assert.deepEqual([full.slice(0, 2), short.slice(0, 2)], [["Service départemental d'incendie et de secours", 'ORG'], ['Sdis 29', 'ORG']]);
    assert.equal(short[2], full[2], 'the short name in brackets shares the key of the full name');
  });

  it('reads the acronym of a French public body named in lower case as an organisation, not a common noun', () => {
    assert.deepEqual(
      entities("Selon l'agence régionale de santé (ARS), la situation est sous contrôle. La directrice de l'ARS reste prudente, et le produit intérieur brut (PIB) baisse.", 'fra').map(([text, label]) => [text, label]),
      [
        ['ARS', 'ORG'],
        ['ARS', 'ORG'],
      ],
    );
  });

  it('reads French places from a cue and an article, the area in brackets after them, a town hall or a stadium', () => {
    assert.deepEqual(
      entities('Un accident a eu lieu à hauteur de La Forest-Landerneau (Finistère) samedi, puis un autre à la Castellane, dans la cité de la Busserine.', 'fra').map(([text, label]) => [text, label]),
      [
        ['La Forest-Landerneau', 'LOC'],
        ['Finistère', 'LOC'],
        ['Castellane', 'LOC'],
        ['Busserine', 'LOC'],
      ],
    );
    assert.deepEqual(
      entities('Les urgences du centre hospitalier de Vierzon (Cher) fermeront. La victime habitait Plouguerneau, selon la mairie de Plouguerneau, près du stade Geoffroy-Guichard.', 'fra').map(([text, label]) => [text, label]),
      [
        ['Vierzon', 'LOC'],
        ['Cher', 'LOC'],
        ['Plouguerneau', 'LOC'],
        ['Plouguerneau', 'LOC'],
        ['Geoffroy-Guichard', 'LOC'],
      ],
    );
  });

  it('reads Stade before a demonym as a club, not a stadium, and a departmental road as no organisation', () => {
    assert.deepEqual(
      entities('Le Stade Rennais a battu le Stade Toulousain au Stade de France, puis les supporters ont bloqué la RD 712 dimanche soir.', 'fra').map(([text, label]) => [text, label]),
      [
        ['Stade Rennais', 'ORG'],
        ['Stade Toulousain', 'ORG'],
        ['Stade de France', 'LOC'],
      ],
    );
  });

  it('knows industrial groups, space companies and watchdogs as organisations', () => {
    assert.deepEqual(
      entities('Racheté par le suisse Holcim, Lafarge a confié à Thales Alenia Space et Arianespace un contrat géré par Haropa Port pour la Marine nationale.', 'fra').map(([text, label]) => [text, label]),
      [
        ['Holcim', 'ORG'],
        ['Lafarge', 'ORG'],
        ['Thales Alenia Space', 'ORG'],
        ['Arianespace', 'ORG'],
        ['Haropa Port', 'ORG'],
        ['Marine nationale', 'ORG'],
      ],
    );
    assert.deepEqual(
      entities('Koordinator MAKI Boyamin Saiman meminta LKPP dan Bank Permata terbuka kepada publik.', 'ind').map(([text, label]) => [text, label]),
      [
        ['MAKI', 'ORG'],
        ['Boyamin Saiman', 'PER'],
        ['LKPP', 'ORG'],
        ['Bank Permata', 'ORG'],
      ],
    );
  });

  it('keeps a police or navy rank after the body out of the name of the person', () => {
    assert.deepEqual(
      entities('Kabid Humas Polda Jambi Kombes Yusuf Harahap dan Kepala Bakamla Laksamana Muda Budi Santosa meninjau dermaga.', 'ind').map(([text, label]) => [text, label]),
      [
        ['Polda Jambi', 'ORG'],
        ['Yusuf Harahap', 'PER'],
        ['Bakamla', 'ORG'],
        ['Budi Santosa', 'PER'],
      ],
    );
  });

  it('reads the portfolio words of a ministry after a title as no name', () => {
    assert.deepEqual(
      entities('Rapat itu dihadiri Menteri Kesehatan dan Pertanian serta Menteri Perhubungan dan Pariwisata Wahyu Hidayat.', 'ind').map(([text, label]) => [text, label]),
      [['Wahyu Hidayat', 'PER']],
    );
  });

  it('reads initials after "berinisial" as a person and a title alone as no one', () => {
    assert.deepEqual(
      entities('Polisi menahan seorang pria berinisial AS (41) di Kota Medan, Senin.', 'ind').map(([text, label]) => [text, label]),
      [
        ['AS', 'PER'],
        ['Kota Medan', 'LOC'],
      ],
    );
    assert.deepEqual(
      entities("Le PDG de Holcim a démissionné jeudi, a annoncé le groupe.", 'fra').map(([text, label]) => [text, label]),
      [['Holcim', 'ORG']],
    );
  });

  it('keeps clergy titles and the corporate secretary out of the name', () => {
    assert.deepEqual(
      entities('Misa dipimpin Romo Benny Susetyo, sedangkan Sekretaris Perusahaan Antam Syarif Faisal Alkadrie hadir bersama Kiai Ahmad Bahauddin.', 'ind').map(([text, label]) => [text, label]),
      [
        ['Benny Susetyo', 'PER'],
        ['Antam', 'ORG'],
        ['Syarif Faisal Alkadrie', 'PER'],
        ['Ahmad Bahauddin', 'PER'],
      ],
    );
  });

  it('does not carry an organisation cue across a comma to the person named after it', () => {
    assert.deepEqual(
      entities('« Rien ne bougera », a prévenu le secrétaire général de la fédération, Tony Kermarrec, devant la préfecture.', 'fra').map(([text, label]) => [text, label]),
      [['Tony Kermarrec', 'PER']],
    );
  });

  it('reads a name after a valley or a river bank as a place', () => {
    assert.deepEqual(
      entities('Les riverains des bords de la Vézère et les éleveurs de la vallée de la Durance ont manifesté.', 'fra').map(([text, label]) => [text, label]),
      [
        ['Vézère', 'LOC'],
        ['Durance', 'LOC'],
      ],
    );
  });

  it('separates a police unit, its rank and the officer after a police title', () => {
    assert.deepEqual(
      entities('Kasat Reskrim Polres Bogor AKP Teguh Kumara dan Direktur Reskrimum Polda Jabar Kombes Surawan memberi keterangan kepada wartawan di Bandung.', 'ind').map(([text, label]) => [text, label]),
      [
        ['Polres Bogor', 'ORG'],
        ['Teguh Kumara', 'PER'],
        ['Polda Jabar', 'ORG'],
        ['Surawan', 'PER'],
        ['Bandung', 'LOC'],
      ],
    );
  });

  it('reads no entity in the name of a competition, and a national team as an organisation', () => {
    assert.deepEqual(
      entities('Le XV de France prépare le Tournoi des Six Nations, tandis que le coureur vise le Tour de France et la Coupe du monde à Lyon.', 'fra').map(([text, label]) => [text, label]),
      [
        ['XV de France', 'ORG'],
        ['Lyon', 'LOC'],
      ],
    );
    assert.deepEqual(
      entities('Timnas Indonesia akan tampil di Piala Asia dan Piala Dunia, sementara Persib memimpin Liga 1 di Bandung.', 'ind').map(([text, label]) => [text, label]),
      [
        ['Timnas Indonesia', 'ORG'],
        ['Persib', 'ORG'],
        ['Bandung', 'LOC'],
      ],
    );
  });

  it('keeps corporate titles out of the name and knows startups and rugby clubs', () => {
    assert.deepEqual(
      entities('Managing Partner East Ventures Willson Kurnia mengatakan, investor menunda pendanaan untuk eFishery dan startup lain di Jakarta.', 'ind').map(([text, label]) => [text, label]),
      [
        ['East Ventures', 'ORG'],
        ['Willson Kurnia', 'PER'],
        ['eFishery', 'ORG'],
        ['Jakarta', 'LOC'],
      ],
    );
    assert.deepEqual(
      entities("Le Stade français a battu l'ASM Clermont Auvergne et le RC Toulon a dominé la Section paloise.", 'fra').map(([text, label]) => [text, label]),
      [
        ['Stade français', 'ORG'],
        ['ASM Clermont Auvergne', 'ORG'],
        ['RC Toulon', 'ORG'],
        ['Section paloise', 'ORG'],
      ],
    );
  });

  it('reads networks, forums and task forces (Jaringan, Forum, Satgas) as organisations, and a first word before itu as a word', () => {
    assert.deepEqual(
      entities('Jaringan Advokasi Tambang Kalimantan dan Satgas Pangan menyurati pemerintah. Surat itu juga dikirim kepada Forum Petani Garam di Madura.', 'ind').map(([text, label]) => [text, label]),
      [
        ['Jaringan Advokasi Tambang Kalimantan', 'ORG'],
        ['Satgas Pangan', 'ORG'],
        ['Forum Petani Garam', 'ORG'],
        ['Madura', 'LOC'],
      ],
    );
  });

  it('reads a team (Tim) named after a title as the body, then the person', () => {
    assert.deepEqual(
      entities('Ketua Umum Tim Penanggung Jawab Seleksi Nasional Penerimaan Mahasiswa Baru (SNPMB) Eduart Wolok mengatakan, hasil seleksi diumumkan pekan depan.', 'ind').map(([text, label]) => [text, label]),
      [
        ['Tim Penanggung Jawab Seleksi Nasional Penerimaan Mahasiswa Baru', 'ORG'],
        ['SNPMB', 'ORG'],
        ['Eduart Wolok', 'PER'],
      ],
    );
  });

  it('ends a state company at its (Persero) Tbk suffix and reads a lone title as no place', () => {
    assert.deepEqual(
      entities('Saham PT Bank Negara Indonesia (Persero) Tbk naik, sementara PT Pupuk Indonesia (Persero) memanggil 5 Kadis di Surabaya.', 'ind').map(([text, label]) => [text, label]),
      [
        ['PT Bank Negara Indonesia (Persero) Tbk', 'ORG'],
        ['PT Pupuk Indonesia (Persero)', 'ORG'],
        ['Surabaya', 'LOC'],
      ],
    );
  });

  it('reads a geophysics or meteorology station as an organisation', () => {
    assert.deepEqual(
      entities('Stasiun Geofisika Sleman mencatat 12 gempa susulan, sedangkan Stasiun Meteorologi Juanda memantau hujan di Stasiun Gambir.', 'ind').map(([text, label]) => [text, label]),
      [
        ['Stasiun Geofisika Sleman', 'ORG'],
        ['Stasiun Meteorologi Juanda', 'ORG'],
        ['Stasiun Gambir', 'LOC'],
      ],
    );
  });

  it('reads market indices and meeting acronyms (IHSG, RDG, RUPS) as no entity', () => {
    assert.deepEqual(
      entities('IHSG menguat jelang RDG Bank Indonesia, sementara RUPS Garuda Indonesia digelar di Jakarta.', 'ind').map(([text, label]) => [text, label]),
      [
        ['Bank Indonesia', 'ORG'],
        ['Garuda Indonesia', 'ORG'],
        ['Jakarta', 'LOC'],
      ],
    );
  });

  it('reads French benefit acronyms as no entity and knows carmakers and transport authorities', () => {
    assert.deepEqual(
      entities('Le RSA et les APL augmentent, Île-de-France Mobilités relève le passe et Citroën rappelle des voitures.', 'fra').map(([text, label]) => [text, label]),
      [
        ['Île-de-France Mobilités', 'ORG'],
        ['Citroën', 'ORG'],
      ],
    );
  });

  it('reads a name after the elided qu\u2019, lorsqu\u2019 or puisqu\u2019', () => {
    assert.deepEqual(
      entities("Le ministre a assuré qu'Élisabeth Borne et lorsqu'Airbus a confirmé puisqu’Orange SA a signé.", 'fra').map(([text, label]) => [text, label]),
      [
        ['Élisabeth Borne', 'PER'],
        ['Airbus', 'ORG'],
        ['Orange SA', 'ORG'],
      ],
    );
  });

  it('reads a single name given with an age in brackets as a person, and a corps after a rank as no name', () => {
    assert.deepEqual(
      entities('Salah satu pengungsi, Sumiyati (54), ditemui Letkol Inf Hendro Wicaksono di posko.\nKomentar (0)', 'ind').map(([text, label]) => [text, label]),
      [
        ['Sumiyati', 'PER'],
        ['Hendro Wicaksono', 'PER'],
      ],
    );
    assert.deepEqual(
      entities('Data Stasiun Maritim Tanjung Emas menunjukkan air pasang di pesisir utara.', 'ind').map(([text, label]) => [text, label]),
      [['Stasiun Maritim Tanjung Emas', 'ORG']],
    );
  });

  it('reads common Indonesian given names spelled like rare words (Ari, Bima) as names', () => {
    assert.deepEqual(
      entities('Menurut prakirawan BMKG, Ari Kusnadi, gelombang tinggi masih terjadi, kata Bima Prasetya di Cilacap.', 'ind').map(([text, label]) => [text, label]),
      [
        ['BMKG', 'ORG'],
        ['Ari Kusnadi', 'PER'],
        ['Bima Prasetya', 'PER'],
        ['Cilacap', 'LOC'],
      ],
    );
  });

  it('reads Imam before an Indonesian name as the given name, Imam Besar as the title', () => {
    assert.deepEqual(
      entities('Peneliti maritim, Imam Prakoso, bertemu Imam Besar Ahmad Fauzan di Jakarta.', 'ind').map(([text, label]) => [text, label]),
      [
        ['Imam Prakoso', 'PER'],
        ['Ahmad Fauzan', 'PER'],
        ['Jakarta', 'LOC'],
      ],
    );
  });

  it('keeps two plural nouns sharing "des" in a French institution name', () => {
    assert.deepEqual(
      entities("Selon l'Office français de protection des réfugiés et apatrides, la Fédération des chasseurs et les maires ont écrit.", 'fra').map(([text, label]) => [text, label]),
      [
        ['Office français de protection des réfugiés et apatrides', 'ORG'],
        ['Fédération des chasseurs', 'ORG'],
      ],
    );
  });

  it('sends Arabic-script text to the Arabic recogniser and Latin text here', () => {
    const latin = 'Presiden Iran Masoud Pezeshkian tiba di Teheran.';
    assert.deepEqual(
      findEntities(latin, parseStructure(latin, 'und'), 'und').map((m) => m.text),
      ['Iran', 'Masoud Pezeshkian', 'Teheran'],
    );
    const arabic = 'وصل الرئيس فلاديمير بوتين إلى موسكو.';
    assert.ok(findEntities(arabic, parseStructure(arabic, 'arb'), 'arb').some((m) => m.text === 'موسكو' && m.entity === 'moscow'));
  });
});
