/** The messages between the page and its worker. */
import type { WorkbookSettings } from "../ledger/settings";
import type { ScoreReport } from "../scoring/report";
import type { WorkbookScan } from "../taskpane/model/scan";
import type { DroppedFile, WebProgress } from "./session";

export type WorkerRequest =
  { id: number; op: "open"; files: DroppedFile[] } | { id: number; op: "scan"; settings: WorkbookSettings } | { id: number; op: "score"; settings: WorkbookSettings };

export type WorkerResult =
  | { op: "open"; settings: WorkbookSettings; scan: WorkbookScan; files: string[] }
  | { op: "scan"; scan: WorkbookScan }
  | { op: "score"; report: ScoreReport; workbook: Uint8Array; fileName: string; scan: WorkbookScan };

export type ErrorCode = "tooLarge" | "unreadable" | "internal" | "crashed";

export type WorkerReply =
  { id: number; progress: WebProgress } | { id: number; ok: true; result: WorkerResult } | { id: number; ok: false; message: string; code: ErrorCode };
