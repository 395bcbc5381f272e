/**
 * A ledger's title lines sometimes state a fact the facts sheet leaves out: "（全县常住人口38.6万人，
 * 普及性培训目标为常住人口的1%）" above a training ledger, "省级下达资金：500万元" above a fund ledger,
 * "专栏设置：创建方案、项目基本信息公示、项目建设进度、监督举报窗口" above a column's update log. A
 * reviewer reads them; so does this, strictly (a clear match only), and each such value gives way
 * to one written plainly anywhere (facts-inputs.ts). Targets and plans are no facts.
 */
import { cellAddress, type Sheet } from "../../core/grid";
import type { Rubric } from "../../scoring/rubric";
import { chinesePart } from "../normalize/text";
import type { FactsEntry } from "./read";
import { statementsOf } from "./sentences";
import { fitsType } from "./values";
import { factsVocabulary } from "./vocabulary";

/** Only a clear match counts on a title line: it is there to say what the ledger is. */
const TITLE_MATCH = 0.8;

export function titleLineFacts(sheet: Sheet, headerTop: number, rubric: Rubric): FactsEntry[] {
  const vocab = factsVocabulary(rubric);
  const scores = (t: string) => vocab.inputs.match(chinesePart(t));
  const out: FactsEntry[] = [];
  const taken = new Set<string>();
  for (let r = 0; r < Math.min(headerTop, 6); r++)
    (sheet.rows[r] ?? []).forEach((v, c) => {
      if (typeof v !== "string" || v.trim().length < 8) return;
      // A line wrapped whole in brackets is a note about the ledger: read what it says inside.
      const text = v
        .trim()
        .replace(/^[（(](.*)[)）]$/s, "$1")
        .replace(/[:：]\s*/g, "");
      // A line of several fields set apart by wide gaps ("县商务局电商股\u3000\u3000…\u3000\u3000资金来源：
      // 省级…专项资金（下达500万元）\u3000\u3000更新至…") says each field apart.
      const fields = text.split(/[\s\u3000]{2,}/).filter((f) => f.length >= 4);
      for (const st of fields.flatMap((f) => statementsOf(f, scores, 0.62, 0.06))) {
        if (st.kind === "points") continue;
        // The best input the value fits (a 是 is no 项目总体进度).
        const m = scores(st.label).find(
          (x) =>
            x.target.type !== "judged" &&
            x.target.type !== "text" &&
            // A ledger's 统计时间 is its list's period, not the evaluation's cut-off.
            x.target.key !== "asOf" &&
            fitsType(x.target, st.value) &&
            !(st.unit === "%" && (x.target.type === "money" || x.target.type === "number")),
        );
        if (!m || m.score < TITLE_MATCH || taken.has(m.target.key)) continue;
        taken.add(m.target.key);
        out.push({ key: m.target.key, source: { sheet: sheet.name, row: r + 1 }, cell: cellAddress(r, c), label: st.label, value: st.value, sentence: v.trim() });
      }
    });
  return out;
}
