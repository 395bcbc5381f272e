/**
 * A Scorer over the scoring Web Worker. webpack bundles score.worker.ts as its own file from the
 * `new Worker(new URL(…, import.meta.url))` below, and loads it from where the page's bundles are
 * (same origin, as a shared runtime requires). The pane's own bundle holds none of the scoring
 * code: it is the worker's.
 *
 * If the worker cannot start or dies, the calls waiting for it fail with a sentence the pane shows
 * (never a pane that waits forever), and the next call starts a new worker.
 */
import { wrap, type Remote } from "comlink";
import type { Scorer } from "../model/scorer";
import type { ScoringApi } from "./score.worker";

const FAILED = "评分进程未能运行，请关闭任务窗格后重试 / The scoring process failed: close the task pane and try again";

interface Running {
  worker: Worker;
  api: Remote<ScoringApi>;
  /** Rejects the calls in progress when the worker fails. */
  waiting: Set<(e: Error) => void>;
}

export function workerScorer(): Scorer {
  let running: Running | undefined;
  const start = (): Running => {
    // @ts-expect-error -- import.meta is for webpack, which bundles this module as an ES module; tsc checks the project as CommonJS.
    const worker = new Worker(new URL("./score.worker.ts", import.meta.url), { name: "ecom-score" });
    const r: Running = { worker, api: wrap<ScoringApi>(worker), waiting: new Set() };
    worker.addEventListener("error", (ev) => {
      ev.preventDefault();
      worker.terminate();
      if (running === r) running = undefined;
      const message = ev.message ? `${FAILED}（${ev.message}）` : FAILED;
      for (const fail of r.waiting) fail(new Error(message));
    });
    return r;
  };
  const call = <T>(work: (api: Remote<ScoringApi>) => Promise<T>): Promise<T> => {
    let r: Running;
    try {
      r = running ??= start();
    } catch (e) {
      return Promise.reject(new Error(`${FAILED}（${e instanceof Error ? e.message : String(e)}）`));
    }
    return new Promise<T>((resolve, reject) => {
      r.waiting.add(reject);
      work(r.api).then(
        (v) => {
          r.waiting.delete(reject);
          resolve(v);
        },
        (e) => {
          r.waiting.delete(reject);
          reject(e);
        },
      );
    });
  };
  return {
    where: "worker",
    scan: (grids, settings) => call((api) => api.scan(grids, settings)),
    score: (grids, settings) => call((api) => api.score(grids, settings)),
  };
}
