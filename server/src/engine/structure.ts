// Article layout: line blocks (headline, lead, subheadings, paragraphs, residue), quotations with their
// attribution, and the dateline.
import { canBeHeadline, COUNTED_WORDS, findBoilerplate } from './boilerplate';
import { countWords, splitLines, wordsOf } from './lines';
import type { ArticleStructure, Block, BlockKind, LangCode, Quote, TextSpan } from './types';

/** Longest line, in words, that can be a subheading. */
const MAX_SUBHEADING_WORDS = 14;
/** What a sentence ends with (the last unit of a line: all are single units). */
const SENTENCE_END = new Set('.!?…:;,"\'”»)]؟،؛');

function isTitleCase(line: string): boolean {
  const words = wordsOf(line).filter((w) => w.length > 3);
  if (!words.length) return true;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.6;
}

/** Short line (of `words` words, counted up to COUNTED_WORDS) without final punctuation; in cased scripts also Title Case (or very short). */
function isSubheading(line: string, words: number): boolean {
  if (words > MAX_SUBHEADING_WORDS || SENTENCE_END.has(line[line.length - 1])) return false;
  if (!/[\p{Lu}\p{Ll}]/u.test(line)) return true; // uncased script (Arabic): shortness and no full stop suffice
  return words <= 6 || isTitleCase(line);
}

// Datelines open the first paragraphs: "PARIS (AFP) -", "Moskow, Suarathailand-", "MOSKOW, 14 Januari 2025 -",
// "دمشق - ", "موسكو (رويترز) -".
const LATIN_DATELINE =
  /^\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){0,2}(?:,\s*(?:le\s+)?[\p{Lu}\p{N}][\p{L}\p{N}./]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}./]*){0,3}|\s*\([\p{L}\p{N}\s.,/]{1,30}\))?\s*[-–—]+(?=\s+\p{L})/u;
const ARABIC_DATELINE = /^[\p{Script=Arabic}]+(?: [\p{Script=Arabic}]+)?(?:\s*\([^)\n]{1,30}\))?\s*[-–—]+(?=\s+\p{L})/u;

/** A dateline opens one of the first three paragraphs (the lead included). */
const DATELINE_PARAGRAPHS = 3;

function findDateline(blocks: Block[]): TextSpan | null {
  let paragraphs = 0;
  for (const b of blocks) {
    if (b.kind !== 'lead' && b.kind !== 'paragraph') continue;
    const m = LATIN_DATELINE.exec(b.text) ?? ARABIC_DATELINE.exec(b.text);
    if (m) return { start: b.start, end: b.start + m[0].length, text: m[0] };
    if (++paragraphs === DATELINE_PARAGRAPHS) break;
  }
  return null;
}

/** The characters QUOTE_PAIRS starts with: a block without one holds no quote. */
const QUOTE_OPENING = /[“«„"]/;
const QUOTE_PAIRS = /“([^“”\n]{2,2000})”|«([^«»\n]{2,2000})»|„([^„“”\n]{2,2000})[“”]|"([^"\n]{2,2000})"/gu;
// Speaker after the quote: ", kata SANA", ", a déclaré le ministre", "، قال المتحدث".
const SPEAKER_AFTER =
  /^\s*[,.،]?\s*(?:kata|ujar|ucap|tutur|ungkap|tambah|imbuh|tegas|jelas|said|says|added|told|a déclaré|a dit|a ajouté|a affirmé|a indiqué|a précisé|a souligné|selon|قال|قالت|أكد|أكدت|أضاف|أضافت|أفاد|أفادت|أوضح|أوضحت|بحسب|حسب)\s+([^,.;:\n“”"«»،؛]{1,80})/u;
// Speaker before the quote: "Sumber di pemerintah Moskow menyatakan, “…", "Le ministre a déclaré : « … »".
const SPEAKER_BEFORE =
  /([^.!?\n“”"«»:،]{1,120}?)\s+(?:menyatakan|mengatakan|berkata|menegaskan|menambahkan|said|says|told|a déclaré|a dit|a affirmé|a ajouté|a souligné|déclare|affirme)\s*[,:]?\s*$/u;
const ARABIC_SPEAKER_BEFORE = /(?:قال|قالت|أكد|أكدت|أضاف|أضافت|أفاد|أفادت|أوضح|أوضحت|صرح|صرحت)\s+([^:«“"،.]{1,80}?)\s*[:،]?\s*$/u;

/** How far before and after a quote its speaker is looked for. */
const SPEAKER_WINDOW = 160;

// Where a speaker phrase after a quote stops: place, time or addressee ("kata Sugiono di Jakarta, Rabu").
const SPEAKER_TAIL = /\s(?:di|kepada|dalam|pada|saat|ketika|à|lors|dans|devant|au|in|at|to|on|during|في|خلال|أمام|ل)\s.*$/u;

function attributionOf(text: string, quoteStart: number, quoteEnd: number, line: Block): TextSpan | undefined {
  const after = text.slice(quoteEnd, Math.min(line.end, quoteEnd + SPEAKER_WINDOW));
  const a = SPEAKER_AFTER.exec(after);
  if (a) {
    const name = a[1].replace(SPEAKER_TAIL, '').trim();
    const start = quoteEnd + a.index + a[0].length - a[1].length + (a[1].length - a[1].trimStart().length);
    return { start, end: start + name.length, text: name };
  }
  const from = Math.max(line.start, quoteStart - SPEAKER_WINDOW);
  const before = text.slice(from, quoteStart);
  const b = SPEAKER_BEFORE.exec(before) ?? ARABIC_SPEAKER_BEFORE.exec(before);
  if (b) {
    const name = b[1].trim();
    const start = from + b.index + b[0].indexOf(b[1]) + (b[1].length - b[1].trimStart().length);
    return { start, end: start + name.length, text: name };
  }
  return undefined;
}

function findQuotes(text: string, blocks: Block[]): Quote[] {
  const quotes: Quote[] = [];
  for (const block of blocks) {
    if (block.kind === 'boilerplate' || !QUOTE_OPENING.test(block.text)) continue;
    for (const m of block.text.matchAll(QUOTE_PAIRS)) {
      const start = block.start + m.index!;
      const end = start + m[0].length;
      const attribution = attributionOf(text, start, end, block);
      quotes.push(attribution ? { start, end, text: m[0], attribution } : { start, end, text: m[0] });
    }
  }
  return quotes;
}

/** Splits an article into line blocks and finds its headline, lead, quotes, dateline and page residue. */
export function parseStructure(text: string, _lang?: LangCode): ArticleStructure {
  const lines = splitLines(text);
  const lineWords = lines.map((line) => countWords(line.text, COUNTED_WORDS));
  const boilerplate = findBoilerplate(text, lines, lineWords);
  // A residue span from a line's start to its end makes the line residue; one that starts it but stops
  // short (a "Publié le" label before a date) only keeps the line from being the headline.
  const residueEnd = new Map(boilerplate.map((b) => [b.start, b.end]));
  const blocks: Block[] = [];
  let headline: Block | null = null;
  let lead: Block | null = null;
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    let kind: BlockKind;
    const end = residueEnd.get(line.start);
    if (end === line.end) kind = 'boilerplate';
    else if (!headline && end === undefined && canBeHeadline(line.text)) kind = 'headline';
    else if (!headline) kind = 'paragraph'; // text above the headline, e.g. a date line
    else if (isSubheading(line.text, lineWords[l])) kind = 'subheading';
    else kind = lead ? 'paragraph' : 'lead';
    const block: Block = { start: line.start, end: line.end, text: line.text, kind };
    if (kind === 'headline') headline = block;
    if (kind === 'lead') lead = block;
    blocks.push(block);
  }
  return { blocks, headline, lead, quotes: findQuotes(text, blocks), dateline: findDateline(blocks), boilerplate };
}
