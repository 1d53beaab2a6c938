// Diagnostics of curation: one per open disagreement (every annotator's version, with related
// information at each version's entry in its layer file), and hints that show the visible layer's
// annotations in the editor with who annotated each one (the hover says it too: hover.ts).
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Disagreement } from '../agreement/curation';
import { LineIndex } from '../positions';
import type { Annotation } from '../store/schema';

export const CURATION_SOURCE = 'news-annotator';
export const DISAGREEMENT_CODE = 'curation-disagreement';
export const LAYER_ANNOTATION_CODE = 'layer-annotation';

const quote = (s: string) => `"${s.length > 50 ? s.slice(0, 49) + '…' : s}"`;

/** How a version reads in messages: `PER "Joko Widodo" → jokowi`. */
export function describeAnnotation(a: Annotation): string {
  const extra = [a.entity && `→ ${a.entity}`, a.label === 'CLAIM' && a.verdict && `verdict ${a.verdict}`].filter(Boolean).join(', ');
  return `${a.label} ${quote(a.target.exact)}${extra ? ` ${extra}` : ''}`;
}

/** Where an annotation's entry is in its layer file's text (the line of its id), or null. */
export function entryRange(fileText: string, id: string): Range | null {
  const at = fileText.indexOf(`"id": ${JSON.stringify(id)}`);
  if (at < 0) return null;
  const lineEnd = fileText.indexOf('\n', at);
  return LineIndex.of(fileText).rangeOf(at, lineEnd < 0 ? fileText.length : lineEnd);
}

export interface LayerSource {
  layer: string;
  file: string;
  /** The layer file's text, to point at an entry. */
  fileText: string;
}

export function disagreementDiagnostics(doc: TextDocument, open: Disagreement[], layers: LayerSource[]): Diagnostic[] {
  const length = doc.getText().length;
  const range = (start: number, end: number): Range => ({ start: doc.positionAt(Math.min(start, length)), end: doc.positionAt(Math.min(end, length)) });
  return open.map((d): Diagnostic => {
    const related: DiagnosticRelatedInformation[] = [];
    const parts: string[] = [];
    for (const [layer, version] of Object.entries(d.versions)) {
      if (!version) {
        parts.push(`${layer}: nothing`);
        related.push({ location: { uri: doc.uri, range: range(d.start, d.end) }, message: `${layer} marked nothing here` });
        continue;
      }
      parts.push(`${layer}: ${describeAnnotation(version)}`);
      const source = layers.find((l) => l.layer === layer);
      const entry = source ? entryRange(source.fileText, version.id) : null;
      related.push(
        source && entry
          ? { location: { uri: pathToFileURL(source.file).href, range: entry }, message: `${layer}'s version in ${path.basename(source.file)}` }
          : { location: { uri: doc.uri, range: range(version.target.start, version.target.end) }, message: `${layer}'s version` },
      );
    }
    return {
      range: range(d.start, d.end),
      severity: DiagnosticSeverity.Information,
      source: CURATION_SOURCE,
      code: DISAGREEMENT_CODE,
      message: `annotators disagree (${d.differences.join(', ')}): ${parts.join('; ')}`,
      relatedInformation: related,
      data: { id: d.id },
    };
  });
}

export interface LayerNote {
  annotation: Annotation;
  /** `LOC "Damaskus" by Ana (ana layer, tagged by hand, 2026-11-20)` */
  who: string;
  /** What each other layer has on the span: `budi: same`, `curated: nothing`, `budi: PER "Ahmed"`. */
  elsewhere: string[];
}

/** For each annotation of the visible layer: who annotated it, and what the other layers have on its span. */
export function layerNotes(visible: { layer: string; annotations: Annotation[] }, others: { layer: string; annotations: Annotation[] }[]): LayerNote[] {
  return visible.annotations
    .filter((a) => !a.orphaned)
    .map((a) => {
      const claim = a.label === 'CLAIM';
      const elsewhere = others.map((o) => {
        const here = o.annotations.filter((x) => !x.orphaned && (x.label === 'CLAIM') === claim && x.target.start < a.target.end && a.target.start < x.target.end);
        const same = here.length === 1 && here[0].label === a.label && here[0].target.start === a.target.start && here[0].target.end === a.target.end;
        return `${o.layer}: ${same ? 'same' : here.length ? here.map(describeAnnotation).join(', ') : 'nothing'}`;
      });
      const origin = a.origin === 'suggestion' ? 'accepted suggestion' : 'tagged by hand';
      return { annotation: a, who: `${describeAnnotation(a)} by ${a.annotator} (${visible.layer} layer, ${origin}, ${a.created.slice(0, 10)})`, elsewhere };
    });
}

/** One hint per note of the visible layer (editors show hints as a light underline or virtual text). */
export function layerHints(doc: TextDocument, notes: LayerNote[]): Diagnostic[] {
  const length = doc.getText().length;
  return notes.map(({ annotation: a, who, elsewhere }) => ({
    range: { start: doc.positionAt(Math.min(a.target.start, length)), end: doc.positionAt(Math.min(a.target.end, length)) },
    severity: DiagnosticSeverity.Hint,
    source: CURATION_SOURCE,
    code: LAYER_ANNOTATION_CODE,
    message: `${who}${elsewhere.length ? `. Other layers: ${elsewhere.join('; ')}` : ''}`,
    data: { id: a.id },
  }));
}
