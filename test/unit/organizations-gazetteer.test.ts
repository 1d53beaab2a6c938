// The organisation gazetteer (server/data/organizations.json) for Indonesian and French news: each family of
// names is found by the gazetteer lookup with its id and label, and in new sentences through analyzeArticle.
//
// Left out on purpose, because the gazetteer is shared by every language and a name there beats a place, a
// person or a word:
// - ordinary words: "Mandiri" (independent; only "Bank Mandiri"), "Kering" (dry: the luxury group is not
//   listed), "Timah" (tin; only "PT Timah"), "Persik" and "Persis" (peach, exactly; only with the club's town),
//   bare "Renaissance" (the period; the party keeps LREM and its former names), "Marianne", "Challenges",
//   "Brut", "ici" (the radio network's new name), "En marche";
// - acronyms that are ordinary Indonesian or French words or belong to another body: ASN (aparatur sipil
//   negara, civil servants), PAM (water companies: PAM Jaya), BAD (Banque africaine de développement), CSA
//   (also a pollster), CPAM (one per département); BEI is the Indonesia Stock Exchange, not the Banque
//   européenne d'investissement;
// - places and people: bare "Orange" and "Carrefour" (a town in Vaucluse, a city in Haiti), "Leclerc" and "Vinci"
//   (surnames: "groupe Leclerc", "Vinci Autoroutes" only), seats of power named by their address (Matignon,
//   Quai d'Orsay, place Beauvau: places with an acting institution, as the Élysée in places.json);
// - generic regional bodies (BPBD, Polda, ARS, Kejati): one name for many bodies would link them all;
// - companies that news names with their local seat ("Keolis Rennes", "Transdev Lyon"): the recogniser reads an
//   unknown company before a city as one organisation, and a known one would split off the city;
// - "Kementerian Agama" in full ("Kemenag" is listed): after a title, a portfolio word before a known ministry
//   reads as a name ("Direktur Jenderal Penyelenggaraan Haji dan Umrah Kementerian Agama" -> "Umrah" PER).
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/engine';
import { gazetteerLookup } from '../../server/src/engine/gazetteer';

/** Every name must be found as an ORG with this id. */
function assertOrganisations(expected: Record<string, string[]>): void {
  for (const [id, names] of Object.entries(expected)) {
    for (const name of names) {
      const entry = gazetteerLookup(name);
      assert.equal(entry?.id, id, name);
      assert.equal(entry?.label, 'ORG', name);
    }
  }
}

/** [text, label, key] of every mention analyzeArticle finds. */
function mentions(text: string): [string, string, string][] {
  return analyzeArticle(text).entities.map((m) => [m.text, m.label, m.entity]);
}

describe('organisation gazetteer (Indonesian and French news)', () => {
  it('knows Indonesian ministries by their full names, short names and Kemen- acronyms, old nomenclature included', () => {
    assertOrganisations({
      'ministry-of-health-indonesia': ['Kementerian Kesehatan', 'Kemenkes'],
      'ministry-of-finance-indonesia': ['Kementerian Keuangan', 'Kemenkeu'],
      'ministry-of-foreign-affairs-indonesia': ['Kementerian Luar Negeri', 'Kemenlu', 'Kemlu'],
      'ministry-of-religious-affairs-indonesia': ['Kemenag'],
      'ministry-of-energy-and-mineral-resources-indonesia': ['Kementerian ESDM', 'Kementerian Energi dan Sumber Daya Mineral'],
      'ministry-of-public-works-indonesia': ['Kementerian PUPR', 'KemenPUPR'],
      'ministry-of-communication-and-digital-affairs-indonesia': ['Komdigi', 'Kementerian Komunikasi dan Digital', 'Kominfo'],
      'ministry-of-administrative-and-bureaucratic-reform-indonesia': ['KemenPAN-RB', 'Kementerian PANRB'],
      'ministry-of-higher-education-science-and-technology-indonesia': ['Kemendiktisaintek', 'Kementerian Pendidikan Tinggi, Sains, dan Teknologi'],
      'coordinating-ministry-for-economic-affairs': ['Kemenko Perekonomian'],
      'coordinating-ministry-for-political-and-security-affairs-indonesia': ['Kemenko Polkam', 'Kemenko Polhukam'],
      'national-development-planning-agency': ['Bappenas', 'Kementerian PPN'],
    });
  });

  it('knows Indonesian state agencies, commissions, courts, security forces and their acronyms', () => {
    assertOrganisations({
      'deposit-insurance-corporation-indonesia': ['LPS', 'Lembaga Penjamin Simpanan'],
      'national-agency-of-drug-and-food-control': ['BPOM', 'Badan POM'],
      'national-population-and-family-planning-board': ['BKKBN'],
      'financial-and-development-supervisory-agency': ['BPKP'],
      'indonesian-financial-transaction-reports-and-analysis-center': ['PPATK'],
      'state-intelligence-agency-indonesia': ['BIN', 'Badan Intelijen Negara'],
      'national-nutrition-agency-indonesia': ['Badan Gizi Nasional', 'BGN'],
      'judicial-commission-of-indonesia': ['Komisi Yudisial', 'KY'],
      'supreme-court-of-indonesia': ['Mahkamah Agung', 'MA'],
      'nusantara-capital-city-authority': ['Otorita Ibu Kota Nusantara', 'Otorita IKN'],
      'indonesia-stock-exchange': ['Bursa Efek Indonesia', 'BEI', 'IDX'],
      'criminal-investigation-agency-indonesia': ['Bareskrim', 'Bareskrim Polri'],
      'indonesian-national-police': ['Polri', 'Mabes Polri'],
      'detachment-88': ['Densus 88'],
      'kopassus': ['Kopassus'],
    });
  });

  it('knows Indonesian parties, companies, universities, federations, clubs, civil society and media', () => {
    assertOrganisations({
      'hanura-party': ['Hanura', 'Partai Hanura'],
      'indonesian-democratic-party-of-struggle': ['Partai Demokrasi Indonesia Perjuangan'],
      'kereta-api-indonesia': ['KAI', 'PT Kereta Api Indonesia'],
      'bank-syariah-indonesia': ['BSI', 'Bank Syariah Indonesia'],
      'bank-tabungan-negara': ['BTN'],
      'bulog': ['Bulog', 'Perum Bulog'],
      'telkomsel': ['Telkomsel'],
      'university-of-indonesia': ['Universitas Indonesia', 'UI'],
      'gadjah-mada-university': ['UGM'],
      'bandung-institute-of-technology': ['ITB'],
      'bogor-agricultural-university': ['IPB University'],
      'badminton-association-of-indonesia': ['PBSI'],
      'indonesian-national-sports-committee': ['KONI'],
      'persib-bandung': ['Persib'],
      'indonesian-chamber-of-commerce-and-industry': ['Kadin'],
      'employers-association-of-indonesia': ['Apindo'],
      'indonesian-communion-of-churches': ['PGI'],
      'kompas-tv': ['Kompas TV'],
      'tvone': ['tvOne'],
    });
  });

  it('knows French ministries in their press forms, state bodies, regulators and agencies', () => {
    assertOrganisations({
      'ministry-of-health-france': ['ministère de la Santé'],
      'ministry-of-the-armed-forces-france': ['ministère des Armées'],
      'ministry-of-the-economy-france': ["ministère de l'Économie", "ministère de l'Economie", 'Bercy'],
      'ministry-of-national-education-france': ["ministère de l'Éducation nationale"],
      'court-of-cassation-france': ['Cour de cassation'],
      'dares': ['Dares'],
      'drees': ['Drees'],
      'haute-autorite-de-sante': ['HAS', 'Haute Autorité de santé'],
      'ansm': ['ANSM'],
      'cnil': ['CNIL', 'Cnil'],
      'arcom': ['Arcom'],
      'french-competition-authority': ['Autorité de la concurrence'],
      'autorite-des-marches-financiers': ['AMF'],
      'autorite-de-controle-prudentiel-et-de-resolution': ['ACPR'],
      'urssaf': ['Urssaf'],
      'caisse-d-allocations-familiales': ['CAF'],
      'caisse-nationale-de-l-assurance-maladie': ['Cnam'],
      'assistance-publique-hopitaux-de-paris': ['AP-HP'],
      'inserm': ['Inserm'],
      'cnrs': ['CNRS'],
      'french-alternative-energies-and-atomic-energy-commission': ['CEA'],
    });
  });

  it('knows French pollsters, parties, unions, companies, schools, federations, clubs and media', () => {
    assertOrganisations({
      'ifop': ['Ifop'],
      'elabe': ['Elabe'],
      'democratic-movement-france': ['MoDem'],
      'the-ecologists': ['Les Écologistes', 'EELV'],
      'national-rally': ['Front national'],
      'federation-syndicale-unitaire': ['FSU'],
      'snes-fsu': ['SNES-FSU'],
      'sanofi': ['Sanofi'],
      'l-oreal': ["L'Oréal"],
      'axa': ['AXA', 'Axa'],
      'mistral-ai': ['Mistral AI'],
      'sciences-po': ['Sciences Po'],
      'ecole-polytechnique': ['École polytechnique', 'Polytechnique'],
      'french-football-federation': ['FFF', 'Fédération française de football'],
      'rc-lens': ['RC Lens'],
      'france-3': ['France 3'],
      'l-equipe': ["L'Équipe"],
    });
  });

  it('knows European and international bodies in their French and Indonesian names, and global companies', () => {
    assertOrganisations({
      'european-central-bank': ['BCE', 'Banque centrale européenne', 'Bank Sentral Eropa'],
      'european-parliament': ['Parlement européen', 'Parlemen Eropa'],
      'court-of-justice-of-the-european-union': ['CJUE'],
      'european-court-of-human-rights': ['CEDH'],
      'international-labour-organization': ['OIT'],
      'united-nations-general-assembly': ['Majelis Umum PBB'],
      'international-olympic-committee': ['CIO', 'Komite Olimpiade Internasional'],
      'chinese-communist-party': ['Parti communiste chinois', 'Partai Komunis China'],
      'apple-inc': ['Apple'],
      'nvidia': ['Nvidia'],
      'openai': ['OpenAI'],
      'toyota': ['Toyota'],
    });
  });

  it('leaves out ordinary words, other bodies and places spelled like an organisation', () => {
    for (const name of ['Mandiri', 'Kering', 'Timah', 'Persis', 'Renaissance', 'ASN', 'PAM', 'BPBD', 'Polda']) {
      assert.equal(gazetteerLookup(name), undefined, name);
    }
    assert.equal(gazetteerLookup('Orange')?.label, 'LOC', 'the town in Vaucluse');
    assert.equal(gazetteerLookup('Carrefour')?.label, 'LOC', 'the city in Haiti');
    assert.equal(gazetteerLookup('IKN')?.label, 'LOC', 'the new capital, not its authority');
  });

  it('finds Indonesian institutions, companies and media in new sentences', () => {
    assert.deepEqual(mentions('Jakarta - Kemenkes dan BPOM menarik sirup obat batuk dari pasaran, sementara Bulog menambah stok beras di gudang Kemendag.'), [
      ['Jakarta', 'LOC', 'jakarta'],
      ['Kemenkes', 'ORG', 'ministry-of-health-indonesia'],
      ['BPOM', 'ORG', 'national-agency-of-drug-and-food-control'],
      ['Bulog', 'ORG', 'bulog'],
      ['Kemendag', 'ORG', 'ministry-of-trade-indonesia'],
    ]);
    assert.deepEqual(mentions('Rapat Badan Anggaran DPR bersama Kemenkeu membahas anggaran Kementerian PUPR, kata politikus Partai Hanura itu kepada Kompas TV di Jakarta.'), [
      ['Badan Anggaran DPR', 'ORG', 'budget-committee-house-of-representatives-indonesia'],
      ['Kemenkeu', 'ORG', 'ministry-of-finance-indonesia'],
      ['Kementerian PUPR', 'ORG', 'ministry-of-public-works-indonesia'],
      ['Partai Hanura', 'ORG', 'hanura-party'],
      ['Kompas TV', 'ORG', 'kompas-tv'],
      ['Jakarta', 'LOC', 'jakarta'],
    ]);
    assert.deepEqual(mentions('Jakarta - Peneliti Universitas Gadjah Mada menyampaikan temuan itu kepada Kemenko PMK, sementara KPAI dan Komnas HAM meminta Polri serta Bareskrim mengusut kasus tersebut.'), [
      ['Jakarta', 'LOC', 'jakarta'],
      ['Universitas Gadjah Mada', 'ORG', 'gadjah-mada-university'],
      ['Kemenko PMK', 'ORG', 'coordinating-ministry-for-human-development-and-cultural-affairs-indonesia'],
      ['KPAI', 'ORG', 'indonesian-child-protection-commission'],
      ['Komnas HAM', 'ORG', 'komnas-ham'],
      ['Polri', 'ORG', 'indonesian-national-police'],
      ['Bareskrim', 'ORG', 'criminal-investigation-agency-indonesia'],
    ]);
    assert.deepEqual(mentions('Menurut Bursa Efek Indonesia, saham Telkomsel dan Jasa Marga naik setelah Danantara mengumumkan rencana investasi.'), [
      ['Bursa Efek Indonesia', 'ORG', 'indonesia-stock-exchange'],
      ['Telkomsel', 'ORG', 'telkomsel'],
      ['Jasa Marga', 'ORG', 'jasa-marga'],
      ['Danantara', 'ORG', 'danantara'],
    ]);
    assert.deepEqual(mentions('Direktur Utama PT Kereta Api Indonesia mengatakan KAI dan Angkasa Pura akan bekerja sama dengan Garuda Indonesia dan Lion Air.'), [
      ['PT Kereta Api Indonesia', 'ORG', 'kereta-api-indonesia'],
      ['KAI', 'ORG', 'kereta-api-indonesia'],
      ['Angkasa Pura', 'ORG', 'angkasa-pura'],
      ['Garuda Indonesia', 'ORG', 'garuda-indonesia'],
      ['Lion Air', 'ORG', 'lion-air'],
    ]);
  });

  it('finds French institutions, parties, unions, companies and media in new sentences', () => {
    assert.deepEqual(mentions("Paris - Selon l'Insee et la Dares, le chômage a reculé, tandis que l'Urssaf et la CNIL ont publié leurs rapports."), [
      ['Paris', 'LOC', 'paris'],
      ['Insee', 'ORG', 'insee'],
      ['Dares', 'ORG', 'dares'],
      ['Urssaf', 'ORG', 'urssaf'],
      ['CNIL', 'ORG', 'cnil'],
    ]);
    assert.deepEqual(mentions("Paris - La Haute Autorité de santé et l'AP-HP ont alerté l'Inserm et le CNRS, a rapporté Public Sénat."), [
      ['Paris', 'LOC', 'paris'],
      ['Haute Autorité de santé', 'ORG', 'haute-autorite-de-sante'],
      ['AP-HP', 'ORG', 'assistance-publique-hopitaux-de-paris'],
      ['Inserm', 'ORG', 'inserm'],
      ['CNRS', 'ORG', 'cnrs'],
      ['Public Sénat', 'ORG', 'public-senat'],
    ]);
    assert.deepEqual(mentions("Lyon - La CFTC et la FSU ont appelé à la grève, tandis que l'Ifop publie un sondage pour Le Parisien sur le Mouvement démocrate et Horizons."), [
      ['Lyon', 'LOC', 'lyon'],
      ['CFTC', 'ORG', 'cftc'],
      ['FSU', 'ORG', 'federation-syndicale-unitaire'],
      ['Ifop', 'ORG', 'ifop'],
      ['Le Parisien', 'ORG', 'le-parisien'],
      ['Mouvement démocrate', 'ORG', 'democratic-movement-france'],
      ['Horizons', 'ORG', 'horizons-political-party'],
    ]);
    assert.deepEqual(mentions('Le groupe Safran et Dassault Aviation ont signé un contrat, a indiqué Les Échos. Selon Bercy, Sanofi et Mistral AI investiront davantage.'), [
      ['Safran', 'ORG', 'safran'],
      ['Dassault Aviation', 'ORG', 'dassault-aviation'],
      ['Les Échos', 'ORG', 'les-echos-france'],
      ['Bercy', 'ORG', 'ministry-of-the-economy-france'],
      ['Sanofi', 'ORG', 'sanofi'],
      ['Mistral AI', 'ORG', 'mistral-ai'],
    ]);
  });

  it('finds international bodies and global companies in new sentences', () => {
    assert.deepEqual(mentions("Paris - Le Parlement européen et la Cour européenne des droits de l'homme ont critiqué Apple et Alibaba, selon Euronews."), [
      ['Paris', 'LOC', 'paris'],
      ['Parlement européen', 'ORG', 'european-parliament'],
      ["Cour européenne des droits de l'homme", 'ORG', 'european-court-of-human-rights'],
      ['Apple', 'ORG', 'apple-inc'],
      ['Alibaba', 'ORG', 'alibaba-group'],
      ['Euronews', 'ORG', 'euronews'],
    ]);
    assert.deepEqual(mentions('Jakarta - Bank Indonesia menahan suku bunga, sementara Nvidia dan OpenAI berinvestasi di Indonesia bersama Toyota.'), [
      ['Jakarta', 'LOC', 'jakarta'],
      ['Bank Indonesia', 'ORG', 'bank-indonesia'],
      ['Nvidia', 'ORG', 'nvidia'],
      ['OpenAI', 'ORG', 'openai'],
      ['Indonesia', 'LOC', 'indonesia'],
      ['Toyota', 'ORG', 'toyota'],
    ]);
  });
});
