import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** File endings the CLI treats as articles when it walks a directory. */
export const ARTICLE_EXTENSIONS = ['.txt', '.news'];

export interface ArticleFile {
  file: string;
  text: string;
}

export interface ReadFailure {
  file: string;
  message: string;
}

/** Expands files and directories (recursively) into article paths, in a stable order. */
export async function expandArticlePaths(inputs: string[], failures: ReadFailure[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch {
      failures.push({ file: input, message: 'no such file or directory' });
      continue;
    }
    if (stat.isDirectory()) out.push(...(await walk(input)));
    else out.push(input);
  }
  return out;
}

/** The readable articles among `inputs` (files, and directories walked), in a stable order; the rest go to `failures`. */
export async function* readArticles(inputs: string[], failures: ReadFailure[]): AsyncGenerator<ArticleFile> {
  for (const file of await expandArticlePaths(inputs, failures)) {
    const read = await readArticle(file);
    if ('text' in read) yield read;
    else failures.push(read);
  }
}

async function walk(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile() && ARTICLE_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) out.push(p);
  }
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Largest article the tools accept; larger files are reported, not analysed. */
const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

/**
 * Reads an article as UTF-8 text. Returns an error message instead of text for files that are
 * too large, binary (contain NUL bytes) or not valid UTF-8.
 */
export async function readArticle(file: string): Promise<ArticleFile | ReadFailure> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    return { file, message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  }
  return decodeArticle(file, bytes);
}

export function decodeArticle(file: string, bytes: Uint8Array): ArticleFile | ReadFailure {
  if (bytes.length > MAX_ARTICLE_BYTES) return { file, message: `too large (${bytes.length} bytes; the limit is ${MAX_ARTICLE_BYTES})` };
  if (bytes.includes(0)) return { file, message: 'binary file (contains NUL bytes), not an article' };
  try {
    return { file, text: utf8.decode(bytes) };
  } catch {
    return { file, message: 'not valid UTF-8 text' };
  }
}
