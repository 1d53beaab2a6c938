// Cross-document, cross-language and cross-script entity linking.
//
// Each article's mentions are first grouped into local entities (the recogniser's document-level
// key; a surname alone joins the one full name of the article it matches). A local entity then
// gets a corpus-wide key, in order of precedence:
//   1. the annotators' registry (setRegistry), by any of its names or a spelling variant of one;
//   2. the gazetteer id, by the recogniser's key or any of its names;
//   3. a name match: spellings and registry/gazetteer names whose words have the same consonant
//      skeleton ("أحمد الشرع" ~ "Ahmad al-Sharaa" ~ "Ahmed al-Shara") and pass the per-word checks
//      of nameWordMatch (same given name AND same family name for people);
//   4. a surname alone that no full name in its article explains takes the key of the only
//      entity with that family name in the corpus, if there is exactly one.
//
// Incremental: names are indexed by skeleton bucket, and within a bucket by spelling, with
// counts. Adding or removing an article updates the buckets of its own names; a bucket's keys are
// recomputed on demand over its distinct spellings, never over the articles that use them.
import { astralClass, CHAR_LOWER, CHAR_UPPER, unitClass } from '../charClasses';
import { gazetteerById, gazetteerEntries, gazetteerLookup } from '../gazetteer';
import { normalizeName, slugify } from '../normalize';
import { isArabicScript, nameWordMatch, sharedNameWords, wordSkeleton } from '../transliterate';
import type { EntityLabel, EntityMention } from '../types';

/** What the linker reads of a mention: its spelling, label and document-level key. */
export type LinkedMention = Pick<EntityMention, 'text' | 'label' | 'entity'>;

/** An entity of the annotators' registry: its key, type and every surface form they recorded. */
export interface RegistryEntry {
  id: string;
  label?: EntityLabel;
  names: string[];
}

/** A name that fixes a key: a registry or gazetteer entry's name, matched by skeleton. */
interface Anchor {
  key: string;
  words: readonly string[];
  /** Registry anchors win over gazetteer anchors. */
  rank: number;
}

/** The mentions of one entity in one article. */
interface LocalEntity {
  article: string;
  label: EntityLabel;
  /** The recogniser's document-level key. */
  docKey: string;
  /** Surface forms, fullest first. */
  names: string[];
  /** Words of the fullest name, articles removed ("ahmad", "sharaa"). */
  words: readonly string[];
  /** Key fixed by the registry or the gazetteer. */
  fixed?: string;
  /** The local entity holding the full name this surname-only entity stands for. */
  fullName?: LocalEntity;
}

/** One spelling of a name in a bucket, with how many local entities use it and their surface forms. */
interface Spelling {
  words: readonly string[];
  /** Number of local entities using it. */
  uses: number;
  /** Article id -> number of its local entities using it. */
  articles: Map<string, number>;
  /** Surface form -> number of local entities using it. */
  names: Map<string, number>;
  /** Fixed key -> number of local entities of this spelling that have it. */
  fixed: Map<string, number>;
}

interface Bucket {
  label: EntityLabel;
  spellings: Map<string, Spelling>;
  anchors: Anchor[];
  /** Key of each unfixed spelling, computed on demand and dropped when the bucket changes. */
  keys?: Map<string, string>;
}

interface ArticleRecord {
  entities: LocalEntity[];
  /** Every mention of a local entity has its document-level key. */
  byDocKey: Map<string, LocalEntity>;
}

const REGISTRY_RANK = 2;
const GAZETTEER_RANK = 1;

/** The words of an entity before its names are read. */
const NO_WORDS: readonly string[] = [];

/** Minimum skeleton length (consonants over all words) for a name match without a registry or gazetteer. */
const MIN_SKELETON = 4;

/** Bucket of a name: label and the skeletons of its first and last words. */
function bucketOf(label: EntityLabel, words: readonly string[]): string | undefined {
  if (words.length === 0) return undefined;
  const first = wordSkeleton(words[0]);
  const last = words.length === 1 ? undefined : wordSkeleton(words[words.length - 1]);
  if (first.length + (last?.length ?? 0) < MIN_SKELETON && !(label === 'PER' && words.length > 1)) return undefined;
  if (first.length === 0 || last?.length === 0) return undefined;
  return last === undefined ? `${label} ${first}` : `${label} ${first} ${last}`;
}

/** Bucket of a family name, shared by surname-only mentions and (in #surnames) full names. */
function surnameBucketOf(words: readonly string[]): string | undefined {
  const last = words[words.length - 1];
  const skeleton = last ? wordSkeleton(last) : '';
  return skeleton.length >= 2 ? `PER ~${skeleton}` : undefined;
}

/** The bucket a local entity is indexed under: a lone surname goes with its family name. */
function primaryBucketOf(label: EntityLabel, words: readonly string[]): string | undefined {
  return label === 'PER' && words.length === 1 ? surnameBucketOf(words) : bucketOf(label, words);
}

/** Same name: first and last words match pairwise (given name and family name for people). */
function sameName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  if ((a.length === 1) !== (b.length === 1)) return false;
  return nameWordMatch(a[0], b[0]) && nameWordMatch(a[a.length - 1], b[b.length - 1]);
}

const BRACKETS = /[()[\]{}"«»“”]/g;

/** Brackets and quotes, which nameWordsOf reads as spaces: ( ) [ ] { } " « » “ ”. */
function isBracket(c: number): boolean {
  return c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x22 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d;
}

/** The words of a name without brackets and quotes (shared with transliterate's memo: never changed). */
function nameWordsOf(name: string): readonly string[] {
  for (let k = 0; k < name.length; k++) if (isBracket(name.charCodeAt(k))) return sharedNameWords(name.replace(BRACKETS, ' '));
  return sharedNameWords(name);
}

const signature = (words: readonly string[]) => words.join(' ');

/** How many words a name is written in (runs without a space). */
function writtenWords(name: string): number {
  let words = 0;
  for (let k = 0; k < name.length; k++) if (name.charCodeAt(k) !== 0x20 && (k === 0 || name.charCodeAt(k - 1) === 0x20)) words++;
  return words;
}

function count<K>(map: Map<K, number>, key: K, delta: number): void {
  const n = (map.get(key) ?? 0) + delta;
  if (n > 0) map.set(key, n);
  else map.delete(key);
}

/**
 * A readable, deterministic key for names without registry or gazetteer id: the slug of the
 * fullest Latin spelling, the one used most first; for Arabic-only names, label and words.
 */
function ownKey(label: EntityLabel, spellings: { words: readonly string[]; names: Map<string, number> }[]): string {
  const uses = new Map<string, number>();
  for (const s of spellings) for (const [name, n] of s.names) if (!isArabicScript(name) && slugify(name)) count(uses, name, n);
  // Fullest by name words, then by words as written ("Abdul Muhari" is one name word, "abdulmuhari", like "Abdul").
  const latin = [...uses.keys()].sort(
    (a, b) => nameWordsOf(b).length - nameWordsOf(a).length || writtenWords(b) - writtenWords(a) || uses.get(b)! - uses.get(a)! || a.localeCompare(b),
  );
  if (latin.length) return slugify(latin[0]);
  const words = spellings.map((s) => s.words).sort((a, b) => b.length - a.length || signature(a).localeCompare(signature(b)))[0];
  return `${label.toLowerCase()}:${words.join('-')}`;
}

/** An organisation's acronym as written: "KPK", "SNCF", "IMIP". */
const ACRONYM = /^[A-Z][A-Z0-9]{1,6}$/;
/** Words an acronym leaves out: connectors and articles in the project's languages and English. */
const ACRONYM_SKIPPED = new Set(['de', 'des', 'du', 'd', 'la', 'le', 'les', 'l', 'et', 'pour', 'à', 'au', 'aux', 'en', 'sur', 'dan', 'untuk', 'dari', 'di', 'dengan', 'of', 'the', 'and', 'for']);

/** Memoised readings of full names: the linker tests every acronym of an article against every long name. */
const MEMO_LIMIT = 20_000;
const acronymMemo = new Map<string, Set<string>>();
const abbreviationWordsMemo = new Map<string, string[]>();

function memoised<T>(memo: Map<string, T>, name: string, read: (name: string) => T): T {
  let value = memo.get(name);
  if (value === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(name, (value = read(name)));
  }
  return value;
}

/**
 * The acronyms a full name may have: initials of its words without connectors, of its capitalised
 * words only ("Pusat Vulkanologi dan Mitigasi Bencana Geologi" -> "PVMBG"), and the same without a
 * leading legal form ("PT Indonesia Morowali Industrial Park" -> "IMIP").
 */
function acronymsOf(name: string): Set<string> {
  return memoised(acronymMemo, name, (full) => {
    const words = full.split(/[\s'’-]+/).filter((w) => w && !ACRONYM_SKIPPED.has(w.toLowerCase()));
    const initials = (ws: string[]) => ws.map((w) => w[0].toUpperCase()).join('');
    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
    return new Set([words, capitalised, words.slice(1), capitalised.slice(1)].filter((ws) => ws.length >= 2).map(initials));
  });
}

/** Whether a name is written as an acronym (cheap tests first: most names are not). */
function isAcronym(name: string): boolean {
  const first = name.charCodeAt(0);
  return name.length >= 2 && name.length <= 7 && first >= 0x41 && first <= 0x5a && ACRONYM.test(name);
}

/**
 * Whether a name is written as a syllabic abbreviation: "Tipikor", "Kemenkeu", "Bappenas" (an upper-case
 * letter, then three lower-case letters or more: /^\p{Lu}\p{Ll}{3,}$/u read from the character class table).
 */
function isAbbreviation(name: string): boolean {
  let letters = 0;
  for (let k = 0; k < name.length; k++, letters++) {
    const unit = name.charCodeAt(k);
    const point = name.codePointAt(k)!;
    if (point > 0xffff) k++;
    const bits = point > 0xffff ? astralClass(point) : unitClass(unit);
    if ((bits & (letters === 0 ? CHAR_UPPER : CHAR_LOWER)) === 0) return false;
  }
  return letters >= 4;
}

/**
 * Whether an abbreviation joins the beginnings of the last two words or more of a full name:
 * "Tipikor" for "Pengadilan Tindak Pidana Korupsi", "Kemenkeu" for "Kementerian Keuangan".
 */
function abbreviates(abbreviation: string, name: string): boolean {
  const words = memoised(abbreviationWordsMemo, name, (full) => full.toLowerCase().split(/[\s'’-]+/).filter((w) => w && !ACRONYM_SKIPPED.has(w)));
  const target = abbreviation.toLowerCase();
  // Prefixes of words[k..] spelling target[at..] to the end, each word in turn.
  const spells = (k: number, at: number): boolean => {
    if (at === target.length) return k === words.length;
    if (k === words.length) return false;
    for (let n = Math.min(words[k].length, target.length - at); n >= 1; n--) if (words[k].startsWith(target.slice(at, at + n)) && spells(k + 1, at + n)) return true;
    return false;
  };
  for (let start = 0; start + 2 <= words.length; start++) if (target.startsWith(words[start][0]) && spells(start, 0)) return true;
  return false;
}

/**
 * In one article an acronym and the organisation's full name are one entity: the one without a
 * registry or gazetteer key follows the other. The acronym may be read as a person by the recogniser.
 */
function linkAcronyms(entities: LocalEntity[]): void {
  let fullNames: LocalEntity[] | undefined;
  for (const e of entities) {
    if (e.label === 'LOC' || e.fullName) continue;
    const acronym = e.names.find(isAcronym);
    const abbreviation = acronym ? undefined : e.names.find(isAbbreviation);
    if (!acronym && !abbreviation) continue;
    fullNames ??= entities.filter((f) => f.label === 'ORG' && f.words.length > 1);
    const fits = (full: string) => (acronym ? acronymsOf(full).has(acronym) : abbreviates(abbreviation!, full));
    const full = fullNames.filter((f) => f !== e && !f.fullName && fits(f.names[0]));
    if (full.length !== 1) continue;
    if (!e.fixed) e.fullName = full[0];
    else if (!full[0].fixed) full[0].fullName = e;
  }
}

/** Names sorted fullest first: more words, then longer (stable for ties). */
function fullestFirst(names: string[]): string[] {
  const wordCounts = names.map((n) => nameWordsOf(n).length);
  const order = names.map((_, i) => i).sort((i, j) => wordCounts[j] - wordCounts[i] || names[j].length - names[i].length);
  return order.map((i) => names[i]);
}

export class EntityLinker {
  readonly #articles = new Map<string, ArticleRecord>();
  readonly #buckets = new Map<string, Bucket>();
  /** surname bucket -> full-name spelling signature -> { its bucket, words, number of entities } */
  readonly #surnames = new Map<string, Map<string, { bucket: string; words: readonly string[]; uses: number }>>();
  #registryByName = new Map<string, RegistryEntry>();
  #registryAnchors: { bucket: string; label: EntityLabel; anchor: Anchor }[] = [];
  #gazetteerReady = false;

  /** Adds or replaces an article. */
  setArticle(id: string, analysis: { entities: readonly LinkedMention[] }): void {
    this.#ensureGazetteerAnchors();
    this.removeArticle(id);
    const record = this.#group(id, analysis.entities);
    this.#articles.set(id, record);
    for (const e of record.entities) this.#index(e, +1);
  }

  removeArticle(id: string): void {
    const record = this.#articles.get(id);
    if (!record) return;
    this.#articles.delete(id);
    for (const e of record.entities) this.#index(e, -1);
  }

  /**
   * The annotators' registry: its ids take precedence over gazetteer ids and name matches.
   * Replaces the previous registry (a rare, explicit action: every article is re-resolved).
   */
  setRegistry(entries: RegistryEntry[]): void {
    this.#ensureGazetteerAnchors();
    for (const { bucket, anchor } of this.#registryAnchors) this.#removeAnchor(bucket, anchor);
    this.#registryByName = new Map();
    this.#registryAnchors = [];
    for (const entry of entries) {
      for (const name of entry.names) {
        const key = normalizeName(name);
        if (key && !this.#registryByName.has(key)) this.#registryByName.set(key, entry);
        const words = nameWordsOf(name);
        const bucket = entry.label && bucketOf(entry.label, words);
        if (bucket) this.#registryAnchors.push({ bucket, label: entry.label!, anchor: { key: entry.id, words, rank: REGISTRY_RANK } });
      }
    }
    for (const { bucket, label, anchor } of this.#registryAnchors) this.#addAnchor(bucket, anchor, label);
    for (const record of this.#articles.values()) {
      for (const e of record.entities) this.#index(e, -1);
      for (const e of record.entities) e.fixed = this.#fixedKey(e);
      for (const e of record.entities) this.#index(e, +1);
    }
  }

  /** The corpus-wide key of a mention of an article added with setArticle. */
  keyOf(id: string, mention: LinkedMention): string {
    const local = this.#localOf(id, mention);
    return local ? this.#keyOfLocal(local) : mention.entity;
  }

  /** The document-level keys of an article added with setArticle that linking changes, each with its corpus-wide key. */
  changedKeys(id: string): Map<string, string> {
    const keys = new Map<string, string>();
    for (const [docKey, local] of this.#articles.get(id)?.byDocKey ?? []) {
      const key = this.#keyOfLocal(local);
      if (key !== docKey) keys.set(docKey, key);
    }
    return keys;
  }

  /**
   * The ids of the other articles whose keys may move with this article's names (same spellings,
   * or lone surnames of its full names), sorted. Proportional to the answer.
   */
  relatedArticles(id: string): string[] {
    const ids = new Set<string>();
    for (const e of this.#articles.get(id)?.entities ?? []) {
      const primary = primaryBucketOf(e.label, e.words);
      // A full name also moves the lone surnames that may stand for it.
      const surname = e.label === 'PER' && e.words.length > 1 ? surnameBucketOf(e.words) : undefined;
      for (const key of [primary, surname]) {
        for (const spelling of (key && this.#buckets.get(key)?.spellings.values()) || []) for (const other of spelling.articles.keys()) ids.add(other);
      }
    }
    ids.delete(id);
    return [...ids].sort();
  }

  /** Every surface form of the mention's entity in the buckets of its own name, sorted. */
  spellingsOf(id: string, mention: LinkedMention): string[] {
    const local = this.#localOf(id, mention);
    if (!local) return [mention.text];
    const key = this.#keyOfLocal(local);
    const names = new Set(local.names);
    const owner = local.fullName ?? local;
    const primary = primaryBucketOf(owner.label, owner.words);
    const bucket = primary ? this.#buckets.get(primary) : undefined;
    for (const [sig, spelling] of bucket?.spellings ?? []) {
      const spellingKey = this.#bucketKeys(primary!, bucket!).get(sig) ?? [...spelling.fixed.keys()][0];
      if (spellingKey === key) for (const n of spelling.names.keys()) names.add(n);
    }
    return [...names].sort();
  }

  #localOf(id: string, mention: LinkedMention): LocalEntity | undefined {
    return this.#articles.get(id)?.byDocKey.get(mention.entity);
  }

  #group(id: string, mentions: readonly LinkedMention[]): ArticleRecord {
    const byDocKey = new Map<string, LocalEntity>();
    for (const m of mentions) {
      let local = byDocKey.get(m.entity);
      if (!local) {
        // Every field set here: fields added later would take a property store of their own (131k entities per 10k articles).
        // A literal of one name is exactly its length.
        local = { article: id, label: m.label, docKey: m.entity, names: [m.text], words: NO_WORDS, fixed: undefined, fullName: undefined };
        byDocKey.set(m.entity, local);
      } else if (!local.names.includes(m.text)) local.names.push(m.text);
    }
    const entities = [...byDocKey.values()];
    for (const e of entities) {
      // A copy of exactly its length: the array grown by push holds room for 17 names.
      if (e.names.length > 1) e.names = fullestFirst(e.names);
      e.words = nameWordsOf(e.names[0]);
      e.fixed = this.#fixedKey(e);
    }
    // A surname alone stands for the one full name of the article with that family name, even
    // when the gazetteer knows the surname as someone else ("Assad" next to "Hafez al-Assad").
    for (const e of entities) {
      if (e.label !== 'PER' || e.words.length !== 1) continue;
      // The first full name with that family name, kept only when every other one has its key (no arrays built).
      let full: LocalEntity | undefined;
      for (const f of entities) {
        if (f === e || f.label !== 'PER' || f.words.length < 2 || !nameWordMatch(f.words[f.words.length - 1], e.words[0])) continue;
        if (!full) full = f;
        else if ((f.fixed ?? f.docKey) !== (full.fixed ?? full.docKey)) {
          full = undefined;
          break;
        }
      }
      if (full) e.fullName = full;
    }
    linkAcronyms(entities);
    return { entities, byDocKey };
  }

  /** Registry id (by name, or by a spelling variant of a registry name) or gazetteer id of a local entity, if any. */
  #fixedKey(e: LocalEntity): string | undefined {
    if (this.#registryAnchors.length > 0 || this.#registryByName.size > 0) {
      const registered = this.#registryKey(e);
      if (registered) return registered;
    }
    const known = gazetteerById(e.docKey);
    if (known) return known.id;
    for (const n of e.names) {
      const entry = gazetteerLookup(n);
      if (entry && entry.label === e.label) return entry.id;
    }
    return undefined;
  }

  /** Registry id of a local entity: by one of its names, or by a spelling variant of a registry name. */
  #registryKey(e: LocalEntity): string | undefined {
    for (const n of e.names) {
      const entry = this.#registryByName.get(normalizeName(n));
      if (entry && (!entry.label || entry.label === e.label)) return entry.id;
    }
    const bucket = bucketOf(e.label, e.words);
    for (const anchor of (bucket && this.#buckets.get(bucket)?.anchors) || []) {
      if (anchor.rank === REGISTRY_RANK && sameName(anchor.words, e.words)) return anchor.key;
    }
    return undefined;
  }

  #bucket(key: string, label: EntityLabel): Bucket {
    let bucket = this.#buckets.get(key);
    if (!bucket) this.#buckets.set(key, (bucket = { label, spellings: new Map(), anchors: [] }));
    return bucket;
  }

  /** Adds (+1) or removes (-1) a local entity in the indexes; a surname resolved in its article is not indexed. */
  #index(e: LocalEntity, delta: 1 | -1): void {
    if (e.fullName) return;
    const primary = primaryBucketOf(e.label, e.words);
    if (primary) {
      const bucket = this.#bucket(primary, e.label);
      const sig = signature(e.words);
      let spelling = bucket.spellings.get(sig);
      if (!spelling) bucket.spellings.set(sig, (spelling = { words: e.words, uses: 0, articles: new Map(), names: new Map(), fixed: new Map() }));
      // The entities of a spelling share its (equal) words: one array per spelling, not per article.
      else if (delta > 0) e.words = spelling.words;
      spelling.uses += delta;
      count(spelling.articles, e.article, delta);
      for (const n of e.names) count(spelling.names, n, delta);
      if (e.fixed) count(spelling.fixed, e.fixed, delta);
      if (spelling.uses === 0) bucket.spellings.delete(sig);
      bucket.keys = undefined;
      if (bucket.spellings.size === 0 && bucket.anchors.length === 0) this.#buckets.delete(primary);
    }
    const surname = e.label === 'PER' && e.words.length > 1 ? surnameBucketOf(e.words) : undefined;
    if (surname && primary) {
      let fullNames = this.#surnames.get(surname);
      if (!fullNames) this.#surnames.set(surname, (fullNames = new Map()));
      const sig = signature(e.words);
      const entry = fullNames.get(sig) ?? { bucket: primary, words: e.words, uses: 0 };
      entry.uses += delta;
      if (entry.uses > 0) fullNames.set(sig, entry);
      else fullNames.delete(sig);
      if (fullNames.size === 0) this.#surnames.delete(surname);
      const lone = this.#buckets.get(surname);
      if (lone) lone.keys = undefined;
    }
  }

  #addAnchor(key: string, anchor: Anchor, label: EntityLabel): void {
    const bucket = this.#bucket(key, label);
    bucket.anchors.push(anchor);
    bucket.keys = undefined;
  }

  #removeAnchor(key: string, anchor: Anchor): void {
    const bucket = this.#buckets.get(key);
    if (!bucket) return;
    bucket.anchors = bucket.anchors.filter((a) => a !== anchor);
    bucket.keys = undefined;
  }

  /** Gazetteer people's full names are anchors, so that unlisted spellings still reach their id. */
  #ensureGazetteerAnchors(): void {
    if (this.#gazetteerReady) return;
    this.#gazetteerReady = true;
    for (const entry of gazetteerEntries()) {
      if (entry.label !== 'PER') continue;
      for (const name of new Set([entry.canonical, ...Object.values(entry.names).flat()])) {
        const words = nameWordsOf(name);
        const bucket = words.length > 1 ? bucketOf('PER', words) : undefined;
        if (bucket) this.#addAnchor(bucket, { key: entry.id, words, rank: GAZETTEER_RANK }, 'PER');
      }
    }
  }

  #keyOfLocal(e: LocalEntity): string {
    if (e.fullName) return this.#keyOfLocal(e.fullName);
    if (e.fixed) return e.fixed;
    const primary = primaryBucketOf(e.label, e.words);
    const bucket = primary ? this.#buckets.get(primary) : undefined;
    if (!bucket) return ownKey(e.label, [{ words: e.words, names: new Map(e.names.map((n) => [n, 1])) }]);
    return this.#bucketKeys(primary!, bucket).get(signature(e.words))!;
  }

  /** The key of every unfixed spelling of a bucket (cached until the bucket changes). */
  #bucketKeys(key: string, bucket: Bucket): Map<string, string> {
    bucket.keys ??= key.startsWith('PER ~') ? this.#surnameKeys(key, bucket) : this.#clusterKeys(bucket);
    return bucket.keys;
  }

  /**
   * Clusters a bucket's spellings, anchors and fixed spellings by sameName (connected components
   * over distinct spellings: a handful per name). A cluster takes its best anchor's key, else the
   * one fixed key among its spellings, else a key made from its names.
   */
  #clusterKeys(bucket: Bucket): Map<string, string> {
    const spellings = [...bucket.spellings];
    const nodes: { words: readonly string[] }[] = [...spellings.map(([, s]) => s), ...bucket.anchors];
    const parent = nodes.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) if (find(i) !== find(j) && sameName(nodes[i].words, nodes[j].words)) parent[find(j)] = find(i);
    }
    const keys = new Map<string, string>();
    const clusters = new Map<number, number[]>();
    nodes.forEach((_, i) => clusters.set(find(i), [...(clusters.get(find(i)) ?? []), i]));
    for (const members of clusters.values()) {
      const anchors = members.filter((i) => i >= spellings.length).map((i) => bucket.anchors[i - spellings.length]);
      const own = members.filter((i) => i < spellings.length).map((i) => spellings[i]);
      if (own.length === 0) continue;
      const fixed = new Set(own.flatMap(([, s]) => [...s.fixed.keys()]));
      const best = anchors.sort((a, b) => b.rank - a.rank || a.key.localeCompare(b.key))[0];
      const key = best?.key ?? (fixed.size === 1 ? [...fixed][0] : ownKey(bucket.label, own.map(([, s]) => s)));
      for (const [sig] of own) keys.set(sig, key);
    }
    return keys;
  }

  /**
   * Lone surnames: the key of the only full name in the corpus with that family name; otherwise
   * they cluster among themselves.
   */
  #surnameKeys(key: string, bucket: Bucket): Map<string, string> {
    const keys = this.#clusterKeys(bucket);
    const fullNames = [...(this.#surnames.get(key)?.values() ?? [])];
    for (const [sig, spelling] of bucket.spellings) {
      const candidates = new Set<string>();
      for (const full of fullNames) {
        if (!nameWordMatch(full.words[full.words.length - 1], spelling.words[0])) continue;
        const fullBucket = this.#buckets.get(full.bucket);
        const fullKey = fullBucket && this.#fullNameKey(full.bucket, fullBucket, full.words);
        if (fullKey) candidates.add(fullKey);
      }
      if (candidates.size === 1) keys.set(sig, [...candidates][0]);
    }
    return keys;
  }

  /** Key of a full-name spelling: its cluster's key, or its fixed key when all its entities share one. */
  #fullNameKey(key: string, bucket: Bucket, words: readonly string[]): string | undefined {
    const sig = signature(words);
    const spelling = bucket.spellings.get(sig);
    if (spelling && spelling.fixed.size === 1 && [...spelling.fixed.values()][0] === spelling.uses) return [...spelling.fixed.keys()][0];
    return this.#bucketKeys(key, bucket).get(sig);
  }
}

/** Rewrites the `entity` key of every mention so that one real-world entity has one key across all articles. */
export function linkArticles(articles: { id: string; analysis: { entities: EntityMention[] } }[]): void {
  const linker = new EntityLinker();
  for (const a of articles) linker.setArticle(a.id, a.analysis);
  // The key of every local entity once, not of every mention (a mention's key is its entity's).
  const changed = articles.map((a) => linker.changedKeys(a.id));
  articles.forEach((a, i) => {
    for (const m of a.analysis.entities) m.entity = changed[i].get(m.entity) ?? m.entity;
  });
}
