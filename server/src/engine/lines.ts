import type { TextSpan } from './types';

/** The non-blank lines of a text, each trimmed of surrounding white space (NBSP included). */
export function splitLines(text: string): TextSpan[] {
  const lines: TextSpan[] = [];
  for (const m of text.matchAll(/[^\r\n]+/g)) {
    const raw = m[0];
    const body = raw.trim();
    if (!body) continue;
    const start = m.index! + (raw.length - raw.trimStart().length);
    lines.push({ start, end: start + body.length, text: body });
  }
  return lines;
}

/** Words of a line: runs of letters, digits and joining marks (fast; no Intl.Segmenter). */
export function wordsOf(s: string): string[] {
  return s.match(/[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’\-]*/gu) ?? [];
}
