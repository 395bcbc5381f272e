/**
 * The page's Web Worker: every read, scan, score and write runs here, so the page never freezes.
 * Messages: { id, op: "open" | "scan" | "score", ... } in; { id, progress } while working, then
 * { id, ok: true, result } or { id, ok: false, message, code } out.
 */
import { packageSeam } from "./package-seam";
import { WebFileError } from "./seam";
import { WebSession } from "./session";
import type { WorkerReply, WorkerRequest } from "./protocol";

const session = new WebSession(packageSeam);
const post = (reply: WorkerReply, transfer: Transferable[] = []) =>
  (self as unknown as { postMessage(m: unknown, t: Transferable[]): void }).postMessage(reply, transfer);

/** Requests run one at a time, in order (a scan never overtakes the open it follows). */
let queue: Promise<void> = Promise.resolve();

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const req = e.data;
  queue = queue.then(() => handle(req));
};

async function handle(req: WorkerRequest): Promise<void> {
  const progress = (p: Parameters<NonNullable<Parameters<WebSession["open"]>[1]>>[0]) => post({ id: req.id, progress: p });
  try {
    if (req.op === "open") {
      const settings = await session.open(req.files, progress);
      progress({ step: "scan", done: 0, total: 1 });
      post({ id: req.id, ok: true, result: { op: "open", settings, scan: session.scan(settings), files: session.fileNames } });
    } else if (req.op === "scan") {
      post({ id: req.id, ok: true, result: { op: "scan", scan: session.scan(req.settings) } });
    } else {
      const scored = await session.score(req.settings, progress);
      const scan = session.scan(req.settings);
      post({ id: req.id, ok: true, result: { op: "score", ...scored, scan } }, [scored.workbook.buffer as ArrayBuffer]);
    }
  } catch (err) {
    const known = err instanceof WebFileError;
    const message = known ? err.message : `${(err as Error)?.name ?? "Error"}: ${(err as Error)?.message ?? String(err)}`;
    post({ id: req.id, ok: false, message, code: known ? err.code : err instanceof RangeError ? "tooLarge" : "internal" });
  }
}
