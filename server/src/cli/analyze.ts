import { analyzeCorpus } from '../engine';
import { readArticles, type ArticleFile, type ReadFailure } from './files';

/**
 * `analyze FILE_OR_DIR...`: one JSON object per article per line (the CLI contract in the README).
 * Returns the process exit code: 0 when every input was analysed, 1 when some failed.
 */
export async function runAnalyze(inputs: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const failures: ReadFailure[] = [];
  const articles: ArticleFile[] = [];
  for await (const article of readArticles(inputs, failures)) articles.push(article);
  const analyses = analyzeCorpus(articles.map((a) => ({ id: a.file, text: a.text })));
  for (const a of articles) {
    const r = analyses.get(a.file)!;
    out(
      JSON.stringify({
        file: a.file,
        lang: r.lang,
        entities: r.entities.map(({ start, end, text, label, entity }) => ({ start, end, text, label, entity })),
        dates: r.dates.map(({ start, end, text, value }) => ({ start, end, text, value })),
        claims: r.claims.map(({ start, end, text, kind, message }) => ({ start, end, text, kind, message })),
        boilerplate: r.boilerplate.map(({ start, end, text }) => ({ start, end, text })),
      }),
    );
  }
  for (const f of failures) err(`news-annotator: ${f.file}: ${f.message}`);
  return failures.length ? 1 : 0;
}
