// Every article the server knows: open documents (their buffer text) over the workspace index
// (files on disk). Owns the cross-article EntityLinker and, per entity key, where it is mentioned.
import { fileURLToPath } from 'node:url';
import type { Location } from 'vscode-languageserver';
import type { ArticleSummary, Mention } from './articleSummary';
import { EntityLinker, type LangCode } from './engine';
import type { RegistryEntry } from './engine/linking';
import type { LineIndex } from './positions';

export interface Article {
  /** The URI reported to the client (an open document's own URI). */
  uri: string;
  summary: ArticleSummary;
  lines: LineIndex;
}

export interface MentionRef {
  article: Article;
  mention: Mention;
}

interface Linked {
  article: Article;
  /** The corpus-wide key of each document-level key of the article's mentions; none until linked (bulk loading). */
  keys: Map<string, string> | undefined;
}

/**
 * The identity of an article: its file path for file URIs (editors and Node encode file URIs
 * differently), else the URI itself (untitled documents).
 */
function articleId(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return fileURLToPath(uri);
  } catch {
    return uri;
  }
}

export class Corpus {
  readonly #linker = new EntityLinker();
  readonly #disk = new Map<string, Article>();
  readonly #open = new Map<string, Article>();
  readonly #linked = new Map<string, Linked>();
  /** key -> article id -> mentions */
  readonly #byKey = new Map<string, Map<string, Mention[]>>();
  /**
   * key -> ids of the articles mentioning it, sorted by URI: built when the key is first asked for,
   * then kept sorted as articles come and go (no re-sort of thousands of articles per request).
   */
  readonly #sortedIds = new Map<string, string[]>();
  /** key -> the locations of its mentions (mentionsOf order): built when first asked for, dropped when they change. */
  readonly #locations = new Map<string, Location[]>();

  /** Sets an article read from disk; an open document of the same file still takes precedence. */
  setDisk(article: Article, computeKeys = true): void {
    const id = articleId(article.uri);
    this.#disk.set(id, article);
    if (!this.#open.has(id)) this.#link(id, article, computeKeys);
  }

  removeDisk(uri: string): void {
    const id = articleId(uri);
    this.#disk.delete(id);
    if (!this.#open.has(id)) this.#unlink(id);
  }

  setOpen(article: Article): void {
    const id = articleId(article.uri);
    this.#open.set(id, article);
    this.#link(id, article, true);
  }

  /** The document was closed: its disk version (if indexed) counts again. */
  close(uri: string): void {
    const id = articleId(uri);
    this.#open.delete(id);
    const disk = this.#disk.get(id);
    if (disk) this.#link(id, disk, true);
    else this.#unlink(id);
  }

  get(uri: string): Article | undefined {
    return this.#linked.get(articleId(uri))?.article;
  }

  isOpen(uri: string): boolean {
    return this.#open.has(articleId(uri));
  }

  articles(): Article[] {
    return [...this.#linked.values()].map((l) => l.article);
  }

  get size(): number {
    return this.#linked.size;
  }

  /** The corpus-wide key of a mention of an article in the corpus (the mention's own key if unknown). */
  keyOf(uri: string, mention: Mention): string {
    return this.#linked.get(articleId(uri))?.keys?.get(mention.entity) ?? mention.entity;
  }

  /** Every mention of an entity, article by article (articles sorted by URI, mentions by offset). */
  mentionsOf(key: string): MentionRef[] {
    const perArticle = this.#byKey.get(key);
    if (!perArticle) return [];
    let ids = this.#sortedIds.get(key);
    if (!ids) this.#sortedIds.set(key, (ids = [...perArticle.keys()].sort((a, b) => compareUris(this.#uriOf(a), this.#uriOf(b)))));
    const out: MentionRef[] = [];
    for (const id of ids) {
      const article = this.#linked.get(id)!.article;
      for (const mention of perArticle.get(id)!) out.push({ article, mention });
    }
    return out;
  }

  /** The location of every mention of an entity, in mentionsOf order (a shared array: not to be modified). */
  locationsOf(key: string): Location[] {
    let locations = this.#locations.get(key);
    if (!locations) {
      locations = this.mentionsOf(key).map(({ article, mention }) => ({ uri: article.uri, range: article.lines.rangeOf(mention.start, mention.end) }));
      this.#locations.set(key, locations);
    }
    return locations;
  }

  /** How many articles mention the entity (cheaper than mentionsOf). */
  articleCount(key: string): number {
    return this.#byKey.get(key)?.size ?? 0;
  }

  keys(): IterableIterator<string> {
    return this.#byKey.keys();
  }

  /** The annotators' registry fixes keys: every article is relinked with it. */
  setRegistry(entries: RegistryEntry[]): void {
    this.#linker.setRegistry(entries);
    this.relinkAll();
  }

  /** Recomputes every article's keys: linking may change older articles' keys as new ones arrive. */
  relinkAll(): void {
    this.#byKey.clear();
    this.#sortedIds.clear();
    this.#locations.clear();
    for (const [id, linked] of this.#linked) {
      linked.keys = this.#linker.keysOf(id);
      this.#post(id, linked);
    }
  }

  /** `computeKeys` false defers asking the linker until relinkAll (bulk loading). */
  #link(id: string, article: Article, computeKeys: boolean): void {
    this.#unlink(id);
    this.#linker.setArticle(id, article.summary);
    const linked: Linked = { article, keys: computeKeys ? this.#linker.keysOf(id) : undefined };
    this.#linked.set(id, linked);
    this.#post(id, linked);
  }

  #unlink(id: string): void {
    const linked = this.#linked.get(id);
    if (!linked) return;
    this.#linker.removeArticle(id);
    this.#linked.delete(id);
    for (const key of keysIn(linked)) {
      this.#locations.delete(key);
      const perArticle = this.#byKey.get(key);
      perArticle?.delete(id);
      if (perArticle?.size === 0) this.#byKey.delete(key);
      const ids = this.#sortedIds.get(key);
      const at = ids ? this.#sortedPosition(ids, id, linked.article.uri) : -1;
      if (ids?.[at] === id) ids.splice(at, 1);
      if (ids?.length === 0) this.#sortedIds.delete(key);
    }
  }

  #uriOf(id: string): string {
    return this.#linked.get(id)!.article.uri;
  }

  /** Where the article `id`, whose URI is `uri`, is or goes in a sorted id list (binary search). */
  #sortedPosition(ids: string[], id: string, uri: string): number {
    let lo = 0;
    let hi = ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareUris(ids[mid] === id ? uri : this.#uriOf(ids[mid]), uri) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  #post(id: string, linked: Linked): void {
    const { article } = linked;
    const touched = new Set<Mention[]>();
    for (const mention of article.summary.entities) {
      const key = linked.keys?.get(mention.entity) ?? mention.entity;
      let perArticle = this.#byKey.get(key);
      if (!perArticle) this.#byKey.set(key, (perArticle = new Map()));
      let list = perArticle.get(id);
      if (!list) perArticle.set(id, (list = []));
      list.push(mention);
      touched.add(list);
    }
    for (const list of touched) list.sort((a, b) => a.start - b.start);
    for (const key of keysIn(linked)) {
      this.#locations.delete(key);
      const ids = this.#sortedIds.get(key);
      if (ids) ids.splice(this.#sortedPosition(ids, id, article.uri), 0, id);
    }
  }
}

/** The distinct keys of a linked article's mentions. */
function keysIn({ article, keys }: Linked): Set<string> {
  return new Set(article.summary.entities.map((m) => keys?.get(m.entity) ?? m.entity));
}

/** mentionsOf's article order: by URI in locale order, code units breaking ties. */
function compareUris(a: string, b: string): number {
  return a.localeCompare(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The languages of a set of mention refs, sorted. */
export function languagesOf(refs: MentionRef[]): LangCode[] {
  return [...new Set(refs.map((r) => r.article.summary.lang))].sort();
}
