/**
 * The poor persons able to work, counted with the migrants and the migrants said beside the count:
 * 有劳动能力的建档立卡贫困人口（人） | 2,416 | 其中外出务工1,032人，在家1,384人. The rubric counts them without the
 * migrants (不含外出务工); a reviewer takes those at home, as the line's remark gives them beside the migrants,
 * the two adding up to the count. A label that already leaves them out (不含外出务工, 未外出务工) is read as it stands.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { parseNumber } from "../normalize/number";
import { spacelessText } from "../normalize/text";

const MIGRANTS = /(?:其中)?外出务工(?:人员|人口|劳动力)?(?:有|为|共)?([\d,，.]+)(万)?人/;
const AT_HOME = /(?:在家|留守|未外出务工|不含外出务工|扣除外出务工后|本地)(?:人员|人口|劳动力)?(?:有|为|共)?([\d,，.]+)(万)?人/;
const LEAVES_THEM_OUT = /不含外出|未外出|不包括外出|除外出|扣除外出|在家/;

function count(digits: string, wan: string | undefined): number | undefined {
  const n = Number(digits.replace(/[,，]/g, ""));
  if (!Number.isFinite(n)) return undefined;
  return Math.round(wan ? n * 10000 : n);
}

/** The count without the migrants, and the words saying so; undefined when the row says nothing of them. */
export function withoutMigrants(sheet: Sheet, entry: { label: string; value: unknown; source: { row: number } }): { value: number; text: string } | undefined {
  if (LEAVES_THEM_OUT.test(entry.label)) return undefined;
  // (The count with its aside in one cell, "6,904人（其中外出务工3,216人，在家3,688人）": the count before the bracket.)
  const lead = typeof entry.value === "string" ? /^\s*([\d,，.]+)\s*(万)?\s*人?\s*[（(]/.exec(entry.value) : null;
  const total = lead ? undefined : parseNumber(entry.value as CellValue);
  const all = lead ? count(lead[1], lead[2]) : total?.ok ? total.value.toNumber() : undefined;
  if (all === undefined) return undefined;
  for (const v of sheet.rows[entry.source.row - 1] ?? []) {
    const t = spacelessText(v ?? null);
    const migrants = MIGRANTS.exec(t);
    if (!migrants) continue;
    const home = AT_HOME.exec(t);
    const left = home ? count(home[1], home[2]) : undefined;
    const away = count(migrants[1], migrants[2]);
    // (Only an aside whose two parts add up to the count: a figure already without the migrants may quote them,
    // "812−267" beside 545, and is not to lose them twice.)
    if (left !== undefined && away !== undefined && left + away === all) return { value: left, text: t };
  }
  return undefined;
}
