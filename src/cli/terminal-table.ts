/**
 * The indicator table as readable terminal text: CJK characters take two columns, so padding is
 * computed from display width, not string length.
 */
import type { ScoreReport } from "../scoring/report";
import { textWidth } from "../table/layout";

function pad(s: string, width: number, right = false): string {
  const gap = Math.max(0, width - textWidth(s));
  return right ? " ".repeat(gap) + s : s + " ".repeat(gap);
}

function clip(s: string, width: number): string {
  if (textWidth(s) <= width) return s;
  let out = "";
  for (const ch of s) {
    if (textWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

const pts = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, ""));

export function renderTerminalTable(report: ScoreReport, basisWidth = 70): string {
  const lines: string[] = [];
  const head = `${report.county ?? "（未填县名）"} · ${report.rubric} · 考评截止 ${report.asOf}`;
  lines.push(head);
  const cols = [18, 26, 6, 8, 8];
  // The county's own points, when its sheets state them, beside what the ledgers support.
  const claims = report.indicators.some((i) => i.claimed !== undefined);
  const header = [
    pad("指标编号", cols[0]),
    pad("评价指标", cols[1]),
    pad("权重", cols[2], true),
    pad("自评得分", cols[3], true),
    ...(claims ? [pad("填报自评", cols[4], true)] : []),
    "计算依据",
  ].join("  ");
  lines.push(header);
  const rule = "─".repeat(textWidth(header) - textWidth("计算依据") + basisWidth);
  lines.push(rule);
  for (const ind of report.indicators) {
    const score = ind.section === "veto" ? (ind.vetoed ? "否决" : "未触发") : ind.status === "missing" ? `${pts(ind.points)}*` : pts(ind.points);
    lines.push(
      [
        pad(ind.id, cols[0]),
        pad(clip(ind.name, cols[1]), cols[1]),
        pad(ind.section === "veto" ? "" : pts(ind.weight), cols[2], true),
        pad(score, cols[3], true),
        // "≠" marks a claim the ledgers do not support.
        ...(claims ? [pad(ind.claimed === undefined ? "" : `${ind.claimed !== ind.points ? "≠" : ""}${pts(ind.claimed)}`, cols[4], true)] : []),
        clip(ind.basis, basisWidth),
      ].join("  "),
    );
  }
  lines.push(rule);
  const total = report.vetoed ? `合计：0 分（一票否决；否决前 ${pts(report.totalBeforeVeto)} 分）` : `合计：${pts(report.total)} 分（含加分 ${pts(report.bonus)} 分）`;
  lines.push(total);
  const missing = report.indicators.filter((i) => i.status === "missing" && i.section !== "veto").length;
  if (missing) lines.push(`* ${missing} 项指标缺少数据，按已有数据计分；详见诊断信息`);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of report.diagnostics) counts[d.severity]++;
  lines.push(`诊断：错误 ${counts.error}，警告 ${counts.warning}，提示 ${counts.info}`);
  return lines.join("\n");
}
