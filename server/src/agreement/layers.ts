// Finds and reads the annotators' layer files of articles: `<article>.annotations.<layer>.json`.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { AnnotationFile } from '../store/schema';
import type { AnnotatedArticle, LayerSpan } from './report';

const LAYER_FILE = /^(.+)\.annotations\.([^.]+)\.json$/;

/** The layer name of an annotation file name, or undefined if it is not one. */
export function layerOf(fileName: string, articleName: string): string | undefined {
  const m = LAYER_FILE.exec(fileName);
  return m && m[1] === articleName ? m[2] : undefined;
}

/** Reads every layer of an article. Broken layer files are reported through `warn` and left out. */
export async function readArticleLayers(articlePath: string, text: string, warn: (message: string) => void): Promise<AnnotatedArticle> {
  const dir = path.dirname(articlePath);
  const name = path.basename(articlePath);
  const layers = new Map<string, LayerSpan[]>();
  for (const entry of (await fs.readdir(dir)).sort()) {
    const layer = layerOf(entry, name);
    if (!layer) continue;
    const file = path.join(dir, entry);
    try {
      layers.set(layer, parseLayer(await fs.readFile(file, 'utf8'), text.length));
    } catch (e) {
      warn(`${file}: ${(e as Error).message}; layer left out`);
    }
  }
  return { article: articlePath, text, layers };
}

function parseLayer(json: string, textLength: number): LayerSpan[] {
  const data = JSON.parse(json) as AnnotationFile;
  if (data?.schema !== 'news-annotator/annotations' || !Array.isArray(data.annotations)) throw new Error('not a news-annotator annotation file');
  return data.annotations
    .filter((a) => !a.orphaned && a.target && a.target.start >= 0 && a.target.end <= textLength && a.target.start < a.target.end)
    .map((a) => ({ start: a.target.start, end: a.target.end, label: a.label, entity: a.entity, verdict: a.verdict }));
}
