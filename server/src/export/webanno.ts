// W3C Web Annotation (JSON-LD): an array of Annotation objects, each targeting its article with a
// TextQuoteSelector and a TextPositionSelector (in code points, as the model counts characters), and a
// tagging body with the label; entity links, dates, claim kinds, verdicts and notes are further bodies.
import { makeTarget } from '../store/anchor';
import type { ExportDocument } from './collect';
import { codePointOffsets } from './offsets';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

type Body = { type: 'TextualBody' | 'SpecificResource'; purpose: string; value?: string; source?: string };

export function toWebAnnotation(documents: ExportDocument[]): string {
  const annotations = documents.flatMap((doc) => {
    const cp = codePointOffsets(doc.text);
    return doc.spans.map((s) => {
      const quote = makeTarget(doc.text, s.start, s.end);
      const body: Body[] = [{ type: 'TextualBody', purpose: 'tagging', value: s.label }];
      if (s.entity) body.push({ type: 'SpecificResource', purpose: 'identifying', source: `urn:news-annotator:entity:${encodeURIComponent(s.entity)}` });
      if (s.label === 'DATE' && s.value) body.push({ type: 'TextualBody', purpose: 'describing', value: s.value });
      if (s.claimKind) body.push({ type: 'TextualBody', purpose: 'classifying', value: s.claimKind });
      if (s.verdict) body.push({ type: 'TextualBody', purpose: 'assessing', value: s.verdict });
      if (s.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: s.note });
      return {
        '@context': ANNO_CONTEXT,
        id: `urn:news-annotator:${encodeURIComponent(doc.name)}:${encodeURIComponent(s.id)}`,
        type: 'Annotation',
        motivation: 'tagging',
        ...(s.created ? { created: s.created } : {}),
        ...(s.annotator ? { creator: { type: 'Person', nickname: s.annotator } } : { creator: { type: 'Software', name: 'news-annotator' } }),
        body,
        target: {
          source: doc.name,
          selector: [
            { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
            { type: 'TextPositionSelector', start: cp(s.start), end: cp(s.end) },
          ],
        },
      };
    });
  });
  return JSON.stringify(annotations, null, 2) + '\n';
}
