#!/usr/bin/env node
// Builds an annotated set's articles and gold files from its annotated sources DIR/src/*.src
// (test/heldout, test/heldout2, test/heldout3).
// usage: node scripts/build-gold.mjs DIR
// Source markup (offsets are computed here, never by hand):
//   header lines "@doc NAME.txt", "@lang ind|fra|arb", "@published YYYY-MM-DD|null", then a line "---"
//   [[surface|PER|LOC|ORG|entity-id]]    entity mention
//   {{surface|YYYY-MM-DD|YYYY-MM|YYYY|null}}  date expression and its resolved value
//   <<kind|note|span ...>>               claim (may contain entities and dates)
//   ⟪span ...⟫                           boilerplate (may contain entities)
import fs from 'node:fs';
import path from 'node:path';

const here = process.argv[2];
if (!here || !fs.existsSync(path.join(here, 'src'))) {
  console.error('usage: node scripts/build-gold.mjs DIR   (DIR holds src/*.src, e.g. test/heldout)');
  process.exit(2);
}
const srcDir = path.join(here, 'src');

function parse(source, file) {
  const [head, ...rest] = source.split('\n---\n');
  const meta = Object.fromEntries(head.split('\n').map(l => l.match(/^@(\w+)\s+(.*)$/)).filter(Boolean).map(m => [m[1], m[2].trim()]));
  const body = rest.join('\n---\n');
  let out = '';
  const entities = [], dates = [], claims = [], boilerplate = [], open = [];
  const fail = msg => { throw new Error(`${file}: ${msg} near "${body.slice(i - 20, i + 20)}"`); };
  let i = 0;
  while (i < body.length) {
    if (body.startsWith('[[', i) || body.startsWith('{{', i)) {
      const close = body.startsWith('[[', i) ? ']]' : '}}';
      const j = body.indexOf(close, i);
      if (j < 0) fail('unclosed ' + close);
      const parts = body.slice(i + 2, j).split('|');
      const text = parts[0];
      if (close === ']]') {
        if (parts.length !== 3 || !['PER', 'LOC', 'ORG'].includes(parts[1])) fail('bad entity');
        entities.push({ start: out.length, end: out.length + text.length, text, label: parts[1], entity: parts[2] });
      } else {
        if (parts.length !== 2) fail('bad date');
        dates.push({ start: out.length, end: out.length + text.length, text, value: parts[1] === 'null' ? null : parts[1] });
      }
      out += text;
      i = j + 2;
    } else if (body.startsWith('<<', i)) {
      const k1 = body.indexOf('|', i), k2 = body.indexOf('|', k1 + 1);
      open.push({ type: 'claim', kind: body.slice(i + 2, k1), note: body.slice(k1 + 1, k2), start: out.length });
      i = k2 + 1;
    } else if (body.startsWith('>>', i)) {
      const c = open.pop();
      if (!c || c.type !== 'claim') fail('unbalanced >>');
      claims.push({ start: c.start, end: out.length, text: out.slice(c.start), kind: c.kind, note: c.note });
      i += 2;
    } else if (body[i] === '⟪') {
      open.push({ type: 'boiler', start: out.length }); i++;
    } else if (body[i] === '⟫') {
      const b = open.pop();
      if (!b || b.type !== 'boiler') fail('unbalanced ⟫');
      boilerplate.push({ start: b.start, end: out.length, text: out.slice(b.start) });
      i++;
    } else { out += body[i]; i++; }
  }
  if (open.length) fail('unclosed span');
  const byStart = (a, b) => a.start - b.start;
  return {
    text: out,
    gold: { doc: meta.doc, lang: meta.lang, published: meta.published === 'null' ? null : meta.published,
      entities: entities.sort(byStart), dates: dates.sort(byStart), claims: claims.sort(byStart), boilerplate: boilerplate.sort(byStart) },
  };
}

const registry = {};
for (const f of fs.readdirSync(srcDir).filter(f => f.endsWith('.src')).sort()) {
  const { text, gold } = parse(fs.readFileSync(path.join(srcDir, f), 'utf8'), f);
  for (const s of [...gold.entities, ...gold.dates, ...gold.claims, ...gold.boilerplate]) {
    if (text.slice(s.start, s.end) !== s.text || s.text !== s.text.trim()) throw new Error(`${f}: bad span "${s.text}"`);
  }
  for (const e of gold.entities) {
    const r = registry[e.entity] ??= { type: e.label, names: [] };
    if (r.type !== e.label) throw new Error(`${f}: ${e.entity} is ${r.type} and ${e.label}`);
    if (!r.names.includes(e.text)) r.names.push(e.text);
  }
  fs.writeFileSync(path.join(here, gold.doc), text, 'utf8');
  fs.writeFileSync(path.join(here, gold.doc + '.gold.json'), JSON.stringify(gold, null, 2) + '\n', 'utf8');
  console.log(`${gold.doc}\t${gold.lang}\t${Buffer.byteLength(text)} B\tent ${gold.entities.length}\tdates ${gold.dates.length}\tclaims ${gold.claims.length}\tboiler ${gold.boilerplate.length}`);
}
const sorted = Object.fromEntries(Object.keys(registry).sort().map(k => [k, registry[k]]));
fs.writeFileSync(path.join(here, 'entities.json'), JSON.stringify(sorted, null, 2) + '\n', 'utf8');
