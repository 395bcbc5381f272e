/**
 * A section's 小结 line under its checks (阳西's 体检 report): "组织领导2分；方案制定2分；政策支持1分
 * （政策落实面较窄）；项目管理3分（项目管理制度2分，工作台账1分）。" Without 自评 said, a 小结 is the
 * clerk's points for the section's indicators: each part names an indicator and its points (the
 * claim), and a part's bracket may give its judged items' own points (项目管理制度2分) — the items the
 * claim alone cannot tell apart. Other words in the bracket (行政村覆盖率73.1%，5分) explain, no more.
 */
import { cellAddress, type Sheet } from "../../core/grid";
import type { RubricIndicator, RubricInput } from "../../scoring/rubric";
import { cellText, compact } from "../normalize/text";
import type { Claim, FactsEntry } from "./read";
import { ownerOf, type FactsVocabulary, type Scored } from "./vocabulary";
import { partsOutsideBrackets } from "./bracket-parts";

const SUMMARY_LABEL = /^(?:本节|本部分|本项)?(?:小结|自评小结|得分小结|评分小结)[:：]?$/;
const POINTS = /(-?\d+(?:\.\d+)?)\s*分/;

/** The text of a 小结 cell in row r (labelled so in the cell before it, or opening with 小结：). */
function summaryText(sheet: Sheet, r: number): { c: number; text: string } | undefined {
  const row = sheet.rows[r] ?? [];
  const first = row.findIndex((v) => cellText(v ?? null) !== "");
  if (first < 0) return undefined;
  const head = compact(cellText(row[first] ?? null));
  if (SUMMARY_LABEL.test(head)) {
    const c = row.findIndex((v, i) => i > first && typeof v === "string" && POINTS.test(v));
    return c < 0 ? undefined : { c, text: cellText(row[c] ?? null) };
  }
  const own = /^\s*(?:本节|本部分)?小结\s*[:：]\s*(.+)$/s.exec(cellText(row[first] ?? null));
  return own && POINTS.test(own[1]) ? { c: first, text: own[1] } : undefined;
}

/** The parts of a summary at its top level: words, points, the bracket after them. A bare "0分" is the words before it. */
function partsOf(text: string): { words: string; points: number; bracket: string }[] {
  const out: { words: string; points: number; bracket: string }[] = [];
  let pending = "";
  for (const p of partsOutsideBrackets(text)
    .map((x) => x.trim())
    .filter(Boolean)) {
    const m = /^(.*?)(-?\d+(?:\.\d+)?)\s*分\s*(?:[（(](.*)[)）])?\s*$/s.exec(p);
    if (!m) {
      pending = p;
      continue;
    }
    // (加分项：电商扶贫典型案例电视播报1分: what stands before the colon is the part's group.)
    // (…and a verdict after the name, 贫困人口培训率未达70%, is no part of it.)
    const words = (m[1].trim() || pending)
      .replace(/^.*[:：]/, "")
      .replace(/(?<=[\u4e00-\u9fff]{2})(?:未达到|未达|已达到|已达|达到|不足|超过|低于|高于|[≥≤<>]).*$/, "")
      .trim();
    pending = "";
    if (words) out.push({ words, points: Number(m[2]), bracket: m[3] ?? "" });
  }
  return out;
}

export interface SummaryLines {
  claims: Claim[];
  rows: Set<number>;
  /** Judged items' own points given in a part's bracket. */
  items: FactsEntry[];
}

export function summaryLines(
  sheet: Sheet,
  vocab: FactsVocabulary,
  indicatorNamed: (words: string) => RubricIndicator | undefined,
  matchOf: (t: string) => Scored<RubricInput>[],
): SummaryLines {
  const out: SummaryLines = { claims: [], rows: new Set(), items: [] };
  const seen = new Set<string>();
  for (let r = 0; r < sheet.rows.length; r++) {
    const said = summaryText(sheet, r);
    if (!said) continue;
    const cell = cellAddress(r, said.c);
    for (const part of partsOf(said.text)) {
      const ind = indicatorNamed(part.words);
      if (!ind || seen.has(ind.id)) continue;
      seen.add(ind.id);
      out.rows.add(r);
      out.claims.push({ indicator: ind.id, value: part.points, sheet: sheet.name, row: r + 1, cell, note: said.text.trim() });
      for (const inner of partsOf(part.bracket)) {
        const best = matchOf(inner.words)[0];
        if (!best || best.score < 0.5 || best.target.type !== "judged" || ownerOf(vocab.rubric, best.target.key)?.id !== ind.id) continue;
        out.items.push({ key: best.target.key, source: { sheet: sheet.name, row: r + 1 }, cell, label: inner.words, value: inner.points });
      }
    }
  }
  return out;
}
