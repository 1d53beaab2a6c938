// The workspace index's cache file: JSON Lines, a header line (format, engine version), then one
// article per line. An article is its summary in a compact encoding (numbers in flat arrays, each
// string once per article): ~2 KB a line. Written and read a line at a time: a workspace of
// thousands of articles never becomes one huge string in memory.
import { createReadStream, promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import type { ArticleSummary, DatedSentence, Mention, Span } from './articleSummary';
import type { EntityLabel } from './engine';

const CACHE_FORMAT = 3;
/** The cache header line must fit in this many bytes (an older single-line cache does not, and is ignored). */
const HEADER_BYTES = 4096;
/** Cache lines are written, and read, in chunks of about this many characters (bytes). */
const CHUNK = 1 << 20;
const LABELS: readonly EntityLabel[] = ['PER', 'LOC', 'ORG'];
/** Numbers per mention and per dated sentence in the flat arrays of a line. */
const MENTION_FIELDS = 6;
const DATED_FIELDS = 6;

/** What the index keeps of a file: the stat it was read at, its line starts and its summary. */
export interface CachedArticle {
  mtimeMs: number;
  size: number;
  length: number;
  lineStarts: number[];
  summary: ArticleSummary;
}

interface CacheHeader {
  format: number;
  engine: string;
}

/** [path, mtimeMs, size, length, lineStarts, lang, headline, lead, boilerplate, strings, mentions, dated sentences] */
type CacheLine = [string, number, number, number, number[], string, number[] | null, number[] | null, number[], string[], number[], number[]];

/** The cached articles by path; empty when the file is missing, of another format or engine. Strings go through `share`. */
export async function readIndexCache(file: string, engine: string, share: (s: string) => string, log: (message: string) => void): Promise<Map<string, CachedArticle>> {
  const out = new Map<string, CachedArticle>();
  try {
    const header = await readHeader(file);
    if (!header || header.format !== CACHE_FORMAT || header.engine !== engine) return out;
    const lines = readline.createInterface({ input: createReadStream(file, { start: header.bytes, encoding: 'utf8', highWaterMark: CHUNK }), crlfDelay: Infinity });
    let unreadable = 0;
    for await (const line of lines) {
      if (!line) continue;
      try {
        const [article, entry] = decodeLine(JSON.parse(line) as CacheLine, share);
        out.set(article, entry);
      } catch {
        unreadable++;
      }
    }
    if (unreadable) log(`index cache: ${unreadable} unreadable entries ignored (those articles are analysed again)`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') log(`index cache unreadable, rebuilding: ${String(e)}`);
  }
  return out;
}

/** Writes the cache to a temporary file, then renames it over the old one. */
export async function writeIndexCache(file: string, engine: string, entries: Iterable<[string, CachedArticle]>): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.mkdir(path.dirname(file), { recursive: true });
  const handle = await fs.open(temporary, 'w');
  try {
    const header: CacheHeader = { format: CACHE_FORMAT, engine };
    let chunk = JSON.stringify(header) + '\n';
    for (const [article, entry] of entries) {
      chunk += JSON.stringify(encodeLine(article, entry)) + '\n';
      if (chunk.length >= CHUNK) {
        await handle.write(chunk);
        chunk = '';
      }
    }
    await handle.write(chunk);
  } finally {
    await handle.close();
  }
  await fs.rename(temporary, file);
}

function encodeLine(article: string, { mtimeMs, size, length, lineStarts, summary }: CachedArticle): CacheLine {
  const strings: string[] = [];
  const indexes = new Map<string, number>();
  const at = (s: string): number => {
    let i = indexes.get(s);
    if (i === undefined) indexes.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const mentions = summary.entities.flatMap((m) => [m.start, m.end, LABELS.indexOf(m.label), at(m.text), at(m.entity), at(m.canonical)]);
  const dated = summary.datedSentences.flatMap(({ date, sentence }) => [date.start, date.end, at(date.text), at(date.value), sentence.start, sentence.end]);
  const pair = (s: Span | null) => s && [s.start, s.end];
  const boilerplate = summary.boilerplate.flatMap((b) => [b.start, b.end]);
  return [article, mtimeMs, size, length, lineStarts, summary.lang, pair(summary.headline), pair(summary.lead), boilerplate, strings, mentions, dated];
}

function decodeLine(line: CacheLine, share: (s: string) => string): [string, CachedArticle] {
  const [article, mtimeMs, size, length, lineStarts, lang, headline, lead, boilerplate, stringsAsRead, mentions, dated] = line;
  const strings = stringsAsRead.map(share);
  // Arrays of exactly their length (one grown by push holds up to half as much again).
  const entities = Array.from({ length: mentions.length / MENTION_FIELDS }, (_, k): Mention => {
    const i = k * MENTION_FIELDS;
    const label = LABELS[mentions[i + 2]];
    if (!label) throw new Error(`unknown label ${mentions[i + 2]}`);
    return { start: mentions[i], end: mentions[i + 1], text: strings[mentions[i + 3]], label, entity: strings[mentions[i + 4]], canonical: strings[mentions[i + 5]] };
  });
  const datedSentences: DatedSentence[] = [];
  for (let i = 0; i < dated.length; i += DATED_FIELDS) {
    datedSentences.push({ date: { start: dated[i], end: dated[i + 1], text: strings[dated[i + 2]], value: strings[dated[i + 3]] }, sentence: { start: dated[i + 4], end: dated[i + 5] } });
  }
  const span = (pair: number[] | null): Span | null => pair && { start: pair[0], end: pair[1] };
  const spans: Span[] = [];
  for (let i = 0; i < boilerplate.length; i += 2) spans.push({ start: boilerplate[i], end: boilerplate[i + 1] });
  const summary: ArticleSummary = { lang: share(lang), entities, headline: span(headline), lead: span(lead), boilerplate: spans, datedSentences };
  return [article, { mtimeMs, size, length, lineStarts, summary }];
}

/** The cache file's header line and its length in bytes, or undefined when the first line is not a header. */
async function readHeader(file: string): Promise<(CacheHeader & { bytes: number }) | undefined> {
  const handle = await fs.open(file, 'r');
  try {
    const buffer = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEADER_BYTES, 0);
    const newline = buffer.subarray(0, bytesRead).indexOf(10);
    if (newline < 0) return undefined;
    const header = JSON.parse(buffer.toString('utf8', 0, newline)) as CacheHeader;
    return { format: header.format, engine: header.engine, bytes: newline + 1 };
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}
