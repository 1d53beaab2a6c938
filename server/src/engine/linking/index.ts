// Cross-document, cross-language and cross-script entity linking.
//
// Each article's mentions are first grouped into local entities (the recogniser's document-level
// key; a surname alone joins the one full name of the article it matches). A local entity then
// gets a corpus-wide key, in order of precedence:
//   1. the annotators' registry (setRegistry), by any of its names;
//   2. the gazetteer id, by the recogniser's key or any of its names;
//   3. a name match: local entities and registry/gazetteer names whose words have the same
//      consonant skeleton ("أحمد الشرع" ~ "Ahmad al-Sharaa" ~ "Ahmed al-Shara") and pass the
//      per-word checks of nameWordMatch (same given name AND same family name for people);
//   4. a surname alone that no full name in its article explains takes the key of the only
//      entity with that family name in the corpus, if there is exactly one.
// Local entities are indexed by skeleton bucket, so an update touches only the buckets of the
// article's own names; keys are computed lazily and cached per bucket.
import { gazetteerById, gazetteerEntries, gazetteerLookup } from '../gazetteer';
import { normalizeName, slugify } from '../normalize';
import { isArabicScript, nameWordMatch, nameWords, wordSkeleton } from '../transliterate';
import type { ArticleAnalysis, EntityLabel, EntityMention } from '../types';

/** An entity of the annotators' registry: its key, type and every surface form they recorded. */
export interface RegistryEntry {
  id: string;
  label?: EntityLabel;
  names: string[];
}

/** A name that fixes a key: a registry or gazetteer entry's name, matched by skeleton. */
interface Anchor {
  kind: 'anchor';
  key: string;
  label: EntityLabel;
  words: string[];
  /** Registry anchors win over gazetteer anchors. */
  rank: number;
}

/** The mentions of one entity in one article. */
interface LocalEntity {
  kind: 'local';
  article: string;
  label: EntityLabel;
  /** The recogniser's document-level key. */
  docKey: string;
  /** Surface forms, longest first. */
  names: string[];
  /** Words of the fullest name, articles removed ("ahmad", "sharaa"). */
  words: string[];
  /** Key fixed by the registry or the gazetteer. */
  fixed?: string;
  /** The local entity holding the full name this surname-only entity stands for. */
  fullName?: LocalEntity;
}

type Member = LocalEntity | Anchor;

interface ArticleRecord {
  entities: LocalEntity[];
  byMention: Map<EntityMention, LocalEntity>;
  byDocKey: Map<string, LocalEntity>;
}

const REGISTRY_RANK = 2;

/** Minimum skeleton length (consonants over all words) for a name match without a registry or gazetteer. */
const MIN_SKELETON = 4;

/** Bucket of a name: label and the skeletons of its first and last words. */
function bucketOf(label: EntityLabel, words: string[]): string | undefined {
  if (words.length === 0) return undefined;
  const skeletons = (words.length === 1 ? [words[0]] : [words[0], words[words.length - 1]]).map(wordSkeleton);
  if (skeletons.join('').length < MIN_SKELETON && !(label === 'PER' && words.length > 1)) return undefined;
  if (skeletons.some((s) => s.length === 0)) return undefined;
  return `${label} ${skeletons.join(' ')}`;
}

/** Bucket of a family name, shared by full names and surname-only mentions. */
function surnameBucketOf(words: string[]): string | undefined {
  const last = words[words.length - 1];
  const skeleton = last ? wordSkeleton(last) : '';
  return skeleton.length >= 2 ? `PER ~${skeleton}` : undefined;
}

/** The bucket a local entity is indexed and cached under: a lone surname goes with its family name. */
function primaryBucketOf(label: EntityLabel, words: string[]): string | undefined {
  return label === 'PER' && words.length === 1 ? surnameBucketOf(words) : bucketOf(label, words);
}

/** Same name: first and last words match pairwise (given name and family name for people). */
function sameName(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  if ((a.length === 1) !== (b.length === 1)) return false;
  return nameWordMatch(a[0], b[0]) && nameWordMatch(a[a.length - 1], b[b.length - 1]);
}

function nameWordsOf(name: string): string[] {
  return nameWords(name.replace(/[()[\]{}"«»“”]/g, ' '));
}

export class EntityLinker {
  readonly #articles = new Map<string, ArticleRecord>();
  /** bucket -> members (local entities of every article, and anchors) */
  readonly #buckets = new Map<string, Set<Member>>();
  /** surname bucket -> local entities with a full name (candidates for surname-only mentions) */
  readonly #surnames = new Map<string, Set<LocalEntity>>();
  /** bucket -> computed keys of its local entities */
  readonly #cache = new Map<string, Map<LocalEntity, string>>();
  #registryByName = new Map<string, RegistryEntry>();
  #registryAnchors: Anchor[] = [];
  #gazetteerReady = false;

  /**
   * Adds or replaces an article. Returns the ids of the other articles whose keys may have
   * changed (they share a name bucket with this article's old or new entities).
   */
  setArticle(id: string, analysis: ArticleAnalysis): string[] {
    this.#ensureGazetteerAnchors();
    const touched = new Set<string>();
    this.#remove(id, touched);
    const record = this.#group(id, analysis.entities);
    this.#articles.set(id, record);
    for (const e of record.entities) this.#index(e, touched);
    return this.#articlesIn(touched, id);
  }

  /** Removes an article; returns the ids of the articles whose keys may have changed. */
  removeArticle(id: string): string[] {
    const touched = new Set<string>();
    this.#remove(id, touched);
    return this.#articlesIn(touched, id);
  }

  /**
   * The annotators' registry: its ids take precedence over gazetteer ids and name matches.
   * Replaces the previous registry; every cached key is recomputed on demand.
   */
  setRegistry(entries: RegistryEntry[]): void {
    this.#ensureGazetteerAnchors();
    for (const a of this.#registryAnchors) this.#unindexAnchor(a);
    this.#registryByName = new Map();
    this.#registryAnchors = [];
    for (const entry of entries) {
      for (const name of entry.names) {
        const key = normalizeName(name);
        if (key && !this.#registryByName.has(key)) this.#registryByName.set(key, entry);
        const words = nameWordsOf(name);
        if (entry.label) this.#registryAnchors.push({ kind: 'anchor', key: entry.id, label: entry.label, words, rank: REGISTRY_RANK });
      }
    }
    for (const a of this.#registryAnchors) this.#indexAnchor(a);
    for (const record of this.#articles.values()) for (const e of record.entities) e.fixed = this.#fixedKey(e.label, e.docKey, e.names, e.words);
    this.#cache.clear();
  }

  /** The corpus-wide key of a mention of an article added with setArticle. */
  keyOf(id: string, mention: EntityMention): string {
    const record = this.#articles.get(id);
    const local = record?.byMention.get(mention) ?? record?.byDocKey.get(mention.entity);
    return local ? this.#keyOfLocal(local) : mention.entity;
  }

  /** Every surface form of an entity across the corpus (for hovers and the registry), sorted. */
  spellingsOf(id: string, mention: EntityMention): string[] {
    const key = this.keyOf(id, mention);
    const record = this.#articles.get(id);
    const local = record?.byMention.get(mention) ?? record?.byDocKey.get(mention.entity);
    if (!local) return [mention.text];
    const names = new Set<string>();
    const { primary, surname } = this.#bucketsOf(local);
    for (const bucket of [primary, surname]) {
      for (const m of (bucket && this.#buckets.get(bucket)) || []) if (m.kind === 'local' && this.#keyOfLocal(m) === key) m.names.forEach((n) => names.add(n));
      for (const m of (bucket && this.#surnames.get(bucket)) || []) if (this.#keyOfLocal(m) === key) m.names.forEach((n) => names.add(n));
    }
    local.names.forEach((n) => names.add(n));
    return [...names].sort();
  }

  #group(id: string, mentions: EntityMention[]): ArticleRecord {
    const byDocKey = new Map<string, LocalEntity>();
    const byMention = new Map<EntityMention, LocalEntity>();
    for (const m of mentions) {
      let local = byDocKey.get(m.entity);
      if (!local) {
        local = { kind: 'local', article: id, label: m.label, docKey: m.entity, names: [], words: [] };
        byDocKey.set(m.entity, local);
      }
      if (!local.names.includes(m.text)) local.names.push(m.text);
      byMention.set(m, local);
    }
    const entities = [...byDocKey.values()];
    for (const e of entities) {
      e.names.sort((a, b) => nameWordsOf(b).length - nameWordsOf(a).length || b.length - a.length);
      e.words = nameWordsOf(e.names[0]);
      e.fixed = this.#fixedKey(e.label, e.docKey, e.names, e.words);
    }
    // A surname alone stands for the one full name of the article with that family name, even
    // when the gazetteer knows the surname as someone else ("Assad" next to "Hafez al-Assad").
    for (const e of entities) {
      if (e.label !== 'PER' || e.words.length !== 1) continue;
      const full = entities.filter((f) => f !== e && f.label === 'PER' && f.words.length > 1 && nameWordMatch(f.words[f.words.length - 1], e.words[0]));
      const distinct = new Set(full.map((f) => f.fixed ?? f.docKey));
      if (distinct.size === 1) e.fullName = full[0];
    }
    return { entities, byMention, byDocKey };
  }

  /** Registry id (by name, or by a matching spelling of a registry name) or gazetteer id of a local entity, if any. */
  #fixedKey(label: EntityLabel, docKey: string, names: string[], words: string[]): string | undefined {
    for (const n of names) {
      const entry = this.#registryByName.get(normalizeName(n));
      if (entry && (!entry.label || entry.label === label)) return entry.id;
    }
    const bucket = bucketOf(label, words);
    for (const m of (bucket && this.#buckets.get(bucket)) || []) {
      if (m.kind === 'anchor' && m.rank === REGISTRY_RANK && sameName(m.words, words)) return m.key;
    }
    const known = gazetteerById(docKey);
    if (known) return known.id;
    for (const n of names) {
      const entry = gazetteerLookup(n);
      if (entry && entry.label === label) return entry.id;
    }
    return undefined;
  }

  /** The primary bucket, and for a full name of a person the surname bucket too. */
  #bucketsOf(e: LocalEntity): { primary?: string; surname?: string } {
    const primary = primaryBucketOf(e.label, e.words);
    const surname = e.label === 'PER' && e.words.length > 1 ? surnameBucketOf(e.words) : undefined;
    return { primary, surname };
  }

  #index(e: LocalEntity, touched: Set<string>): void {
    const { primary, surname } = this.#bucketsOf(e);
    if (primary) add(this.#buckets, primary, e);
    if (surname) add(this.#surnames, surname, e);
    for (const b of [primary, surname]) {
      if (!b) continue;
      touched.add(b);
      this.#cache.delete(b);
    }
  }

  #remove(id: string, touched: Set<string>): void {
    const record = this.#articles.get(id);
    if (!record) return;
    this.#articles.delete(id);
    for (const e of record.entities) {
      const { primary, surname } = this.#bucketsOf(e);
      if (primary) remove(this.#buckets, primary, e);
      if (surname) remove(this.#surnames, surname, e);
      for (const b of [primary, surname]) {
        if (!b) continue;
        touched.add(b);
        this.#cache.delete(b);
      }
    }
  }

  #articlesIn(buckets: Set<string>, except: string): string[] {
    const ids = new Set<string>();
    for (const b of buckets) {
      for (const m of this.#buckets.get(b) ?? []) if (m.kind === 'local') ids.add(m.article);
      for (const m of this.#surnames.get(b) ?? []) ids.add(m.article);
    }
    ids.delete(except);
    return [...ids].sort();
  }

  #indexAnchor(a: Anchor): void {
    const bucket = bucketOf(a.label, a.words);
    if (bucket) add(this.#buckets, bucket, a);
  }

  #unindexAnchor(a: Anchor): void {
    const bucket = bucketOf(a.label, a.words);
    if (bucket) remove(this.#buckets, bucket, a);
  }

  /** Gazetteer people's full names are anchors, so that unlisted spellings still reach their id. */
  #ensureGazetteerAnchors(): void {
    if (this.#gazetteerReady) return;
    this.#gazetteerReady = true;
    for (const entry of gazetteerEntries()) {
      if (entry.label !== 'PER') continue;
      for (const name of new Set([entry.canonical, ...Object.values(entry.names).flat()])) {
        const words = nameWordsOf(name);
        if (words.length > 1) this.#indexAnchor({ kind: 'anchor', key: entry.id, label: 'PER', words, rank: 1 });
      }
    }
  }

  #keyOfLocal(e: LocalEntity): string {
    if (e.fullName) return this.#keyOfLocal(e.fullName);
    if (e.fixed) return e.fixed;
    const bucket = primaryBucketOf(e.label, e.words);
    if (!bucket) return this.#ownKey([e]);
    let cached = this.#cache.get(bucket);
    if (!cached) this.#cache.set(bucket, (cached = new Map()));
    const hit = cached.get(e);
    if (hit) return hit;
    const key = e.words.length === 1 && e.label === 'PER' ? this.#surnameKey(e, bucket) : this.#clusterKey(e, bucket);
    cached.set(e, key);
    return key;
  }

  /** Key of the cluster of same-name members around e in its bucket. */
  #clusterKey(e: LocalEntity, bucket: string): string {
    const members = [...(this.#buckets.get(bucket) ?? [])].filter((m) => m.label === e.label);
    // Connected component of e under sameName (bucket sizes are small: one name's spellings).
    const cluster: Member[] = [e];
    const seen = new Set<Member>(cluster);
    for (let i = 0; i < cluster.length; i++) {
      for (const m of members) {
        if (seen.has(m) || !sameName(cluster[i].words, m.words)) continue;
        if (m.kind === 'local' && m.fixed) continue; // fixed entities keep their own key
        seen.add(m);
        cluster.push(m);
      }
    }
    const anchors = cluster.filter((m): m is Anchor => m.kind === 'anchor').sort((a, b) => b.rank - a.rank || a.key.localeCompare(b.key));
    if (anchors.length) return anchors[0].key;
    // A fixed entity with the same name (e.g. a gazetteer person found by one spelling) lends its key.
    const fixed = members.filter((m): m is LocalEntity => m.kind === 'local' && !!m.fixed && cluster.some((c) => sameName(c.words, m.words)));
    if (fixed.length && new Set(fixed.map((f) => f.fixed)).size === 1) return fixed[0].fixed!;
    return this.#ownKey(cluster.filter((m): m is LocalEntity => m.kind === 'local'));
  }

  /** A surname alone: the key of the only full-name entity in the corpus with that family name. */
  #surnameKey(e: LocalEntity, bucket: string): string {
    const keys = new Set<string>();
    for (const full of this.#surnames.get(bucket) ?? []) {
      if (full.label === e.label && nameWordMatch(full.words[full.words.length - 1], e.words[0])) keys.add(this.#keyOfLocal(full));
    }
    if (keys.size === 1) return [...keys][0];
    const same = [...(this.#buckets.get(bucket) ?? [])].filter(
      (m): m is LocalEntity => m.kind === 'local' && m.words.length === 1 && !m.fixed && !m.fullName && nameWordMatch(m.words[0], e.words[0]),
    );
    return this.#ownKey(same.length ? same : [e]);
  }

  /**
   * A readable, deterministic key for a cluster without registry or gazetteer id: the slug of its
   * fullest Latin name, the spelling used by the most articles first.
   */
  #ownKey(cluster: LocalEntity[]): string {
    const uses = new Map<string, number>();
    for (const m of cluster) for (const n of m.names) if (!isArabicScript(n) && slugify(n)) uses.set(n, (uses.get(n) ?? 0) + 1);
    const latin = [...uses.keys()].sort(
      (a, b) => nameWordsOf(b).length - nameWordsOf(a).length || uses.get(b)! - uses.get(a)! || a.localeCompare(b),
    );
    const label = cluster[0].label.toLowerCase();
    if (latin.length) return slugify(latin[0]);
    const words = cluster.map((m) => m.words).sort((a, b) => b.length - a.length || a.join(' ').localeCompare(b.join(' ')))[0];
    return `${label}:${words.join('-') || normalizeName(cluster[0].names[0])}`;
  }
}

function add<T>(map: Map<string, Set<T>>, key: string, value: T): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function remove<T>(map: Map<string, Set<T>>, key: string, value: T): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

/** Rewrites the `entity` key of every mention so that one real-world entity has one key across all articles. */
export function linkArticles(articles: { id: string; analysis: ArticleAnalysis }[]): void {
  const linker = new EntityLinker();
  for (const a of articles) linker.setArticle(a.id, a.analysis);
  const keys = articles.map((a) => a.analysis.entities.map((m) => linker.keyOf(a.id, m)));
  articles.forEach((a, i) => a.analysis.entities.forEach((m, j) => (m.entity = keys[i][j])));
}
