/**
 * The names of the sheets the tool writes into a workbook. A module of its own so that what only
 * needs the names (the Office.js adapter, the settings reader) does not load the ledger reader.
 */
export const OUTPUT_SHEETS = ["考评指标自评表", "评分明细", "诊断信息", "_ecom_fingerprint", "抽查清单"];
export const SETTINGS_SHEET = "_ecom_settings";

export function isOwnSheet(name: string): boolean {
  return OUTPUT_SHEETS.includes(name) || name === SETTINGS_SHEET;
}
