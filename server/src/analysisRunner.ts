// Runs the engine off the request thread: a worker thread analyses queued texts one at a time.
// The server has a runner for open documents and one for the background index, so that indexing
// never delays an open document by more than the job in hand: the index also hands its jobs, as
// background jobs, to the open documents' worker, which serves them only when no document waits.
// A job cancelled before it is handed to the worker is dropped; a job that runs too long restarts
// the worker. The index runner hands the worker its next job before the current one ends, so that
// the worker never waits for the main thread. Without a worker script it analyses in-process.
import { Worker, parentPort } from 'node:worker_threads';
import type { CancellationToken } from 'vscode-languageserver';
import { detachedSummary, type ArticleSummary } from './articleSummary';
import { readArticle } from './cli/files';
import { refusalReason } from './documents';
import { analyzeArticle, type ArticleAnalysis } from './engine';
import { computeLineStarts } from './positions';

/** What a worker is asked: analyse a text (an open document), or read and summarise a file (the index). */
type Task = { kind: 'analyze'; text: string } | { kind: 'index'; file: string; maxDocumentSize: number };

/** An indexed file: its summary and line starts, or why it is not indexed. */
export type IndexedFile = { summary: ArticleSummary; lineStarts: number[]; length: number } | { skipped: string };

interface Job {
  id: number;
  task: Task;
  /** Background jobs (the index) wait while a foreground job (an open document) is queued. */
  background: boolean;
  token?: CancellationToken;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

type WorkerReply = { id: number; result: unknown } | { id: number; error: string };

/** Background jobs a worker may hold at once, whatever its depth: the index keeps every worker busy. */
const BACKGROUND_DEPTH = 2;
/** Longest an analysis may take before the worker is restarted and the job fails. */
const JOB_TIMEOUT_MS = 30_000;
/**
 * Young-generation size of each analysis worker (smaller than V8 default). An analysis allocates much short-lived
 * data; a smaller nursery is swept more often but keeps each worker ~15-20 MB smaller while the workspace is
 * indexed (measured: cold index of 10,000 articles, peak RSS 521-524 -> 489-498 MB, same time).
 */
const WORKER_YOUNG_GENERATION_MB = 8;

export class AnalysisRunner {
  readonly #workerScript: string | undefined;
  #worker: Worker | undefined;
  #queue: Job[] = [];
  /** Jobs handed to the worker, oldest first: it answers them in this order (an index job reading its file may be overtaken). */
  #posted: Job[] = [];
  readonly #depth: number;
  #timer: NodeJS.Timeout | undefined;
  #nextId = 1;
  readonly #log: (message: string) => void;

  /**
   * `workerScript` is a script that calls serveAnalysisWorker() in a worker thread; none = in-process.
   * `depth` is how many jobs the worker may hold at once: 1 lets a newer edit cancel a waiting job,
   * 2 keeps a worker that is fed a stream of jobs busy (background jobs always have 2).
   */
  constructor(workerScript: string | undefined, log: (message: string) => void, depth = 1) {
    this.#workerScript = workerScript;
    this.#log = log;
    this.#depth = depth;
  }

  /** The analysis of `text`, or undefined when the token was cancelled before the job ran. */
  analyze(text: string, token?: CancellationToken): Promise<ArticleAnalysis | undefined> {
    return this.#run({ kind: 'analyze', text }, false, token) as Promise<ArticleAnalysis | undefined>;
  }

  /** A file of the workspace index, read and summarised by the worker (a background job). */
  indexFile(file: string, maxDocumentSize: number): Promise<IndexedFile | undefined> {
    return this.#run({ kind: 'index', file, maxDocumentSize }, true) as Promise<IndexedFile | undefined>;
  }

  #run(task: Task, background: boolean, token?: CancellationToken): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const job: Job = { id: this.#nextId++, task, background, token, resolve, reject };
      // A foreground job goes ahead of every background job still queued.
      const at = background ? -1 : this.#queue.findIndex((j) => j.background);
      this.#queue.splice(at < 0 ? this.#queue.length : at, 0, job);
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

  /** Ends the worker if it has no job (it starts again at the next one): its memory goes back to the system. */
  release(): void {
    if (this.load === 0) this.#dropWorker();
  }

  dispose(): void {
    for (const job of [...this.#posted, ...this.#queue]) job.resolve(undefined);
    this.#posted = [];
    this.#queue = [];
    void this.#worker?.terminate();
    this.#worker = undefined;
  }

  #pump(): void {
    for (;;) {
      while (this.#queue[0]?.token?.isCancellationRequested) this.#queue.shift()!.resolve(undefined);
      const job = this.#queue[0];
      if (!job || this.#posted.length >= (job.background ? Math.max(this.#depth, BACKGROUND_DEPTH) : this.#depth)) return;
      this.#queue.shift();
      this.#posted.push(job);
      if (this.#posted.length === 1) this.#armTimer();
      const worker = this.#ensureWorker();
      if (worker) {
        worker.postMessage({ id: job.id, task: job.task });
      } else {
        // In-process: yield first so that queued requests get their turn between analyses.
        const { id, task } = job;
        setImmediate(() => void runTask(id, task).then((reply) => this.#finish(reply)));
      }
    }
  }

  /** The oldest posted job gets JOB_TIMEOUT_MS from when the worker can start it. */
  #armTimer(): void {
    clearTimeout(this.#timer);
    if (this.#posted.length) this.#timer = setTimeout(() => this.#timeout(), JOB_TIMEOUT_MS);
  }

  /** A reply to a posted job (the oldest, but an index job reading its file may be overtaken). */
  #finish(reply: WorkerReply): void {
    const at = this.#posted.findIndex((j) => j.id === reply.id);
    if (at < 0) return;
    const [job] = this.#posted.splice(at, 1);
    if (at === 0) this.#armTimer();
    if ('result' in reply) job.resolve(reply.result);
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
      const worker = new Worker(this.#workerScript, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
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

/**
 * Runners used as one, each job going to the least loaded (the first of equally loaded ones): the
 * index and the export CLI use a worker per core.
 */
export class RunnerPool {
  readonly #runners: AnalysisRunner[];

  constructor(runners: AnalysisRunner[]) {
    this.#runners = runners;
  }

  analyze(text: string): Promise<ArticleAnalysis | undefined> {
    return this.#leastLoaded().analyze(text);
  }

  indexFile(file: string, maxDocumentSize: number): Promise<IndexedFile | undefined> {
    return this.#leastLoaded().indexFile(file, maxDocumentSize);
  }

  #leastLoaded(): AnalysisRunner {
    return this.#runners.reduce((best, r) => (r.load < best.load ? r : best));
  }

  dispose(): void {
    for (const runner of this.#runners) runner.dispose();
  }
}

/** Runs a task; the reply says what came of it. */
async function runTask(id: number, task: Task): Promise<WorkerReply> {
  try {
    return { id, result: task.kind === 'analyze' ? analyzeArticle(task.text) : await indexFile(task.file, task.maxDocumentSize) };
  } catch (e) {
    return { id, error: e instanceof Error ? e.message : String(e) };
  }
}

async function indexFile(file: string, maxDocumentSize: number): Promise<IndexedFile> {
  const read = await readArticle(file);
  if (!('text' in read)) return { skipped: read.message };
  const refusal = refusalReason(read.text, maxDocumentSize);
  if (refusal) return { skipped: refusal };
  const summary = detachedSummary(analyzeArticle(read.text));
  return { summary, lineStarts: computeLineStarts(read.text), length: read.text.length };
}

/** The worker thread's side: run each task it is sent. */
export function serveAnalysisWorker(): void {
  parentPort?.on('message', ({ id, task }: { id: number; task: Task }) => void runTask(id, task).then((reply) => parentPort!.postMessage(reply)));
}
