import { readArticleLayers } from '../agreement/layers';
import { AGREEMENT_LABELS, computeAgreement, type AgreementReport, type AnnotatedArticle, type SpanScores } from '../agreement/report';
import { readArticles, type ReadFailure } from './files';

const GROUPINGS = ['label', 'article', 'annotator-pair'] as const;
export type AgreementGrouping = (typeof GROUPINGS)[number];
export const isAgreementGrouping = (v: unknown): v is AgreementGrouping => GROUPINGS.includes(v as AgreementGrouping);

/** `agreement [--by label|article|annotator-pair] [--json] FILE_OR_DIR...` */
export async function runAgreement(args: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let by: AgreementGrouping = 'annotator-pair';
  let json = false;
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--json') json = true;
    else if (args[i] === '--by') {
      const v = args[++i];
      if (!isAgreementGrouping(v)) {
        err(`news-annotator agreement: --by takes label, article or annotator-pair, not '${v ?? ''}'`);
        return 2;
      }
      by = v;
    } else inputs.push(args[i]);
  }
  if (!inputs.length) {
    err('news-annotator agreement: give at least one file or directory');
    return 2;
  }
  const { report, failed } = await agreementOver(inputs, err);
  if (json) out(JSON.stringify(report));
  else formatReport(report, by).forEach((l) => out(l));
  return failed ? 1 : 0;
}

/**
 * The agreement report over the annotated articles among `inputs` (files and directories). Each problem
 * (a broken layer file, an unreadable input) goes to `warn` as one line; `failed` says an input was unreadable.
 */
export async function agreementOver(inputs: string[], warn: (line: string) => void): Promise<{ report: AgreementReport; failed: boolean }> {
  const failures: ReadFailure[] = [];
  const articles: AnnotatedArticle[] = [];
  for await (const { file, text } of readArticles(inputs, failures)) {
    articles.push(await readArticleLayers(file, text, (m) => warn(`news-annotator: ${m}`)));
  }
  for (const f of failures) warn(`news-annotator: ${f.file}: ${f.message}`);
  return { report: computeAgreement(articles.filter((a) => a.layers.size > 0)), failed: failures.length > 0 };
}

const num = (x: number | null) => (x === null ? '  n/a' : x.toFixed(3));
const prf = (s: SpanScores) => `P ${num(s.precision)}  R ${num(s.recall)}  F1 ${num(s.f1)}  (${s.matched}/${s.reference} ref, ${s.compared} cmp)`;

export function formatReport(r: AgreementReport, by: AgreementGrouping): string[] {
  const lines = [`${r.annotators.length} annotators (${r.annotators.join(', ') || 'none'}), ${r.articles} articles, ${r.tokens} tokens`];
  lines.push(`Krippendorff's alpha (nominal, token IOB): ${num(r.alpha)}`);
  if (by === 'label') {
    for (const l of AGREEMENT_LABELS) {
      lines.push(`${l.padEnd(6)} alpha ${num(r.alphaPerLabel[l])}`);
      for (const p of r.pairs) lines.push(`  ${p.a} vs ${p.b}: kappa ${num(p.perLabel[l].kappa)}  ${prf(p.perLabel[l].spans)}`);
    }
  } else if (by === 'article') {
    for (const a of r.perArticle) lines.push(`${a.article}: alpha ${num(a.alpha)}  annotators ${a.annotators.join(', ')}`);
  } else {
    for (const p of r.pairs) {
      lines.push(`${p.a} (reference) vs ${p.b}: ${p.articles} shared articles`);
      lines.push(`  spans  ${prf(p.spans)}`);
      lines.push(`  tokens Cohen's kappa ${num(p.kappa)}`);
      lines.push(`  entity links agree ${p.linkAgreement === null ? 'n/a' : (100 * p.linkAgreement).toFixed(1) + '%'}; claim verdicts kappa ${num(p.verdictKappa)} over ${p.verdictPairs} claims`);
    }
  }
  return lines;
}
