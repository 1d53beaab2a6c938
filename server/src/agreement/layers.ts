// Finds and reads the layer files of articles (`<article>.annotations.<layer>.json`) for the agreement
// report, with the store's own file-name rules and parser, so there is one reading of the format.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseAnnotationFile, parseLayerFilePath } from '../store/format';
import { anchorAnnotations } from '../store/store';
import type { AnnotatedArticle, LayerSpan } from './report';

/** Every layer file beside an article, by layer name (sorted). */
export async function discoverLayerFiles(articlePath: string): Promise<Map<string, string>> {
  const dir = path.dirname(articlePath);
  const article = path.basename(articlePath);
  const found = new Map<string, string>();
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return found;
  }
  for (const name of names.sort()) {
    const file = path.join(dir, name);
    const parsed = parseLayerFilePath(file);
    if (parsed && path.basename(parsed.article) === article) found.set(parsed.layer, file);
  }
  return found;
}

/**
 * Reads every layer of an article, re-anchored to its current text (orphaned annotations left out).
 * Broken layer files are reported through `warn` and left out.
 */
export async function readArticleLayers(articlePath: string, text: string, warn: (message: string) => void): Promise<AnnotatedArticle> {
  const layers = new Map<string, LayerSpan[]>();
  for (const [layer, file] of await discoverLayerFiles(articlePath)) {
    try {
      const data = parseAnnotationFile(await fs.readFile(file, 'utf8'));
      anchorAnnotations(data, text);
      layers.set(
        layer,
        data.annotations
          .filter((a) => !a.orphaned)
          .map((a) => ({ start: a.target.start, end: a.target.end, label: a.label, entity: a.entity, verdict: a.verdict })),
      );
    } catch (e) {
      warn(`${file}: ${(e as Error).message}; layer left out`);
    }
  }
  return { article: articlePath, text, layers };
}
