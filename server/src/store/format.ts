// Reading and writing the store's JSON files: validation with clear messages, and a stable,
// diff-friendly serialisation (fixed key order, one annotation per block, sorted by position).
// The ESM build: esbuild cannot follow the UMD build's dynamic requires.
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { slugify } from '../engine/normalize';
import type {
  Annotation,
  AnnotationFile,
  AnnotationLabel,
  AnnotationTarget,
  ClaimVerdict,
  EntityRegistryFile,
  RegistryEntity,
  RejectedSuggestion,
} from './schema';

export const ANNOTATION_SCHEMA = 'news-annotator/annotations';
export const REGISTRY_SCHEMA = 'news-annotator/entities';
export const LABELS: readonly AnnotationLabel[] = ['PER', 'LOC', 'ORG', 'DATE', 'CLAIM'];
export const VERDICTS: readonly ClaimVerdict[] = ['unverified', 'supported', 'false', 'misleading'];
const CLAIM_KINDS = ['anonymous-source', 'hedge', 'unattributed-claim', 'headline-mismatch', 'loaded-language', 'factual-inconsistency'];
const ENTITY_TYPES = ['PER', 'LOC', 'ORG'];

/** The layer reserved for a curator's adjudicated annotations. */
export const CURATED_LAYER = 'curated';

/** `<article>.annotations.<layer>.json`, beside the article. */
export function layerFilePath(articlePath: string, layer: string): string {
  return `${articlePath}.annotations.${layer}.json`;
}

const LAYER_FILE = /^(.*)\.annotations\.([a-z0-9-]+)\.json$/;

/** The article and layer of a store file path, or null when the path is not a store file. */
export function parseLayerFilePath(file: string): { article: string; layer: string } | null {
  const m = LAYER_FILE.exec(file);
  return m ? { article: m[1], layer: m[2] } : null;
}

/** The layer name of an annotator: a lowercase ASCII slug of the name, never empty. */
export function layerOf(annotator: string): string {
  return slugify(annotator) || 'anonymous';
}

export function emptyAnnotationFile(article: string, layer: string): AnnotationFile {
  return { schema: ANNOTATION_SCHEMA, version: 1, article, layer, annotations: [], rejected: [] };
}

export class FormatError extends Error {
  constructor(
    message: string,
    /** UTF-16 offset in the file text where the problem is, when known. */
    readonly offset: number | null = null,
  ) {
    super(message);
  }
}

/** Parses strict JSON; on error, a FormatError with the offset of the first syntax error (found by jsonc-parser). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const errors: ParseError[] = [];
    parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    const where = first ? ` (${printParseErrorCode(first.error)})` : '';
    throw new FormatError(`not valid JSON${where}: ${e instanceof Error ? e.message : String(e)}`, first ? first.offset : null);
  }
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function expect(condition: unknown, where: string, what: string): asserts condition {
  if (!condition) throw new FormatError(`${where}: ${what}`);
}

function checkString(o: Json, key: string, where: string, optional = false): void {
  if (optional && o[key] === undefined) return;
  expect(typeof o[key] === 'string', `${where}.${key}`, 'expected a string');
}

export function checkTarget(t: unknown, where: string): asserts t is AnnotationTarget {
  expect(isObject(t), where, 'expected an object {start, end, exact, prefix, suffix}');
  for (const k of ['start', 'end']) expect(Number.isInteger(t[k]) && (t[k] as number) >= 0, `${where}.${k}`, 'expected a non-negative integer');
  expect((t.end as number) >= (t.start as number), where, 'end is before start');
  for (const k of ['exact', 'prefix', 'suffix']) checkString(t, k, where);
  expect((t.exact as string).length > 0, `${where}.exact`, 'the quote is empty');
}

function checkAnnotation(a: unknown, where: string): asserts a is Annotation {
  expect(isObject(a), where, 'expected an object');
  checkString(a, 'id', where);
  expect(LABELS.includes(a.label as AnnotationLabel), `${where}.label`, `expected one of ${LABELS.join(', ')}`);
  checkTarget(a.target, `${where}.target`);
  checkString(a, 'entity', where, true);
  expect(a.value === undefined || a.value === null || typeof a.value === 'string', `${where}.value`, 'expected a string or null');
  expect(a.claimKind === undefined || CLAIM_KINDS.includes(a.claimKind as string), `${where}.claimKind`, `expected one of ${CLAIM_KINDS.join(', ')}`);
  expect(a.verdict === undefined || VERDICTS.includes(a.verdict as ClaimVerdict), `${where}.verdict`, `expected one of ${VERDICTS.join(', ')}`);
  checkString(a, 'note', where, true);
  expect(a.origin === 'manual' || a.origin === 'suggestion', `${where}.origin`, "expected 'manual' or 'suggestion'");
  checkString(a, 'annotator', where);
  checkString(a, 'created', where);
  checkString(a, 'modified', where, true);
  expect(a.orphaned === undefined || typeof a.orphaned === 'boolean', `${where}.orphaned`, 'expected true or false');
}

function checkRejected(r: unknown, where: string): asserts r is RejectedSuggestion {
  expect(isObject(r), where, 'expected an object');
  expect(LABELS.includes(r.label as AnnotationLabel), `${where}.label`, `expected one of ${LABELS.join(', ')}`);
  checkTarget(r.target, `${where}.target`);
  checkString(r, 'annotator', where);
  checkString(r, 'created', where);
}

/** Parses and validates a layer file. Throws FormatError with a message naming the faulty field. */
export function parseAnnotationFile(text: string): AnnotationFile {
  const data = parseJson(text);
  expect(isObject(data), 'file', 'expected a JSON object');
  expect(data.schema === ANNOTATION_SCHEMA, 'schema', `expected "${ANNOTATION_SCHEMA}"`);
  expect(data.version === 1, 'version', `unsupported version ${JSON.stringify(data.version)} (this build reads version 1)`);
  checkString(data, 'article', 'file');
  checkString(data, 'layer', 'file');
  expect(Array.isArray(data.annotations), 'annotations', 'expected an array');
  expect(Array.isArray(data.rejected), 'rejected', 'expected an array');
  const ids = new Set<string>();
  data.annotations.forEach((a, i) => {
    checkAnnotation(a, `annotations[${i}]`);
    expect(!ids.has(a.id), `annotations[${i}].id`, `duplicate id ${a.id}`);
    ids.add(a.id);
  });
  data.rejected.forEach((r, i) => checkRejected(r, `rejected[${i}]`));
  return data as unknown as AnnotationFile;
}

export function parseRegistryFile(text: string): EntityRegistryFile {
  const data = parseJson(text);
  expect(isObject(data), 'file', 'expected a JSON object');
  expect(data.schema === REGISTRY_SCHEMA, 'schema', `expected "${REGISTRY_SCHEMA}"`);
  expect(data.version === 1, 'version', `unsupported version ${JSON.stringify(data.version)} (this build reads version 1)`);
  expect(isObject(data.entities), 'entities', 'expected an object keyed by entity key');
  for (const [key, e] of Object.entries(data.entities)) {
    const where = `entities.${key}`;
    expect(isObject(e), where, 'expected an object');
    expect(ENTITY_TYPES.includes(e.type as string), `${where}.type`, 'expected PER, LOC or ORG');
    checkString(e, 'canonical', where);
    expect(isObject(e.aliases), `${where}.aliases`, 'expected an object {language: [spellings]}');
    for (const [lang, names] of Object.entries(e.aliases)) {
      expect(Array.isArray(names) && names.every((n) => typeof n === 'string'), `${where}.aliases.${lang}`, 'expected an array of strings');
    }
    checkString(e, 'wikidata', where, true);
    checkString(e, 'note', where, true);
  }
  return data as unknown as EntityRegistryFile;
}

/** Copies `value` with keys in `order` first (those present), then any other keys alphabetically. */
function ordered<T extends object>(value: T, order: readonly string[]): T {
  const out: Record<string, unknown> = {};
  const source = value as Record<string, unknown>;
  for (const k of order) if (source[k] !== undefined) out[k] = source[k];
  for (const k of Object.keys(source).sort()) if (!(k in out) && source[k] !== undefined) out[k] = source[k];
  return out as T;
}

const TARGET_KEYS = ['start', 'end', 'exact', 'prefix', 'suffix'];
const ANNOTATION_KEYS = ['id', 'label', 'target', 'entity', 'value', 'claimKind', 'verdict', 'note', 'origin', 'annotator', 'created', 'modified', 'orphaned'];
const REJECTED_KEYS = ['label', 'target', 'annotator', 'created'];
const ENTITY_KEYS = ['type', 'canonical', 'aliases', 'wikidata', 'note'];

const byPosition = (a: { target: AnnotationTarget }, b: { target: AnnotationTarget }) => a.target.start - b.target.start || a.target.end - b.target.end;

/** Pretty-printed, key-ordered, sorted: the same data always gives the same bytes. */
export function serializeAnnotationFile(file: AnnotationFile): string {
  const annotations = [...file.annotations]
    .sort((a, b) => byPosition(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((a) => ordered({ ...a, target: ordered(a.target, TARGET_KEYS) }, ANNOTATION_KEYS));
  const rejected = [...file.rejected].sort(byPosition).map((r) => ordered({ ...r, target: ordered(r.target, TARGET_KEYS) }, REJECTED_KEYS));
  const data = ordered({ ...file, annotations, rejected }, ['schema', 'version', 'article', 'layer', 'annotations', 'rejected']);
  return JSON.stringify(data, null, 2) + '\n';
}

export function serializeRegistryFile(file: EntityRegistryFile): string {
  const entities: Record<string, RegistryEntity> = {};
  for (const key of Object.keys(file.entities).sort()) {
    const e = file.entities[key];
    const aliases: Record<string, string[]> = {};
    for (const lang of Object.keys(e.aliases).sort()) aliases[lang] = [...e.aliases[lang]];
    entities[key] = ordered({ ...e, aliases }, ENTITY_KEYS);
  }
  return JSON.stringify(ordered({ ...file, entities }, ['schema', 'version', 'entities']), null, 2) + '\n';
}
