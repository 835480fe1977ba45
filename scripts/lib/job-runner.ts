/**
 * Runs `extract` jobs in a worker thread with a time limit per job. A page
 * that takes longer is stopped (the worker is terminated, a fresh one takes
 * the next file), so one hostile file cannot hang the command.
 */
import { Worker } from 'node:worker_threads';
import type { ExtractJob, ExtractJobResult } from './extract-job.ts';

/**
 * How long the command line gives one file unless told otherwise: a news page takes about a second under jsdom, a
 * minute means something is wrong with the page. The benchmarks give Lucid the same budget, so that what they score
 * is what the command line prints, and a machine loaded by other work does not turn a long page into a failure
 * (the pipeline's own 15 s default is made for a browser tab, several times faster than jsdom).
 */
export const DEFAULT_TIMEOUT_SECONDS = 60;

/**
 * Worker threads start without the TypeScript loader the command runs under;
 * this bootstrap registers it, and the hooks that import `.csl?raw` style files
 * as text (as Vite does in the extension), then loads the worker module.
 */
function workerSource(): string {
  const workerUrl = new URL('./extract-worker.ts', import.meta.url).href;
  const textAssetsUrl = new URL('./text-assets.mjs', import.meta.url).href;
  return [
    `import('node:module').then((module) => module.register(${JSON.stringify(textAssetsUrl)}))`,
    `.then(() => import('tsx/esm/api')).then((api) => { api.register(); return import(${JSON.stringify(workerUrl)}); });`,
  ].join('');
}

/**
 * A roomy stack: jsdom builds, clones and removes nodes recursively, and a
 * page nested thousands of levels deep overflows Node's default stack.
 */
const WORKER_STACK_MB = 256;

export class JobRunner {
  private worker: Worker | undefined;

  constructor(private readonly timeoutMs: number) {}

  private start(): Worker {
    this.worker ??= new Worker(workerSource(), { eval: true, resourceLimits: { stackSizeMb: WORKER_STACK_MB } });
    return this.worker;
  }

  run(job: ExtractJob): Promise<ExtractJobResult> {
    const worker = this.start();
    return new Promise((resolve) => {
      const finish = (result: ExtractJobResult) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(result);
      };
      const onMessage = (result: ExtractJobResult) => finish(result);
      const onError = (error: Error) => {
        this.worker = undefined;
        finish({ ok: false, failure: { code: 'failed', message: `Something went wrong while reading ${job.file}: ${error.message}` } });
      };
      const onExit = () => {
        this.worker = undefined;
        finish({ ok: false, failure: { code: 'failed', message: `Reading ${job.file} stopped unexpectedly (out of memory?).` } });
      };
      const timer = setTimeout(() => {
        this.worker = undefined;
        worker.off('exit', onExit);
        void worker.terminate();
        const seconds = Math.round(this.timeoutMs / 1000);
        finish({
          ok: false,
          failure: { code: 'timeout', message: `Reading ${job.file} took longer than ${seconds} s, so it was stopped. Try --timeout with more seconds.` },
        });
      }, this.timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}
