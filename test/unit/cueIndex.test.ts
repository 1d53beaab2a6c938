import * as assert from 'node:assert/strict';
import { CueIndex, foldCode } from '../../server/src/engine/claims/cueIndex';
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
  });
});
