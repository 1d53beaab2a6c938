// What the views (Entities tree, corpus dashboard) rely on from the server beyond standard LSP:
// per-language mention counts in the entity summaries, and the throttled newsAnnotator/indexChanged
// notification that tells them to ask again.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { analyzeCorpus } from '../../server/src/engine';
import type { EntitiesResult, EntityMentionsResult, IndexChangedParams } from '../../server/src/protocol';
import { IndexChangedNotification } from '../../server/src/protocol';
import { throttle } from '../../server/src/throttle';
import { LspClient, SAMPLE_FILES, ensureBuilt, makeWorkspace, readSample, uriOf } from './harness';

describe('views protocol: throttle', () => {
  it('turns a burst of changes into one call, and calls again for a change after it', async () => {
    let calls = 0;
    let called: () => void = () => undefined;
    const notifier = throttle(() => {
      calls++;
      called();
    }, 20);
    const nextCall = () => new Promise<void>((resolve) => (called = resolve));
    let first = nextCall();
    for (let i = 0; i < 50; i++) notifier.changed();
    await first;
    assert.equal(calls, 1);
    first = nextCall();
    notifier.changed();
    notifier.changed();
    await first;
    assert.equal(calls, 2, 'the second burst makes exactly one more call, and the first burst none after its own');
    notifier.dispose();
  });

  it('makes no call once disposed', async () => {
    let calls = 0;
    const notifier = throttle(() => calls++, 5);
    notifier.changed();
    notifier.dispose();
    // A longer timer of the same kind fires after the disposed one would have.
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.equal(calls, 0);
  });
});

describe('views protocol over stdio', function () {
  this.timeout(60_000);
  let client: LspClient;
  let workspace: string;
  let notifications: IndexChangedParams[] = [];
  const [, IND_001, , FRA_003, ARB_004] = SAMPLE_FILES;

  /** Resolves with the index of the first notification, from the `from`-th on, that satisfies `accept`. */
  function notification(from: number, accept: (p: IndexChangedParams) => boolean, timeoutMs = 15_000): Promise<number> {
    return client.waitFor(
      () => {
        const at = notifications.findIndex((p, i) => i >= from && accept(p));
        return at === -1 ? undefined : at;
      },
      () => `no matching indexChanged notification; got ${JSON.stringify(notifications.slice(from))}`,
      timeoutMs,
    );
  }

  before(async () => {
    ensureBuilt();
    workspace = await makeWorkspace();
    client = await LspClient.start({ workspace });
    // Registered before any I/O callback can run, so the build's notification cannot be missed.
    notifications = client.notifications<IndexChangedParams>(IndexChangedNotification);
  });
  after(() => client.stop());

  it('announces the built workspace index once, with its article count', async () => {
    await client.request('newsAnnotator/indexStatus', { wait: true });
    const at = await notification(0, (p) => p.knownArticles === 5);
    assert.equal(at, 0, `notifications before the built index: ${JSON.stringify(notifications)}`);
  });

  it('counts every entity mention per language, summing to its mentions', async () => {
    const texts = await Promise.all(SAMPLE_FILES.map(readSample));
    const corpus = analyzeCorpus(SAMPLE_FILES.map((f, i) => ({ id: f, text: texts[i] })));
    const key = corpus.get(IND_001)!.entities.find((e) => e.text === 'Putin')!.entity;
    const expected: Record<string, number> = {};
    for (const f of SAMPLE_FILES) {
      const article = corpus.get(f)!;
      const n = article.entities.filter((e) => e.entity === key).length;
      if (n) expected[article.lang] = (expected[article.lang] ?? 0) + n;
    }
    assert.deepEqual(Object.keys(expected).sort(), ['arb', 'fra', 'ind'], 'the engine links Putin across the three languages');

    const entities = await client.request<EntitiesResult>('newsAnnotator/entities', {});
    const putin = entities.find((e) => e.spellings.some((s) => s.text === 'Putin' && s.lang === 'ind'));
    assert.ok(putin, 'no entity is spelled "Putin" in Indonesian');
    assert.deepEqual(putin.mentionsByLanguage, expected);
    // The same counts as the mentions the Entities view lists under it.
    const mentions = await client.request<EntityMentionsResult>('newsAnnotator/entityMentions', { key: putin.key });
    const listed: Record<string, number> = {};
    for (const group of mentions) listed[group.lang] = (listed[group.lang] ?? 0) + group.mentions.length;
    assert.deepEqual(listed, expected);
    for (const e of entities) {
      assert.equal(Object.values(e.mentionsByLanguage).reduce((a, b) => a + b, 0), e.mentions, e.canonical);
      assert.deepEqual(Object.keys(e.mentionsByLanguage).sort(), e.languages, e.canonical);
    }
    assert.ok(mentions.some((g) => g.uri === uriOf(path.join(workspace, FRA_003))) && mentions.some((g) => g.uri === uriOf(path.join(workspace, ARB_004))));
  });

  it('announces an article opened outside the index and its closing', async () => {
    const untitled = 'untitled:Untitled-1';
    let from = notifications.length;
    await client.open(untitled, 'Presiden Joko Widodo bertemu Vladimir Putin di Moskow pada hari Senin.');
    await notification(from, (p) => p.knownArticles === 6);
    from = notifications.length;
    await client.notify('textDocument/didClose', { textDocument: { uri: untitled } });
    await notification(from, (p) => p.knownArticles === 5);
  });

  it('announces a burst of new article files with one or two notifications', async () => {
    const putinArticles = async () =>
      (await client.request<EntitiesResult>('newsAnnotator/entities', {})).find((e) => e.spellings.some((s) => s.text === 'Putin' && s.lang === 'ind'))?.articles ?? 0;
    const before = await putinArticles();
    const from = notifications.length;
    const names = ['new-1.txt', 'new-2.txt', 'new-3.txt', 'new-4.txt'];
    for (const name of names) await fs.writeFile(path.join(workspace, name), `Vladimir Putin tiba di Jakarta. ${name}`);
    // As a client's file watcher would report them: one event at a time.
    for (const name of names) {
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path.join(workspace, name)), type: 1 }] });
    }
    const at = await notification(from, (p) => p.knownArticles === 9);
    assert.ok(at - from + 1 <= 2, `${at - from + 1} notifications for one burst: ${JSON.stringify(notifications.slice(from))}`);
    assert.equal(await putinArticles(), before + names.length);
  });
});
