// The workspace index: every article file in the workspace folders, open or not, analysed in the
// background and kept in the corpus. Persisted between sessions in a cache file keyed by path,
// mtime, size and engine version, so that a reopened workspace is ready without re-analysing. The
// cache is JSON Lines (a header, then one article per line), written and read a line at a time: a
// workspace of thousands of articles never becomes one huge string in memory.
// All file I/O is async with bounded concurrency and never on a request's path.
import { createReadStream, promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { pathToFileURL } from 'node:url';
import type { AnalysisRunner } from './analysisRunner';
import { readArticle } from './cli/files';
import type { Corpus } from './corpus';
import { forEachLimited } from './forEachLimited';
import { refusalReason } from './documents';
import type { ArticleAnalysis } from './engine';
import { matchesAny } from './glob';
import { LineIndex, computeLineStarts } from './positions';
import type { Settings } from './settings';

const CACHE_FORMAT = 2;
const IO_CONCURRENCY = 8;
const PERSIST_DELAY_MS = 2_000;
/** The cache header line must fit in this many bytes (an older single-line cache does not, and is ignored). */
const HEADER_BYTES = 4096;
/** Cache lines are written, and read, in chunks of about this many characters (bytes). */
const WRITE_CHUNK = 1 << 20;

interface CachedArticle {
  mtimeMs: number;
  size: number;
  length: number;
  lineStarts: number[];
  analysis: ArticleAnalysis;
}

interface CacheHeader {
  format: number;
  engine: string;
}

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
  runner: Pick<AnalysisRunner, 'analyze'>;
  corpus: Corpus;
  log: (message: string) => void;
  /** A registry file (entities.json at a folder root) was found, changed (text) or deleted (undefined). */
  onRegistry: (uri: string, text: string | undefined) => void;
  /** The corpus changed after a build or a batch of file events. */
  onChanged: () => void;
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
      const cached = await this.#readCache();
      await Promise.all(this.#o.folders.map((f) => this.#loadRegistry(path.join(f, 'entities.json'))));
      const files = (await Promise.all(this.#o.folders.map((f) => this.#walk(f)))).flat();
      progress.begin(files.length);
      let done = 0;
      let reused = 0;
      await forEachLimited(files, IO_CONCURRENCY, async (file) => {
        if (this.#disposed) return;
        if (await this.#indexFile(file, cached.get(file), false)) reused++;
        progress.report(++done, files.length);
      });
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
      this.#o.corpus.relinkAll();
      this.#schedulePersist();
      this.#o.onChanged();
    }
    this.#draining = undefined;
  }

  /** Indexes one file; returns true when its cached analysis was reused. */
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
    const settings = this.#o.settings();
    if (stat.size > settings.maxDocumentSize * 4) return this.#skip(file, 'too large');
    const read = await readArticle(file);
    if (!('text' in read)) return this.#skip(file, read.message);
    const refusal = refusalReason(read.text, settings.maxDocumentSize);
    if (refusal) return this.#skip(file, refusal);
    let analysis: ArticleAnalysis | undefined;
    try {
      analysis = await this.#o.runner.analyze(read.text);
    } catch (e) {
      return this.#skip(file, `analysis failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (!analysis || this.#disposed) return false;
    const lineStarts = computeLineStarts(read.text);
    this.#remember(file, { mtimeMs: stat.mtimeMs, size: stat.size, length: read.text.length, lineStarts, analysis }, computeKeys);
    return false;
  }

  #skip(file: string, why: string): false {
    this.#o.log(`index: skipped ${file}: ${why}`);
    this.#forget(file);
    return false;
  }

  /**
   * One copy of each string the indexed analyses repeat (labels, entity keys and names, kinds): they
   * arrive from the worker or the cache file with copies of their own (~60 MB per 10,000 articles).
   */
  readonly #strings = new Map<string, string>();

  #shareStrings(analysis: ArticleAnalysis): void {
    const share = <T extends string>(s: T): T => {
      const shared = this.#strings.get(s);
      if (shared !== undefined) return shared as T;
      this.#strings.set(s, s);
      return s;
    };
    for (const m of analysis.entities) {
      m.text = share(m.text);
      m.label = share(m.label);
      m.entity = share(m.entity);
      m.canonical = share(m.canonical);
      m.source = share(m.source);
    }
    for (const b of analysis.structure.blocks) b.kind = share(b.kind);
    for (const c of analysis.claims) c.kind = share(c.kind);
  }

  #remember(file: string, entry: CachedArticle, computeKeys: boolean): void {
    if (this.#disposed) return;
    this.#shareStrings(entry.analysis);
    this.#cache.set(file, entry);
    const article = { uri: pathToFileURL(file).href, analysis: entry.analysis, lines: new LineIndex(entry.lineStarts, entry.length) };
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
    const out = new Map<string, CachedArticle>();
    const file = this.#o.cacheFile;
    if (!file) return out;
    try {
      const header = await readCacheHeader(file);
      if (!header || header.format !== CACHE_FORMAT || header.engine !== this.#o.engineVersion) return out;
      const lines = readline.createInterface({ input: createReadStream(file, { start: header.bytes, encoding: 'utf8', highWaterMark: WRITE_CHUNK }), crlfDelay: Infinity });
      let unreadable = 0;
      for await (const line of lines) {
        if (!line) continue;
        try {
          const [article, entry] = JSON.parse(line) as [string, CachedArticle];
          out.set(article, entry);
        } catch {
          unreadable++;
        }
      }
      if (unreadable) this.#o.log(`index cache: ${unreadable} unreadable entries ignored (those articles are analysed again)`);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') this.#o.log(`index cache unreadable, rebuilding: ${String(e)}`);
    }
    return out;
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
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      await fs.mkdir(path.dirname(file), { recursive: true });
      const handle = await fs.open(temporary, 'w');
      try {
        const header: CacheHeader = { format: CACHE_FORMAT, engine: this.#o.engineVersion };
        let chunk = JSON.stringify(header) + '\n';
        for (const entry of [...this.#cache]) {
          chunk += JSON.stringify(entry) + '\n';
          if (chunk.length >= WRITE_CHUNK) {
            await handle.write(chunk);
            chunk = '';
          }
        }
        await handle.write(chunk);
      } finally {
        await handle.close();
      }
      await fs.rename(temporary, file);
    } catch (e) {
      this.#o.log(`cannot write the index cache ${file}: ${String(e)}`);
    }
  }
}

/** The cache file's header line and its length in bytes, or undefined when the first line is not a header. */
async function readCacheHeader(file: string): Promise<(CacheHeader & { bytes: number }) | undefined> {
  const handle = await fs.open(file, 'r');
  try {
    const buffer = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEADER_BYTES, 0);
    const newline = buffer.subarray(0, bytesRead).indexOf(10);
    if (newline < 0) return undefined;
    const header = JSON.parse(buffer.toString('utf8', 0, newline)) as CacheHeader;
    return { format: header.format, engine: header.engine, bytes: newline + 1 };
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}
