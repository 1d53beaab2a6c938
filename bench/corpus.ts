// Builds the benchmark corpus from the sample articles: many distinct articles in every sample
// language, made by recombining paragraphs of the same language (so the text stays real news text).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export interface SampleArticle {
  name: string;
  text: string;
  paragraphs: string[];
}

export async function readSamples(dir: string): Promise<SampleArticle[]> {
  const names = (await fs.readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(
    names.map(async (name) => {
      const text = await fs.readFile(path.join(dir, name), 'utf8');
      return { name, text, paragraphs: text.split('\n').filter((p) => p.trim().length > 80) };
    }),
  );
}

/** A small deterministic pseudo-random generator, so that every run benchmarks the same corpus. */
function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Article i: a sample's headline followed by a shuffled mix of its paragraphs and those of same-script samples. */
export function syntheticArticle(samples: SampleArticle[], i: number, targetChars: number): string {
  const random = seededRandom(i + 1);
  const base = samples[i % samples.length];
  const arabic = /[\u0600-\u06FF]/.test(base.text);
  const pool = samples.filter((s) => /[\u0600-\u06FF]/.test(s.text) === arabic && s.paragraphs.length);
  const lines = [base.text.split('\n')[0], ''];
  let size = lines[0].length;
  while (size < targetChars) {
    const from = pool[Math.floor(random() * pool.length)];
    const p = from.paragraphs[Math.floor(random() * from.paragraphs.length)];
    lines.push(p, '');
    size += p.length + 2;
  }
  return lines.join('\n');
}

/** Writes `count` articles of about `targetChars` characters into `dir` (reused when already complete). */
export async function writeCorpus(samples: SampleArticle[], dir: string, count: number, targetChars: number): Promise<string[]> {
  const files = Array.from({ length: count }, (_, i) => path.join(dir, `d${String(Math.floor(i / 1000)).padStart(2, '0')}`, `article-${String(i).padStart(5, '0')}.txt`));
  const marker = path.join(dir, `.complete-${count}-${targetChars}`);
  if (await fs.stat(marker).then(() => true, () => false)) return files;
  await fs.rm(dir, { recursive: true, force: true });
  for (let i = 0; i < count; i++) {
    if (i % 1000 === 0) await fs.mkdir(path.dirname(files[i]), { recursive: true });
    await fs.writeFile(files[i], syntheticArticle(samples, i, targetChars));
  }
  await fs.writeFile(marker, '');
  return files;
}

/** An article of about `words` words in one language, for the editing-latency measurement. */
export function longArticle(samples: SampleArticle[], sampleIndex: number, words: number): string {
  const random = seededRandom(42);
  const base = samples[sampleIndex];
  const lines = [base.text.split('\n')[0], ''];
  let count = 0;
  while (count < words) {
    const p = base.paragraphs[Math.floor(random() * base.paragraphs.length)];
    lines.push(p, '');
    count += p.split(/\s+/).length;
  }
  return lines.join('\n');
}
