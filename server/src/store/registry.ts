// The workspace entity registry, `entities.json` at the workspace root: one record per real-world
// entity with its spellings by language. Saved like the layer files: atomically, merged with other writers.
import * as path from 'node:path';
import { normalizeName, slugify } from '../engine/normalize';
import type { EntityLabel } from '../engine/types';
import { changedSince, readStamped, writeAtomic, type FileStamp } from './atomicFile';
import { FormatError, parseRegistryFile, serializeRegistryFile, REGISTRY_SCHEMA } from './format';
import type { EntityRegistryFile, RegistryEntity } from './schema';
import { BrokenStoreFileError } from './store';

export const REGISTRY_FILE_NAME = 'entities.json';

export interface EntityMatch {
  key: string;
  entity: RegistryEntity;
  /** The spelling that matched the query. */
  spelling: string;
}

const emptyRegistry = (): EntityRegistryFile => ({ schema: REGISTRY_SCHEMA, version: 1, entities: {} });

export class EntityRegistry {
  data: EntityRegistryFile = emptyRegistry();
  #stamp: FileStamp | null = null;
  #writing: Promise<unknown> = Promise.resolve();

  private constructor(readonly file: string) {}

  /** Loads `entities.json` from a workspace root (empty if absent). Throws BrokenStoreFileError if it is broken. */
  static async load(workspaceRoot: string): Promise<EntityRegistry> {
    const registry = new EntityRegistry(path.join(workspaceRoot, REGISTRY_FILE_NAME));
    const read = await readStamped(registry.file);
    if (read) {
      registry.data = parseOrThrow(registry.file, read.text);
      registry.#stamp = read.stamp;
    }
    return registry;
  }

  /** Reads the file again if another writer changed it since it was loaded or saved. */
  async refresh(): Promise<void> {
    await this.#writing;
    const read = await readStamped(this.file);
    if (read && changedSince(read, this.#stamp)) {
      this.data = parseOrThrow(this.file, read.text);
      this.#stamp = read.stamp;
    }
  }

  get(key: string): RegistryEntity | undefined {
    return Object.hasOwn(this.data.entities, key) ? this.data.entities[key] : undefined;
  }

  /** Entities with a spelling (canonical or alias, any language or script) containing the query, best first. */
  search(query: string, limit = 50): EntityMatch[] {
    const q = normalizeName(query);
    const scored: { match: EntityMatch; score: number }[] = [];
    for (const [key, entity] of Object.entries(this.data.entities)) {
      let best: { spelling: string; score: number } | null = null;
      for (const spelling of [entity.canonical, ...Object.values(entity.aliases).flat(), key]) {
        const n = normalizeName(spelling);
        const score = !q ? 1 : n === q ? 3 : n.startsWith(q) ? 2 : n.includes(q) ? 1 : 0;
        if (score && (!best || score > best.score)) best = { spelling, score };
      }
      if (best) scored.push({ match: { key, entity, spelling: best.spelling }, score: best.score });
    }
    scored.sort((a, b) => b.score - a.score || a.match.entity.canonical.localeCompare(b.match.entity.canonical));
    return scored.slice(0, limit).map((s) => s.match);
  }

  /** A key for a new entity named `canonical`, unique in the registry. */
  newKey(canonical: string): string {
    const base = slugify(canonical) || 'entity';
    let key = base;
    for (let n = 2; this.get(key); n++) key = `${base}-${n}`;
    return key;
  }

  /** Adds an entity, or the spelling to an existing entity's aliases for `lang`, then saves. */
  async addSpelling(key: string, spelling: string, lang: string, create?: { type: EntityLabel; canonical: string }): Promise<void> {
    const existing = this.get(key);
    if (!existing && !create) throw new Error(`unknown entity '${key}'`);
    const entity = existing ?? { type: create!.type, canonical: create!.canonical, aliases: {} };
    const names = entity.aliases[lang] ?? [];
    const folded = normalizeName(spelling);
    if (folded && normalizeName(entity.canonical) !== folded && !names.some((n) => normalizeName(n) === folded)) entity.aliases[lang] = [...names, spelling];
    this.data.entities[key] = entity;
    await this.save();
  }

  /** Saves atomically; if another writer changed the file, takes the union of both (aliases merged). */
  save(): Promise<void> {
    const run = this.#writing.then(async () => {
      const disk = await readStamped(this.file);
      if (disk && changedSince(disk, this.#stamp)) this.data = mergeRegistries(parseOrThrow(this.file, disk.text), this.data);
      this.#stamp = await writeAtomic(this.file, serializeRegistryFile(this.data));
    });
    this.#writing = run.catch(() => undefined);
    return run;
  }
}

/** Union of two registries; for an entity in both, `ours` wins its fields and the aliases are united. */
export function mergeRegistries(theirs: EntityRegistryFile, ours: EntityRegistryFile): EntityRegistryFile {
  const entities: Record<string, RegistryEntity> = { ...theirs.entities };
  for (const [key, mine] of Object.entries(ours.entities)) {
    const other = theirs.entities[key];
    if (!other) {
      entities[key] = mine;
      continue;
    }
    const aliases: Record<string, string[]> = {};
    for (const lang of new Set([...Object.keys(other.aliases), ...Object.keys(mine.aliases)])) {
      aliases[lang] = [...new Set([...(other.aliases[lang] ?? []), ...(mine.aliases[lang] ?? [])])];
    }
    entities[key] = { ...other, ...mine, aliases };
  }
  return { ...ours, entities };
}

function parseOrThrow(file: string, text: string): EntityRegistryFile {
  try {
    return parseRegistryFile(text);
  } catch (e) {
    if (e instanceof FormatError) throw new BrokenStoreFileError(file, e.message, e.offset);
    throw e;
  }
}
