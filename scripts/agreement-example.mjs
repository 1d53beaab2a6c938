#!/usr/bin/env node
// A two-annotator example over the five samples, for the agreement report:
//   annotator A, layer "a-gold"   = the gold annotations (test/gold/*.gold.json),
//   annotator B, layer "b-engine" = the engine's suggestions (`node dist/cli.js analyze`),
// (named so that the gold layer is the reference side of precision and recall)
// written beside copies of the articles in a folder (a temporary one unless given), then
// `node dist/cli.js agreement --by label` and `--by annotator-pair` are run over it.
//
//   node esbuild.mjs && node scripts/agreement-example.mjs [OUT_DIR]
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOLD = path.join(ROOT, 'test', 'gold');
const CLI = path.join(ROOT, 'dist', 'cli.js');
/** Characters of context kept on each side of a quote, as the store does (server/src/store/anchor.ts). */
const CONTEXT_LENGTH = 32;
const CREATED = '2026-01-01T00:00:00.000Z';

const out = process.argv[2] ? path.resolve(process.argv[2]) : mkdtempSync(path.join(os.tmpdir(), 'news-agreement-'));
mkdirSync(out, { recursive: true });

const articles = readdirSync(GOLD).filter((f) => f.endsWith('.txt')).sort();
for (const name of articles) copyFileSync(path.join(GOLD, name), path.join(out, name));

/** A layer file in the store's format (server/src/store/schema.ts). */
function layerFile(article, layer, annotator, spans, text) {
  const annotations = spans
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((s, i) => ({
      id: `${layer}-${i + 1}`,
      label: s.label,
      target: {
        start: s.start,
        end: s.end,
        exact: text.slice(s.start, s.end),
        prefix: text.slice(Math.max(0, s.start - CONTEXT_LENGTH), s.start),
        suffix: text.slice(s.end, s.end + CONTEXT_LENGTH),
      },
      ...(s.entity ? { entity: s.entity } : {}),
      ...(s.label === 'DATE' ? { value: s.value ?? null } : {}),
      ...(s.kind ? { claimKind: s.kind } : {}),
      origin: annotator === 'Engine' ? 'suggestion' : 'manual',
      annotator,
      created: CREATED,
    }));
  const data = { schema: 'news-annotator/annotations', version: 1, article, layer, annotations, rejected: [] };
  writeFileSync(path.join(out, `${article}.annotations.${layer}.json`), JSON.stringify(data, null, 2) + '\n');
}

const spansOf = (record) => [
  ...record.entities.map((e) => ({ start: e.start, end: e.end, label: e.label, entity: e.entity })),
  ...record.dates.map((d) => ({ start: d.start, end: d.end, label: 'DATE', value: d.value })),
  ...record.claims.map((c) => ({ start: c.start, end: c.end, label: 'CLAIM', kind: c.kind })),
];

for (const name of articles) {
  const text = readFileSync(path.join(out, name), 'utf8');
  layerFile(name, 'a-gold', 'Gold', spansOf(JSON.parse(readFileSync(path.join(GOLD, `${name}.gold.json`), 'utf8'))), text);
}

const analyzed = execFileSync(process.execPath, [CLI, 'analyze', ...articles.map((a) => path.join(out, a))], { encoding: 'utf8', maxBuffer: 64 << 20 });
for (const line of analyzed.split('\n').filter(Boolean)) {
  const record = JSON.parse(line);
  const name = path.basename(record.file);
  layerFile(name, 'b-engine', 'Engine', spansOf(record), readFileSync(path.join(out, name), 'utf8'));
}

console.log(`two layers (a-gold, b-engine) for ${articles.length} articles in ${out}\n`);
for (const by of ['label', 'annotator-pair']) {
  console.log(`$ news-annotator agreement --by ${by} ${out}`);
  console.log(execFileSync(process.execPath, [CLI, 'agreement', '--by', by, out], { encoding: 'utf8' }));
}
