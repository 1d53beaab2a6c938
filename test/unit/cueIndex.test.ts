import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CueIndex, foldCode, foldedText } from '../../server/src/engine/claims/cueIndex';
import { claimLexicon, matchesOf } from '../../server/src/engine/claims/lexicon';
import { beginnings } from '../../server/src/engine/claims/requiredText';

describe('claim lexicon index: where a regexp may match', () => {
  it('reads the first characters every match begins with, folded', () => {
    assert.deepEqual(beginnings(['(?:sebuah )?sumber (?:anonim|terpercaya)']), ['sebuah sum', 'sumber ano', 'sumber ter']);
    assert.deepEqual(beginnings(['(?<=ini )akan', 'Tak']), ['akan', 'tak']);
    assert.deepEqual(beginnings(['(?:ي|ت)خنق', 'قَد']), ['يخنق', 'تخنق', 'قد']);
    assert.deepEqual(beginnings(["d['’]après"]), ["d'après", 'd’après']);
    assert.deepEqual(beginnings(['\\p{N}+ ?persen', 'se\\p{L}+ ']), ['0', 'se']);
  });

  it('knows no beginning when a match may begin with any letter', () => {
    assert.equal(beginnings(['kata', '\\p{L}{3,} assassin']), null);
    assert.equal(beginnings(['(?:jelas)?\\s+bahwa']), null);
  });

  it('folds every character a case-insensitive regexp matches to a Latin letter with that letter', () => {
    for (const letter of 'abcdefghijklmnopqrstuvwxyzàâçéèêëîïôûùüÿœæ') {
      const re = new RegExp(letter, 'iu');
      for (let code = 0; code <= 0xffff; code++) {
        if (re.test(String.fromCharCode(code))) assert.equal(foldCode(code), foldCode(letter.charCodeAt(0)), `${letter} ~ U+${code.toString(16)}`);
      }
    }
  });

  it('folds two characters together exactly when a case-insensitive regexp matches one to the other, for every plain-text cue character', () => {
    const characters = new Set<string>();
    for (const lang of ['ind', 'fra', 'eng']) {
      const file = JSON.parse(readFileSync(`server/data/claims-${lang}.json`, 'utf8')) as Record<string, unknown>;
      for (const value of Object.values(file)) {
        if (!Array.isArray(value)) continue;
        for (const pattern of value) if (typeof pattern === 'string' && !/[\\^$.|?*+()[\]{}]/.test(pattern)) for (const c of pattern) characters.add(c);
      }
    }
    assert.ok(characters.size > 30);
    for (const c of characters) {
      const re = new RegExp(`^\\u{${c.codePointAt(0)!.toString(16)}}$`, 'iu');
      for (let code = 0; code < 0xd800; code++) {
        assert.equal(re.test(String.fromCharCode(code)), foldCode(code) === foldCode(c.charCodeAt(0)), `${c} ~ U+${code.toString(16)}`);
      }
    }
    assert.notEqual(foldCode('ı'.charCodeAt(0)), foldCode('i'.charCodeAt(0)));
  });

  it('matches an alternation as the regexp does: the first alternative that ends a word, plain text without a regexp', () => {
    const cases: [string[], boolean, string, boolean?][] = [
      [['tidak ada', 'tidak', 'ada(?:lah)?', 'kita'], false, 'Tidak ada, tidakkah? Adalah kita; kıta TIDAK-ADA'],
      [['tidak', 'tidak ada'], false, 'tidak ada apa-apa, Tidak Ada'],
      [['kata(?: lagi)?', 'kata lagian', 'lagi'], false, 'kata lagian, kata lagi; lagi'],
      [['قال', 'قالت', 'قال(?:وا)?'], true, 'وقَالَ الوزير، ثم قالتْ ويقال قالتها وقالوا'],
      // After the article ال or ل, as the regexp tries it first ("للمهزلة", "اللعبة" against "لعبة").
      [['مهزلة', 'لعبة', 'كارثة(?:ية)?'], true, 'الكارثة وللمهزلة ومهزلة لعبة اللعبة الكارثية', true],
    ];
    for (const [patterns, isArabic, text, definite = false] of cases) {
      const plain = (p: string) => !/[\\^$.|?*+()[\]{}]/.test(p);
      const marks = (p: string) => (isArabic ? p.replace(/[\u0621-\u064A]/g, '$&[\u064B-\u065F\u0670\u0640]*') : p);
      const flags = isArabic ? 'u' : 'iu';
      const index = new CueIndex();
      const article = definite ? '(?:ال|ل)?' : '';
      const id = index.add(beginnings([`${article}(?:${patterns.join('|')})`])!, {
        texts: patterns.map((p) => (plain(p) ? (isArabic ? p : foldedText(p)) : null)),
        beginnings: patterns.map((p) => (plain(p) ? null : beginnings([p]))),
        sources: patterns.map((p) => (plain(p) ? null : `(?:${marks(p)})`)),
        flags,
        arabic: isArabic,
        definite,
      });
      const sticky = new RegExp(`${marks(article)}(?:${patterns.map(marks).join('|')})(?![\\p{L}\\p{M}\\p{N}])`, flags + 'y');
      const expected: { index: number; text: string }[] = [];
      let end = 0;
      for (const start of index.startsOf(id, text) ?? []) {
        if (start < end) continue;
        sticky.lastIndex = start;
        const m = sticky.exec(text);
        if (!m) continue;
        expected.push({ index: start, text: m[0] });
        end = start + m[0].length;
      }
      assert.ok(expected.length >= 2, text);
      let asked = 0;
      assert.deepEqual(index.matchesOf(id, () => (asked++, sticky), text), expected, text);
      assert.equal(asked, 0, 'an alternation known as its alternatives needs no whole regexp');
    }
  });

  it('gives the word starts, and the starts after an Arabic proclitic, where a beginning follows', () => {
    const index = new CueIndex();
    const said = index.add(beginnings(['قال'])!);
    const source = index.add(beginnings(['sumber'])!);
    assert.deepEqual(index.startsOf(said, 'وقال الوزير، ثم قال'), [1, 16]);
    assert.deepEqual(index.startsOf(said, 'وَقَالَ'), [1, 2]);
    assert.equal(index.startsOf(said, 'يقال'), undefined);
    assert.deepEqual(index.startsOf(source, 'SUMBER itu, narasumber lain; sumber'), [0, 29]);
  });

  it('finds the matches a search of the whole text finds that start a word', () => {
    const ind = claimLexicon('ind')!;
    assert.deepEqual(matchesOf(ind.anonymousSource, 'Menurut Sumber di kementerian itu, dana itu bersumber anonim.'), [
      { index: 0, text: 'Menurut Sumber di kementerian itu' },
    ]);
    // A lookbehind sees the text before the position tried: "situs bersejarah" is not loaded wording.
    assert.deepEqual(
      matchesOf(ind.loaded, 'Situs bersejarah itu; langkah bersejarah.').map((m) => m.text),
      ['langkah bersejarah'],
    );
    const arb = claimLexicon('arb')!;
    assert.deepEqual(matchesOf(arb.attribution, 'وقَالَ الوزير إن الاتفاق تاريخي، ويقال غير ذلك'), [{ index: 1, text: 'قَالَ' }]);
    // A pattern that may begin with any word ("\p{L}{3,} assassin") is tried at every word of a text holding "assassin".
    const fra = claimLexicon('fra')!;
    assert.ok(fra.loaded.index, 'indexed, not searched for in every sentence');
    assert.deepEqual(matchesOf(fra.loaded, 'Ce régime assassin a frappé un assassin, une « honte » et un scandale sans précédent.'), [
      { index: 3, text: 'régime assassin' },
      { index: 70, text: 'sans précédent' },
    ]);
  });
});
