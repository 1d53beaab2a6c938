// The annotators' entity registry, `entities.json` at a workspace folder's root. Read-only here:
// the server locates entries (for go to definition) and builds rename edits; the client applies them.
// Two layouts are read: the store's {schema, version, entities: {key: {type, canonical, aliases}}}
// and the plain {key: {type, names: [...]}} of the gold set.
// The ESM build: esbuild cannot follow the UMD build's dynamic requires.
import { parseTree, findNodeAtLocation, type Node } from 'jsonc-parser/lib/esm/main.js';
import type { Range, TextEdit } from 'vscode-languageserver';
import type { RegistryEntry as LinkerEntry } from './engine/linking';
import { normalizeName } from './engine/normalize';
import type { EntityLabel } from './engine/types';
import { LineIndex } from './positions';

const LABELS: EntityLabel[] = ['PER', 'LOC', 'ORG'];

export interface RegistryEntry {
  key: string;
  uri: string;
  type?: string;
  canonical?: string;
  names: string[];
  /** Range of the entry's key string in the file. */
  keyRange: Range;
}

interface RegistryFile {
  uri: string;
  text: string;
  lines: LineIndex;
  /** The object holding the entries. */
  container: Node;
  entries: RegistryEntry[];
}

export class Registry {
  readonly #files = new Map<string, RegistryFile>();
  #byName = new Map<string, RegistryEntry>();
  #byKey = new Map<string, RegistryEntry>();

  /** Reads a registry file's text; returns an error message when it is not a usable registry. */
  set(uri: string, text: string): string | undefined {
    this.#files.delete(uri);
    const root = parseTree(text, [], { allowTrailingComma: true });
    if (root?.type !== 'object') {
      this.#reindex();
      return 'not a JSON object';
    }
    const wrapped = findNodeAtLocation(root, ['entities']);
    const container = wrapped?.type === 'object' && findNodeAtLocation(root, ['schema']) ? wrapped : root;
    const lines = LineIndex.of(text);
    const entries: RegistryEntry[] = [];
    for (const property of container.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (!keyNode || valueNode?.type !== 'object') continue;
      const value = readValue(valueNode);
      entries.push({
        key: String(keyNode.value),
        uri,
        type: typeof value.type === 'string' ? value.type : undefined,
        canonical: typeof value.canonical === 'string' ? value.canonical : undefined,
        names: namesOf(value),
        keyRange: lines.rangeOf(keyNode.offset, keyNode.offset + keyNode.length),
      });
    }
    this.#files.set(uri, { uri, text, lines, container, entries });
    this.#reindex();
    return undefined;
  }

  clear(): void {
    this.#files.clear();
    this.#reindex();
  }

  remove(uri: string): void {
    this.#files.delete(uri);
    this.#reindex();
  }

  /** Every entry, as the engine's linker takes them (first file wins for a key). */
  linkerEntries(): LinkerEntry[] {
    const out: LinkerEntry[] = [];
    for (const entry of this.#byKey.values()) {
      const label = LABELS.find((l) => l === entry.type);
      out.push({ id: entry.key, label, names: [...(entry.canonical ? [entry.canonical] : []), ...entry.names] });
    }
    return out;
  }

  /** The entry of an entity: by its key, else by any of its spellings. */
  find(key: string, spellings: Iterable<string>): RegistryEntry | undefined {
    const byKey = this.#byKey.get(key);
    if (byKey) return byKey;
    for (const s of spellings) {
      const entry = this.#byName.get(normalizeName(s));
      if (entry) return entry;
    }
    return undefined;
  }

  /** Edits that set an existing entry's canonical name. */
  renameEdits(entry: RegistryEntry, newName: string): { uri: string; edits: TextEdit[] } | undefined {
    const file = this.#files.get(entry.uri);
    const entryNode = file && findEntryNode(file, entry.key);
    if (!file || !entryNode) return undefined;
    const canonical = findNodeAtLocation(entryNode, ['canonical']);
    const quoted = JSON.stringify(newName);
    if (canonical) return { uri: file.uri, edits: [{ range: file.lines.rangeOf(canonical.offset, canonical.offset + canonical.length), newText: quoted }] };
    const at = entryNode.offset + 1;
    const separator = entryNode.children?.length ? ', ' : '';
    return { uri: file.uri, edits: [{ range: file.lines.rangeOf(at, at), newText: `"canonical": ${quoted}${separator}` }] };
  }

  /** An edit adding a new entry to the first registry file, or undefined when there is none. */
  addEntryEdit(key: string, type: string, canonical: string, names: string[]): { uri: string; edits: TextEdit[] } | undefined {
    const file = [...this.#files.values()].sort((a, b) => a.uri.localeCompare(b.uri))[0];
    if (!file) return undefined;
    const at = file.container.offset + 1;
    const separator = file.container.children?.length ? ',' : '';
    const newText = `\n  ${JSON.stringify(key)}: ${entryJson(type, canonical, names, file.container.parent !== undefined)}${separator}`;
    return { uri: file.uri, edits: [{ range: file.lines.rangeOf(at, at), newText }] };
  }

  #reindex(): void {
    this.#byKey = new Map();
    this.#byName = new Map();
    for (const file of [...this.#files.values()].sort((a, b) => a.uri.localeCompare(b.uri))) {
      for (const entry of file.entries) {
        if (!this.#byKey.has(entry.key)) this.#byKey.set(entry.key, entry);
        for (const name of [entry.canonical ?? '', ...entry.names]) {
          const n = normalizeName(name);
          if (n && !this.#byName.has(n)) this.#byName.set(n, entry);
        }
      }
    }
  }
}

/** The JSON text of a new registry file holding one entry. */
export function newRegistryText(key: string, type: string, canonical: string, names: string[]): string {
  return `{\n  "schema": "news-annotator/entities",\n  "version": 1,\n  "entities": {\n    ${JSON.stringify(key)}: ${entryJson(type, canonical, names, true)}\n  }\n}\n`;
}

function entryJson(type: string, canonical: string, names: string[], storeLayout: boolean): string {
  const spellings = [...new Set(names)];
  return storeLayout
    ? JSON.stringify({ type, canonical, aliases: { und: spellings } })
    : JSON.stringify({ type, canonical, names: spellings });
}

function findEntryNode(file: RegistryFile, key: string): Node | undefined {
  const property = file.container.children?.find((p) => p.children?.[0]?.value === key);
  const value = property?.children?.[1];
  return value?.type === 'object' ? value : undefined;
}

function readValue(node: Node): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const property of node.children ?? []) {
    const [k, v] = property.children ?? [];
    if (k && v) out[String(k.value)] = nodeValue(v);
  }
  return out;
}

function nodeValue(node: Node): unknown {
  if (node.type === 'array') return (node.children ?? []).map(nodeValue);
  if (node.type === 'object') return readValue(node);
  return node.value;
}

/** Every spelling of an entry: `names` (gold layout) or `aliases` per language (store layout). */
function namesOf(value: Record<string, unknown>): string[] {
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const names = strings(value.names);
  if (value.aliases && typeof value.aliases === 'object') {
    for (const list of Object.values(value.aliases as Record<string, unknown>)) names.push(...strings(list));
  }
  return names;
}
