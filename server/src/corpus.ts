// Every article the server knows: open documents (their buffer text) over the workspace index
// (files on disk). Owns the cross-article EntityLinker and, per entity key, where it is mentioned.
import { fileURLToPath } from 'node:url';
import { EntityLinker, type ArticleAnalysis, type EntityMention, type LangCode } from './engine';
import type { RegistryEntry } from './engine/linking';
import type { LineIndex } from './positions';

export interface Article {
  /** The URI reported to the client (an open document's own URI). */
  uri: string;
  analysis: ArticleAnalysis;
  lines: LineIndex;
}

export interface MentionRef {
  article: Article;
  mention: EntityMention;
}

interface Linked {
  article: Article;
  /** The corpus-wide key of each of analysis.entities, same order. */
  keys: string[];
  keyByMention: Map<EntityMention, string>;
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
  readonly #byKey = new Map<string, Map<string, EntityMention[]>>();
  /**
   * key -> ids of the articles mentioning it, sorted by URI: built when the key is first asked for,
   * then kept sorted as articles come and go (no re-sort of thousands of articles per request).
   */
  readonly #sortedIds = new Map<string, string[]>();

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
  keyOf(uri: string, mention: EntityMention): string {
    return this.#linked.get(articleId(uri))?.keyByMention.get(mention) ?? mention.entity;
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
    for (const [id, linked] of this.#linked) {
      linked.keys = this.#keysOf(linked.article);
      linked.keyByMention = keyMap(linked.article, linked.keys);
      this.#post(id, linked);
    }
  }

  /** `computeKeys` false defers asking the linker until relinkAll (bulk loading). */
  #link(id: string, article: Article, computeKeys: boolean): void {
    this.#unlink(id);
    this.#linker.setArticle(id, article.analysis);
    const keys = computeKeys ? this.#keysOf(article) : article.analysis.entities.map((m) => m.entity);
    const linked: Linked = { article, keys, keyByMention: keyMap(article, keys) };
    this.#linked.set(id, linked);
    this.#post(id, linked);
  }

  #unlink(id: string): void {
    const linked = this.#linked.get(id);
    if (!linked) return;
    this.#linker.removeArticle(id);
    this.#linked.delete(id);
    for (const key of new Set(linked.keys)) {
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

  #keysOf(article: Article): string[] {
    const id = articleId(article.uri);
    return article.analysis.entities.map((m) => this.#linker.keyOf(id, m));
  }

  #post(id: string, linked: Linked): void {
    const { article, keys } = linked;
    article.analysis.entities.forEach((mention, i) => {
      let perArticle = this.#byKey.get(keys[i]);
      if (!perArticle) this.#byKey.set(keys[i], (perArticle = new Map()));
      let list = perArticle.get(id);
      if (!list) perArticle.set(id, (list = []));
      list.push(mention);
    });
    for (const perArticle of new Set(keys.map((k) => this.#byKey.get(k)!))) perArticle.get(id)!.sort((a, b) => a.start - b.start);
    for (const key of new Set(keys)) {
      const ids = this.#sortedIds.get(key);
      if (ids) ids.splice(this.#sortedPosition(ids, id, article.uri), 0, id);
    }
  }
}

/** mentionsOf's article order: by URI in locale order, code units breaking ties. */
function compareUris(a: string, b: string): number {
  return a.localeCompare(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function keyMap(article: Article, keys: string[]): Map<EntityMention, string> {
  return new Map(article.analysis.entities.map((m, i) => [m, keys[i]]));
}

/** The languages of a set of mention refs, sorted. */
export function languagesOf(refs: MentionRef[]): LangCode[] {
  return [...new Set(refs.map((r) => r.article.analysis.lang))].sort();
}
