/**
 * The browser harness page: a fake Office/Excel host over the Lechang grids (served as JSON by the
 * test), then the real task pane entry (src/taskpane/index.tsx) with the real ExcelHost and its
 * scoring Web Worker. `window.__fake` exposes the fake workbook to page.evaluate; `window.__workers`
 * counts, per worker the page starts, the messages it answered (the page's Worker is wrapped
 * before the pane loads, nothing else changes).
 */
import type { WorkbookGrids } from "../../src/core/grid";
import { FakeExcel, installFakeOffice } from "../fakes/fake-excel";

async function boot(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const res = await fetch(params.get("grids") ?? "grids.json");
  // jsonSafeGrids in Node: dates as Excel serial numbers, which is what Excel holds.
  const grids = (await res.json()) as WorkbookGrids;
  const fake = FakeExcel.fromGrids(grids);
  installFakeOffice(window, fake, { displayLanguage: params.get("lang") ?? "zh-CN" });
  (window as unknown as { __fake: FakeExcel }).__fake = fake;
  recordWorkers();
  await import("../../src/taskpane/index");
}

interface WorkerRecord {
  url: string;
  replies: number;
  errors: number;
}

function recordWorkers(): void {
  const records: WorkerRecord[] = [];
  (window as unknown as { __workers: WorkerRecord[] }).__workers = records;
  const Native = window.Worker;
  class RecordedWorker extends Native {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      const rec: WorkerRecord = { url: String(url), replies: 0, errors: 0 };
      records.push(rec);
      this.addEventListener("message", () => rec.replies++);
      this.addEventListener("error", () => rec.errors++);
    }
  }
  window.Worker = RecordedWorker;
}

boot().catch((e) => {
  document.body.textContent = `harness failed: ${e instanceof Error ? e.stack : String(e)}`;
});
