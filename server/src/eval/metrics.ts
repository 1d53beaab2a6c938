// Scores `analyze` output against gold annotations: the figures of the shared scorer (same keys, same
// definitions) plus per-language and per-label breakdowns, and the list of individual errors.

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
}
export interface GoldEntity extends GoldSpan {
  label: string;
  entity: string;
}
export interface GoldDate extends GoldSpan {
  value: string | null;
}
export interface GoldClaim extends GoldSpan {
  kind: string;
  note?: string;
}
export interface GoldDoc {
  doc: string;
  lang: string;
  entities: GoldEntity[];
  dates: GoldDate[];
  claims: GoldClaim[];
  boilerplate?: GoldSpan[];
}
export interface PredDoc {
  file: string;
  lang?: string;
  entities?: (GoldSpan & { label: string; entity?: string | null })[];
  dates?: (GoldSpan & { value?: string | null })[];
  claims?: (GoldSpan & { kind?: string })[];
  boilerplate?: GoldSpan[];
}

export interface Figure {
  p: number;
  r: number;
  f: number;
  /** Predicted items (for claims, predicted claims; for boilerplate, predicted characters). */
  np: number;
  /** Gold items. */
  ng: number;
}

export type ErrorArea = 'entity' | 'link' | 'date' | 'claim' | 'boilerplate' | 'language';
export interface EvalError {
  area: ErrorArea;
  type: 'missed' | 'spurious' | 'wrong label' | 'wrong link' | 'wrong value' | 'wrong language';
  doc: string;
  start: number;
  end: number;
  text: string;
  detail: string;
}

export interface Evaluation {
  figures: Record<string, Figure>;
  errors: EvalError[];
  docs: number;
  missing: number;
  /** Per language: documents whose predicted language equals the gold language, and documents. */
  language: Record<string, { correct: number; docs: number }>;
}

export const LABELS = ['PER', 'LOC', 'ORG'];

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const sameSpan = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start === b.start && a.end === b.end;
const basename = (f: string) => f.split(/[\\/]/).pop() ?? f;

function prf(tp: number, np: number, ng: number, tpPrecision = tp): Figure {
  const p = np ? tpPrecision / np : 0;
  const r = ng ? tp / ng : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, np, ng };
}

class Counts {
  private readonly acc = new Map<string, { tp: number; tpP: number; np: number; ng: number }>();
  /** Adds to every key; `tpP` is the true-positive count on the prediction side when it differs (claims). */
  add(keys: string[], tp: number, np: number, ng: number, tpP = tp): void {
    for (const k of keys) {
      const a = this.acc.get(k) ?? { tp: 0, tpP: 0, np: 0, ng: 0 };
      a.tp += tp;
      a.tpP += tpP;
      a.np += np;
      a.ng += ng;
      this.acc.set(k, a);
    }
  }
  figures(): Record<string, Figure> {
    const out: Record<string, Figure> = {};
    for (const [k, a] of this.acc) out[k] = prf(a.tp, a.np, a.ng, a.tpP);
    return out;
  }
}

interface LinkMention {
  doc: string;
  lang: string;
  gold: string;
  pred: string | null;
  span: GoldSpan;
}

/** Pairwise linking precision/recall over gold mentions the system found with exact boundaries. */
function pairwise(m: LinkMention[], keep: (a: LinkMention, b: LinkMention) => boolean): Figure {
  let tp = 0;
  let np = 0;
  let ng = 0;
  for (let i = 0; i < m.length; i++) {
    for (let j = i + 1; j < m.length; j++) {
      if (!keep(m[i], m[j])) continue;
      const sameGold = m[i].gold === m[j].gold;
      const samePred = m[i].pred != null && m[i].pred === m[j].pred;
      if (sameGold) ng++;
      if (samePred) np++;
      if (sameGold && samePred) tp++;
    }
  }
  return prf(tp, np, ng);
}

/** The most frequent value of `key` among items, or undefined. */
function majority<T>(items: T[], key: (t: T) => string | null): string | undefined {
  const counts = new Map<string, number>();
  for (const t of items) {
    const k = key(t);
    if (k != null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Link errors: a mention keyed apart from the rest of its gold entity, or keyed together with another entity. */
function linkErrors(mentions: LinkMention[]): EvalError[] {
  const errors: EvalError[] = [];
  for (const m of mentions) {
    const sameGold = mentions.filter((x) => x.gold === m.gold);
    const usualKey = majority(sameGold, (x) => x.pred);
    const samePred = m.pred == null ? [] : mentions.filter((x) => x.pred === m.pred);
    const usualGold = majority(samePred, (x) => x.gold);
    let detail: string | null = null;
    if (m.pred == null) detail = `no entity key (gold ${m.gold})`;
    else if (sameGold.length > 1 && usualKey !== m.pred) detail = `keyed '${m.pred}' but other mentions of ${m.gold} are keyed '${usualKey}'`;
    else if (usualGold !== m.gold) detail = `keyed '${m.pred}' with mentions of ${usualGold} (gold ${m.gold})`;
    if (detail) errors.push({ area: 'link', type: 'wrong link', doc: m.doc, ...m.span, detail });
  }
  return errors;
}

function spanErrors<T extends GoldSpan>(
  area: ErrorArea,
  doc: string,
  gold: T[],
  pred: T[],
  matches: (g: T, p: T) => boolean,
  describe: (s: T) => string,
): EvalError[] {
  const errors: EvalError[] = [];
  for (const g of gold) {
    if (!pred.some((p) => matches(g, p))) errors.push({ area, type: 'missed', doc, start: g.start, end: g.end, text: g.text, detail: describe(g) });
  }
  for (const p of pred) {
    if (!gold.some((g) => matches(g, p))) errors.push({ area, type: 'spurious', doc, start: p.start, end: p.end, text: p.text, detail: describe(p) });
  }
  return errors;
}

/** Maximal runs of character offsets as spans of `text`. */
function runs(chars: number[], text: (s: number, e: number) => string): GoldSpan[] {
  const sorted = [...new Set(chars)].sort((a, b) => a - b);
  const out: GoldSpan[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last.end === c) last.end = c + 1;
    else out.push({ start: c, end: c + 1, text: '' });
  }
  for (const r of out) r.text = text(r.start, r.end);
  return out;
}

export function evaluate(golds: GoldDoc[], predictions: PredDoc[]): Evaluation {
  const preds = new Map(predictions.filter((p) => p && p.file).map((p) => [basename(p.file), p]));
  const counts = new Counts();
  const errors: EvalError[] = [];
  const links: LinkMention[] = [];
  const language: Evaluation['language'] = {};
  let missing = 0;
  for (const g of golds) {
    const p = preds.get(g.doc);
    if (!p) missing++;
    const lang = g.lang;
    const doc = g.doc;
    const langCount = (language[lang] ??= { correct: 0, docs: 0 });
    langCount.docs++;
    if (p?.lang === lang) langCount.correct++;
    else errors.push({ area: 'language', type: 'wrong language', doc, start: 0, end: 0, text: '', detail: `predicted ${p?.lang ?? 'nothing'}, gold ${lang}` });

    // Entities: exact span and label (strict), overlap and label (loose).
    const pe = (p?.entities ?? []).filter((e) => LABELS.includes(e.label));
    for (const label of LABELS) {
      const ge = g.entities.filter((e) => e.label === label);
      const pl = pe.filter((e) => e.label === label);
      const tp = pl.filter((x) => ge.some((y) => sameSpan(x, y))).length;
      counts.add([`ner:${lang}:${label}`, `ner:all:${label}`, `ner:${lang}`, 'ner:all'], tp, pl.length, ge.length);
      const used = new Set<number>();
      let loose = 0;
      for (const y of ge) {
        const i = pl.findIndex((x, k) => !used.has(k) && overlap(x, y));
        if (i >= 0) {
          used.add(i);
          loose++;
        }
      }
      counts.add([`nerloose:${lang}:${label}`, `nerloose:all:${label}`], loose, pl.length, ge.length);
    }
    {
      const used = new Set<number>();
      let loose = 0;
      for (const y of g.entities) {
        const i = pe.findIndex((x, k) => !used.has(k) && x.label === y.label && overlap(x, y));
        if (i >= 0) {
          used.add(i);
          loose++;
        }
      }
      counts.add([`nerloose:${lang}`, 'nerloose:all'], loose, pe.length, g.entities.length);
    }
    for (const y of g.entities) {
      const x = pe.find((e) => sameSpan(e, y));
      if (!x) {
        const near = pe.find((e) => overlap(e, y));
        const detail = near ? `${y.label}; predicted '${near.text}' ${near.label}` : y.label;
        errors.push({ area: 'entity', type: 'missed', doc, start: y.start, end: y.end, text: y.text, detail });
      } else if (x.label !== y.label) {
        errors.push({ area: 'entity', type: 'wrong label', doc, start: y.start, end: y.end, text: y.text, detail: `gold ${y.label}, predicted ${x.label}` });
      }
      if (x) links.push({ doc, lang, gold: y.entity, pred: x.entity ?? null, span: { start: y.start, end: y.end, text: y.text } });
    }
    for (const x of pe) {
      if (g.entities.some((y) => sameSpan(x, y))) continue;
      const near = g.entities.find((y) => overlap(x, y));
      const detail = near ? `${x.label}; gold '${near.text}' ${near.label}` : x.label;
      errors.push({ area: 'entity', type: 'spurious', doc, start: x.start, end: x.end, text: x.text, detail });
    }

    // Dates: overlap detection; value accuracy over gold dates that have a value.
    const pd = p?.dates ?? [];
    {
      const used = new Set<number>();
      let tp = 0;
      let valueOk = 0;
      let valued = 0;
      for (const y of g.dates) {
        const i = pd.findIndex((x, k) => !used.has(k) && overlap(x, y));
        if (i < 0) continue;
        used.add(i);
        tp++;
        if (!y.value) continue;
        valued++;
        if (String(pd[i].value ?? '').startsWith(y.value)) valueOk++;
        else errors.push({ area: 'date', type: 'wrong value', doc, start: y.start, end: y.end, text: y.text, detail: `gold ${y.value}, predicted ${pd[i].value ?? 'null'}` });
      }
      counts.add([`date:${lang}`, 'date:all'], tp, pd.length, g.dates.length);
      counts.add([`dateval:${lang}`, 'dateval:all'], valueOk, valued, valued);
      errors.push(...spanErrors('date', doc, g.dates, pd as GoldDate[], overlap, (d) => `value ${d.value ?? 'null'}`));
    }

    // Claims: a gold claim is found when any prediction overlaps it; a prediction is right when it overlaps any gold claim.
    const pc = p?.claims ?? [];
    {
      const found = g.claims.filter((y) => pc.some((x) => overlap(x, y))).length;
      const right = pc.filter((x) => g.claims.some((y) => overlap(x, y))).length;
      counts.add([`claim:${lang}`, 'claim:all'], found, pc.length, g.claims.length, right);
      // Per kind: recall of the gold claims of that kind, precision of the predictions of that kind.
      for (const kind of new Set([...g.claims.map((c) => c.kind), ...pc.map((c) => c.kind ?? '')])) {
        const goldOfKind = g.claims.filter((y) => y.kind === kind);
        const predOfKind = pc.filter((x) => (x.kind ?? '') === kind);
        counts.add(
          [`claimkind:${kind}`],
          goldOfKind.filter((y) => pc.some((x) => overlap(x, y))).length,
          predOfKind.length,
          goldOfKind.length,
          predOfKind.filter((x) => g.claims.some((y) => overlap(x, y))).length,
        );
      }
      errors.push(...spanErrors('claim', doc, g.claims, pc as GoldClaim[], overlap, (c) => c.kind ?? ''));
    }

    // Boilerplate: characters.
    const pb = p?.boilerplate ?? [];
    {
      const goldChars = new Set<number>();
      for (const y of g.boilerplate ?? []) for (let i = y.start; i < y.end; i++) goldChars.add(i);
      let np = 0;
      let tp = 0;
      const spurious: number[] = [];
      const predChars = new Set<number>();
      for (const x of pb) {
        for (let i = x.start; i < x.end; i++) {
          np++;
          predChars.add(i);
          if (goldChars.has(i)) tp++;
          else spurious.push(i);
        }
      }
      counts.add(['boiler:all', `boiler:${lang}`], tp, np, goldChars.size);
      const textOf = (spans: GoldSpan[]) => (s: number, e: number) => {
        const holder = spans.find((x) => x.start <= s && e <= x.end);
        return holder ? holder.text.slice(s - holder.start, e - holder.start) : '';
      };
      const missedChars = [...goldChars].filter((i) => !predChars.has(i));
      for (const r of runs(missedChars, textOf(g.boilerplate ?? []))) errors.push({ area: 'boilerplate', type: 'missed', doc, ...r, detail: `${r.end - r.start} chars` });
      for (const r of runs(spurious, textOf(pb))) errors.push({ area: 'boilerplate', type: 'spurious', doc, ...r, detail: `${r.end - r.start} chars` });
    }
  }
  errors.push(...linkErrors(links));
  const figures = counts.figures();
  figures['link:all'] = pairwise(links, () => true);
  figures['link:crossdoc'] = pairwise(links, (a, b) => a.doc !== b.doc);
  figures['link:crosslang'] = pairwise(links, (a, b) => a.lang !== b.lang);
  return { figures, errors, docs: golds.length, missing, language };
}
