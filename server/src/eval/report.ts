// Text report of an evaluation: figures per language, linking, the error table, one summary line.
import { type Evaluation, type Figure, LABELS } from './metrics';

const pct = (x: number) => (100 * x).toFixed(1);
/** F in %, or 'n/a' when there was nothing to find and nothing was predicted. */
const fOf = (f: Figure | undefined) => (f && (f.np || f.ng) ? pct(f.f) : 'n/a');

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd());
}

/** The closing line, in the shared scorer's format. */
export function summaryLine(e: Evaluation): string {
  const fig = e.figures;
  return (
    `docs ${e.docs} missing ${e.missing} | NER F ${fOf(fig['ner:all'])} | dates F ${fOf(fig['date:all'])} val ${pct(fig['dateval:all']?.r ?? 0)}` +
    ` | claims F ${fOf(fig['claim:all'])} | link crosslang F ${fOf(fig['link:crosslang'])} | boiler F ${fOf(fig['boiler:all'])}`
  );
}

export function formatReport(e: Evaluation, maxErrorsPerArea: number): string {
  const fig = e.figures;
  const langs = [...Object.keys(e.language).sort(), 'all'];
  const prfCell = (f: Figure | undefined) => (f && (f.np || f.ng) ? `${pct(f.p)}/${pct(f.r)}/${pct(f.f)}` : 'n/a');
  const rows: string[][] = [
    ['lang', 'docs', 'lang ok', 'NER strict P/R/F', 'NER overlap F', ...LABELS.map((l) => `${l} F strict/overlap`), 'dates F', 'date value', 'claims P/R/F', 'boiler F'],
  ];
  for (const lang of langs) {
    const docs = lang === 'all' ? e.docs : e.language[lang].docs;
    const ok = lang === 'all' ? Object.values(e.language).reduce((n, l) => n + l.correct, 0) : e.language[lang].correct;
    rows.push([
      lang,
      String(docs),
      `${ok}/${docs}`,
      prfCell(fig[`ner:${lang}`]),
      fOf(fig[`nerloose:${lang}`]),
      ...LABELS.map((l) => `${fOf(fig[`ner:${lang}:${l}`])}/${fOf(fig[`nerloose:${lang}:${l}`])}`),
      fOf(fig[`date:${lang}`]),
      fig[`dateval:${lang}`]?.ng ? `${pct(fig[`dateval:${lang}`].r)} (${fig[`dateval:${lang}`].ng})` : 'n/a',
      prfCell(fig[`claim:${lang}`]),
      fOf(fig[`boiler:${lang}`]),
    ]);
  }
  const out = ['Figures (P/R/F in %)', ...table(rows), ''];
  out.push(
    'Linking (pairwise over exactly detected gold mentions)',
    ...table([
      ['pairs', 'P', 'R', 'F', 'pred pairs', 'gold pairs'],
      ...['all', 'crossdoc', 'crosslang'].map((k) => {
        const f = fig[`link:${k}`];
        return [k, pct(f.p), pct(f.r), pct(f.f), String(f.np), String(f.ng)];
      }),
    ]),
    '',
  );
  const kinds = Object.keys(fig).filter((k) => k.startsWith('claimkind:')).sort();
  out.push(
    'Claims by kind (P: flags of this kind that hit a gold claim; R: gold claims of this kind found by any flag)',
    ...table([
      ['kind', 'P', 'R', 'flags', 'gold'],
      ...kinds.map((k) => [k.slice('claimkind:'.length), fig[k].np ? pct(fig[k].p) : 'n/a', fig[k].ng ? pct(fig[k].r) : 'n/a', String(fig[k].np), String(fig[k].ng)]),
    ]),
    '',
  );
  const areas = ['language', 'entity', 'link', 'date', 'claim', 'boilerplate'] as const;
  out.push(`Errors (${e.errors.length})`);
  for (const area of areas) {
    const errs = e.errors.filter((x) => x.area === area).sort((a, b) => a.doc.localeCompare(b.doc) || a.start - b.start);
    if (!errs.length) continue;
    out.push(`-- ${area}: ${errs.length}`);
    const shown = errs.slice(0, maxErrorsPerArea);
    out.push(...table(shown.map((x) => [x.type, x.doc, `${x.start}-${x.end}`, JSON.stringify(x.text.length > 70 ? x.text.slice(0, 69) + '…' : x.text), x.detail])));
    if (errs.length > shown.length) out.push(`   … ${errs.length - shown.length} more (--max-errors N to see them)`);
  }
  out.push('', summaryLine(e));
  return out.join('\n');
}
