import * as assert from 'node:assert/strict';
import { decodeArticle } from '../../server/src/cli/files';

describe('decodeArticle', () => {
  it('decodes UTF-8 text as readFileSync would', () => {
    const r = decodeArticle('a.txt', Buffer.from('موسكو, Moskow', 'utf8'));
    assert.deepEqual(r, { file: 'a.txt', text: 'موسكو, Moskow' });
  });
  it('rejects invalid UTF-8 with a clear message', () => {
    assert.deepEqual(decodeArticle('b.txt', Buffer.from([0x41, 0xff, 0x42])), { file: 'b.txt', message: 'not valid UTF-8 text' });
  });
  it('rejects binary files', () => {
    const r = decodeArticle('c.bin', Buffer.from([0x89, 0x50, 0x00, 0x47]));
    assert.equal('message' in r && r.message, 'binary file (contains NUL bytes), not an article');
  });
});
