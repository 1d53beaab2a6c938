import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import lexicon from '../../server/data/boilerplate.json';
import { findBoilerplate, isPlainlyNfc } from '../../server/src/engine/boilerplate';

const spans = (text: string) => findBoilerplate(text).map((b) => `${b.text}|${b.reason}`);

describe('boilerplate', () => {
  it('finds section label, avatar, counters, icons, the repeated title and share widgets at the top of a page', () => {
    const text = 'Dunia\u00a0\n\nMenlu Rusia Tiba di Damaskus untuk Pembicaraan\n\nAvatar photo\n7\n✕\n\nMenlu Rusia Tiba di Damaskus untuk Pembicaraan\n\nBagikan artikel ini\n\nMenteri luar negeri Rusia tiba di Damaskus pada Senin.\n';
    assert.deepEqual(spans(text), [
      'Dunia|section label',
      'Avatar photo|page widget',
      '7|lone number or icon',
      '✕|lone number or icon',
      'Menlu Rusia Tiba di Damaskus untuk Pembicaraan|repeated headline',
      'Bagikan artikel ini|page widget',
    ]);
    const first = findBoilerplate(text)[0];
    assert.equal(text.slice(first.start, first.end), 'Dunia');
  });
  it('finds comment forms, read-also links, cookie banners and share rows in each language', () => {
    const text = [
      'Le ministre est arrivé à Damas lundi pour des entretiens.',
      'Lire aussi : Le point sur la situation en Syrie',
      'Partager :',
      'Facebook Twitter WhatsApp',
      'Laisser un commentaire',
      'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *',
      'اقرأ أيضا: زيارة وزير الخارجية',
      'اترك تعليقاً',
      'Baca juga: Menlu Rusia ke Damaskus',
      'Leave a Reply',
      'We use cookies to improve your experience.',
      'Home › World › Middle East',
      '14 Komentar',
      '3 min read',
      'Dibaca 1.234 kali',
      'Il y a 3 commentaires sur cet article.',
      '[Gambas:Video CNN]',
      '(rds/dna)',
      'Baca artikel detiknews, "Putin Terima Al-Sharaa" selengkapnya',
    ].join('\n');
    assert.deepEqual(spans(text), [
      'Lire aussi : Le point sur la situation en Syrie|page notice',
      'Partager :|page widget',
      'Facebook Twitter WhatsApp|share widget',
      'Laisser un commentaire|page widget',
      'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *|page notice',
      'اقرأ أيضا: زيارة وزير الخارجية|page notice',
      'اترك تعليقاً|page widget',
      'Baca juga: Menlu Rusia ke Damaskus|page notice',
      'Leave a Reply|page widget',
      'We use cookies to improve your experience.|page notice',
      'Home › World › Middle East|breadcrumb',
      '14 Komentar|counter',
      '3 min read|counter',
      'Dibaca 1.234 kali|counter',
      '[Gambas:Video CNN]|embed placeholder',
      "(rds/dna)|editors' initials",
      'Baca artikel detiknews, "Putin Terima Al-Sharaa" selengkapnya|page notice',
    ]);
  });
  it('finds a two-word site or section name above the headline and a widget glued to the last paragraph', () => {
    const text = 'Berita Dunia\nPutin Bertemu Al-Sharaa di Moskow\nKedua pemimpin membahas pangkalan militer Rusia. Share:';
    const found = findBoilerplate(text);
    assert.deepEqual(found.map((b) => `${b.text}|${b.reason}`), ['Berita Dunia|section label', 'Share:|page widget']);
    assert.equal(text.slice(found[1].start, found[1].end), 'Share:');
  });
  it('finds the title repeated with the site name after it', () => {
    const text = 'Putin Bertemu Al-Sharaa di Moskow\nPutin Bertemu Al-Sharaa di Moskow | Suarathailand\nKedua pemimpin membahas pangkalan militer Rusia.\n';
    assert.deepEqual(spans(text), ['Putin Bertemu Al-Sharaa di Moskow | Suarathailand|repeated headline']);
  });
  it('finds a line repeated among many lines of its length, whatever its case and spacing', () => {
    // Twelve paragraphs of one length (more than are compared one by one), then a copy of the second one.
    const paragraphs = Array.from({ length: 12 }, (_, i) => `Paragraf ${String.fromCharCode(0x61 + i)} tentang kerja sama kedua negara.`);
    const text = ['Putin Bertemu Al-Sharaa di Moskow', ...paragraphs, 'PARAGRAF B  tentang kerja sama kedua negara.'].join('\n');
    assert.deepEqual(spans(text), ['PARAGRAF B  tentang kerja sama kedua negara.|repeated line']);
  });
  it('keeps article text: a one-word line after the headline, words like "on" inside sentences, short repeated lines', () => {
    const text = 'Putin Meets Sharaa in Moscow\nKesimpulan\nThe talks went on for hours.\nShares of Gazprom rose.\nKesimpulan\n';
    assert.deepEqual(spans(text), []);
  });
  it('matches the gold residue of the sample articles exactly', () => {
    const gold = path.resolve(__dirname, '../gold');
    for (const f of fs.readdirSync(gold).filter((x) => x.endsWith('.gold.json'))) {
      const g = JSON.parse(fs.readFileSync(path.join(gold, f), 'utf8'));
      const text = fs.readFileSync(path.join(gold, g.doc), 'utf8');
      assert.deepEqual(
        findBoilerplate(text).map(({ start, end, text }) => ({ start, end, text })),
        g.boilerplate,
        g.doc,
      );
    }
  });
  it('ships a documented lexicon for every supported language', () => {
    assert.match(lexicon._source, /Compiled by hand/);
    assert.equal(lexicon._licence, 'MIT (this project)');
    for (const list of [lexicon.lines, lexicon.prefixes, lexicon.sections, lexicon.counters]) {
      assert.deepEqual(Object.keys(list).sort(), ['arb', 'eng', 'fra', 'ind']);
      for (const words of Object.values(list)) {
        assert.equal(new Set(words).size, words.length, 'duplicate entry');
        for (const w of words) assert.equal(w, w.toLowerCase().trim(), `entry not lower case/trimmed: ${w}`);
      }
    }
  });
  it('finds share rows made of several widget labels, networks and separators in each language', () => {
    const text = [
      'Gempa Guncang Pesisir Selatan Jawa Barat',
      'Bagikan ke: WhatsApp Facebook X Salin Link',
      'Partager sur LinkedIn · Envoyer par e-mail · Copier le lien',
      'Commenter · Signaler une erreur',
      'واتساب تلغرام فيسبوك',
      'شارك عبر فيسبوك وتويتر',
      'Facebook adalah platform yang dipakai warga untuk berbagi kabar.',
      'X Twitter',
    ].join('\n');
    assert.deepEqual(spans(text), [
      'Bagikan ke: WhatsApp Facebook X Salin Link|share widget',
      'Partager sur LinkedIn · Envoyer par e-mail · Copier le lien|share widget',
      'Commenter · Signaler une erreur|share widget',
      'واتساب تلغرام فيسبوك|share widget',
      'شارك عبر فيسبوك وتويتر|share widget',
      'X Twitter|share widget',
    ]);
  });
  it('finds credit lines, photo credits, tags, copyright, syndication and comment-login notices', () => {
    const text = [
      'Harga Beras Naik di Sejumlah Pasar Tradisional',
      'Penulis : Rudi Hartanto',
      'Foto: ANTARA/Andi Firdaus',
      'Par Camille Martin, à Marseille',
      'Par ailleurs, la mairie a rouvert le marché.',
      'بقلم: سامي الخطيب',
      'Crédit photo : Reuters',
      'صورة أرشيفية لسوق الخضار',
      'Mots-clés : inflation, marchés',
      'الكلمات المفتاحية: الأسعار',
      '© 2025 Media Nusantara. Hak cipta dilindungi.',
      'Hak Cipta © Harian Pagi 2025',
      'Artikel ini telah tayang di situs mitra kami.',
      'Vous devez être connecté pour réagir.',
      'Comments are closed.',
      'التعليقات مغلقة',
      'Se connecter',
      'Temps de lecture : 4 min',
      'وقت القراءة: 3 دقائق',
    ].join('\n');
    assert.deepEqual(spans(text), [
      'Penulis : Rudi Hartanto|page notice',
      'Foto: ANTARA/Andi Firdaus|page notice',
      'Par Camille Martin, à Marseille|byline',
      'بقلم: سامي الخطيب|page notice',
      'Crédit photo : Reuters|page notice',
      'صورة أرشيفية لسوق الخضار|page notice',
      'Mots-clés : inflation, marchés|page notice',
      'الكلمات المفتاحية: الأسعار|page notice',
      '© 2025 Media Nusantara. Hak cipta dilindungi.|page notice',
      'Hak Cipta © Harian Pagi 2025|page notice',
      'Artikel ini telah tayang di situs mitra kami.|page notice',
      'Vous devez être connecté pour réagir.|page notice',
      'Comments are closed.|page widget',
      'التعليقات مغلقة|page widget',
      'Se connecter|page widget',
      'Temps de lecture : 4 min|page notice',
      'وقت القراءة: 3 دقائق|page notice',
    ]);
  });
  it('finds a photo credit closing a caption, and agency, video and app lines', () => {
    const text = [
      'Harga Cabai Melonjak Jelang Akhir Tahun',
      'Pedagang menata cabai di Pasar Induk, Senin (1/12). (Foto: ANTARA/Rizal Hakim)',
      'Des pompiers luttent contre les flammes près d’Aubagne. (Photo AFP)',
      'متطوعون يوزعون المساعدات في القرية (صورة: رويترز)',
      'Avec AFP',
      'Lihat Foto',
      'Unduh aplikasi kami untuk berita terbaru.',
      'انقر هنا للاشتراك في النشرة',
    ].join('\n');
    const found = findBoilerplate(text);
    assert.deepEqual(found.map((b) => `${b.text}|${b.reason}`), [
      '(Foto: ANTARA/Rizal Hakim)|photo credit',
      '(Photo AFP)|photo credit',
      '(صورة: رويترز)|photo credit',
      'Avec AFP|page widget',
      'Lihat Foto|page widget',
      'Unduh aplikasi kami untuk berita terbaru.|page notice',
      'انقر هنا للاشتراك في النشرة|page notice',
    ]);
    for (const b of found) assert.equal(text.slice(b.start, b.end), b.text);
  });
  it('finds pagination, author boxes and sponsored labels', () => {
    const text = 'Putin Bertemu Al-Sharaa di Moskow\nHalaman 2 dari 3\nHalaman Selanjutnya\nPage 1 of 4\nÀ propos de l’auteur\nمحتوى مدعوم\nالصفحة التالية\n';
    assert.deepEqual(spans(text), [
      'Halaman 2 dari 3|counter',
      'Halaman Selanjutnya|page widget',
      'Page 1 of 4|counter',
      'À propos de l’auteur|page widget',
      'محتوى مدعوم|page widget',
      'الصفحة التالية|page widget',
    ]);
  });
  it('finds bylines without a date, not a byline line that carries the date', () => {
    const text = 'Banjir Bandang Terjang Dua Kecamatan\nOleh Siti Rahma\nOleh Siti Rahma - Kamis, 9 Oktober 2025\nكتب - محمود سالم\nكتب الوزير في تغريدة أن الاجتماع مثمر\n';
    assert.deepEqual(spans(text), ['Oleh Siti Rahma|byline', 'كتب - محمود سالم|byline']);
  });
  it('keeps the publication date but not its labels', () => {
    const text = 'Le Sénat adopte le budget de la Sécurité sociale\nPublié le 3 décembre 2025 à 09h10 · Mis à jour le 3 décembre 2025 à 11h02\nنشر في 12 مارس 2025\nDiperbarui: Senin, 6 Oktober 2025 08:15 WIB\nPublié en 2019, le rapport a fait date.\n';
    const found = findBoilerplate(text);
    assert.deepEqual(found.map((b) => `${b.text}|${b.reason}`), [
      'Publié le|date label',
      '· Mis à jour le|date label',
      'نشر في|date label',
      'Diperbarui:|date label',
    ]);
    for (const b of found) assert.equal(text.slice(b.start, b.end), b.text);
  });
  it('takes a publication or update stamp with a time so many hours ago as residue, with the counter after it', () => {
    const text = [
      'DPR Pangkas Anggaran Pembangunan Ibu Kota Baru',
      'Diperbarui 3 jam lalu · 4 menit baca',
      'Mis à jour il y a 2 heures Temps de lecture : 3 min',
      'آخر تحديث منذ 3 ساعات',
      'Updated 5 minutes ago',
      'Diperbarui 3 hari lalu',
      '3 jam lalu',
      'منذ ساعتين',
    ].join('\n');
    assert.deepEqual(spans(text), [
      'Diperbarui 3 jam lalu · 4 menit baca|update stamp',
      'Mis à jour il y a 2 heures|update stamp',
      'Temps de lecture : 3 min|page notice',
      'آخر تحديث منذ 3 ساعات|update stamp',
      'Updated 5 minutes ago|update stamp',
      'Diperbarui|date label',
      '3 jam lalu|update stamp',
      'منذ ساعتين|update stamp',
    ]);
  });
  it('finds the credit before the date of a header line, and a clock time closing a date line; the date stays text', () => {
    const text = [
      'Kapal Penumpang Tenggelam di Perairan Lingga',
      'Oleh: Rika Handayani - Senin, 9 Maret 2026 10:20 WIB',
      'Laurent Castellani · Publié le 19/01/2026 à 07h00',
      'كتب: سمير بن علي - 3 مارس 2025',
      'نشر في 8 أكتوبر 2024 - 10:45',
      'الاثنين 20 تشرين الأول 2025 - آخر تحديث 11:05',
      'Oleh Yohanes Sitorus - Jumat, 10 Oktober 2025',
      'Le maire a rencontré les habitants du quartier de la gare lundi 3 mars 2025 - 10:45',
      'Les négociations reprendront à 10:45 - 11:30',
    ].join('\n');
    assert.deepEqual(spans(text), [
      'Oleh: Rika Handayani -|byline',
      'Laurent Castellani · Publié le|byline',
      'كتب: سمير بن علي -|byline',
      'نشر في|date label',
      '- 10:45|clock time',
      '- آخر تحديث 11:05|clock time',
    ]);
  });
  it('finds prompts after the article, and share rows with a tweet button or a count', () => {
    const text = [
      'Grève des enseignants à Lille contre les suppressions de postes',
      'Cet article vous a été utile ? Abonnez-vous à notre newsletter',
      'Apakah artikel ini bermanfaat?',
      'هل كان هذا المقال مفيدا؟',
      'Was this article helpful?',
      'Partager · Commenter (34)',
      'Partager Tweeter E-mail',
      'Share Tweet WhatsApp',
      'Video 2',
    ].join('\n');
    assert.deepEqual(spans(text), [
      'Cet article vous a été utile ? Abonnez-vous à notre newsletter|page notice',
      'Apakah artikel ini bermanfaat?|page notice',
      'هل كان هذا المقال مفيدا؟|page notice',
      'Was this article helpful?|page notice',
      'Partager · Commenter (34)|share widget',
      'Partager Tweeter E-mail|share widget',
      'Share Tweet WhatsApp|share widget',
    ]);
  });
  it('finds the headlines linked under a read-also or related label, until article text resumes', () => {
    const text = [
      'Pemerintah Tetapkan Upah Minimum Baru',
      'Baca Juga:',
      'Menaker Minta Pengusaha Patuhi Aturan Upah',
      'Serikat Buruh Ancam Mogok Nasional',
      'Kenaikan upah berlaku mulai Januari di seluruh provinsi.',
      'À lire aussi',
      'Les syndicats appellent à la grève',
      'مقالات ذات صلة',
      'ارتفاع أسعار الذهب في الأسواق المحلية',
      'Articles liés',
    ].join('\n');
    assert.deepEqual(spans(text), [
      'Baca Juga:|page widget',
      'Menaker Minta Pengusaha Patuhi Aturan Upah|linked headline',
      'Serikat Buruh Ancam Mogok Nasional|linked headline',
      'À lire aussi|page widget',
      'Les syndicats appellent à la grève|linked headline',
      'مقالات ذات صلة|page widget',
      'ارتفاع أسعار الذهب في الأسواق المحلية|linked headline',
      'Articles liés|page widget',
    ]);
  });
  it('is linear on a huge page', function () {
    this.timeout(20_000);
    const page = (n: number) => Array.from({ length: n }, (_, i) => `Share\nParagraph ${i} of the article text goes on.\n`).join('');
    /** Best of three runs: a run slowed by another process on a loaded machine does not count. */
    const timed = (text: string, residue: number) => {
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const t0 = performance.now();
        assert.equal(findBoilerplate(text).length, residue);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    timed(page(2_000), 2_000); // warm-up
    const small = timed(page(10_000), 10_000);
    const big = timed(page(100_000), 100_000);
    // Ten times the lines: about ten times the time when linear, a hundred times when quadratic. The ratio
    // holds on a loaded machine, where an absolute bound would not.
    assert.ok(big < 30 * Math.max(small, 20), `10k lines ${small.toFixed(0)} ms, 100k lines ${big.toFixed(0)} ms`);
  });
});

describe('isPlainlyNfc', () => {
  it('accepts only units that NFC leaves alone, alone and side by side', () => {
    const plain: number[] = [];
    for (let unit = 0; unit < 0x3100; unit++) if (isPlainlyNfc(String.fromCharCode(unit))) plain.push(unit);
    for (const a of plain) {
      assert.equal(String.fromCharCode(a).normalize('NFC'), String.fromCharCode(a));
      for (const b of plain) {
        const pair = String.fromCharCode(a, b);
        if (pair.normalize('NFC') !== pair) assert.fail(`U+${a.toString(16)} U+${b.toString(16)} changes under NFC`);
      }
    }
  });

  it('sends a line with a combining mark or an Arabic letter to normalize()', () => {
    assert.equal(isPlainlyNfc('Le préfet a dit « non » — et l’État ?'), true);
    assert.equal(isPlainlyNfc('Cafe\u0301'), false);
    assert.equal(isPlainlyNfc('قال الرئيس'), false);
  });
});
