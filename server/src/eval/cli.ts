// `npm run eval [GOLD_DIR] [--pred FILE] [--json] [--max-errors N]`: analyses the gold folder's articles with
// the built CLI (or reads a prediction file), then prints figures per language, the errors and a summary.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { evaluate, type GoldDoc, type PredDoc } from './metrics';
import { formatReport } from './report';

const USAGE = 'usage: node scripts/eval.mjs [GOLD_DIR (default test/gold)] [--pred PRED.jsonl] [--json] [--max-errors N]';
const DEFAULT_MAX_ERRORS = 25;

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

function readGolds(dir: string): GoldDoc[] {
  return walk(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      try {
        return JSON.parse(fs.readFileSync(f, 'utf8')) as GoldDoc;
      } catch (e) {
        throw new Error(`${f}: not valid JSON (${(e as Error).message})`);
      }
    });
}

function parsePredictions(jsonl: string): PredDoc[] {
  const out: PredDoc[] = [];
  for (const line of jsonl.split('\n')) {
    if (!line.trim()) continue;
    try {
      out.push(JSON.parse(line) as PredDoc);
    } catch {
      process.stderr.write(`eval: skipping a prediction line that is not JSON: ${line.slice(0, 80)}\n`);
    }
  }
  return out;
}

/** Runs the built CLI on the gold folder's articles. */
function analyze(goldDir: string): string {
  const cli = path.resolve(__dirname, 'cli.js');
  if (!fs.existsSync(cli)) throw new Error(`${cli} not found: run 'npm run build' first, or give --pred PRED.jsonl`);
  const r = spawnSync(process.execPath, [cli, 'analyze', goldDir], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.stderr) process.stderr.write(r.stderr);
  if (r.error) throw r.error;
  return r.stdout;
}

function main(argv: string[]): number {
  let goldDir = 'test/gold';
  let predFile: string | null = null;
  let json = false;
  let maxErrors = DEFAULT_MAX_ERRORS;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--pred') predFile = argv[++i];
    else if (a === '--json') json = true;
    else if (a === '--max-errors') maxErrors = Number(argv[++i]);
    else if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE + '\n');
      return 0;
    } else if (a.startsWith('-')) {
      process.stderr.write(`eval: unknown option ${a}\n${USAGE}\n`);
      return 2;
    } else goldDir = a;
  }
  if (!fs.existsSync(goldDir) || !fs.statSync(goldDir).isDirectory()) {
    process.stderr.write(`eval: gold folder '${goldDir}' not found\n${USAGE}\n`);
    return 2;
  }
  if (predFile === '' || (predFile && !fs.existsSync(predFile)) || !Number.isFinite(maxErrors)) {
    process.stderr.write(`eval: bad --pred or --max-errors\n${USAGE}\n`);
    return 2;
  }
  const golds = readGolds(goldDir);
  if (!golds.length) {
    process.stderr.write(`eval: no *.gold.json files under '${goldDir}'\n`);
    return 2;
  }
  const predictions = parsePredictions(predFile ? fs.readFileSync(predFile, 'utf8') : analyze(goldDir));
  const result = evaluate(golds, predictions);
  if (json) process.stdout.write(JSON.stringify({ ...result.figures, docs: result.docs, missing: result.missing, language: result.language, errors: result.errors }) + '\n');
  else process.stdout.write(formatReport(result, maxErrors) + '\n');
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`eval: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
