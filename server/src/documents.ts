// Per open document: the latest analysis, debounced after edits and superseded by newer versions.
// Requests wait for the analysis of the version they were made against; results of a version
// that is no longer current are never published.
import { CancellationTokenSource, type CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisRunner } from './analysisRunner';
import type { ArticleAnalysis } from './engine';
import { LineIndex } from './positions';
import type { Settings } from './settings';

interface ResultBase {
  uri: string;
  version: number;
  text: string;
  lines: LineIndex;
}
export interface AnalysedDocument extends ResultBase {
  kind: 'analysed';
  analysis: ArticleAnalysis;
}
/** A document the server does not analyse (too large, binary) or could not analyse (engine failure). */
export interface SkippedDocument extends ResultBase {
  kind: 'skipped';
  reason: string;
}
export type DocumentResult = AnalysedDocument | SkippedDocument;

interface Entry {
  version: number;
  text: string;
  timer?: NodeJS.Timeout;
  source: CancellationTokenSource;
  result?: Promise<DocumentResult | undefined>;
}

export class DocumentAnalyses {
  readonly #entries = new Map<string, Entry>();
  readonly #settled = new Map<string, DocumentResult>();
  readonly #runner: AnalysisRunner;
  readonly #settings: () => Settings;
  readonly #onAnalysed: (result: DocumentResult) => void;

  /** `onAnalysed` runs once per fresh result of a version that is still current. */
  constructor(runner: AnalysisRunner, settings: () => Settings, onAnalysed: (result: DocumentResult) => void) {
    this.#runner = runner;
    this.#settings = settings;
    this.#onAnalysed = onAnalysed;
  }

  /** Schedules the analysis of a new document version after the debounce delay. */
  schedule(doc: TextDocument, immediately = false): void {
    const current = this.#entries.get(doc.uri);
    // An open is followed by a content change of the same version: one analysis is enough.
    if (current?.version === doc.version) {
      if (immediately) void this.#start(doc.uri, current);
      return;
    }
    const entry = this.#replace(doc);
    if (immediately) void this.#start(doc.uri, entry);
    else entry.timer = setTimeout(() => this.#start(doc.uri, entry), this.#settings().debounceMs);
  }

  /** The result for exactly this document version (analysed now if it was still waiting), or undefined if superseded. */
  async get(doc: TextDocument, token?: CancellationToken): Promise<DocumentResult | undefined> {
    const version = doc.version;
    for (;;) {
      let entry = this.#entries.get(doc.uri);
      if (!entry || entry.version !== version) entry = this.#replace(doc);
      const result = await this.#start(doc.uri, entry);
      if (token?.isCancellationRequested) return undefined;
      // The same version was analysed again meanwhile (a settings change cancelled this run): wait for that.
      const current = this.#entries.get(doc.uri);
      if (!result && current !== entry && current?.version === version && doc.version === version) continue;
      return result;
    }
  }

  /** The newest finished result, whatever its version. */
  last(uri: string): DocumentResult | undefined {
    return this.#settled.get(uri);
  }

  remove(uri: string): void {
    const entry = this.#entries.get(uri);
    if (entry) this.#cancel(entry);
    this.#entries.delete(uri);
    this.#settled.delete(uri);
  }

  /** Analyses every open document again (after a settings change). */
  invalidateAll(docs: TextDocument[]): void {
    for (const doc of docs) {
      const entry = this.#entries.get(doc.uri);
      if (entry) this.#cancel(entry);
      this.#entries.delete(doc.uri);
      this.schedule(doc, true);
    }
  }

  #replace(doc: TextDocument): Entry {
    const old = this.#entries.get(doc.uri);
    if (old) this.#cancel(old);
    const entry: Entry = { version: doc.version, text: doc.getText(), source: new CancellationTokenSource() };
    this.#entries.set(doc.uri, entry);
    return entry;
  }

  #cancel(entry: Entry): void {
    clearTimeout(entry.timer);
    entry.source.cancel();
  }

  #start(uri: string, entry: Entry): Promise<DocumentResult | undefined> {
    clearTimeout(entry.timer);
    entry.result ??= this.#analyse(uri, entry).then((result) => {
      if (result && this.#entries.get(uri) === entry) {
        this.#settled.set(uri, result);
        this.#onAnalysed(result);
      }
      return result;
    });
    return entry.result;
  }

  async #analyse(uri: string, entry: Entry): Promise<DocumentResult | undefined> {
    const { version, text } = entry;
    const base = { uri, version, text, lines: LineIndex.of(text) };
    const refusal = refusalReason(text, this.#settings().maxDocumentSize);
    if (refusal) return { ...base, kind: 'skipped', reason: refusal };
    try {
      const analysis = await this.#runner.analyze(text, entry.source.token);
      return analysis ? { ...base, kind: 'analysed', analysis } : undefined;
    } catch (e) {
      const message = (e instanceof Error ? e.message : String(e)).slice(0, 200);
      return { ...base, kind: 'skipped', reason: `The analyser failed on this document: ${message}` };
    }
  }
}

/** Why a text is not analysed (too large, binary-looking), or undefined when it is fine. */
export function refusalReason(text: string, maxSize: number): string | undefined {
  if (text.length > maxSize) {
    return `Not analysed: the document has ${text.length} characters, more than newsAnnotator.maxDocumentSize (${maxSize}).`;
  }
  if (looksBinary(text)) return 'Not analysed: the document looks binary (control characters or undecodable bytes), not like an article.';
  return undefined;
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65_536);
  if (sample.includes('\0')) return true;
  const odd = sample.match(/[\u0001-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  return sample.length > 0 && odd / sample.length > 0.01;
}
