// Inter-annotator agreement over annotation layers: span P/R/F per annotator pair, Cohen's kappa
// per pair and Krippendorff's alpha over all annotators, both over token IOB labels. The tokens are the
// CoNLL export's, cut at every annotated span edge, so that every span is made of whole tokens.
import { tokenize, type Token } from '../export/tokenize';
import { groupBy } from '../groupBy';
import type { AnnotationLabel, ClaimVerdict } from '../store/schema';
import { cohenKappa, krippendorffAlphaNominal, type ReliabilityUnit } from './coefficients';

export interface LayerSpan {
  start: number;
  end: number;
  label: AnnotationLabel;
  entity?: string;
  verdict?: ClaimVerdict;
}

/** One article and the layers of the annotators who have worked on it (absent = not seen: missing data). */
export interface AnnotatedArticle {
  article: string;
  text: string;
  layers: Map<string, LayerSpan[]>;
}

export const AGREEMENT_LABELS: AnnotationLabel[] = ['PER', 'LOC', 'ORG', 'DATE', 'CLAIM'];

export interface SpanScores {
  precision: number;
  recall: number;
  f1: number;
  reference: number;
  compared: number;
  matched: number;
}

export interface PairAgreement {
  /** Reference annotator (its spans are the gold side of precision/recall). */
  a: string;
  b: string;
  articles: number;
  spans: SpanScores;
  kappa: number | null;
  perLabel: Record<string, { spans: SpanScores; kappa: number | null }>;
  /** Share of matched entity spans that both annotators linked to the same entity key. */
  linkAgreement: number | null;
  /** Cohen's kappa over the verdicts of claims both annotators marked (overlapping spans). */
  verdictKappa: number | null;
  verdictPairs: number;
}

export interface AgreementReport {
  annotators: string[];
  articles: number;
  tokens: number;
  alpha: number | null;
  alphaPerLabel: Record<string, number | null>;
  pairs: PairAgreement[];
  perArticle: { article: string; annotators: string[]; alpha: number | null }[];
}

/** The tokens of an article, cut at the edges of every annotator's spans. */
export function articleTokens(text: string, layers: Iterable<LayerSpan[]>): Token[] {
  return tokenize(text, [...layers].flatMap((spans) => spans.flatMap((s) => [s.start, s.end])));
}

/**
 * IOB2 label of each token (sorted, as tokenize gives them) for the given spans; the first span wins
 * where spans overlap. `only` restricts to one label, so that per-label agreement is measured on that
 * label against the rest.
 */
export function iobLabels(tokens: { start: number; end: number }[], spans: LayerSpan[], only?: AnnotationLabel): string[] {
  const out = tokens.map(() => 'O');
  const sorted = [...spans].filter((s) => (only ? s.label === only : s.label !== 'CLAIM')).sort((x, y) => x.start - y.start);
  let from = 0; // the first token starting at or after the span; spans come by start, so it only moves on
  for (const s of sorted) {
    while (from < tokens.length && tokens[from].start < s.start) from++;
    let first = true;
    for (let i = from; i < tokens.length && tokens[i].end <= s.end; i++) {
      if (out[i] !== 'O') continue;
      out[i] = `${first ? 'B' : 'I'}-${s.label}`;
      first = false;
    }
  }
  return out;
}

function spanScores(reference: LayerSpan[], compared: LayerSpan[]): SpanScores {
  const key = (s: LayerSpan) => `${s.start}:${s.end}:${s.label}`;
  const ref = new Set(reference.map(key));
  const matched = new Set(compared.map(key).filter((k) => ref.has(k))).size;
  const precision = compared.length ? matched / compared.length : reference.length ? 0 : 1;
  const recall = reference.length ? matched / reference.length : compared.length ? 0 : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, reference: reference.length, compared: compared.length, matched };
}

const overlaps = (x: LayerSpan, y: LayerSpan) => x.start < y.end && y.start < x.end;

/** Computes the agreement report; the `curated` layer is not an annotator and is left out. */
export function computeAgreement(articles: AnnotatedArticle[], isAnnotator = (layer: string) => layer !== 'curated'): AgreementReport {
  const annotators = [...new Set(articles.flatMap((a) => [...a.layers.keys()].filter(isAnnotator)))].sort();
  const tokenized = articles.map((a) => ({ ...a, tokens: articleTokens(a.text, [...a.layers].filter(([layer]) => isAnnotator(layer)).map(([, spans]) => spans)) }));
  const units = (only?: AnnotationLabel, subset = tokenized): ReliabilityUnit[] =>
    subset.flatMap((a) => {
      const perCoder = annotators.map((c) => {
        const spans = a.layers.get(c);
        return spans ? iobLabels(a.tokens, spans, only) : null;
      });
      return a.tokens.map((_, i) => perCoder.map((labels) => (labels ? labels[i] : null)));
    });

  const pairs: PairAgreement[] = [];
  for (let i = 0; i < annotators.length; i++)
    for (let j = i + 1; j < annotators.length; j++) pairs.push(pairAgreement(annotators[i], annotators[j], tokenized));

  return {
    annotators,
    articles: articles.length,
    tokens: tokenized.reduce((n, a) => n + a.tokens.length, 0),
    alpha: krippendorffAlphaNominal(units()),
    alphaPerLabel: Object.fromEntries(AGREEMENT_LABELS.map((l) => [l, krippendorffAlphaNominal(units(l))])),
    pairs,
    perArticle: tokenized.map((a) => ({
      article: a.article,
      annotators: annotators.filter((c) => a.layers.has(c)),
      alpha: krippendorffAlphaNominal(units(undefined, [a])),
    })),
  };
}

function pairAgreement(a: string, b: string, articles: (AnnotatedArticle & { tokens: { start: number; end: number }[] })[]): PairAgreement {
  const shared = articles.filter((x) => x.layers.has(a) && x.layers.has(b));
  const spansOf = (c: string, label?: AnnotationLabel) =>
    shared.flatMap((x, i) => x.layers.get(c)!.filter((s) => !label || s.label === label).map((s) => ({ ...s, doc: i })));
  const docSpans = (c: string, label?: AnnotationLabel) => spansOf(c, label).map((s) => ({ ...s, start: s.start + s.doc * 1e9, end: s.end + s.doc * 1e9 }));
  const tokenPairs = (only?: AnnotationLabel) =>
    shared.flatMap((x) => {
      const la = iobLabels(x.tokens, x.layers.get(a)!, only);
      const lb = iobLabels(x.tokens, x.layers.get(b)!, only);
      return la.map((v, i): [string, string] => [v, lb[i]]);
    });

  const perLabel: PairAgreement['perLabel'] = {};
  for (const l of AGREEMENT_LABELS) perLabel[l] = { spans: spanScores(docSpans(a, l), docSpans(b, l)), kappa: cohenKappa(tokenPairs(l)) };

  const isEntity = (s: LayerSpan) => s.label !== 'CLAIM' && s.label !== 'DATE';
  const spanKey = (s: LayerSpan) => `${s.start}:${s.end}`;
  const entitiesB = new Map<string, LayerSpan>();
  for (const y of docSpans(b).filter(isEntity)) if (!entitiesB.has(spanKey(y))) entitiesB.set(spanKey(y), y);
  const linked = docSpans(a)
    .filter(isEntity)
    .map((x) => [x, entitiesB.get(spanKey(x))] as const)
    .filter(([x, y]) => y && x.entity && y.entity);
  // Claims only overlap within one article: look for b's claim among that article's claims.
  const claimsB = groupBy(spansOf(b, 'CLAIM'), (y) => y.doc);
  const verdicts = spansOf(a, 'CLAIM')
    .map((x): [string | null, string | null] => [x.verdict ?? null, claimsB.get(x.doc)?.find((y) => overlaps(x, y))?.verdict ?? null])
    .filter(([x, y]) => x !== null && y !== null);

  return {
    a,
    b,
    articles: shared.length,
    spans: spanScores(docSpans(a), docSpans(b)),
    kappa: cohenKappa(tokenPairs()),
    perLabel,
    linkAgreement: linked.length ? linked.filter(([x, y]) => x.entity === y!.entity).length / linked.length : null,
    verdictKappa: cohenKappa(verdicts),
    verdictPairs: verdicts.length,
  };
}
