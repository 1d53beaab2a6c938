// Runs the engine off the request thread: a worker thread analyses queued texts one at a time.
// The server has two runners, one for open documents and one for the background index, so that
// indexing never delays an open document. A job cancelled before it starts is dropped; a job that
// runs too long restarts the worker. Without a worker script it analyses in-process.
import { Worker, parentPort } from 'node:worker_threads';
import type { CancellationToken } from 'vscode-languageserver';
import { analyzeArticle, type ArticleAnalysis } from './engine';

interface Job {
  id: number;
  text: string;
  token?: CancellationToken;
  resolve(analysis: ArticleAnalysis | undefined): void;
  reject(error: Error): void;
}

type WorkerReply = { id: number; analysis: ArticleAnalysis } | { id: number; error: string };

/** Longest an analysis may take before the worker is restarted and the job fails. */
const JOB_TIMEOUT_MS = 30_000;

export class AnalysisRunner {
  readonly #workerScript: string | undefined;
  #worker: Worker | undefined;
  #queue: Job[] = [];
  #running: Job | undefined;
  #timer: NodeJS.Timeout | undefined;
  #nextId = 1;
  readonly #log: (message: string) => void;

  /** `workerScript` is a script that calls serveAnalysisWorker() in a worker thread; none = in-process. */
  constructor(workerScript: string | undefined, log: (message: string) => void) {
    this.#workerScript = workerScript;
    this.#log = log;
  }

  /** The analysis of `text`, or undefined when the token was cancelled before the job ran. */
  analyze(text: string, token?: CancellationToken): Promise<ArticleAnalysis | undefined> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, text, token, resolve, reject });
      this.#pump();
    });
  }

  /** Starts the worker and runs the engine once, so that the first real analysis is not a cold one. */
  warmUp(): void {
    this.analyze('Warm-up\n\nPresiden Joko Widodo bertemu di Jakarta, 1 Januari 2024. Le président à Paris. الرئيس في القاهرة.').catch(() => undefined);
  }

  dispose(): void {
    for (const job of this.#queue) job.resolve(undefined);
    this.#queue = [];
    void this.#worker?.terminate();
    this.#worker = undefined;
  }

  #pump(): void {
    if (this.#running) return;
    let job = this.#queue.shift();
    while (job?.token?.isCancellationRequested) {
      job.resolve(undefined);
      job = this.#queue.shift();
    }
    if (!job) return;
    this.#running = job;
    const worker = this.#ensureWorker();
    if (worker) {
      this.#timer = setTimeout(() => this.#timeout(), JOB_TIMEOUT_MS);
      worker.postMessage({ id: job.id, text: job.text });
    } else {
      // In-process: yield first so that queued requests get their turn between analyses.
      setImmediate(() => {
        try {
          this.#finish({ id: job.id, analysis: analyzeArticle(job.text) });
        } catch (e) {
          this.#finish({ id: job.id, error: e instanceof Error ? e.message : String(e) });
        }
      });
    }
  }

  #finish(reply: WorkerReply): void {
    const job = this.#running;
    if (!job || job.id !== reply.id) return;
    clearTimeout(this.#timer);
    this.#running = undefined;
    if ('analysis' in reply) job.resolve(reply.analysis);
    else job.reject(new Error(reply.error));
    this.#pump();
  }

  #timeout(): void {
    const job = this.#running;
    if (!job) return;
    this.#log(`analysis took longer than ${JOB_TIMEOUT_MS} ms; restarting the analysis worker`);
    this.#dropWorker();
    this.#finish({ id: job.id, error: `the analysis took longer than ${JOB_TIMEOUT_MS / 1000} s and was stopped` });
  }

  #ensureWorker(): Worker | undefined {
    if (this.#worker || !this.#workerScript) return this.#worker;
    try {
      const worker = new Worker(this.#workerScript);
      worker.on('message', (reply: WorkerReply) => this.#finish(reply));
      worker.on('error', (e) => {
        this.#log(`analysis worker failed: ${e.message}`);
        this.#dropWorker();
        if (this.#running) this.#finish({ id: this.#running.id, error: `the analysis worker failed: ${e.message}` });
      });
      worker.unref();
      this.#worker = worker;
    } catch (e) {
      this.#log(`cannot start the analysis worker, analysing in-process: ${String(e)}`);
    }
    return this.#worker;
  }

  #dropWorker(): void {
    void this.#worker?.terminate();
    this.#worker = undefined;
  }
}

/** The worker thread's side: analyse each text it is sent. */
export function serveAnalysisWorker(): void {
  parentPort?.on('message', ({ id, text }: { id: number; text: string }) => {
    try {
      parentPort!.postMessage({ id, analysis: analyzeArticle(text) } satisfies WorkerReply);
    } catch (e) {
      parentPort!.postMessage({ id, error: e instanceof Error ? e.message : String(e) } satisfies WorkerReply);
    }
  });
}
