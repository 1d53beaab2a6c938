// Code lens on the first mention of each entity in the article: how widely it is covered.
import type { CodeLens } from 'vscode-languageserver';
import type { Corpus } from './corpus';
import type { AnalysedDocument } from './documents';
import { languagesOf } from './corpus';
import { plural } from './markdown';
import { SHOW_REFERENCES_COMMAND } from './protocol';

export function provideCodeLenses(doc: AnalysedDocument, corpus: Corpus): CodeLens[] {
  const seen = new Set<string>();
  const out: CodeLens[] = [];
  const mentions = [...doc.analysis.entities].sort((a, b) => a.start - b.start);
  for (const mention of mentions) {
    const key = corpus.keyOf(doc.uri, mention);
    if (seen.has(key)) continue;
    seen.add(key);
    const refs = corpus.mentionsOf(key);
    const articles = new Set(refs.map((r) => r.article.uri)).size;
    const title = `${plural(refs.length, 'mention')} · ${plural(articles, 'article')} · ${plural(languagesOf(refs).length, 'language')}`;
    const range = doc.lines.rangeOf(mention.start, mention.end);
    out.push({ range, command: { title, command: SHOW_REFERENCES_COMMAND, arguments: [doc.uri, range.start] } });
  }
  return out;
}
