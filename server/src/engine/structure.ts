import type { ArticleStructure, Block, LangCode } from './types';

/** Splits an article into line blocks; the first non-empty line is the headline. */
export function parseStructure(text: string, _lang: LangCode): ArticleStructure {
  const blocks: Block[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const line = m[0];
    const lead = line.length - line.trimStart().length;
    const body = line.trim();
    if (!body) continue;
    const start = m.index! + lead;
    blocks.push({ start, end: start + body.length, text: body, kind: blocks.length === 0 ? 'headline' : 'paragraph' });
  }
  return { blocks, headline: blocks[0] ?? null, lead: blocks[1] ?? null, quotes: [], dateline: null, boilerplate: [] };
}
