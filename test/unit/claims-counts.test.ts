import * as assert from 'node:assert/strict';
import { tokenSpans, tokenSpansByRegExp } from '../../server/src/engine/claims/counts';

describe('claim counts: tokens read by char codes', () => {
  const texts = [
    'Sebanyak 14 desa di Kecamatan Toroh terendam, kata BPBD pada Selasa (12/3).',
    "plus de 7 000 habitants, 4 100 foyers et 3,5 % d'entre eux ; l’État a dit 12.345,67 euros",
    'تضرر 21 منزلا و٤٥٠ شخصا في ١٢٬٣٠٠ موقع',
    'Cafe\u0301 12\u00A0000 personnes, 1\u202F234 maisons; 2024-2025; Ü-3',
    'emoji 🎉 12 desa 😀 et 𝟙𝟚 chiffres',
    "aujourd'hui l'État d’Israël's 3,14159",
  ];
  for (const text of texts) {
    it(`finds the tokens TOKEN finds: ${text.slice(0, 30)}`, () => {
      assert.deepEqual(tokenSpans(text), tokenSpansByRegExp(text));
    });
  }
  it('gives each token its extent', () => {
    const text = 'plus de 7 000 habitants';
    const spans = tokenSpans(text);
    const tokens = [];
    for (let k = 0; k < spans.length; k += 2) tokens.push(text.slice(spans[k], spans[k + 1]));
    assert.deepEqual(tokens, ['plus', 'de', '7 000', 'habitants']);
  });
});
