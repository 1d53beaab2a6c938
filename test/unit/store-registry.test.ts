// The workspace entity registry: spellings by language, search in any script, other writers.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseRegistryFile } from '../../server/src/store/format';
import { EntityRegistry } from '../../server/src/store/registry';
import { BrokenStoreFileError } from '../../server/src/store/store';

describe('entity registry', () => {
  let root: string;
  beforeEach(async () => (root = await fs.mkdtemp(path.join(os.tmpdir(), 'registry-test-'))));
  afterEach(() => fs.rm(root, { recursive: true, force: true }));

  it('creates entities, adds new spellings per language once, and finds them from any script', async () => {
    const registry = await EntityRegistry.load(root);
    await registry.addSpelling('vladimir-putin', 'Vladimir Putin', 'ind', { type: 'PER', canonical: 'Vladimir Putin' });
    await registry.addSpelling('vladimir-putin', 'بوتين', 'arb');
    await registry.addSpelling('vladimir-putin', 'Poutine', 'fra');
    await registry.addSpelling('vladimir-putin', 'POUTINE', 'fra');
    const saved = parseRegistryFile(await fs.readFile(path.join(root, 'entities.json'), 'utf8'));
    assert.deepEqual(saved.entities, {
      'vladimir-putin': { type: 'PER', canonical: 'Vladimir Putin', aliases: { arb: ['بوتين'], fra: ['Poutine'] } },
    });
    assert.deepEqual(registry.search('بوتين').map((m) => [m.key, m.spelling]), [['vladimir-putin', 'بوتين']]);
    assert.deepEqual(registry.search('pout').map((m) => m.key), ['vladimir-putin']);
    assert.deepEqual(registry.search('Paris'), []);
    assert.equal(registry.newKey('Vladimir Putin'), 'vladimir-putin-2');
  });

  it('merges with another writer instead of overwriting it', async () => {
    const mine = await EntityRegistry.load(root);
    const theirs = await EntityRegistry.load(root);
    await theirs.addSpelling('moscow', 'Moskow', 'ind', { type: 'LOC', canonical: 'Moscow' });
    await mine.addSpelling('moscow', 'موسكو', 'arb', { type: 'LOC', canonical: 'Moscow' });
    await mine.addSpelling('russia', 'Rusia', 'ind', { type: 'LOC', canonical: 'Russia' });
    const saved = parseRegistryFile(await fs.readFile(path.join(root, 'entities.json'), 'utf8'));
    assert.deepEqual(saved.entities.moscow.aliases, { arb: ['موسكو'], ind: ['Moskow'] });
    assert.deepEqual(Object.keys(saved.entities), ['moscow', 'russia']);
  });

  it('reports a broken registry and leaves it untouched', async () => {
    await fs.writeFile(path.join(root, 'entities.json'), '{"schema": "news-annotator/entities", "version": 1, "entities": {"x": {"type": "CITY"}}}');
    await assert.rejects(EntityRegistry.load(root), (e: unknown) => e instanceof BrokenStoreFileError && e.problem === 'entities.x.type: expected PER, LOC or ORG');
  });
});
