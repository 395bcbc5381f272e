/**
 * The add-in's wait for Office: calls `inExcel` once Office.js is ready inside Excel, `elsewhere`
 * when the page is opened outside Excel (a browser, another Office host). The one place the entry
 * touches the Office global, so the rest of the pane never does.
 */
export function whenExcelReady(inExcel: () => void, elsewhere: () => void): void {
  if (typeof Office === "undefined") return elsewhere();
  void Office.onReady((info) => (info.host === Office.HostType.Excel ? inExcel() : elsewhere()));
}
