import * as assert from 'node:assert/strict';
import { EntityLinker, linkArticles } from '../../server/src/engine/linking';
import type { ArticleAnalysis, EntityLabel, EntityMention } from '../../server/src/engine/types';

/** An article whose mentions are [text, label, document-level key?]; the key defaults to the text. */
function article(lang: string, mentions: [string, EntityLabel, string?][]): ArticleAnalysis {
  let offset = 0;
  const entities: EntityMention[] = mentions.map(([text, label, key]) => {
    const start = offset;
    offset += text.length + 1;
    return { start, end: start + text.length, text, label, entity: key ?? `doc:${text}`, canonical: text, source: 'pattern', confidence: 0.7 };
  });
  return {
    lang,
    direction: lang === 'arb' ? 'rtl' : 'ltr',
    structure: { blocks: [], headline: null, lead: null, quotes: [], dateline: null, boilerplate: [] },
    referenceDate: null,
    entities,
    dates: [],
    claims: [],
    boilerplate: [],
  };
}

/** Links single-mention articles and tells whether the two mentions got one key. */
function linked(a: [string, EntityLabel, string?], b: [string, EntityLabel, string?], langs = ['ind', 'fra']): boolean {
  const linker = new EntityLinker();
  const first = article(langs[0], [a]);
  const second = article(langs[1], [b]);
  linker.setArticle('a', first);
  linker.setArticle('b', second);
  return linker.keyOf('a', first.entities[0]) === linker.keyOf('b', second.entities[0]);
}

describe('entity linking', () => {
  describe('Latin spellings across articles', () => {
    it('links transliteration variants of the same person', () => {
      assert.ok(linked(['Ahmed al-Shara', 'PER'], ['Ahmad al-Sharaa', 'PER']));
      assert.ok(linked(['Ahmed al-Charaa', 'PER'], ['Ahmad al-Sharaa', 'PER']));
      assert.ok(linked(['Asaad al-Shaibani', 'PER'], ['Assad Hassan al-Shaybani', 'PER']));
      assert.ok(linked(['Mohammed Abdel Aziz', 'PER'], ['Muhammad Abdelaziz', 'PER']));
    });
    it('keeps different people with similar names apart', () => {
      assert.ok(!linked(['Bashar al-Assad', 'PER'], ['Asaad al-Shaibani', 'PER']));
      assert.ok(!linked(['Hafez al-Assad', 'PER'], ['Bashar al-Assad', 'PER']));
      assert.ok(!linked(['Mohammed Abbas', 'PER'], ['Mahmoud Abbas', 'PER']));
      assert.ok(!linked(['Ahmed al-Sharaa', 'PER'], ['Farouk al-Sharaa', 'PER']));
      assert.ok(!linked(['Iran', 'LOC'], ['Irak', 'LOC']));
    });
  });

  describe('Arabic script and across scripts', () => {
    it('links an Arabic name with its romanisations', () => {
      assert.ok(linked(['أحمد الشرع', 'PER'], ['Ahmad al-Sharaa', 'PER'], ['arb', 'fra']));
      assert.ok(linked(['أسعد الشيباني', 'PER'], ['Asaad al-Shaibani', 'PER'], ['arb', 'ind']));
      assert.ok(linked(['مسعود بزشكيان', 'PER'], ['Masoud Pezeshkian', 'PER'], ['arb', 'ind']));
      assert.ok(linked(['أحمد الشرع', 'PER'], ['احمد الشرع', 'PER'], ['arb', 'arb']));
    });
    it('keeps apart names that share a skeleton but not their written long vowels', () => {
      assert.ok(!linked(['محمود عباس', 'PER'], ['Mohammed Abbas', 'PER'], ['arb', 'fra']));
      assert.ok(!linked(['محمد عباس', 'PER'], ['Mahmoud Abbas', 'PER'], ['arb', 'fra']));
    });
    it('keeps different people and places apart across scripts', () => {
      assert.ok(!linked(['بشار الأسد', 'PER'], ['Asaad al-Shaibani', 'PER'], ['arb', 'ind']));
      assert.ok(!linked(['حافظ الأسد', 'PER'], ['Bashar al-Assad', 'PER'], ['arb', 'ind']));
      assert.ok(!linked(['إيران', 'LOC'], ['Irak', 'LOC'], ['arb', 'fra']));
      assert.ok(!linked(['أحمد الشرع', 'PER'], ['Ahmad al-Sharaa', 'LOC'], ['arb', 'fra']));
    });
  });

  describe('gazetteer and registry', () => {
    it('uses gazetteer ids, also for spellings the gazetteer does not list', () => {
      assert.ok(linked(['Vladimir Poutine', 'PER'], ['فلاديمير بوتين', 'PER'], ['fra', 'arb']));
      const linker = new EntityLinker();
      const a = article('fra', [['Vladimir Poutin', 'PER']]);
      linker.setArticle('a', a);
      assert.equal(linker.keyOf('a', a.entities[0]), 'vladimir-putin');
    });
    it('gives registry entries precedence over gazetteer ids and name matches', () => {
      const linker = new EntityLinker();
      const fra = article('fra', [['Ahmad al-Sharaa', 'PER'], ['Moscou', 'LOC']]);
      const arb = article('arb', [['أحمد الشرع', 'PER']]);
      linker.setArticle('fra', fra);
      linker.setArticle('arb', arb);
      assert.equal(linker.keyOf('fra', fra.entities[1]), 'moscow');
      linker.setRegistry([
        { id: 'sharaa', label: 'PER', names: ['Ahmed al-Sharaa'] },
        { id: 'moscou-registre', label: 'LOC', names: ['Moscou'] },
      ]);
      assert.equal(linker.keyOf('fra', fra.entities[0]), 'sharaa');
      assert.equal(linker.keyOf('arb', arb.entities[0]), 'sharaa');
      assert.equal(linker.keyOf('fra', fra.entities[1]), 'moscou-registre');
    });
  });

  describe('acronyms', () => {
    it('gives an acronym the key of its full name in the same article, also when read as a person', () => {
      const linker = new EntityLinker();
      const a = article('ind', [['Pusat Riset Kelautan dan Perikanan', 'ORG'], ['PRKP', 'PER'], ['PT Sinar Laut Abadi', 'ORG'], ['SLA', 'ORG'], ['Lembaga Survei Nusantara', 'ORG']]);
      linker.setArticle('a', a);
      const [centre, centreAcronym, company, companyAcronym, survey] = a.entities.map((m) => linker.keyOf('a', m));
      assert.equal(centreAcronym, centre);
      assert.equal(companyAcronym, company);
      assert.notEqual(survey, centre);
    });
    it('gives a syllabic abbreviation the key of the full name it abbreviates', () => {
      const linker = new EntityLinker();
      const a = article('ind', [['Kementerian Pariwisata', 'ORG'], ['Kemenpar', 'ORG'], ['Badan Tenaga Atom Nasional', 'ORG'], ['Batan', 'ORG'], ['Garuda', 'ORG']]);
      linker.setArticle('a', a);
      const [ministry, ministryShort, agency, agencyShort, garuda] = a.entities.map((m) => linker.keyOf('a', m));
      assert.equal(ministryShort, ministry);
      assert.equal(agencyShort, agency);
      assert.notEqual(garuda, ministry);
      assert.notEqual(garuda, agency);
    });
    it('keeps an acronym apart when two full names of the article fit it', () => {
      const linker = new EntityLinker();
      const a = article('fra', [['Agence de Sécurité Nationale', 'ORG'], ['Association des Sports Nautiques', 'ORG'], ['ASN', 'ORG']]);
      linker.setArticle('a', a);
      const [agency, association, acronym] = a.entities.map((m) => linker.keyOf('a', m));
      assert.notEqual(acronym, agency);
      assert.notEqual(acronym, association);
    });
  });

  describe('surnames', () => {
    it('resolves a surname to the full name in the same article', () => {
      const linker = new EntityLinker();
      const a = article('ind', [['Bashar al-Assad', 'PER'], ['Asaad al-Shaibani', 'PER'], ['Assad', 'PER']]);
      linker.setArticle('a', a);
      const [bashar, asaad, assad] = a.entities.map((m) => linker.keyOf('a', m));
      assert.equal(assad, bashar);
      assert.notEqual(asaad, bashar);
    });
    it('prefers the full name in the article to the gazetteer reading of a surname', () => {
      const linker = new EntityLinker();
      const a = article('fra', [['Hafez al-Assad', 'PER'], ['Assad', 'PER']]);
      linker.setArticle('a', a);
      const [hafez, assad] = a.entities.map((m) => linker.keyOf('a', m));
      assert.equal(assad, hafez);
      assert.equal(hafez, 'hafez-al-assad');
    });
        it('links a lone surname across articles only when one entity has that family name', () => {
      const linker = new EntityLinker();
      const lone = article('fra', [['Haddad', 'PER']]);
      const nabil = article('ind', [['Nabil al-Haddad', 'PER']]);
      linker.setArticle('lone', lone);
      linker.setArticle('nabil', nabil);
      assert.equal(linker.keyOf('lone', lone.entities[0]), linker.keyOf('nabil', nabil.entities[0]));
      const samir = article('arb', [['سمير الحداد', 'PER']]);
      linker.setArticle('samir', samir);
      assert.deepEqual(linker.relatedArticles('samir'), ['lone']);
      const key = linker.keyOf('lone', lone.entities[0]);
      assert.notEqual(key, linker.keyOf('nabil', nabil.entities[0]));
      assert.notEqual(key, linker.keyOf('samir', samir.entities[0]));
      linker.removeArticle('samir');
      assert.equal(linker.keyOf('lone', lone.entities[0]), linker.keyOf('nabil', nabil.entities[0]));
    });
  });

  it('lists every spelling of an entity across articles and scripts', () => {
    const linker = new EntityLinker();
    const arb = article('arb', [['أحمد الشرع', 'PER'], ['الشرع', 'PER']]);
    linker.setArticle('arb', arb);
    linker.setArticle('ind', article('ind', [['Ahmed al-Shara', 'PER']]));
    linker.setArticle('fra', article('fra', [['Ahmad al-Sharaa', 'PER']]));
    linker.setArticle('other', article('fra', [['Farouk al-Sharaa', 'PER']]));
    assert.deepEqual(linker.spellingsOf('arb', arb.entities[1]), ['Ahmad al-Sharaa', 'Ahmed al-Shara', 'أحمد الشرع', 'الشرع']);
  });

  it('linkArticles rewrites every mention key', () => {
    const arb = article('arb', [['أحمد الشرع', 'PER'], ['الشرع', 'PER']]);
    const ind = article('ind', [['Ahmed al-Shara', 'PER', 'k1'], ['al-Shara', 'PER', 'k1']]);
    linkArticles([
      { id: 'arb', analysis: arb },
      { id: 'ind', analysis: ind },
    ]);
    assert.deepEqual([...arb.entities, ...ind.entities].map((m) => m.entity), Array(4).fill('ahmed-al-sharaa'));
  });

  it('keys a name by its fullest spelling as written, even when its words read as one name word ("Abdul Muhari")', () => {
    const ind = article('ind', [['Abdul Muhari', 'PER', 'k1'], ['Abdul', 'PER', 'k1']]);
    linkArticles([{ id: 'ind', analysis: ind }]);
    assert.deepEqual(ind.entities.map((m) => m.entity), ['abdul-muhari', 'abdul-muhari']);
  });

  it('updates one article of a 10,000-article corpus in time proportional to the article', () => {
    const linker = new EntityLinker();
    const given = ['Karim', 'Youssef', 'Walid', 'Samir', 'Nabil', 'Tarek', 'Hisham', 'Fadi', 'Ziad', 'Rami'];
    const family = ['Haddad', 'Khoury', 'Nasser', 'Saleh', 'Mansour', 'Hamdan', 'Darwish', 'Qasim', 'Bakri', 'Jaber'];
    for (let i = 0; i < 10_000; i++) {
      const person = `${given[i % 10]} ${family[Math.floor(i / 10) % 10]}${'abcdefghij'[Math.floor(i / 100) % 10]}${'klmnopqrst'[Math.floor(i / 1000) % 10]}`;
      linker.setArticle(`doc${i}`, article('ind', [[person, 'PER'], [`Kota${i}`, 'LOC']]));
    }
    const edited = article('ind', [['Karim Haddadak', 'PER'], ['Karim', 'PER']]);
    const started = performance.now();
    for (let n = 0; n < 100; n++) {
      linker.setArticle('doc0', edited);
      for (const m of edited.entities) linker.keyOf('doc0', m);
    }
    const perUpdate = (performance.now() - started) / 100;
    assert.ok(perUpdate < 5, `one update took ${perUpdate.toFixed(2)} ms`);
    assert.equal(linker.keyOf('doc0', edited.entities[0]), 'karim-haddadak');
  });

  it('keeps updates fast when thousands of articles spell one unlisted name', () => {
    const linker = new EntityLinker();
    const spellings = ['Karim al-Haddad', 'Karim al-Haddad', 'Kareem al-Haddad', 'كريم الحداد', 'Haddad'];
    const articles = Array.from({ length: 5_000 }, (_, i) => article('ind', [[spellings[i % 5], 'PER']]));
    articles.forEach((a, i) => linker.setArticle(`doc${i}`, a));
    const edited = article('fra', [['Karim Haddad', 'PER']]);
    const started = performance.now();
    for (let n = 0; n < 100; n++) {
      linker.setArticle('doc0', edited);
      linker.keyOf('doc0', edited.entities[0]);
    }
    const perUpdate = (performance.now() - started) / 100;
    assert.ok(perUpdate < 5, `one update took ${perUpdate.toFixed(2)} ms`);
    const lone = article('ind', [['Haddad', 'PER']]);
    linker.setArticle('lone', lone);
    assert.equal(linker.keyOf('lone', lone.entities[0]), 'karim-al-haddad');
    assert.deepEqual([1, 2, 3, 4].map((i) => linker.keyOf(`doc${i}`, articles[i].entities[0])), Array(4).fill('karim-al-haddad'));
  });
});
