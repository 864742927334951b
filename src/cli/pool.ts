// Worker threads for `--jobs N`: each runs this same bundle (dist/cli.js), analysing and
// rendering articles (only the output text crosses back); articles go to the least busy one,
// and a worker that dies fails only its articles.
import { availableParallelism, cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { render, type Job, type Rendered, type Renderer } from './cli';

export const cores = (): number => (typeof availableParallelism === 'function' ? availableParallelism() : cpus().length) || 1;

/**
 * Workers when `--jobs` is not given: one per core beyond the first (the main thread reads,
 * and writes in order), none with 2 cores or fewer, where they measured slower (README, "Scale").
 */
export const defaultJobs = (): number => (cores() > 2 ? cores() - 1 : 1);

interface Pending { resolve: (a: Rendered) => void; reject: (e: unknown) => void }

/** The body of a worker thread: analyses and renders what it is sent (only the output text crosses back). */
export function serveAnalyses(port: import('node:worker_threads').MessagePort): void {
  port.on('message', (m: { id: number; job: Job }) => {
    try {
      port.postMessage({ id: m.id, rendered: render(m.job) });
    } catch (err) {
      port.postMessage({ id: m.id, error: (err as Error)?.message ?? String(err) });
    }
  });
}

export function startPool(file: string, n: number): { render: Renderer; close: () => Promise<void> } {
  const workers = Array.from({ length: n }, () => {
    const w = new Worker(file, { workerData: { articleLensWorker: true } });
    const pending = new Map<number, Pending>();
    const fail = (err: unknown): void => { for (const p of pending.values()) p.reject(err); pending.clear(); };
    w.on('message', (m: { id: number; rendered?: Rendered; error?: string }) => {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (m.error !== undefined) p.reject(new Error(m.error));
      else p.resolve(m.rendered!);
    });
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`an analysis worker stopped (exit code ${code})`)));
    return { w, pending };
  });
  let next = 0;
  return {
    render: (job) => new Promise<Rendered>((resolve, reject) => {
      // The least busy worker.
      const x = workers.reduce((best, cur) => (cur.pending.size < best.pending.size ? cur : best));
      const id = next++;
      x.pending.set(id, { resolve, reject });
      x.w.postMessage({ id, job });
    }),
    close: async () => { await Promise.all(workers.map((x) => x.w.terminate())); },
  };
}
