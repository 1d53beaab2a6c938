// Command-line entry point: the same engine as the language server. The same bundle, started as a
// worker thread, is the analysis worker of the export.
import { isMainThread } from 'node:worker_threads';
import { serveAnalysisWorker } from './analysisRunner';
import { runAgreement } from './cli/agreement';
import { runAnalyze } from './cli/analyze';
import { EXPORT_USAGE, runExportCommand } from './cli/export';
import { IMPORT_USAGE, runImportCommand } from './cli/import';

const USAGE = `usage: news-annotator <command> [options] FILE_OR_DIR...

commands:
  analyze FILE_OR_DIR...   print one JSON object per article per line
  agreement [--by label|article|annotator-pair] [--json] FILE_OR_DIR...
                           inter-annotator agreement over the articles' annotation layers
  ${EXPORT_USAGE}
                           write the annotations as a dataset
  ${IMPORT_USAGE}
                           add annotations made in other tools to the store
`;

type Command = (args: string[], out: (s: string) => void, err: (s: string) => void) => Promise<number>;

const commands: Record<string, Command> = {
  analyze: (args, out, err) => {
    if (!args.length) {
      err('news-annotator analyze: give at least one file or directory');
      return Promise.resolve(2);
    }
    return runAnalyze(args, out, err);
  },
  agreement: runAgreement,
  export: (args, out, err) => runExportCommand(args, out, err, __filename),
  import: runImportCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`news-annotator: unknown command '${name}'\n${USAGE}`);
    return 2;
  }
  return command(args, (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n'));
}

if (isMainThread) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`news-annotator: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 1;
    },
  );
} else {
  serveAnalysisWorker();
}
