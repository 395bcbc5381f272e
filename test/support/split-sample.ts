/** The Lechang sample split into several workbooks (a county keeping its ledgers in several files). */
import * as path from "path";
import ExcelJS from "exceljs";

export const SAMPLE = path.resolve(__dirname, "../../assets/samples/lechang.xlsx");

/** The sample's sheets, three files' worth (by what a bureau keeps together). */
export const THREE_FILES: Record<string, string[]> = {
  "基本情况与村站.xlsx": ["基本情况与自评", "行政村清单", "站点台账"],
  "培训台账.xlsx": ["培训台账", "建档立卡贫困人口", "产业园入驻企业"],
  "资金与宣传.xlsx": ["资金台账", "报送记录", "专栏更新记录", "宣传报道", "经验材料报送"],
};

/** Writes one workbook per entry into `dir` (each keeping only its sheets); returns the paths. */
export async function splitSample(dir: string, files: Record<string, string[]> = THREE_FILES): Promise<string[]> {
  const out: string[] = [];
  for (const [name, sheets] of Object.entries(files)) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    for (const ws of [...wb.worksheets]) if (!sheets.includes(ws.name)) wb.removeWorksheet(ws.id);
    const file = path.join(dir, name);
    await wb.xlsx.writeFile(file);
    out.push(file);
  }
  return out;
}
