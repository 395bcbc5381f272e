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

// (…or a 修正稿's 原填报数 | 修正数, "有修正数的以修正数为准"; its judged points' 原自评 | 修正后自评 the same way.)
// (…or a 核实修改稿's 原填报 | 修改后 | 修改说明, the city's check answered: 修改后 blank where nothing changed.)
const EARLIER = /^(?:A稿|甲稿|初稿|一稿|第一稿|原稿|初填稿?|初报稿?|上报稿|原填报|原填报数|原填报值|原填数|原报数|原数据|原值|修改前|修正前|更正前|原自评分?)$/;
const LATER = /^(?:B稿|乙稿|二稿|第二稿|调整稿|修改稿|终稿|定稿|核定稿|调整后稿?|修改后稿?|修正数|修正值|修正数据|更正数|修正后|更正后|修正后自评分?)$/;
/** A later cell saying nothing changed: the earlier one stands. */
const UNCHANGED = /^(?:不变|未变|无变化|同左)$/;

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
  if (earlier >= 0 && later > earlier) return { earlier, later };
  // (…or two checks by their months, 2021年3月自查 | 2021年8月自查: the later one, the earlier where it is blank.)
  const checks = names.flatMap((n, c) => {
    const m = DATED_CHECK.exec(n);
    return m ? [{ c, at: Number(m[1]) * 100 + Number(m[2]) }] : [];
  });
  if (checks.length !== 2 || checks[0].at === checks[1].at) return undefined;
  const [first, second] = checks[0].at < checks[1].at ? checks : [checks[1], checks[0]];
  return { earlier: first.c, later: second.c };
}
const DATED_CHECK = /^((?:19|20)\d{2})年(\d{1,2})月份?(?:自查|自评|核查|填报)$/;

export function withLaterDraft(sheet: Sheet): Sheet {
  return withTablesRewritten(
    sheet,
    draftsOf,
    (row, d) => {
      const cells = [...row];
      const later = spacelessText(cells[d.later] ?? null);
      if (UNCHANGED.test(later)) cells[d.later] = null;
      else if (later !== "") cells[d.earlier] = null;
      return cells;
    },
    (row, d) => row.map((v, i) => (i === d.earlier || i === d.later ? "填报值" : v)),
  );
}
