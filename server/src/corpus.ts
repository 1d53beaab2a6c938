// Every article the server knows: open documents (their buffer text) over the workspace index
// (files on disk). Owns the cross-article EntityLinker and, per entity key, where it is mentioned.
import { fileURLToPath } from 'node:url';
import type { Location } from 'vscode-languageserver';
import type { ArticleSummary, Mention } from './articleSummary';
import { EntityLinker, type LangCode } from './engine';
import type { RegistryEntry } from './engine/linking';
import { groupBy } from './groupBy';
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
  /**
   * The corpus-wide key of each document-level key of the article's mentions that linking changes
   * (the others are their own key; most are); none until relinkAll when bulk loading (the article
   * is in no key's list until then).
   */
  keys: Map<string, string> | undefined;
}

/** What references ask about an entity, built when first asked for and dropped when its mentions change. */
interface KeyTable {
  /** Where each mention is, in mentionsOf order. */
  locations: Location[];
  /** The distinct spellings of its mentions. */
  spellings: string[];
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
  readonly #tables = new Map<string, KeyTable>();

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
    return this.#table(key).locations;
  }

  /** The distinct spellings of an entity's mentions (a shared array: not to be modified). */
  spellingsOf(key: string): string[] {
    return this.#table(key).spellings;
  }

  #table(key: string): KeyTable {
    let table = this.#tables.get(key);
    if (!table) {
      const refs = this.mentionsOf(key);
      const locations = refs.map(({ article, mention }) => ({ uri: article.uri, range: article.lines.rangeOf(mention.start, mention.end) }));
      table = { locations, spellings: [...new Set(refs.map((r) => r.mention.text))] };
      this.#tables.set(key, table);
    }
    return table;
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
    this.#tables.clear();
    for (const [id, linked] of this.#linked) {
      linked.keys = this.#linker.changedKeys(id);
      this.#post(id, linked.article, linked.keys);
    }
  }

  /** `computeKeys` false defers asking the linker, and listing the article under its keys, until relinkAll (bulk loading). */
  #link(id: string, article: Article, computeKeys: boolean): void {
    this.#unlink(id);
    this.#linker.setArticle(id, article.summary);
    const keys = computeKeys ? this.#linker.changedKeys(id) : undefined;
    this.#linked.set(id, { article, keys });
    if (keys) this.#post(id, article, keys);
  }

  #unlink(id: string): void {
    const linked = this.#linked.get(id);
    if (!linked) return;
    this.#linker.removeArticle(id);
    this.#linked.delete(id);
    if (!linked.keys) return;
    for (const key of keysIn(linked.article, linked.keys)) {
      this.#tables.delete(key);
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

  /** Lists the article's mentions under their keys. */
  #post(id: string, article: Article, keys: Map<string, string>): void {
    for (const [key, mentions] of groupBy(article.summary.entities, (m) => keys.get(m.entity) ?? m.entity)) {
      let perArticle = this.#byKey.get(key);
      if (!perArticle) this.#byKey.set(key, (perArticle = new Map()));
      // A copy of exactly its length (an array grown by push holds room for 17): 130k lists per 10k articles.
      perArticle.set(id, mentions.slice().sort((a, b) => a.start - b.start));
      this.#tables.delete(key);
      const ids = this.#sortedIds.get(key);
      if (ids) ids.splice(this.#sortedPosition(ids, id, article.uri), 0, id);
    }
  }
}

/** The distinct keys of an article's mentions. */
function keysIn(article: Article, keys: Map<string, string>): Set<string> {
  return new Set(article.summary.entities.map((m) => keys.get(m.entity) ?? m.entity));
}

/** mentionsOf's article order: by URI in locale order, code units breaking ties. */
function compareUris(a: string, b: string): number {
  return a.localeCompare(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The languages of a set of mention refs, sorted. */
export function languagesOf(refs: MentionRef[]): LangCode[] {
  return [...new Set(refs.map((r) => r.article.summary.lang))].sort();
}
