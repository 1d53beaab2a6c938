import * as assert from 'node:assert/strict';
import { WordStarts } from '../../server/src/engine/entities/wordStarts';

describe('WordStarts', () => {
  const starts = new WordStarts([
    { words: ['Ligue', 'Tour', 'SEA'], anyCase: true, bit: 1 },
    { words: ['Ministère', 'ministère', 'Department'], anyCase: false, bit: 2 },
    { words: ['CHU', 'Cour'], anyCase: false, bit: 4 },
  ]);

  it('finds a word of each list at a position, the text going on after it', () => {
    const text = 'la Ligue 1, le Ministère de la Culture, le CHU de Nantes';
    assert.equal(starts.bitsAt(text, text.indexOf('Ligue')), 1);
    assert.equal(starts.bitsAt(text, text.indexOf('Ministère')), 2);
    assert.equal(starts.bitsAt(text, text.indexOf('CHU')), 4);
    assert.equal(starts.bitsAt('Courrier', 0), 4);
    assert.equal(starts.bitsAt(text, 0), 0);
  });

  it('compares any-case words in any case (ſ and the Kelvin sign folding as Unicode matching folds them)', () => {
    assert.equal(starts.bitsAt('LIGUE', 0), 1);
    assert.equal(starts.bitsAt('tour de France', 0), 1);
    assert.equal(starts.bitsAt('ſea games', 0), 1);
    assert.equal(starts.bitsAt('tou', 0), 0);
  });

  it('compares the other words as written', () => {
    assert.equal(starts.bitsAt('MINISTÈRE', 0), 0);
    assert.equal(starts.bitsAt('department', 0), 0);
    assert.equal(starts.bitsAt('ministère', 0), 2);
    assert.equal(starts.bitsAt('Chu', 0), 0);
  });

  it('answers at every position for a list it cannot compare in any case', () => {
    const everywhere = new WordStarts([{ words: ['24 Heures'], anyCase: true, bit: 8 }]);
    assert.equal(everywhere.bitsAt('rien', 2), 8);
  });
});
