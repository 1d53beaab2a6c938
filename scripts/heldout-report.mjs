#!/usr/bin/env node
// Lists the concrete disagreements between gold annotations and `analyze` output, for error analysis.
// usage: node scripts/heldout-report.mjs GOLD_DIR PRED.jsonl
// Entities: strict span+label as in the scorer; each miss/spurious is shown with what overlaps it on the other side.
import fs from 'node:fs';
import path from 'node:path';

const [goldDir, predFile] = process.argv.slice(2);
const golds = fs.readdirSync(goldDir).filter(f => f.endsWith('.gold.json'))
  .map(f => JSON.parse(fs.readFileSync(path.join(goldDir, f), 'utf8')));
const preds = new Map(fs.readFileSync(predFile, 'utf8').split('\n').filter(l => l.trim())
  .map(l => JSON.parse(l)).map(o => [path.basename(o.file), o]));
const overlap = (a, b) => a.start < b.end && b.start < a.end;
const same = (a, b) => a.start === b.start && a.end === b.end;
const show = s => s ? `"${s.text}"${s.label ? '/' + s.label : ''}` : '-';

for (const g of golds) {
  const p = preds.get(g.doc) ?? { entities: [], dates: [], claims: [], boilerplate: [] };
  const text = fs.readFileSync(path.join(goldDir, g.doc), 'utf8');
  const out = [];
  for (const y of g.entities) {
    const x = p.entities.find(x => same(x, y));
    if (!x) out.push(`  NER miss   ${show(y)} ${y.entity}  | pred: ${p.entities.filter(x => overlap(x, y)).map(show).join(', ') || '-'}`);
    else if (x.label !== y.label) out.push(`  NER label  ${show(y)} predicted ${x.label}`);
  }
  for (const x of p.entities) {
    if (!g.entities.some(y => same(x, y))) {
      const ov = g.entities.filter(y => overlap(x, y));
      if (!ov.length) out.push(`  NER spur   ${show(x)}`);
      else if (!ov.some(y => y.label === x.label && same(x, y))) out.push(`  NER bound  ${show(x)} gold: ${ov.map(show).join(', ')}`);
    }
  }
  for (const y of g.dates) {
    const x = p.dates.find(x => overlap(x, y));
    if (!x) out.push(`  DATE miss  "${y.text}" = ${y.value}`);
    else if (y.value && !String(x.value ?? '').startsWith(y.value)) out.push(`  DATE value "${y.text}" gold ${y.value} pred ${x.value} ("${x.text}")`);
  }
  for (const x of p.dates) if (!g.dates.some(y => overlap(x, y))) out.push(`  DATE spur  "${x.text}" = ${x.value}`);
  for (const y of g.claims) if (!p.claims.some(x => overlap(x, y))) out.push(`  CLAIM miss ${y.kind}: "${y.text.slice(0, 90)}"`);
  for (const x of p.claims) if (!g.claims.some(y => overlap(x, y))) out.push(`  CLAIM spur ${x.kind}: "${x.text.slice(0, 90)}"`);
  const covered = new Set(p.boilerplate.flatMap(x => Array.from({ length: x.end - x.start }, (_, i) => x.start + i)));
  for (const y of g.boilerplate ?? []) {
    let hit = 0; for (let i = y.start; i < y.end; i++) if (covered.has(i)) hit++;
    if (hit < y.end - y.start) out.push(`  BOIL miss  "${y.text.slice(0, 80)}" (${hit}/${y.end - y.start} chars)`);
  }
  const gchars = new Set((g.boilerplate ?? []).flatMap(y => Array.from({ length: y.end - y.start }, (_, i) => y.start + i)));
  for (const x of p.boilerplate) if (![...Array(x.end - x.start).keys()].some(i => gchars.has(x.start + i))) out.push(`  BOIL spur  "${text.slice(x.start, x.end).slice(0, 80)}"`);
  console.log(`== ${g.doc} (${g.lang})\n${out.join('\n')}`);
}
