/**
 * One register for several ledgers, told apart by a 类别 column: a bureau's 登记簿 of everything
 * that went out (月报 to the city bureau, 专栏更新 on the government site, 宣传报道, 经验材料), one
 * row an item, the kind of each in its own column. Each kind's rows are read as a ledger of their
 * own: the sheet with the other kinds' rows left blank (addresses kept, so links still point at
 * the clerk's rows).
 */
import type { Sheet } from "../core/grid";
import type { LedgerKind } from "./records";
import type { Recognition } from "./recognize";
import { rowTexts } from "./sheet-text";
import { compact } from "./normalize/text";
import { sendsMaterial } from "./work-diary";

type RegisterKind = Extract<LedgerKind, "reports" | "disclosures" | "media" | "materials">;

/** Headers of the column that says which kind a row is. */
const CATEGORY_HEADER = /^(类别|类型|分类|登记类别|事项类别|事项类型|报送类别|信息类别|业务类别)$/;

/**
 * A row's kind from its category's words (the first that fits). 其他报送 and the like fit none:
 * such rows are no evidence for any of these ledgers.
 */
const CATEGORY_KINDS: [RegisterKind, RegExp][] = [
  ["materials", /经验|案例|典型材料/],
  ["media", /宣传|报道|媒体|新闻/],
  ["disclosures", /专栏|公示|公开|网站更新|信息发布/],
  // (…or the office it went to, 报送市局, 报市商务局.)
  ["reports", /月报|进展|统计报表|数据报送|工作报送|^报送$|上报|^报送?(?:市|市级|上级)(?:商务)?局$/],
];

function categoryKind(text: string): RegisterKind | undefined {
  const t = compact(text);
  if (t === "") return undefined;
  return CATEGORY_KINDS.find(([, re]) => re.test(t))?.[0];
}

export interface RegisterPart {
  kind: RegisterKind;
  /** Zero-based data rows of this kind. */
  rows: number[];
}

/**
 * The register's category column and parts when its rows are told apart by a column naming at least
 * two of these ledgers (most of its filled rows named so); undefined for any other sheet.
 */
export function registerParts(sheet: Sheet, rec: Pick<Recognition, "kind" | "headerRow">): { col: number; parts: RegisterPart[] } | undefined {
  if (!rec.kind || !["reports", "disclosures", "media", "materials"].includes(rec.kind)) return undefined;
  const col = categoryColumn(sheet, rec.headerRow);
  if (col === undefined) return undefined;
  const byKind = new Map<RegisterKind, number[]>();
  let filled = 0;
  let named = 0;
  for (let r = rec.headerRow + 1; r < sheet.rows.length; r++) {
    const t = rowTexts(sheet, r)[col] ?? "";
    if (t === "") continue;
    filled++;
    const said = categoryKind(t);
    if (!said) continue;
    // (A diary's 报送 rows hold the experience material sent with the monthly reports: "向…市商务局报送经验材料《…》".)
    const kind = said === "reports" && rowTexts(sheet, r).some((x, c) => c !== col && sendsMaterial(compact(x))) ? "materials" : said;
    named++;
    const rows = byKind.get(kind) ?? [];
    rows.push(r);
    byKind.set(kind, rows);
  }
  if (byKind.size < 2 || named < filled / 2) return undefined;
  return { col, parts: [...byKind].map(([kind, rows]) => ({ kind, rows })) };
}

/** The column headed 类别 (or the like) in the header row. */
function categoryColumn(sheet: Sheet, headerRow: number): number | undefined {
  const col = rowTexts(sheet, headerRow).findIndex((t) => CATEGORY_HEADER.test(compact(t)));
  return col < 0 ? undefined : col;
}

/**
 * What a row sent out is, by its title, when no 类别 column says (a 公文交换 outbox: 发送时间 | 接收单位 |
 * 标题): an experience material says so (经验, 案例), a monthly report by its month's progress.
 */
const TITLE_KINDS: [RegisterKind, RegExp][] = [
  ["materials", /经验|案例|典型/],
  ["reports", /\d{1,2}(?:-\d{1,2})?月份?.{0,12}(?:工作进展|进展情况|工作情况|进度)|月报|工作进展/],
];

/** A title that is an experience material by its own words, not only by mentioning a case. */
const SAYS_MATERIAL = /^(?:报送)?(?:经验材料|典型案例|经验做法|典型经验)/;

/**
 * An outbox of reports and materials told apart by their titles: the parts when the titles say
 * otherwise than the sheet was recognised as (a list of monthly 工作进展 taken for materials), or
 * hold both; undefined when they agree or say nothing. Rows whose titles name neither go with the
 * kind most rows are.
 */
export function titleParts(sheet: Sheet, rec: Recognition): { col: number; parts: RegisterPart[] } | undefined {
  if ((rec.kind !== "reports" && rec.kind !== "materials") || categoryColumn(sheet, rec.headerRow) !== undefined) return undefined;
  const col = rec.columns.title ?? rec.columns.content;
  if (col === undefined) return undefined;
  const rows: { r: number; kind?: RegisterKind }[] = [];
  for (let r = rec.headerRow + 1; r < sheet.rows.length; r++) {
    const t = compact(rowTexts(sheet, r)[col] ?? "");
    if (t !== "") rows.push({ r, kind: TITLE_KINDS.find(([, re]) => re.test(t))?.[0] });
  }
  const count = (k: RegisterKind) => rows.filter((x) => x.kind === k).length;
  const [reports, materials] = [count("reports"), count("materials")];
  // (An outbox of every return the office sends, 统计 and 季报 among its 月报, with an 经验材料 row or two:
  // those rows are materials whatever most of the titles say.)
  const sent = rec.kind === "reports" ? rows.filter((x) => SAYS_MATERIAL.test(compact(rowTexts(sheet, x.r)[col] ?? ""))).map((x) => x.r) : [];
  if (sent.length > 0 && reports + materials < rows.length / 2) {
    const taken = new Set(sent);
    return {
      col,
      parts: [
        { kind: "reports", rows: rows.filter((x) => !taken.has(x.r)).map((x) => x.r) },
        { kind: "materials", rows: sent },
      ],
    };
  }
  if (reports + materials < rows.length / 2) return undefined;
  const most: RegisterKind = reports >= materials ? "reports" : "materials";
  if ((reports === 0 || materials === 0) && most === rec.kind) return undefined;
  const other: RegisterKind = most === "reports" ? "materials" : "reports";
  const parts = [
    { kind: most, rows: rows.filter((x) => x.kind !== other).map((x) => x.r) },
    { kind: other, rows: rows.filter((x) => x.kind === other).map((x) => x.r) },
  ].filter((p) => p.rows.length > 0);
  return { col, parts };
}
