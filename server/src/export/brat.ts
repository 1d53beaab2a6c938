// brat standoff: per article `<name>.txt` (the text) and `<name>.ann`: T lines for spans, N lines
// linking entity mentions to the registry, A lines for claim kinds and verdicts, AnnotatorNotes for
// date values and claim notes; plus an `annotation.conf` declaring the types. brat counts offsets in
// Unicode code points, so UTF-16 offsets are converted.
import type { ExportDocument } from './collect';
import { codePointOffsets } from './offsets';

export interface OutputFile {
  /** Path relative to the output folder. */
  path: string;
  content: string;
}

/** The name brat uses for an article's pair of files (without extension). */
export function bratBaseName(name: string): string {
  return name.replace(/\.txt$/i, '');
}

/** brat fragments of [start, end): split at line breaks, which a brat span cannot contain. */
function fragments(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.slice(start, end).matchAll(/[^\r\n]+/g)) out.push([start + m.index!, start + m.index! + m[0].length]);
  return out;
}

const oneLine = (s: string) => s.replace(/[\r\n\t]+/g, ' ');

export function toBratAnn(doc: ExportDocument): string {
  const cp = codePointOffsets(doc.text);
  const lines: string[] = [];
  let t = 0;
  let n = 0;
  let a = 0;
  let note = 0;
  for (const s of doc.spans) {
    const parts = fragments(doc.text, s.start, s.end);
    if (!parts.length) continue;
    const id = `T${++t}`;
    const offsets = parts.map(([from, to]) => `${cp(from)} ${cp(to)}`).join(';');
    lines.push(`${id}\t${s.label} ${offsets}\t${parts.map(([from, to]) => doc.text.slice(from, to)).join(' ')}`);
    if (s.entity) lines.push(`N${++n}\tReference ${id} entities:${s.entity}\t${oneLine(s.entity)}`);
    if (s.claimKind) lines.push(`A${++a}\tKind ${id} ${s.claimKind}`);
    if (s.verdict) lines.push(`A${++a}\tVerdict ${id} ${s.verdict}`);
    if (s.origin === 'engine') lines.push(`A${++a}\tSuggested ${id}`);
    const notes = [s.label === 'DATE' && s.value ? `value=${s.value}` : '', s.note ? oneLine(s.note) : ''].filter(Boolean);
    if (notes.length) lines.push(`#${++note}\tAnnotatorNotes ${id}\t${notes.join(' | ')}`);
  }
  return lines.map((l) => l + '\n').join('');
}

export const BRAT_CONF = `[entities]
PER
LOC
ORG
DATE
CLAIM

[relations]

[events]

[attributes]
Kind Arg:CLAIM, Value:anonymous-source|hedge|unattributed-claim|headline-mismatch|loaded-language|factual-inconsistency
Verdict Arg:CLAIM, Value:unverified|supported|false|misleading
Suggested Arg:<ENTITY>
`;

export function toBrat(documents: ExportDocument[]): OutputFile[] {
  const files: OutputFile[] = [{ path: 'annotation.conf', content: BRAT_CONF }];
  for (const doc of documents) {
    const base = bratBaseName(doc.name);
    files.push({ path: `${base}.txt`, content: doc.text }, { path: `${base}.ann`, content: toBratAnn(doc) });
  }
  return files;
}
