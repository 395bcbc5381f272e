/** ecom-score inspect: what was recognised in each sheet, so a clerk can see why a number is what it is. */
import { columnLetters } from "../core/grid";
import { SETTINGS_SHEET, isOwnSheet, readLedgers, recognizeWorkbook } from "../ledger/read";
import { Diagnostics } from "../core/diagnostics";
import { kindLabel } from "../ledger/schema";
import { IGNORE_FACT, parseSettingsSheet } from "../ledger/settings";
import { readFactsSheet } from "../ledger/facts-sheet";
import { matchKey } from "../ledger/facts/similarity";
import type { Sheet } from "../core/grid";
import type { Rubric } from "../scoring/rubric";
import { readWorkbook } from "../node/read-xlsx";
import type { Io } from "./io";
import { loadRubric } from "./rubric-option";

/** A facts-sheet label not understood: its two best inputs and the command that maps it. */
interface LabelToMap {
  cell: string;
  text: string;
  candidates: { key: string; label: string; score: number }[];
  ambiguous?: boolean;
  command: string;
}

/** A word as a shell reads it back: in double quotes, or single quotes when it holds " $ ` \ !. */
export function quoted(s: string): string {
  return /["$`\\!]/.test(s) ? `'${s.replace(/'/g, "'\\''")}'` : `"${s}"`;
}

/** A file name bare when plain (the usual case), else quoted. */
function fileWord(s: string): string {
  return /^[\p{L}\p{N}_./:@%+,=-]+$/u.test(s) ? s : quoted(s);
}

function labelsToMap(file: string, sheet: Sheet, facts: Record<string, string>, rubric: Rubric): LabelToMap[] {
  const ignored = new Set(
    Object.entries(facts)
      .filter(([, k]) => k === IGNORE_FACT)
      .map(([l]) => matchKey(l)),
  );
  return readFactsSheet(sheet, rubric, facts)
    .unknownLabels.filter((u) => !ignored.has(matchKey(u.text)))
    .map((u) => {
      const key = u.candidates[0]?.key ?? IGNORE_FACT;
      const l: LabelToMap = {
        cell: u.cell,
        text: u.text,
        candidates: u.candidates.slice(0, 2),
        command: `ecom-score map ${fileWord(file)} --fact ${quoted(`${u.text}=${key}`)}`,
      };
      if (u.ambiguous) l.ambiguous = true;
      return l;
    });
}

export interface InspectOptions {
  json?: boolean;
  rubric?: string;
}

export async function inspectCommand(file: string, options: InspectOptions, io: Io): Promise<number> {
  const rubric = await loadRubric(options.rubric);
  const { grids } = await readWorkbook(file);
  const diags = new Diagnostics();
  const settings = parseSettingsSheet(
    grids.sheets.find((s) => s.name === SETTINGS_SHEET),
    diags,
    rubric,
  );
  const recs = recognizeWorkbook(grids, rubric, settings.mappings, diags);
  const labels = new Map<string, LabelToMap[]>();
  for (const r of recs) {
    const sheet = grids.sheets.find((x) => x.name === r.sheet);
    // A hidden facts sheet is not read (unless mapped), so its labels need no mapping.
    if (r.kind === "facts" && sheet && (!sheet.hidden || r.mapped)) labels.set(r.sheet, labelsToMap(file, sheet, settings.facts ?? {}, rubric));
  }
  // How each sheet was read, as score reads it: low confidence, a calendar or a sheet on its side,
  // fewer records than rows. Shown beside the sheet so a clerk sees them before scoring.
  const doubts = readLedgers(grids, rubric, settings.mappings, settings.facts ?? {}).diagnostics.list.filter((d) => d.code === "doubt");
  if (options.json === true) {
    const factLabels = [...labels].map(([sheet, list]) => ({ sheet, labels: list }));
    io.out(`${JSON.stringify({ sheets: recs, factLabels, doubts, diagnostics: diags.list }, null, 2)}\n`);
    return 0;
  }
  for (const r of recs) {
    const sheet = grids.sheets.find((s) => s.name === r.sheet);
    const rows = sheet?.rows.length ?? 0;
    if (!r.kind) {
      io.out(
        `● ${r.sheet}：未识别（${rows} 行）${r.mapped ? "——映射设为忽略" : ""}${
          r.alternatives.length
            ? `；最接近：${r.alternatives
                .slice(0, 2)
                .map((a) => `${kindLabel(a.kind)} ${Math.round(a.confidence * 100)}%`)
                .join("、")}`
            : ""
        }\n`,
      );
      continue;
    }
    const how = r.mapped ? "人工映射" : `把握度 ${Math.round(r.confidence * 100)}%`;
    io.out(`● ${r.sheet}：${kindLabel(r.kind)}（${r.kind}，${how}）\n`);
    for (const d of doubts.filter((x) => x.sheet === r.sheet)) io.out(`    请核对（${d.cell}）：${d.message}\n`);
    if (r.kind === "facts") {
      const list = labels.get(r.sheet) ?? [];
      if (list.length) io.out(`    未识别的标签 ${list.length} 个（其值未读取）；核对后运行所示命令保存它对应的填报项（可改为其他填报项，ignore 表示忽略）：\n`);
      for (const l of list) {
        const near = l.candidates.map((c) => `${c.key}（${c.label}）`).join(l.ambiguous ? " 或 " : "、");
        const why = l.ambiguous ? `可能是 ${near}，无法确定` : near ? `最接近 ${near}` : "不是评分用到的内容";
        io.out(`    - ${l.cell} “${l.text}”：${why}\n        ${l.command}\n`);
      }
      continue;
    }
    const top = r.headerRow - r.headerRows + 2;
    io.out(`    表头：第 ${top === r.headerRow + 1 ? top : `${top}-${r.headerRow + 1}`} 行；数据自第 ${r.headerRow + 2} 行起${r.unit ? `；金额单位：${r.unit}` : ""}\n`);
    const cols = Object.entries(r.columns).sort((a, b) => a[1] - b[1]);
    io.out(`    列：${cols.map(([f, c]) => `${columnLetters(c)}=${f}（${(r.headers[f] ?? "").replace(/\s+/g, "")}）`).join("  ")}\n`);
  }
  for (const s of grids.sheets) if (isOwnSheet(s.name)) io.out(`○ ${s.name}：本工具写出的表，不作为台账读取\n`);
  for (const d of diags.list) io.out(`注意：${d.message}\n`);
  return 0;
}
