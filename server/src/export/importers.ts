// Readers for annotation files made elsewhere: brat standoff, Label Studio task JSON, doccano/spaCy JSONL.
// The data is untrusted: every record is checked, and bad ones are reported and skipped.
import type { ClaimKind } from '../engine/types';
import { LABELS, VERDICTS } from '../store/format';
import type { AnnotationLabel, ClaimVerdict } from '../store/schema';
import { utf16Offsets } from './offsets';

export interface ImportedSpan {
  start: number;
  end: number;
  label: AnnotationLabel;
  entity?: string;
  value?: string | null;
  claimKind?: ClaimKind;
  verdict?: ClaimVerdict;
  note?: string;
}

export interface ImportedDocument {
  /** The article's file name as the data gives it (checked later before anything is written). */
  name: string;
  text: string;
  spans: ImportedSpan[];
}

export interface ImportProblem {
  where: string;
  message: string;
}

export interface Parsed {
  documents: ImportedDocument[];
  problems: ImportProblem[];
}

export const IMPORT_FORMATS = ['brat', 'labelstudio', 'jsonl'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export const isImportFormat = (s: string): s is ImportFormat => (IMPORT_FORMATS as readonly string[]).includes(s);

const CLAIM_KINDS: readonly string[] = ['anonymous-source', 'hedge', 'unattributed-claim', 'headline-mismatch', 'loaded-language', 'factual-inconsistency'];

/** Our labels, and the usual names other tools and datasets give them. */
const LABEL_NAMES: Record<string, AnnotationLabel> = {
  per: 'PER',
  person: 'PER',
  loc: 'LOC',
  location: 'LOC',
  gpe: 'LOC',
  place: 'LOC',
  org: 'ORG',
  organization: 'ORG',
  organisation: 'ORG',
  date: 'DATE',
  time: 'DATE',
  claim: 'CLAIM',
};

export function labelOf(name: unknown): AnnotationLabel | null {
  if (typeof name !== 'string') return null;
  const upper = name.toUpperCase();
  if ((LABELS as readonly string[]).includes(upper)) return upper as AnnotationLabel;
  return LABEL_NAMES[name.toLowerCase()] ?? null;
}

const isOffset = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/** Checks a span against its text; returns a message when it does not fit. */
export function spanProblem(text: string, start: unknown, end: unknown, quote?: unknown): string | null {
  if (!isOffset(start) || !isOffset(end)) return `offsets must be non-negative integers (got ${JSON.stringify(start)}, ${JSON.stringify(end)})`;
  if (end <= start) return `empty or reversed span ${start}-${end}`;
  if (end > text.length) return `span ${start}-${end} is outside the text (${text.length} characters)`;
  if (typeof quote === 'string' && quote !== text.slice(start, end)) return `span ${start}-${end} is "${text.slice(start, end)}", not "${quote}"`;
  return null;
}

function withDetails(span: ImportedSpan, details: { entity?: unknown; value?: unknown; kind?: unknown; verdict?: unknown; note?: unknown }): ImportedSpan {
  if (typeof details.entity === 'string' && details.entity) span.entity = details.entity;
  if (span.label === 'DATE' && typeof details.value === 'string' && details.value) span.value = details.value;
  if (span.label === 'CLAIM' && typeof details.kind === 'string' && CLAIM_KINDS.includes(details.kind)) span.claimKind = details.kind as ClaimKind;
  if (span.label === 'CLAIM' && VERDICTS.includes(details.verdict as ClaimVerdict)) span.verdict = details.verdict as ClaimVerdict;
  if (typeof details.note === 'string' && details.note) span.note = details.note;
  return span;
}

// ---------------------------------------------------------------- brat

/** Parses one brat `.ann` file against its `.txt` text. Spans marked `Suggested` (unreviewed) are skipped. */
export function parseBrat(name: string, text: string, ann: string, problems: ImportProblem[]): ImportedDocument {
  const toUtf16 = utf16Offsets(text);
  const spans = new Map<string, ImportedSpan>();
  const suggested = new Set<string>();
  const details = new Map<string, { entity?: string; value?: string; kind?: string; verdict?: string; note?: string }>();
  const detail = (id: string) => details.get(id) ?? details.set(id, {}).get(id)!;
  ann.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${name}.ann line ${i + 1}`;
    const fields = line.split('\t');
    const id = fields[0];
    const head = (fields[1] ?? '').split(' ');
    if (/^T\d+$/.test(id)) {
      const label = labelOf(head[0]);
      const offsets = head.slice(1).join(' ').split(';').map((f) => f.trim().split(' ').map(Number));
      if (!label) return void problems.push({ where, message: `unknown label '${head[0]}'` });
      if (offsets.some((o) => o.length !== 2)) return void problems.push({ where, message: 'malformed offsets' });
      const start = toUtf16(offsets[0][0]);
      const end = toUtf16(offsets[offsets.length - 1][1]);
      const problem = spanProblem(text, start, end);
      if (problem) return void problems.push({ where, message: problem });
      const quote = offsets.map(([s, e]) => text.slice(toUtf16(s), toUtf16(e))).join(' ');
      if (fields[2] !== undefined && fields[2] !== quote) return void problems.push({ where, message: `span text is "${quote}", not "${fields[2]}"` });
      spans.set(id, { start: start!, end: end!, label });
    } else if (/^N\d+$/.test(id) && head[0] === 'Reference') {
      const ref = head[2] ?? '';
      detail(head[1]).entity = ref.includes(':') ? ref.slice(ref.indexOf(':') + 1) : ref;
    } else if (/^[AM]\d+$/.test(id)) {
      if (head[0] === 'Kind') detail(head[1]).kind = head[2];
      else if (head[0] === 'Verdict') detail(head[1]).verdict = head[2];
      else if (head[0] === 'Suggested') suggested.add(head[1]);
    } else if (/^#\d*$/.test(id) && head[0] === 'AnnotatorNotes') {
      const notes = (fields[2] ?? '').split(' | ');
      const value = /^value=(.+)$/.exec(notes[0] ?? '');
      if (value) detail(head[1]).value = value[1];
      const rest = notes.slice(value ? 1 : 0).join(' | ');
      if (rest) detail(head[1]).note = rest;
    }
  });
  const out: ImportedSpan[] = [];
  for (const [id, span] of spans) if (!suggested.has(id)) out.push(withDetails(span, details.get(id) ?? {}));
  return { name, text, spans: out };
}

// ---------------------------------------------------------------- Label Studio

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses a Label Studio export (JSON array of tasks, or one task). Predictions (pre-annotations) are not imported. */
export function parseLabelStudio(source: string, content: string): Parsed {
  const problems: ImportProblem[] = [];
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (e) {
    return { documents: [], problems: [{ where: source, message: `not valid JSON: ${(e as Error).message}` }] };
  }
  const tasks = Array.isArray(data) ? data : [data];
  const documents: ImportedDocument[] = [];
  tasks.forEach((task, t) => {
    const where = `${source} task ${t + 1}`;
    if (!isObject(task) || !isObject(task.data)) return void problems.push({ where, message: 'expected a task object with "data"' });
    const text = typeof task.data.text === 'string' ? task.data.text : Object.values(task.data).find((v): v is string => typeof v === 'string');
    if (text === undefined) return void problems.push({ where, message: 'the task has no text' });
    const name = typeof task.data.file === 'string' ? task.data.file : `task-${typeof task.id === 'number' ? task.id : t + 1}.txt`;
    const spans: ImportedSpan[] = [];
    const annotations = Array.isArray(task.annotations) ? task.annotations : [];
    for (const annotation of annotations) {
      if (!isObject(annotation) || annotation.was_cancelled === true || !Array.isArray(annotation.result)) continue;
      const byRegion = new Map<string, { span?: ImportedSpan; details: Record<string, string> }>();
      const region = (id: string) => byRegion.get(id) ?? byRegion.set(id, { details: {} }).get(id)!;
      annotation.result.forEach((r, i) => {
        const at = `${where} result ${i + 1}`;
        if (!isObject(r) || !isObject(r.value)) return void problems.push({ where: at, message: 'expected a result object with "value"' });
        const id = typeof r.id === 'string' ? r.id : `#${i}`;
        const v = r.value;
        if (r.type === 'labels') {
          const label = labelOf(Array.isArray(v.labels) ? v.labels[0] : undefined);
          if (!label) return void problems.push({ where: at, message: `unknown label ${JSON.stringify(v.labels)}` });
          const problem = spanProblem(text, v.start, v.end, v.text);
          if (problem) return void problems.push({ where: at, message: problem });
          region(id).span = { start: v.start as number, end: v.end as number, label };
        } else if (r.type === 'textarea' && Array.isArray(v.text) && typeof v.text[0] === 'string') {
          region(id).details[String(r.from_name)] = v.text[0];
        } else if (r.type === 'choices' && Array.isArray(v.choices) && typeof v.choices[0] === 'string') {
          region(id).details[String(r.from_name)] = v.choices[0];
        }
      });
      for (const { span, details } of byRegion.values()) if (span) spans.push(withDetails(span, details));
    }
    documents.push({ name, text, spans });
  });
  return { documents, problems };
}

// ---------------------------------------------------------------- doccano / spaCy JSONL

/**
 * Parses JSON Lines: {"text", "entities" | "label" | "spans", "dates"?, "claims"?, "meta"?}. Entities may be
 * [start, end, label] triples (doccano, spaCy) or objects {start_offset|start, end_offset|end, label}.
 */
export function parseJsonl(source: string, content: string): Parsed {
  const problems: ImportProblem[] = [];
  const documents: ImportedDocument[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${source} line ${i + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (e) {
      return void problems.push({ where, message: `not valid JSON: ${(e as Error).message}` });
    }
    if (!isObject(record) || typeof record.text !== 'string') return void problems.push({ where, message: 'expected an object with a "text" string' });
    const text = record.text;
    const meta = isObject(record.meta) ? record.meta : {};
    const name = typeof meta.file === 'string' ? meta.file : typeof record.file === 'string' ? record.file : `line-${i + 1}.txt`;
    const suggested = new Set((Array.isArray(meta.suggested) ? meta.suggested : []).map((s) => JSON.stringify(s)));
    const links = new Map<string, string>();
    for (const l of Array.isArray(meta.links) ? meta.links : []) if (isObject(l) && typeof l.entity === 'string') links.set(`${l.start}-${l.end}`, l.entity);
    const spans: ImportedSpan[] = [];
    const add = (start: unknown, end: unknown, label: unknown, details: Parameters<typeof withDetails>[1], quote?: unknown) => {
      const known = labelOf(label);
      if (!known) return void problems.push({ where, message: `unknown label ${JSON.stringify(label)}` });
      const problem = spanProblem(text, start, end, quote);
      if (problem) return void problems.push({ where, message: problem });
      if (suggested.has(JSON.stringify([start, end, known]))) return;
      spans.push(withDetails({ start: start as number, end: end as number, label: known }, details));
    };
    const entities = record.entities ?? record.label ?? record.spans ?? [];
    for (const e of Array.isArray(entities) ? entities : []) {
      if (Array.isArray(e)) add(e[0], e[1], e[2], { entity: links.get(`${e[0]}-${e[1]}`) });
      else if (isObject(e)) add(e.start_offset ?? e.start, e.end_offset ?? e.end, e.label, { entity: e.entity ?? links.get(`${e.start_offset ?? e.start}-${e.end_offset ?? e.end}`) });
      else problems.push({ where, message: `bad entity ${JSON.stringify(e)}` });
    }
    for (const d of Array.isArray(record.dates) ? record.dates : []) {
      if (isObject(d)) add(d.start, d.end, 'DATE', { value: d.value }, d.text);
      else problems.push({ where, message: `bad date ${JSON.stringify(d)}` });
    }
    for (const c of Array.isArray(record.claims) ? record.claims : []) {
      if (isObject(c)) add(c.start, c.end, 'CLAIM', { kind: c.kind, verdict: c.verdict, note: c.note }, c.text);
      else problems.push({ where, message: `bad claim ${JSON.stringify(c)}` });
    }
    documents.push({ name, text, spans });
  });
  return { documents, problems };
}
