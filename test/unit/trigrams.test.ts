import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { francAll } from 'franc-min';
import { rankLanguages } from '../../server/src/engine/trigrams';

const root = path.resolve(__dirname, '..', '..');
const texts = [
  ...fs.readdirSync(path.join(root, 'samples')).map((f) => fs.readFileSync(path.join(root, 'samples', f), 'utf8')),
  'Le président a déclaré mardi que la réforme des retraites serait adoptée.',
  'Presiden Joko Widodo mengatakan pemerintah akan membangun jalan baru di Jakarta.',
  'The minister said on Tuesday that the talks would resume next week in Geneva.',
  'Министр иностранных дел заявил, что переговоры продолжатся на следующей неделе.',
  'قال الرئيس السوري إن المحادثات ستستأنف الأسبوع المقبل في جنيف.',
  'प्रधानमंत्री ने कहा कि बातचीत अगले सप्ताह फिर से शुरू होगी।',
  '東京で会議が開かれました。',
  'İSTANBUL BÜYÜKŞEHİR BELEDİYESİ YENİ BİR KARAR ALDI VE İLAN ETTİ',
  'Οι ΥΠΟΥΡΓΟΙ ΣΥΝΑΝΤΗΘΗΚΑΝ ΣΤΗΝ ΑΘΗΝΑ ΓΙΑ ΤΙΣ ΔΙΑΠΡΑΓΜΑΤΕΥΣΕΙΣ',
  '𐐀𐐁𐐂 Deseret mixed with Latin text for the lower case of surrogate pairs',
  '12345 67890 !!! ???',
  'short',
  '',
];

describe('rankLanguages (franc ranking by inverted index)', () => {
  for (const [i, text] of texts.entries()) {
    it(`ranks text ${i} exactly as francAll does`, () => {
      for (const sample of [text, text.slice(0, 300), text.slice(1000, 5000)]) {
        assert.deepEqual(rankLanguages(sample, 20), francAll(sample, { minLength: 20 }));
      }
    });
  }
});
