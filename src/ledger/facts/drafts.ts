/**
 * Two drafts of the figures side by side (揭西: 指标 | 单位 | A稿（8月26日） | B稿（9月1日调整） | 调整理由),
 * the later filled in only where it changed one ("按B稿上报，B稿空白的按A稿"). A reviewer reads the
 * later draft where it says something and the first elsewhere; so does the reader: a line's earlier
 * cell is left out where its later one is filled, each value keeping its own cell.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { spacelessText } from "../normalize/text";
import { withoutTrailingBracket } from "./header-key";
import { withTablesRewritten } from "./table-end";

const EARLIER = /^(?:A稿|甲稿|初稿|一稿|第一稿|原稿|初填稿?|初报稿?|上报稿)$/;
const LATER = /^(?:B稿|乙稿|二稿|第二稿|调整稿|修改稿|终稿|定稿|核定稿|调整后稿?|修改后稿?)$/;

interface Drafts {
  earlier: number;
  later: number;
}

/** A draft's header without its date or remark in brackets ("A稿（8月26日）" → A稿). */
const draftName = (v: CellValue | undefined) => withoutTrailingBracket(spacelessText(v ?? null));

function draftsOf(row: readonly CellValue[]): Drafts | undefined {
  const names = row.map(draftName);
  const earlier = names.findIndex((n) => EARLIER.test(n));
  const later = names.findIndex((n) => LATER.test(n));
  return earlier >= 0 && later > earlier ? { earlier, later } : undefined;
}

export function withLaterDraft(sheet: Sheet): Sheet {
  return withTablesRewritten(
    sheet,
    draftsOf,
    (row, d) => {
      const cells = [...row];
      if (spacelessText(cells[d.later] ?? null) !== "") cells[d.earlier] = null;
      return cells;
    },
    (row, d) => row.map((v, i) => (i === d.earlier || i === d.later ? "填报值" : v)),
  );
}
