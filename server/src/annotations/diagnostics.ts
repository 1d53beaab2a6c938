// Diagnostics of the annotation store: orphaned annotations and claim verdicts on the article, and a
// broken layer file reported both on the file and on its article.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClaimVerdict } from '../store/schema';
import type { BrokenStoreFileError, Layer } from '../store/store';

export const ANNOTATION_SOURCE = 'news-annotator (annotations)';

const VERDICT_SEVERITY: Record<ClaimVerdict, DiagnosticSeverity> = {
  false: DiagnosticSeverity.Warning,
  misleading: DiagnosticSeverity.Warning,
  unverified: DiagnosticSeverity.Information,
  supported: DiagnosticSeverity.Hint,
};

export function layerDiagnostics(doc: TextDocument, layer: Layer): Diagnostic[] {
  const length = doc.getText().length;
  const range = (start: number, end: number) => ({ start: doc.positionAt(Math.min(start, length)), end: doc.positionAt(Math.min(end, length)) });
  const out: Diagnostic[] = [];
  for (const a of layer.data.annotations) {
    if (a.orphaned) {
      out.push({
        range: range(a.target.start, a.target.end),
        severity: DiagnosticSeverity.Warning,
        source: ANNOTATION_SOURCE,
        code: 'orphaned-annotation',
        message: `orphaned annotation: ${a.label} "${a.target.exact}" is no longer in the article (kept in ${path.basename(layer.file)}); re-attach or delete it`,
        data: { id: a.id },
      });
    } else if (a.label === 'CLAIM') {
      const verdict = a.verdict ?? 'unverified';
      out.push({
        range: range(a.target.start, a.target.end),
        severity: VERDICT_SEVERITY[verdict],
        source: ANNOTATION_SOURCE,
        code: `claim-${verdict}`,
        message: `claim (${verdict}${a.claimKind ? `, ${a.claimKind}` : ''})${a.note ? `: ${a.note}` : ''}`,
        data: { id: a.id },
      });
    }
  }
  return out;
}

/** The diagnostic on the broken file (at the problem when known) and the one on its article. */
export async function brokenFileDiagnostic(e: BrokenStoreFileError): Promise<{ onFile: Diagnostic; onArticle: Diagnostic }> {
  let position = { line: 0, character: 0 };
  if (e.offset !== null) {
    const text = await fs.readFile(e.file, 'utf8').catch(() => '');
    const before = text.slice(0, e.offset).split('\n');
    position = { line: before.length - 1, character: before[before.length - 1].length };
  }
  const repair = "Run 'News Annotator: Repair Annotation File' (it backs the file up first) or fix it by hand.";
  return {
    onFile: {
      range: { start: position, end: position },
      severity: DiagnosticSeverity.Error,
      source: ANNOTATION_SOURCE,
      code: 'broken-annotation-file',
      message: `${e.problem}. This file is not written to until it is valid. ${repair}`,
    },
    onArticle: {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Error,
      source: ANNOTATION_SOURCE,
      code: 'broken-annotation-file',
      message: `${e.message}. Annotations of this article cannot be saved. ${repair}`,
      data: { file: e.file },
    },
  };
}
