// Runs an export end to end: collect, render, write (atomically, each file).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { writeAtomic } from '../store/atomicFile';
import { collectDocuments, type Analyzer, type LayerSelection } from './collect';
import { renderExport, writesFolder, type ExportFormat } from './index';

export interface ExportRequest {
  format: ExportFormat;
  inputs: string[];
  out: string;
  includeSuggestions?: boolean;
  layer?: LayerSelection;
  onArticle?: (done: number, total: number) => boolean | void;
  /** Where suggestions are analysed (see CollectOptions.analyze). */
  analyze?: Analyzer;
}

export interface ExportReport {
  articles: number;
  spans: number;
  files: string[];
  /** Inputs that could not be used (unreadable article, broken layer file, orphaned annotations). */
  problems: string[];
  /** Spans the format cannot hold (overlapping spans in CoNLL). */
  warnings: string[];
  cancelled: boolean;
}

export async function runExport(request: ExportRequest): Promise<ExportReport> {
  const { includeSuggestions, layer, onArticle, analyze } = request;
  const collected = await collectDocuments(request.inputs, { includeSuggestions, layer, onArticle, analyze });
  const problems = collected.problems.map((p) => `${p.file}: ${p.message}`);
  const report: ExportReport = { articles: 0, spans: 0, files: [], problems, warnings: [], cancelled: collected.cancelled };
  if (collected.cancelled) return report;
  const outputs = renderExport(request.format, collected.documents, (m) => report.warnings.push(m));
  if (writesFolder(request.format)) await fs.mkdir(request.out, { recursive: true });
  else await fs.mkdir(path.dirname(path.resolve(request.out)), { recursive: true });
  for (const o of outputs) {
    const file = o.path ? path.join(request.out, o.path) : request.out;
    await fs.mkdir(path.dirname(file), { recursive: true });
    await writeAtomic(file, o.content);
    report.files.push(file);
  }
  report.articles = collected.documents.length;
  report.spans = collected.documents.reduce((n, d) => n + d.spans.length, 0);
  return report;
}
