import * as assert from 'node:assert/strict';
import { RequiredTextIndex, requiredText } from '../../server/src/engine/claims/requiredText';

describe('claim lexicon prefilter: strings every match contains', () => {
  it('takes the longest literal run or group a match cannot do without', () => {
    assert.deepEqual(requiredText(['(?:sebuah )?sumber (?:anonim|terpercaya)']), ['sumber ']);
    assert.deepEqual(requiredText(['(?:selon|d[\'’]après) (?:\\p{L}+ )?(?:source|expert)s?']), ['source', 'expert']);
    assert.deepEqual(requiredText(['Abc+d']), ['ab']);
    assert.deepEqual(requiredText(['(?<=ini )akan']), ['akan']);
  });

  it('keeps only the shorter of two strings where one holds the other', () => {
    assert.deepEqual(requiredText(['menyebut', 'menyebutkan']), ['menyebut']);
  });

  it('knows nothing when some alternative may match without a literal', () => {
    assert.equal(requiredText(['kata', '\\p{Lu}+']), null);
    assert.equal(requiredText(['kata', '(?:jelas)?']), null);
  });

  it('lets a regexp run only where one of its strings occurs, in any case and with Arabic diacritics', () => {
    const index = new RequiredTextIndex();
    const hedge = /(?:mungkin|tampaknya)/giu;
    const said = /قال/gu;
    index.add(hedge, requiredText(['mungkin', 'tampaknya']));
    index.add(said, requiredText(['قال']));
    assert.equal(index.mayMatch(hedge, 'TAMPAKNYA hujan'), true);
    assert.equal(index.mayMatch(hedge, 'Hujan turun deras.'), false);
    assert.equal(index.mayMatch(said, 'وقَالَ الوزير'), true);
    assert.equal(index.mayMatch(said, 'أعلن الوزير'), false);
  });

  it('finds every character a case-insensitive regexp matches to a Latin letter (Kelvin sign, long s)', () => {
    const index = new RequiredTextIndex();
    for (const letter of 'abcdefghijklmnopqrstuvwxyzàâçéèêëîïôûùüÿœæ') {
      const re = new RegExp(letter.repeat(3), 'giu');
      index.add(re, requiredText([letter.repeat(3)]));
      for (let code = 0; code <= 0xffff; code++) {
        const c = String.fromCharCode(code);
        if (re.test(c.repeat(3))) assert.equal(index.mayMatch(re, c.repeat(3)), true, `${letter} ~ U+${code.toString(16)}`);
        re.lastIndex = 0;
      }
    }
  });
});
