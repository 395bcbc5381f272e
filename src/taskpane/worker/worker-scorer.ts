/**
 * A Scorer over the scoring Web Worker. webpack bundles score.worker.ts as its own file from the
 * `new Worker(new URL(…, import.meta.url))` below, and loads it from where the page's bundles are
 * (same origin, as a shared runtime requires).
 *
 * If the worker cannot start or dies (a host that forbids workers), every pending and later call
 * runs on the page instead: slower for a large workbook, never a pane that waits forever.
 */
import { wrap, type Remote } from "comlink";
import { pageScorer, type Scorer } from "../model/scorer";
import type { ScoringApi } from "./score.worker";

export function workerScorer(): Scorer {
  if (typeof Worker === "undefined") return pageScorer;
  let worker: Worker;
  try {
    // @ts-expect-error -- import.meta is for webpack, which bundles this module as an ES module; tsc checks the project as CommonJS.
    worker = new Worker(new URL("./score.worker.ts", import.meta.url), { name: "ecom-score" });
  } catch {
    return pageScorer;
  }
  const api: Remote<ScoringApi> = wrap<ScoringApi>(worker);
  let failed: ((e: unknown) => void)[] = [];
  let broken = false;
  worker.addEventListener("error", () => {
    broken = true;
    worker.terminate();
    const waiting = failed;
    failed = [];
    for (const f of waiting) f(new Error("scoring worker failed"));
  });
  /** The call in the worker; on the page if the worker is (or goes) down. */
  const call = <T>(inWorker: () => Promise<T>, onPage: () => Promise<T>): Promise<T> => {
    if (broken) return onPage();
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const fallback = () => {
        if (settled) return;
        settled = true;
        onPage().then(resolve, reject);
      };
      failed.push(fallback);
      inWorker().then(
        (v) => {
          if (settled) return;
          settled = true;
          failed = failed.filter((f) => f !== fallback);
          resolve(v);
        },
        (e) => {
          if (settled) return;
          settled = true;
          failed = failed.filter((f) => f !== fallback);
          reject(e);
        },
      );
    });
  };
  return {
    where: "worker",
    scan: (grids, settings) => call(() => api.scan(grids, settings), () => pageScorer.scan(grids, settings)),
    score: (grids, settings) => call(() => api.score(grids, settings), () => pageScorer.score(grids, settings)),
  };
}
