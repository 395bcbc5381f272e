/** A batch worker thread: scores the files it is sent, one at a time, and posts each result back. */
import { parentPort } from "worker_threads";
import { scoreCounty } from "./batch-score";

parentPort?.on("message", (msg: { index: number; file: string; rubric?: string }) => {
  void scoreCounty(msg.file, msg.rubric).then((result) => parentPort?.postMessage({ index: msg.index, result }));
});
