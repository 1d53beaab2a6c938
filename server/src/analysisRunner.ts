// Runs the engine off the request thread: a worker thread analyses queued texts one at a time.
// The server has two runners, one for open documents and one for the background index, so that
// indexing never delays an open document. A job cancelled before it is handed to the worker is
// dropped; a job that runs too long restarts the worker. The index runner hands the worker its next
// job before the current one ends, so that the worker never waits for the main thread. Without a
// worker script it analyses in-process.
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
  /** Jobs handed to the worker, oldest first: it answers them in this order. */
  #posted: Job[] = [];
  readonly #depth: number;
  #timer: NodeJS.Timeout | undefined;
  #nextId = 1;
  readonly #log: (message: string) => void;

  /**
   * `workerScript` is a script that calls serveAnalysisWorker() in a worker thread; none = in-process.
   * `depth` is how many jobs the worker may hold at once: 1 lets a newer edit cancel a waiting job,
   * 2 keeps a worker that is fed a stream of jobs (the index) busy.
   */
  constructor(workerScript: string | undefined, log: (message: string) => void, depth = 1) {
    this.#workerScript = workerScript;
    this.#log = log;
    this.#depth = depth;
  }

  /** The analysis of `text`, or undefined when the token was cancelled before the job ran. */
  analyze(text: string, token?: CancellationToken): Promise<ArticleAnalysis | undefined> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, text, token, resolve, reject });
      this.#pump();
    });
  }

  /** Jobs waiting or handed to the worker. */
  get load(): number {
    return this.#queue.length + this.#posted.length;
  }

  /** Starts the worker and runs the engine once, so that the first real analysis is not a cold one. */
  warmUp(): void {
    this.analyze('Warm-up\n\nPresiden Joko Widodo bertemu di Jakarta, 1 Januari 2024. Le président à Paris. الرئيس في القاهرة.').catch(() => undefined);
  }

  dispose(): void {
    for (const job of [...this.#posted, ...this.#queue]) job.resolve(undefined);
    this.#posted = [];
    this.#queue = [];
    void this.#worker?.terminate();
    this.#worker = undefined;
  }

  #pump(): void {
    while (this.#posted.length < this.#depth) {
      let job = this.#queue.shift();
      while (job?.token?.isCancellationRequested) {
        job.resolve(undefined);
        job = this.#queue.shift();
      }
      if (!job) return;
      this.#posted.push(job);
      if (this.#posted.length === 1) this.#armTimer();
      const worker = this.#ensureWorker();
      if (worker) {
        worker.postMessage({ id: job.id, text: job.text });
      } else {
        // In-process: yield first so that queued requests get their turn between analyses.
        const { id, text } = job;
        setImmediate(() => {
          try {
            this.#finish({ id, analysis: analyzeArticle(text) });
          } catch (e) {
            this.#finish({ id, error: e instanceof Error ? e.message : String(e) });
          }
        });
      }
    }
  }

  /** The oldest posted job gets JOB_TIMEOUT_MS from when the worker can start it. */
  #armTimer(): void {
    clearTimeout(this.#timer);
    if (this.#posted.length) this.#timer = setTimeout(() => this.#timeout(), JOB_TIMEOUT_MS);
  }

  #finish(reply: WorkerReply): void {
    const job = this.#posted[0];
    if (!job || job.id !== reply.id) return;
    this.#posted.shift();
    this.#armTimer();
    if ('analysis' in reply) job.resolve(reply.analysis);
    else job.reject(new Error(reply.error));
    this.#pump();
  }

  /** Fails the oldest posted job; the others go back to the front of the queue for a new worker. */
  #failOldest(error: string): void {
    const [job, ...others] = this.#posted;
    if (!job) return;
    this.#posted = [];
    clearTimeout(this.#timer);
    this.#queue.unshift(...others);
    job.reject(new Error(error));
    this.#pump();
  }

  #timeout(): void {
    if (!this.#posted.length) return;
    this.#log(`analysis took longer than ${JOB_TIMEOUT_MS} ms; restarting the analysis worker`);
    this.#dropWorker();
    this.#failOldest(`the analysis took longer than ${JOB_TIMEOUT_MS / 1000} s and was stopped`);
  }

  #ensureWorker(): Worker | undefined {
    if (this.#worker || !this.#workerScript) return this.#worker;
    try {
      const worker = new Worker(this.#workerScript);
      worker.on('message', (reply: WorkerReply) => this.#finish(reply));
      worker.on('error', (e) => {
        this.#log(`analysis worker failed: ${e.message}`);
        this.#dropWorker();
        this.#failOldest(`the analysis worker failed: ${e.message}`);
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

/** Runners used as one, each job going to the least loaded: the index uses a worker per core (up to a few). */
export class RunnerPool {
  readonly #runners: AnalysisRunner[];

  constructor(runners: AnalysisRunner[]) {
    this.#runners = runners;
  }

  analyze(text: string, token?: CancellationToken): Promise<ArticleAnalysis | undefined> {
    return this.#runners.reduce((best, r) => (r.load < best.load ? r : best)).analyze(text, token);
  }

  dispose(): void {
    for (const runner of this.#runners) runner.dispose();
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
