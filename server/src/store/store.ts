// The annotation store: one layer file per annotator beside each article. Loads, re-anchors, edits
// with undo, and saves atomically, merging with any other writer. A broken file is reported, never overwritten.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { anchorTarget, makeTarget } from './anchor';
import { backupFile, changedSince, readStamped, writeAtomic, type FileStamp } from './atomicFile';
import {
  checkTarget,
  emptyAnnotationFile,
  FormatError,
  layerFilePath,
  parseAnnotationFile,
  parseLayerFilePath,
  serializeAnnotationFile,
  ANNOTATION_SCHEMA,
} from './format';
import { mergeLayerFiles, sameJson } from './merge';
import type { Annotation, AnnotationFile, RejectedSuggestion } from './schema';

/** A store file that cannot be read as a layer file. It is left as it is until repaired. */
export class BrokenStoreFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    /** UTF-16 offset of the problem in the file, when known. */
    readonly offset: number | null,
  ) {
    super(`${path.basename(file)} is broken (${problem}); it is left untouched until repaired`);
  }
}

export interface Layer {
  file: string;
  article: string;
  layer: string;
  /** The annotations as they are now (in memory, possibly re-anchored to unsaved text). */
  data: AnnotationFile;
  /** The file as last read or written: the common ancestor when merging with another writer. */
  base: AnnotationFile | null;
  stamp: FileStamp | null;
  undo: AnnotationFile[];
}

export interface SaveResult {
  /** True when another writer had changed the file and the two versions were merged. */
  merged: boolean;
}

const UNDO_DEPTH = 100;
const clone = (f: AnnotationFile): AnnotationFile => structuredClone(f);

export const newAnnotationId = (): string => randomBytes(6).toString('hex');

export class AnnotationStore {
  readonly #layers = new Map<string, Layer>();
  /** Per-file chain of pending operations, so one process never interleaves two writes to one file. */
  readonly #queues = new Map<string, Promise<unknown>>();

  /** Runs `task` after every earlier task on the same file. */
  #serialised<T>(file: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#queues.get(file) ?? Promise.resolve();
    const run = previous.then(task, task);
    this.#queues.set(
      file,
      run.catch(() => undefined),
    );
    return run;
  }

  /** The layer of an article, loaded from disk on first use (empty if the file does not exist yet). */
  open(articlePath: string, layer: string): Promise<Layer> {
    const file = layerFilePath(articlePath, layer);
    const known = this.#layers.get(file);
    if (known) return Promise.resolve(known);
    return this.#serialised(file, async () => this.#layers.get(file) ?? this.#load(file, articlePath, layer));
  }

  async #load(file: string, articlePath: string, layer: string): Promise<Layer> {
    const read = await readStamped(file);
    const data = read ? parseOrThrow(file, read.text) : emptyAnnotationFile(path.basename(articlePath), layer);
    const loaded: Layer = { file, article: articlePath, layer, data, base: read ? clone(data) : null, stamp: read?.stamp ?? null, undo: [] };
    this.#layers.set(file, loaded);
    return loaded;
  }

  /** Every layer file that exists beside an article (for export and for showing other annotators' work). */
  async layerFiles(articlePath: string): Promise<string[]> {
    const dir = path.dirname(articlePath);
    const prefix = `${path.basename(articlePath)}.annotations.`;
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch {
      return [];
    }
    return names
      .filter((n) => n.startsWith(prefix) && parseLayerFilePath(path.join(dir, n))?.article === articlePath)
      .sort()
      .map((n) => path.join(dir, n));
  }

  /** Forgets the in-memory state of a file (after an external change), so the next open reads it again. */
  async reload(file: string): Promise<Layer | null> {
    const known = this.#layers.get(file);
    if (!known) return null;
    return this.#serialised(file, async () => {
      const read = await readStamped(file);
      if (!changedSince(read, known.stamp)) return known;
      if (read) {
        const theirs = parseOrThrow(file, read.text);
        known.data = mergeLayerFiles(known.base, known.data, theirs);
        known.base = clone(theirs);
        known.stamp = read.stamp;
      }
      return known;
    });
  }

  /** Re-anchors every annotation to the article's current text (in memory). Returns true if any moved or changed state. */
  anchor(layer: Layer, text: string): boolean {
    return anchorAnnotations(layer.data, text);
  }

  /**
   * Applies an edit to a layer and saves it. The previous state goes on the layer's undo stack.
   * Throws BrokenStoreFileError (nothing written) if the file on disk is broken.
   */
  edit(layer: Layer, change: (data: AnnotationFile) => void): Promise<SaveResult> {
    return this.#serialised(layer.file, async () => {
      const before = clone(layer.data);
      change(layer.data);
      if (sameJson(before, layer.data)) return { merged: false };
      layer.undo.push(before);
      if (layer.undo.length > UNDO_DEPTH) layer.undo.shift();
      try {
        return await this.#save(layer);
      } catch (e) {
        layer.data = layer.undo.pop()!;
        throw e;
      }
    });
  }

  /** Restores the layer's state before its last edit. Returns false when there is nothing to undo. */
  undo(layer: Layer): Promise<boolean> {
    return this.#serialised(layer.file, async () => {
      const previous = layer.undo.pop();
      if (!previous) return false;
      const current = layer.data;
      layer.data = previous;
      try {
        await this.#save(layer);
      } catch (e) {
        layer.data = current;
        layer.undo.push(previous);
        throw e;
      }
      return true;
    });
  }

  /** Writes the layer's re-anchored positions (e.g. after the article was saved), if they differ from the file. */
  flush(layer: Layer): Promise<SaveResult> {
    return this.#serialised(layer.file, async () =>
      layer.base && sameJson(layer.base, layer.data) ? { merged: false } : this.#save(layer),
    );
  }

  async #save(layer: Layer): Promise<SaveResult> {
    const disk = await readStamped(layer.file);
    let merged = false;
    if (disk && changedSince(disk, layer.stamp)) {
      const theirs = parseOrThrow(layer.file, disk.text);
      layer.data = mergeLayerFiles(layer.base, layer.data, theirs);
      merged = true;
    }
    const text = serializeAnnotationFile(layer.data);
    await fs.mkdir(path.dirname(layer.file), { recursive: true });
    layer.stamp = await writeAtomic(layer.file, text);
    layer.base = clone(layer.data);
    return { merged };
  }

  /**
   * Repairs a broken layer file: copies it to `<file>.bak-<timestamp>`, then rewrites it with every
   * annotation and rejection that is still valid. Returns the backup path and what was dropped.
   */
  repair(file: string): Promise<{ backup: string; kept: number; dropped: string[] }> {
    return this.#serialised(file, async () => {
      const read = await readStamped(file);
      if (!read) throw new Error(`${file} does not exist`);
      const backup = await backupFile(file);
      const names = parseLayerFilePath(file);
      const { data, dropped } = salvage(read.text, names ? path.basename(names.article) : '', names?.layer ?? 'anonymous');
      const stamp = await writeAtomic(file, serializeAnnotationFile(data));
      this.#layers.delete(file);
      if (names) this.#layers.set(file, { file, article: names.article, layer: names.layer, data, base: clone(data), stamp, undo: [] });
      return { backup, kept: data.annotations.length, dropped };
    });
  }
}

function parseOrThrow(file: string, text: string): AnnotationFile {
  try {
    return parseAnnotationFile(text);
  } catch (e) {
    if (e instanceof FormatError) throw new BrokenStoreFileError(file, e.message, e.offset);
    throw e;
  }
}

/** Keeps what can be kept from a broken layer file. */
function salvage(text: string, article: string, layer: string): { data: AnnotationFile; dropped: string[] } {
  const data = emptyAnnotationFile(article, layer);
  const dropped: string[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { data, dropped: ['the whole file (not valid JSON)'] };
  }
  const source = (raw ?? {}) as Partial<Record<keyof AnnotationFile, unknown>>;
  const entries = (key: 'annotations' | 'rejected'): unknown[] => (Array.isArray(source[key]) ? (source[key] as unknown[]) : []);
  const ids = new Set<string>();
  entries('annotations').forEach((a, i) => {
    try {
      const one = parseAnnotationFile(JSON.stringify({ ...emptyAnnotationFile(article, layer), annotations: [a] })).annotations[0];
      if (ids.has(one.id)) throw new FormatError(`duplicate id ${one.id}`);
      ids.add(one.id);
      data.annotations.push(one);
    } catch (e) {
      dropped.push(`annotations[${i}]: ${(e as Error).message}`);
    }
  });
  entries('rejected').forEach((r, i) => {
    try {
      data.rejected.push(parseAnnotationFile(JSON.stringify({ ...emptyAnnotationFile(article, layer), rejected: [r] })).rejected[0]);
    } catch (e) {
      dropped.push(`rejected[${i}]: ${(e as Error).message}`);
    }
  });
  if (source.schema !== ANNOTATION_SCHEMA) dropped.push(`schema field (was ${JSON.stringify(source.schema)})`);
  return { data, dropped };
}

/** Re-anchors annotations and rejections to `text`; orphans what cannot be found. Returns true if anything changed. */
export function anchorAnnotations(data: AnnotationFile, text: string): boolean {
  let changed = false;
  for (const a of data.annotations) {
    const found = anchorTarget(text, a.target);
    if (!found) {
      if (!a.orphaned) changed = a.orphaned = true;
      continue;
    }
    const target = makeTarget(text, found.start, found.end);
    if (a.orphaned || !sameJson(target, a.target)) {
      changed = true;
      a.target = target;
      delete a.orphaned;
    }
  }
  const rejected: RejectedSuggestion[] = [];
  for (const r of data.rejected) {
    const found = anchorTarget(text, r.target);
    // A rejection only matters while its span exists; one that cannot be found is kept as it was.
    const target = found && found.method !== 'fuzzy' ? makeTarget(text, found.start, found.end) : r.target;
    if (!sameJson(target, r.target)) changed = true;
    rejected.push({ ...r, target });
  }
  data.rejected = rejected;
  return changed;
}

/** A new annotation on [start, end) of `text`. */
export function createAnnotation(
  text: string,
  start: number,
  end: number,
  fields: Omit<Annotation, 'id' | 'target' | 'created'> & { created?: string },
): Annotation {
  const target = makeTarget(text, start, end);
  checkTarget(target, 'target');
  return { id: newAnnotationId(), target, ...fields, created: fields.created ?? new Date().toISOString() };
}
