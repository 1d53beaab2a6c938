// Diagnostics of one document: flagged claims, page boilerplate, problem dates, and (from
// consistency.ts) disagreements with other articles.
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { ClaimKind } from './engine';
import type { DocumentResult } from './documents';

export const DIAGNOSTIC_SOURCE = 'news-annotator';

const CLAIM_SEVERITY: Record<ClaimKind, DiagnosticSeverity> = {
  'anonymous-source': DiagnosticSeverity.Warning,
  'unattributed-claim': DiagnosticSeverity.Warning,
  'headline-mismatch': DiagnosticSeverity.Warning,
  'factual-inconsistency': DiagnosticSeverity.Warning,
  hedge: DiagnosticSeverity.Information,
  'loaded-language': DiagnosticSeverity.Information,
};

export function documentDiagnostics(result: DocumentResult): Diagnostic[] {
  const { lines } = result;
  if (result.kind === 'skipped') {
    return [{ range: lines.rangeOf(0, 0), severity: DiagnosticSeverity.Warning, source: DIAGNOSTIC_SOURCE, code: 'not-analysed', message: result.reason }];
  }
  const { analysis } = result;
  const out: Diagnostic[] = [];
  for (const claim of analysis.claims) {
    out.push({
      range: lines.rangeOf(claim.start, claim.end),
      severity: CLAIM_SEVERITY[claim.kind] ?? DiagnosticSeverity.Information,
      source: DIAGNOSTIC_SOURCE,
      code: claim.kind,
      message: claim.message,
    });
  }
  for (const b of analysis.boilerplate) {
    out.push({
      range: lines.rangeOf(b.start, b.end),
      severity: DiagnosticSeverity.Hint,
      tags: [DiagnosticTag.Unnecessary],
      source: DIAGNOSTIC_SOURCE,
      code: 'boilerplate',
      message: `Page residue, not part of the article (${b.reason}).`,
    });
  }
  for (const date of analysis.dates) {
    if (!date.problem) continue;
    out.push({ range: lines.rangeOf(date.start, date.end), severity: DiagnosticSeverity.Warning, source: DIAGNOSTIC_SOURCE, code: 'date-problem', message: date.problem });
  }
  return out;
}
