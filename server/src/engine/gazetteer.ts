// The multilingual gazetteer shared by every recogniser and the linker: countries, cities, other places,
// organisations and people, each with its names by language (server/data/*.json, see server/data/README.md).
// Entry ids are slugs of the English Wikipedia title, so one id stands for one entity in every language.
import { normalizeName } from './normalize';
import type { EntityLabel } from './types';

export interface GazetteerEntry {
  id: string;
  label: EntityLabel;
  canonical: string;
  /** Names by language code ('ind', 'fra', 'arb', 'eng', ...; 'und' for GeoNames alternates of unknown language). */
  names: Record<string, string[]>;
  wikidata?: string;
  /** Cities: the GeoNames population, to prefer big places and to tell a minor city from a common word. */
  population?: number;
  /** For a seat of power (the Kremlin): the id of the ORG it stands for when it acts as a source. */
  actsAs?: string;
}

interface RawEntry {
  id: string;
  label?: EntityLabel;
  canonical: string;
  names: Record<string, string[]>;
  wikidata?: string;
  actsAs?: string;
  population?: number;
}

/** Longest gazetteer name, in words; bounds the span the recognisers try. */
export const MAX_NAME_WORDS = 8;

// Short all-capital names (AS, UN, IS) match only when written in capitals: "as" and "is" are words.
const CASE_SENSITIVE = /^[\p{Lu}\p{N}]{1,3}$/u;

interface Index {
  byName: Map<string, GazetteerEntry>;
  /** Every word of a multi-word name after its first (normalised): a cheap test before trying longer names. */
  laterWords: Set<string>;
  /** The last word of every multi-word name (normalised): a name is looked up only when it ends in one. */
  lastWords: Set<string>;
  /** The first word of every multi-word name (normalised). */
  firstWords: Set<string>;
  byExactName: Map<string, GazetteerEntry>;
  byId: Map<string, GazetteerEntry>;
}
let index: Index | undefined;

function loadEntries(): GazetteerEntry[] {
  // Earlier sources win a shared name: a country beats a city or a person of the same name.
  const sources: [EntityLabel, RawEntry[]][] = [
    ['LOC', require('../../data/countries.json')],
    ['LOC', require('../../data/places.json')],
    ['ORG', require('../../data/organizations.json')],
    ['PER', require('../../data/people.json')],
    ['LOC', require('../../data/cities.json')],
    ['LOC', require('../../data/admin-areas.json')],
  ];
  const entries: GazetteerEntry[] = [];
  for (const [label, raws] of sources) {
    for (const r of raws) {
      // Every field, in one order, in every entry: one object shape for the recognisers' hot paths.
      entries.push({ id: r.id, label: r.label ?? label, canonical: r.canonical, names: r.names, wikidata: r.wikidata || undefined, population: r.population, actsAs: r.actsAs || undefined });
    }
  }
  return entries;
}

function buildIndex(): Index {
  const built: Index = { byName: new Map(), laterWords: new Set(), lastWords: new Set(), firstWords: new Set(), byExactName: new Map(), byId: new Map() };
  for (const entry of loadEntries()) {
    if (built.byId.has(entry.id)) continue;
    built.byId.set(entry.id, entry);
    for (const name of [entry.canonical, ...Object.values(entry.names).flat()]) {
      if (CASE_SENSITIVE.test(name)) {
        if (!built.byExactName.has(name)) built.byExactName.set(name, entry);
        continue;
      }
      const key = normalizeName(name);
      if (key && !built.byName.has(key)) built.byName.set(key, entry);
      const words = key.split(' ');
      for (const word of words.slice(1)) built.laterWords.add(word);
      if (words.length > 1) {
        built.firstWords.add(words[0]);
        built.lastWords.add(words[words.length - 1]);
      }
    }
  }
  return built;
}

function getIndex(): Index {
  index ??= buildIndex();
  return index;
}

/** The entry a name denotes, in any script and spelling variant normalizeName folds; undefined if unknown. */
export function gazetteerLookup(name: string): GazetteerEntry | undefined {
  const { byExactName, byName } = getIndex();
  const exact = byExactName.get(name.trim());
  if (exact) return exact;
  if (CASE_SENSITIVE.test(name.trim())) return undefined;
  return byName.get(normalizeName(name));
}

/** Like gazetteerLookup for a name already passed through normalizeName (the recognisers' hot path). */
export function gazetteerLookupNormalized(key: string): GazetteerEntry | undefined {
  let found = recentLookups.get(key);
  if (found === undefined) {
    if (recentLookups.size >= RECENT_LOOKUPS) recentLookups.clear();
    found = getIndex().byName.get(key) ?? null;
    recentLookups.set(key, found);
  }
  return found ?? undefined;
}

// The names an article asks about repeat: a small table of recent answers stays in the processor's cache, where
// the whole index does not.
const RECENT_LOOKUPS = 4096;
const recentLookups = new Map<string, GazetteerEntry | null>();

/** Whether a normalised word occurs in some multi-word name other than as its first word. */
export function gazetteerHasWord(word: string): boolean {
  return getIndex().laterWords.has(word);
}

/** Whether a normalised name of several words may be in the gazetteer: whether its last word ends some name. */
export function gazetteerMayEndName(name: string): boolean {
  const space = name.lastIndexOf(' ');
  return getIndex().lastWords.has(space < 0 ? name : name.slice(space + 1));
}

/** Whether a normalised name of several words may be in the gazetteer: whether its first word begins some name. */
export function gazetteerMayBeginName(name: string): boolean {
  const space = name.indexOf(' ');
  return getIndex().firstWords.has(space < 0 ? name : name.slice(0, space));
}

/** The entry with this id, e.g. the ORG an `actsAs` refers to. */
export function gazetteerById(id: string): GazetteerEntry | undefined {
  return getIndex().byId.get(id);
}

export function gazetteerEntries(): Iterable<GazetteerEntry> {
  return getIndex().byId.values();
}
