/**
 * Status columns that answer a yes/no question in words of their own: 劳动能力 ("有劳动能力",
 * "弱劳动能力", "丧失劳动能力") and 务工状态 ("外出务工", "县内务工", "在家"). Plain yes/no
 * words are accepted too; anything else is undefined so the caller reports the cell.
 */
import { parseYesNo } from "./yesno";
import { compact, type AnyCell } from "./text";

export function parseLabour(v: AnyCell): boolean | null | undefined {
  const yn = parseYesNo(v);
  if (yn !== undefined) return yn;
  const t = compact(String(v));
  if (/无劳动|丧失|没有劳动|无劳力/.test(t)) return false;
  if (/劳动|劳力|技能/.test(t)) return true;
  return undefined;
}

export function parseMigrant(v: AnyCell): boolean | null | undefined {
  const yn = parseYesNo(v);
  if (yn !== undefined) return yn;
  const t = compact(String(v));
  if (/^(?:未|没有|不|非|无)外出/.test(t)) return false;
  if (/外出|省外|县外|市外|外地|外省/.test(t)) return true;
  if (/县内|本地|就地|就近|在家|务农|本县|未务工|无/.test(t)) return false;
  // 乡（镇）内务工, 镇内, 村内: working at home, not away.
  if (/(?:乡|镇|村)(?:[（(]镇[)）])?内/.test(t)) return false;
  return undefined;
}
