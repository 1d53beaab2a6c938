// `export --format conll|jsonl|brat|labelstudio|webanno [--include-suggestions] [--layer curated|NAME|all] --out PATH FILE_OR_DIR...`
import * as os from 'node:os';
import { AnalysisRunner, RunnerPool } from '../analysisRunner';
import { EXPORT_FORMATS, isExportFormat } from '../export';
import { runExport } from '../export/write';

/** Analysis workers of an export with suggestions: one per core, a few at most (each holds the engine, ~110 MB). */
const MAX_WORKERS = 4;

export const EXPORT_USAGE = `export --format ${EXPORT_FORMATS.join('|')} [--include-suggestions] [--layer curated|NAME|all] --out PATH FILE_OR_DIR...`;

/** `workerScript` (the CLI bundle) analyses suggestions in worker threads; without it they are analysed in this thread. */
export async function runExportCommand(args: string[], out: (line: string) => void, err: (line: string) => void, workerScript?: string): Promise<number> {
  let format: string | undefined;
  let output: string | undefined;
  let includeSuggestions = false;
  let layer: string | undefined;
  let layerGiven = false;
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--format') format = args[++i];
    else if (a.startsWith('--format=')) format = a.slice('--format='.length);
    else if (a === '--out') output = args[++i];
    else if (a.startsWith('--out=')) output = a.slice('--out='.length);
    else if (a === '--include-suggestions') includeSuggestions = true;
    else if (a === '--layer') {
      layerGiven = true;
      layer = args[++i];
    }
    else if (a.startsWith('--')) {
      err(`news-annotator export: unknown option ${a}\nusage: news-annotator ${EXPORT_USAGE}`);
      return 2;
    } else inputs.push(a);
  }
  if (!format || !isExportFormat(format) || !output || !inputs.length || (layerGiven && !layer)) {
    err(`usage: news-annotator ${EXPORT_USAGE}`);
    return 2;
  }
  const started = Date.now();
  const workers = Math.min(MAX_WORKERS, os.availableParallelism());
  const pool = includeSuggestions && workerScript ? new RunnerPool(Array.from({ length: workers }, () => new AnalysisRunner(workerScript, err, 2))) : undefined;
  let report;
  try {
    report = await runExport({ format, inputs, out: output, includeSuggestions, layer, analyze: pool && ((text) => pool.analyze(text)) });
  } finally {
    pool?.dispose();
  }
  for (const p of report.problems) err(`news-annotator: ${p}`);
  for (const w of report.warnings) err(`news-annotator: warning: ${w}`);
  out(`exported ${report.articles} article(s), ${report.spans} span(s) as ${format} to ${output} in ${Date.now() - started} ms`);
  return report.problems.length ? 1 : 0;
}
