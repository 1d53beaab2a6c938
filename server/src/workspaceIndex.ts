// The workspace index: every article file in the workspace folders, open or not, analysed in the
// background and kept in the corpus as a summary (articleSummary.ts). Persisted between sessions in
// a cache file (indexCache.ts) keyed by path, mtime, size and engine version, so that a reopened
// workspace is ready without re-analysing.
// All file I/O is async with bounded concurrency and never on a request's path.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IndexedFile } from './analysisRunner';
import type { ArticleSummary } from './articleSummary';
import type { Corpus } from './corpus';
import type { EntityLabel } from './engine';
import { forEachLimited } from './forEachLimited';
import { matchesAny } from './glob';
import { readIndexCache, writeIndexCache, type CachedArticle } from './indexCache';
import { LineIndex } from './positions';
import type { Settings } from './settings';

/** Files stat'ed, read or analysed at once: enough to keep every index worker's queue filled. */
const IO_CONCURRENCY = 32;
const PERSIST_DELAY_MS = 2_000;

export interface IndexProgress {
  begin(total: number): void;
  report(done: number, total: number): void;
  done(): void;
}

export interface WorkspaceIndexOptions {
  folders: string[];
  /** Where the index is persisted, or undefined for no persistence. */
  cacheFile: string | undefined;
  engineVersion: string;
  settings: () => Settings;
  /** Reads and summarises a file off the main thread. */
  runner: { indexFile(file: string, maxDocumentSize: number): Promise<IndexedFile | undefined> };
  corpus: Corpus;
  log: (message: string) => void;
  /** A registry file (entities.json at a folder root) was found, changed (text) or deleted (undefined). */
  onRegistry: (uri: string, text: string | undefined) => void;
  /** The corpus changed after a build or a batch of file events. */
  onChanged: () => void;
  /** The files of a build or of a batch of file events are analysed: no analysis is needed until the next events. */
  onAnalysed?: () => void;
}

export type FileChange = { path: string; deleted: boolean };

export class WorkspaceIndex {
  readonly #o: WorkspaceIndexOptions;
  #cache = new Map<string, CachedArticle>();
  #persistTimer: NodeJS.Timeout | undefined;
  /** The cache write in progress; writes run one after the other. */
  #persisting: Promise<void> | undefined;
  #pending = new Map<string, boolean>();
  #draining: Promise<void> | undefined;
  #disposed = false;
  /** Resolves when the first build has finished. */
  readonly ready: Promise<void>;
  #markReady!: () => void;

  constructor(options: WorkspaceIndexOptions) {
    this.#o = options;
    this.ready = new Promise((resolve) => (this.#markReady = resolve));
  }

  get articleCount(): number {
    return this.#cache.size;
  }

  /** Crawls the folders, reuses cached analyses, analyses the rest. */
  async build(progress: IndexProgress): Promise<void> {
    const started = Date.now();
    try {
      const [cached, files] = await Promise.all([this.#readCache(), this.#crawl()]);
      progress.begin(files.length);
      let done = 0;
      let reused = 0;
      await forEachLimited(files, IO_CONCURRENCY, async (file) => {
        if (this.#disposed) return;
        if (await this.#indexFile(file, cached.get(file), false)) reused++;
        progress.report(++done, files.length);
      });
      this.#o.onAnalysed?.();
      this.#o.corpus.relinkAll();
      this.#o.log(`indexed ${this.#cache.size} articles (${reused} from cache) in ${Date.now() - started} ms`);
      if (reused !== files.length || cached.size !== this.#cache.size) this.#schedulePersist();
    } catch (e) {
      this.#o.log(`workspace index failed: ${e instanceof Error ? e.stack : String(e)}`);
    } finally {
      progress.done();
      this.#markReady();
      this.#o.onChanged();
    }
  }

  /** Queues watched-file events; they are applied in order, in the background. */
  filesChanged(changes: FileChange[]): void {
    for (const c of changes) this.#pending.set(c.path, c.deleted);
    this.#draining ??= this.ready.then(() => this.#drain());
  }

  /** Whether a path is an article the index covers (for watched-file events). */
  covers(file: string): boolean {
    return this.#wanted(file) || this.#isRegistry(file);
  }

  /** Waits until the queued file events are applied (for tests and shutdown). */
  async settled(): Promise<void> {
    await this.ready;
    while (this.#draining) await this.#draining;
  }

  /** Stops the index (persisting pending changes); with `forget`, removes its articles from the corpus. */
  async dispose(forget = false): Promise<void> {
    this.#disposed = true;
    if (this.#persistTimer) {
      clearTimeout(this.#persistTimer);
      void this.#persist();
    }
    await this.#persisting;
    if (forget) {
      for (const file of this.#cache.keys()) this.#o.corpus.removeDisk(pathToFileURL(file).href);
      this.#cache.clear();
    }
  }

  async #drain(): Promise<void> {
    while (this.#pending.size && !this.#disposed) {
      const batch = [...this.#pending];
      this.#pending.clear();
      for (const [file, deleted] of batch) {
        if (this.#isRegistry(file)) {
          await this.#loadRegistry(file);
        } else if (deleted) {
          this.#forget(file);
        } else if (this.#wanted(file)) {
          await this.#indexFile(file, undefined, true);
        }
      }
      this.#o.onAnalysed?.();
      this.#o.corpus.relinkAll();
      this.#schedulePersist();
      this.#o.onChanged();
    }
    this.#draining = undefined;
  }

  /** The registries, then the article files of every folder. */
  async #crawl(): Promise<string[]> {
    await Promise.all(this.#o.folders.map((f) => this.#loadRegistry(path.join(f, 'entities.json'))));
    return (await Promise.all(this.#o.folders.map((f) => this.#walk(f)))).flat();
  }

  /** Indexes one file; returns true when its cached summary was reused. */
  async #indexFile(file: string, cached: CachedArticle | undefined, computeKeys: boolean): Promise<boolean> {
    let stat;
    try {
      stat = await fs.stat(file);
    } catch {
      this.#forget(file);
      return false;
    }
    if (!stat.isFile()) return false;
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) {
      this.#remember(file, cached, computeKeys);
      return true;
    }
    const { maxDocumentSize } = this.#o.settings();
    if (stat.size > maxDocumentSize * 4) return this.#skip(file, 'too large');
    let indexed: IndexedFile | undefined;
    try {
      indexed = await this.#o.runner.indexFile(file, maxDocumentSize);
    } catch (e) {
      return this.#skip(file, `analysis failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (!indexed || this.#disposed) return false;
    if ('skipped' in indexed) return this.#skip(file, indexed.skipped);
    this.#shareStrings(indexed.summary);
    this.#remember(file, { mtimeMs: stat.mtimeMs, size: stat.size, ...indexed }, computeKeys);
    return false;
  }

  #skip(file: string, why: string): false {
    this.#o.log(`index: skipped ${file}: ${why}`);
    this.#forget(file);
    return false;
  }

  /**
   * One copy of each string the indexed summaries repeat (labels, entity keys and names, languages):
   * they arrive from the workers or the cache file with copies of their own.
   */
  readonly #strings = new Map<string, string>();

  readonly #share = (s: string): string => {
    const shared = this.#strings.get(s);
    if (shared !== undefined) return shared;
    this.#strings.set(s, s);
    return s;
  };

  /** Shares the strings of a summary from a worker (the cache's are shared as it is read). */
  #shareStrings(summary: ArticleSummary): void {
    summary.lang = this.#share(summary.lang);
    for (const m of summary.entities) {
      m.text = this.#share(m.text);
      m.label = this.#share(m.label) as EntityLabel;
      m.entity = this.#share(m.entity);
      m.canonical = this.#share(m.canonical);
    }
  }

  #remember(file: string, entry: CachedArticle, computeKeys: boolean): void {
    if (this.#disposed) return;
    this.#cache.set(file, entry);
    const article = { uri: pathToFileURL(file).href, summary: entry.summary, lines: new LineIndex(entry.lineStarts, entry.length) };
    this.#o.corpus.setDisk(article, computeKeys);
  }

  #forget(file: string): void {
    if (this.#cache.delete(file)) this.#o.corpus.removeDisk(pathToFileURL(file).href);
  }

  /** The entity registry of a workspace folder: entities.json at its root. */
  #isRegistry(file: string): boolean {
    return path.basename(file) === 'entities.json' && this.#o.folders.includes(path.dirname(file));
  }

  #folderOf(file: string): string | undefined {
    return this.#o.folders.find((f) => file === f || file.startsWith(f + path.sep));
  }

  #wanted(file: string): boolean {
    const folder = this.#folderOf(file);
    if (!folder) return false;
    const relative = path.relative(folder, file).split(path.sep).join('/');
    const { indexInclude, indexExclude } = this.#o.settings();
    return matchesAny(relative, indexInclude) && !matchesAny(relative, indexExclude);
  }

  async #walk(dir: string): Promise<string[]> {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return [];
    }
    const out: string[] = [];
    const subdirs: string[] = [];
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && e.name !== 'node_modules') subdirs.push(p);
      } else if (e.isFile() && this.#wanted(p)) out.push(p);
    }
    for (const sub of subdirs) out.push(...(await this.#walk(sub)));
    return out;
  }

  async #loadRegistry(file: string): Promise<void> {
    const uri = pathToFileURL(file).href;
    try {
      this.#o.onRegistry(uri, await fs.readFile(file, 'utf8'));
    } catch {
      this.#o.onRegistry(uri, undefined);
    }
  }

  async #readCache(): Promise<Map<string, CachedArticle>> {
    const file = this.#o.cacheFile;
    return file ? readIndexCache(file, this.#o.engineVersion, this.#share, this.#o.log) : new Map();
  }

  #schedulePersist(): void {
    if (!this.#o.cacheFile || this.#disposed) return;
    clearTimeout(this.#persistTimer);
    this.#persistTimer = setTimeout(() => void this.#persist(), PERSIST_DELAY_MS);
  }

  #persist(): Promise<void> {
    this.#persistTimer = undefined;
    this.#persisting = (this.#persisting ?? Promise.resolve()).then(() => this.#writeCache());
    return this.#persisting;
  }

  async #writeCache(): Promise<void> {
    const file = this.#o.cacheFile;
    if (!file) return;
    try {
      await writeIndexCache(file, this.#o.engineVersion, [...this.#cache]);
    } catch (e) {
      this.#o.log(`cannot write the index cache ${file}: ${String(e)}`);
    }
  }
}
