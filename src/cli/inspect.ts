/** ecom-score inspect: what was recognised in each sheet, so a clerk can see why a number is what it is. */
import { columnLetters } from "../ledger/grid";
import { SETTINGS_SHEET, isOwnSheet, recognizeWorkbook } from "../ledger/read";
import { Diagnostics } from "../ledger/diagnostics";
import { kindLabel } from "../ledger/schema";
import { parseSettingsSheet } from "../ledger/settings";
import { GD_2019 } from "../scoring/rubrics/gd-2019";
import { readWorkbook } from "../node/read-xlsx";
import { parseArgs, UsageError } from "./args";
import type { Io } from "./main";

export async function inspectCommand(args: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(args, []);
  const file = positional[0];
  if (!file) throw new UsageError("inspect 需要一个工作簿文件");
  const { grids } = await readWorkbook(file);
  const diags = new Diagnostics();
  const settings = parseSettingsSheet(grids.sheets.find((s) => s.name === SETTINGS_SHEET), diags, GD_2019);
  const recs = recognizeWorkbook(grids, GD_2019, settings.mappings, diags);
  if (options.json === true) {
    io.out(`${JSON.stringify({ sheets: recs, diagnostics: diags.list }, null, 2)}\n`);
    return 0;
  }
  for (const r of recs) {
    const sheet = grids.sheets.find((s) => s.name === r.sheet);
    const rows = sheet?.rows.length ?? 0;
    if (!r.kind) {
      io.out(`● ${r.sheet}：未识别（${rows} 行）${r.mapped ? "——映射设为忽略" : ""}${r.alternatives.length ? `；最接近：${r.alternatives.slice(0, 2).map((a) => `${kindLabel(a.kind)} ${Math.round(a.confidence * 100)}%`).join("、")}` : ""}\n`);
      continue;
    }
    const how = r.mapped ? "人工映射" : `把握度 ${Math.round(r.confidence * 100)}%`;
    io.out(`● ${r.sheet}：${kindLabel(r.kind)}（${r.kind}，${how}）\n`);
    if (r.kind === "facts") continue;
    const top = r.headerRow - r.headerRows + 2;
    io.out(`    表头：第 ${top === r.headerRow + 1 ? top : `${top}-${r.headerRow + 1}`} 行；数据自第 ${r.headerRow + 2} 行起${r.unit ? `；金额单位：${r.unit}` : ""}\n`);
    const cols = Object.entries(r.columns).sort((a, b) => a[1] - b[1]);
    io.out(`    列：${cols.map(([f, c]) => `${columnLetters(c)}=${f}（${(r.headers[f] ?? "").replace(/\s+/g, "")}）`).join("  ")}\n`);
  }
  for (const s of grids.sheets) if (isOwnSheet(s.name)) io.out(`○ ${s.name}：本工具写出的表，不作为台账读取\n`);
  for (const d of diags.list) io.out(`注意：${d.message}\n`);
  return 0;
}
