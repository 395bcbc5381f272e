/**
 * The browser harness page: a fake Office/Excel host over the Lechang grids (served as JSON by the
 * test), then the real task pane entry (src/taskpane/index.tsx) with the real ExcelHost.
 * `window.__fake` exposes the fake workbook to page.evaluate.
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
  await import("../../src/taskpane/index");
}

boot().catch((e) => {
  document.body.textContent = `harness failed: ${e instanceof Error ? e.stack : String(e)}`;
});
