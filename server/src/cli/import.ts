// `import --format brat|labelstudio|jsonl --annotator NAME FILE... --into DIR`
import { IMPORT_FORMATS, isImportFormat } from '../export/importers';
import { importDocuments, readImportFiles } from '../export/importStore';

export const IMPORT_USAGE = `import --format ${IMPORT_FORMATS.join('|')} --annotator NAME FILE... --into DIR`;

export async function runImportCommand(args: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  let format: string | undefined;
  let annotator: string | undefined;
  let into: string | undefined;
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--format') format = args[++i];
    else if (a === '--annotator') annotator = args[++i];
    else if (a === '--into') into = args[++i];
    else if (a.startsWith('--')) {
      err(`news-annotator import: unknown option ${a}\nusage: news-annotator ${IMPORT_USAGE}`);
      return 2;
    } else inputs.push(a);
  }
  if (!format || !isImportFormat(format) || !annotator || !into || !inputs.length) {
    err(`usage: news-annotator ${IMPORT_USAGE}`);
    return 2;
  }
  const parsed = await readImportFiles(format, inputs);
  const report = await importDocuments(parsed.documents, annotator, into, parsed.problems);
  for (const p of report.problems) err(`news-annotator: ${p.where}: ${p.message}`);
  out(`imported ${report.added} annotation(s) into ${report.articles} article(s) in ${into} (${report.duplicates} already there, ${report.problems.length} problem(s))`);
  return report.problems.length ? 1 : 0;
}
