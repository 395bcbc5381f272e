/**
 * The page's side of the worker. The worker's code is inlined in the page's bundle and started
 * from a blob URL: a worker from a file URL is refused when the page is opened as a local file,
 * a blob of the page's own making is not.
 */
import type { WorkbookSettings } from "../ledger/settings";
import type { ErrorCode, WorkerReply, WorkerRequest, WorkerResult } from "./protocol";
import type { DroppedFile, WebProgress } from "./session";

export class WorkError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode,
  ) {
    super(message);
  }
}

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

type Pending = { resolve: (r: WorkerResult) => void; reject: (e: WorkError) => void; onProgress?: (p: WebProgress) => void };

/** The worker died (a tab out of memory gives no other sign); the page says so in its language. */
const CRASHED = "worker stopped";

export class WorkerClient {
  private worker: Worker;
  private next = 1;
  private pending = new Map<number, Pending>();

  constructor(source: string) {
    const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
    this.worker = new Worker(url);
    this.worker.onmessage = (e: MessageEvent<WorkerReply>) => this.reply(e.data);
    this.worker.onerror = (e) => {
      e.preventDefault();
      // The reason stays in the console for whoever debugs it; the clerk gets one sentence.
      console.error(`ecom-score worker: ${e.message || "stopped"}`);
      this.failAll(new WorkError(CRASHED, "crashed"));
    };
  }

  private reply(r: WorkerReply): void {
    const p = this.pending.get(r.id);
    if (!p) return;
    if ("progress" in r) return p.onProgress?.(r.progress);
    this.pending.delete(r.id);
    if (r.ok) p.resolve(r.result);
    else p.reject(new WorkError(r.message, r.code));
  }

  private failAll(e: WorkError): void {
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  private call<T extends WorkerResult>(req: DistributiveOmit<WorkerRequest, "id">, onProgress?: (p: WebProgress) => void, transfer: Transferable[] = []): Promise<T> {
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (r: WorkerResult) => void, reject, ...(onProgress ? { onProgress } : {}) });
      this.worker.postMessage({ ...req, id }, transfer);
    });
  }

  open(files: DroppedFile[], onProgress?: (p: WebProgress) => void) {
    return this.call<Extract<WorkerResult, { op: "open" }>>(
      { op: "open", files },
      onProgress,
      files.map((f) => f.bytes.buffer as ArrayBuffer),
    );
  }

  scan(settings: WorkbookSettings) {
    return this.call<Extract<WorkerResult, { op: "scan" }>>({ op: "scan", settings });
  }

  score(settings: WorkbookSettings, onProgress?: (p: WebProgress) => void) {
    return this.call<Extract<WorkerResult, { op: "score" }>>({ op: "score", settings }, onProgress);
  }
}
