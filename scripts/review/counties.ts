/**
 * A folder of generated county workbooks for the batch command's test and benchmark: the Lechang
 * sample varied per county (its name, fewer stations, a shorter training ledger, one county with a
 * safety incident — a veto), and optionally one broken file among them.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { lechangSheets } from "../sample/lechang";
import { writeWorkbook, type SheetSpec } from "../lib/grid-xlsx";

export interface GeneratedCounty {
  file: string;
  county: string;
  vetoed: boolean;
}

/** Keeps the header rows (up to `headerRow`) and `keep` of the data rows. */
function trim(s: SheetSpec, keep: number): SheetSpec {
  const head = (s.headerRow ?? 0) + 1;
  return { ...s, rows: [...s.rows.slice(0, head), ...s.rows.slice(head, head + keep)] };
}

export async function writeCounties(
  dir: string,
  count: number,
  options: { broken?: boolean; poorRows?: number } = {},
): Promise<{ counties: GeneratedCounty[]; broken?: string }> {
  await fs.mkdir(dir, { recursive: true });
  const base = lechangSheets();
  const counties: GeneratedCounty[] = [];
  for (let i = 0; i < count; i++) {
    const county = `示范县${String(i + 1).padStart(2, "0")}`;
    const vetoed = i === 3;
    const sheets = base.map((s): SheetSpec => {
      if (s.name === "基本情况与自评") {
        const rows = s.rows.map((r) => r.slice());
        for (const r of rows) {
          if (r[0] === "县（市、区）名称") r[1] = county;
          if (r[0] === "发生安全生产、质量事故或重大损失" && vetoed) r[1] = "是";
        }
        return { ...s, rows };
      }
      if (s.name === "站点台账") return trim(s, s.rows.length - 2 - i * 6);
      if (s.name === "培训台账") return trim(s, 4427 - i * 150);
      // The 11,000-row poor-persons list is cut down: the batch measures scoring, not one huge sheet.
      if (s.name === "建档立卡贫困人口") return trim(s, options.poorRows ?? 1500);
      return s;
    });
    const file = path.join(dir, `${county}.xlsx`);
    await writeWorkbook(sheets, file);
    counties.push({ file, county, vetoed });
  }
  if (!options.broken) return { counties };
  const broken = path.join(dir, "损坏的台账.xlsx");
  await fs.writeFile(broken, "这不是一个 xlsx 文件");
  return { counties, broken };
}
