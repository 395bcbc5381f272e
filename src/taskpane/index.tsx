/**
 * Task pane entry: once Office is ready, the pane over the Office.js adapter. In the shared runtime
 * this page also hosts the custom functions (taskpane.html loads functions.js before this bundle);
 * nothing here touches them. Opened outside Excel, the page says where it belongs.
 */
import { mountTaskpane } from "./mount";
import { ExcelHost } from "./office";
import { whenExcelReady } from "./office/ready";
import { workerScorer } from "./worker/worker-scorer";

const OUTSIDE_EXCEL = "请在 Excel 中打开“电商进农村考评”加载项。 / Open the Rural E-commerce Scoring add-in in Excel.";

function root(): HTMLElement | null {
  return document.getElementById("root");
}

function outsideExcel(): void {
  const el = root();
  if (el) el.textContent = OUTSIDE_EXCEL;
}

whenExcelReady(() => {
  const el = root();
  if (el) mountTaskpane(el, new ExcelHost(), workerScorer());
}, outsideExcel);
