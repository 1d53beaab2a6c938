// Writes imported annotations into the store under a target folder. Never writes outside that folder,
// never replaces an article with different text, never overwrites an existing annotation.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ARTICLE_EXTENSIONS, readArticle } from '../cli/files';
import { readStamped, writeAtomic } from '../store/atomicFile';
import { layerOf } from '../store/format';
import type { Annotation } from '../store/schema';
import { AnnotationStore, createAnnotation } from '../store/store';
import {
  parseBrat,
  parseJsonl,
  parseLabelStudio,
  type ImportedDocument,
  type ImportFormat,
  type ImportProblem,
  type ImportedSpan,
  type Parsed,
} from './importers';

export interface ImportReport {
  articles: number;
  added: number;
  /** Spans already in the store with the same label and details. */
  duplicates: number;
  problems: ImportProblem[];
}

/** Reads the files to import (brat: `.ann` files or folders holding `.ann` + `.txt` pairs). */
export async function readImportFiles(format: ImportFormat, inputs: string[]): Promise<Parsed> {
  const parsed: Parsed = { documents: [], problems: [] };
  for (const input of inputs) {
    try {
      if (format === 'brat') {
        const stat = await fs.stat(input);
        const anns = stat.isDirectory()
          ? (await fs.readdir(input)).filter((n) => n.endsWith('.ann')).sort().map((n) => path.join(input, n))
          : [input];
        for (const ann of anns) {
          const txt = ann.replace(/\.ann$/, '.txt');
          const article = await readArticle(txt);
          if (!('text' in article)) {
            parsed.problems.push({ where: txt, message: article.message });
            continue;
          }
          const name = path.basename(txt);
          parsed.documents.push(parseBrat(name, article.text, await fs.readFile(ann, 'utf8'), parsed.problems));
        }
      } else {
        const content = await fs.readFile(input, 'utf8');
        const one = format === 'labelstudio' ? parseLabelStudio(input, content) : parseJsonl(input, content);
        parsed.documents.push(...one.documents);
        parsed.problems.push(...one.problems);
      }
    } catch (e) {
      parsed.problems.push({ where: input, message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
    }
  }
  return parsed;
}

/**
 * Where an imported article goes inside `into`, or a reason to refuse: names from the data must be
 * relative paths without `..`; a name without an article extension gets `.txt`.
 */
export function articleDestination(into: string, name: string): string | { refused: string } {
  if (!name || name.includes('\0')) return { refused: 'empty or invalid file name' };
  const segments = name.split(/[\\/]+/);
  if (path.isAbsolute(name) || /^[a-zA-Z]:/.test(name) || name.startsWith('\\') || segments.includes('..')) {
    return { refused: `file name '${name}' points outside the target folder` };
  }
  const relative = segments.filter((s) => s && s !== '.').join(path.sep);
  const withExtension = ARTICLE_EXTENSIONS.includes(path.extname(relative).toLowerCase()) ? relative : `${relative}.txt`;
  const root = path.resolve(into);
  const destination = path.resolve(root, withExtension);
  if (!destination.startsWith(root + path.sep)) return { refused: `file name '${name}' points outside the target folder` };
  return destination;
}

const sameSpan = (a: Annotation, s: ImportedSpan) => a.target.start === s.start && a.target.end === s.end;
const sameDetails = (a: Annotation, s: ImportedSpan) =>
  a.label === s.label && a.entity === s.entity && (a.value ?? undefined) === (s.value ?? undefined) && a.claimKind === s.claimKind && a.verdict === s.verdict && a.note === s.note;

/** Adds the documents' annotations to the annotator's layer of each article under `into`. */
export async function importDocuments(documents: ImportedDocument[], annotator: string, into: string, problems: ImportProblem[] = []): Promise<ImportReport> {
  const report: ImportReport = { articles: 0, added: 0, duplicates: 0, problems };
  const store = new AnnotationStore();
  const layerName = layerOf(annotator);
  const seen = new Set<string>();
  for (const doc of documents) {
    const destination = articleDestination(into, doc.name);
    if (typeof destination !== 'string') {
      problems.push({ where: doc.name, message: `${destination.refused}; not imported` });
      continue;
    }
    if (seen.has(destination)) {
      problems.push({ where: doc.name, message: 'the same article appears twice in the import; the first one was used' });
      continue;
    }
    seen.add(destination);
    const existing = await readStamped(destination);
    if (existing && existing.text !== doc.text) {
      problems.push({ where: doc.name, message: `${destination} already exists with different text; not imported (nothing overwritten)` });
      continue;
    }
    if (!existing) {
      await fs.mkdir(path.dirname(destination), { recursive: true });
      await writeAtomic(destination, doc.text);
    }
    try {
      const layer = await store.open(destination, layerName);
      const created = new Date().toISOString();
      await store.edit(layer, (data) => {
        for (const span of doc.spans) {
          const onSpan = data.annotations.filter((a) => sameSpan(a, span) && a.label === span.label);
          if (onSpan.some((a) => sameDetails(a, span))) {
            report.duplicates++;
            continue;
          }
          if (onSpan.length) {
            problems.push({ where: doc.name, message: `${span.label} ${span.start}-${span.end} is already annotated with other details; the existing annotation is kept` });
            continue;
          }
          const { start, end, ...fields } = span;
          data.annotations.push(createAnnotation(doc.text, start, end, { ...fields, origin: 'manual', annotator, created }));
          report.added++;
        }
      });
      report.articles++;
    } catch (e) {
      problems.push({ where: doc.name, message: (e as Error).message });
    }
  }
  return report;
}
