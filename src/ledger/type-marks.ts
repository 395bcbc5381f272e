/**
 * An enterprise list's type as a row of boxes to tick: "企业类型（在对应栏打“✓”）" merged over 平台型 |
 * 销售型 | 电商运营服务 | 物流快递 | 其他（请注明）. A firm's type is the column ticked on its row, or what
 * it wrote in the 其他 column.
 */
import type { CellValue, Sheet } from "../core/grid";
import { optionsUnder } from "./box-groups";
import type { Recognition } from "./recognize";
import { cellText } from "./normalize/text";
import { parseYesNo } from "./normalize/yesno";
import { oncePerRecognition } from "./per-recognition";

type TypeOfRow = (row: readonly CellValue[]) => string | undefined;

/** How to read a row's type when the type column is such a group of boxes; undefined when it is one column. */
export const markedType = oncePerRecognition(typeBoxes);

function typeBoxes(sheet: Sheet, rec: Recognition): TypeOfRow | undefined {
  const col = rec.columns.type;
  // (The row of type names may have been taken for a row of no record, not a second header row.)
  const options = col === undefined ? undefined : optionsUnder(sheet, rec, col);
  if (!options) return undefined;
  const names: string[] = [];
  for (const { name: written } of options) {
    const name = written.replace(/[（(]\s*请注明\s*[)）]/, "");
    if (name === "" || parseYesNo(name) !== undefined) return undefined;
    names.push(name);
  }
  return (row) => {
    for (let i = 0; i < options.length; i++) {
      const t = cellText(row[options[i].col] ?? null);
      if (t === "") continue;
      // A tick names the column's type; words written in it (其他：直播电商) are the type.
      if (parseYesNo(t) === true) return names[i];
      if (parseYesNo(t) === undefined) return t;
    }
    return undefined;
  };
}
