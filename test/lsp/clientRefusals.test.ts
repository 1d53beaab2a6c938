// A client may refuse what the server asks of it (a registration, a refresh): the server logs it and goes on.
import * as assert from 'node:assert/strict';
import { ResponseError } from 'vscode-languageserver';
import { LspClient, ensureBuilt, makeWorkspace } from './harness';

describe('LSP client refusals', function () {
  this.timeout(60_000);

  it('keeps serving when the client refuses to watch files for it', async () => {
    ensureBuilt();
    const client = await LspClient.start({ workspace: await makeWorkspace() });
    // Replaced before the server asks: it registers the watchers only after pulling the settings from us.
    client.connection.onRequest('client/registerCapability', () => {
      throw new ResponseError(-32601, 'no dynamic registration here');
    });
    try {
      assert.deepEqual(await client.request('newsAnnotator/indexStatus', { wait: true }), { ready: true, indexedArticles: 5, knownArticles: 5 });
      assert.ok(client.logs.includes('the client refused to watch files: no dynamic registration here'), client.logs.join('\n'));
    } finally {
      await client.stop();
    }
  });
});
