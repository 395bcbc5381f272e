/**
 * A service checked in two columns, whether the centre has it and whether it is free (丰顺: 功能 |
 * 是否具备 | 是否免费): the rubric asks for free services, so a service the centre has but charges for
 * ("摄影、美工 | 是 | 否", an operator's 服务项目 | 是否开展 | 是否免费: "摄影、美工 | ✔ | 收费") is no free one. A reviewer reads the two together; so does the reader: the
 * 具备 answer stands where the service is free or the question does not arise (—), and reads 否（收费）
 * where it is charged for; the 免费 column is then left out.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { spacelessText } from "../normalize/text";
import { parseYesNo } from "../normalize/yesno";
import { withTablesRewritten } from "./table-end";

const HAS = /^(?:是否具备|是否具有|是否提供|是否有|有无|是否开展)$/;
const FREE = /^(?:是否免费|免费与否|是否收费)$/;

interface Cols {
  has: number;
  free: number;
  charged: boolean;
}

function colsOf(row: readonly CellValue[]): Cols | undefined {
  const keys = row.map((v) => spacelessText(v ?? null));
  const has = keys.findIndex((k) => HAS.test(k));
  const free = keys.findIndex((k) => FREE.test(k));
  return has >= 0 && free >= 0 ? { has, free, charged: keys[free] === "是否收费" } : undefined;
}

export function withFreeServices(sheet: Sheet): Sheet {
  return withTablesRewritten(
    sheet,
    colsOf,
    (row, c) => {
      const cells = [...row];
      const said = parseYesNo(cells[c.free] ?? null);
      // (…or in its own words: 免费 | 收费, 有偿.)
      const words = spacelessText(cells[c.free] ?? null);
      const free = typeof said === "boolean" ? said !== c.charged : /^免费/.test(words) ? true : /^(?:收费|有偿)/.test(words) ? false : undefined;
      if (free === false && parseYesNo(cells[c.has] ?? null) === true) cells[c.has] = "否（收费）";
      cells[c.free] = null;
      return cells;
    },
    (row, c) => row.map((v, i) => (i === c.free ? null : v)),
  );
}
