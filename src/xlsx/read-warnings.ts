/**
 * What the reader noticed, as the one line the CLI prints and the report carries (a diagnostic):
 * shared by the CLI and the web page so both say it, and both scored copies hold it, alike.
 */
import type { XlsxRead } from "./read-workbook";

/** One warning per sheet with formula cells that have no saved result ("中文 / English"). */
export function readWarnings(read: Pick<XlsxRead, "noResult">): string[] {
  return read.noResult.map(
    ({ sheet, count }) =>
      `工作表“${sheet}”有 ${count} 个公式没有保存计算结果，按空白读取；请在 Excel 中打开并保存后再试。` +
      ` / Sheet "${sheet}": ${count} formula cell(s) have no saved result and are read as blank; open and save the file in Excel first.`,
  );
}
