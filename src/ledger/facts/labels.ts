/**
 * What a facts sheet's label looks like: Chinese text that is not a header word nor a unit, and the
 * unit it may carry in brackets.
 */
import type { CellValue } from "../../core/grid";
import { definedNameUnit, normalizeLabel, splitUnit } from "../normalize/text";
import { unitOf } from "./values";

/** Header and title words of a facts sheet: never labels that went unrecognised. */
export const HEADER_WORDS =
  /^(?:序号|编号|项目|项目名称|指标|指标名称|评价指标|考评指标|名称|内容|事项|填报项|填报项目|填报内容|填报值|填报数|数值|数据|值|自评|自评分|自评得分|得分|说明|备注|类别|分类|单位|佐证材料|佐证|分值|权重|评分标准|一级指标|二级指标|工作任务|发言人|单位及职务|职务)$/;

/**
 * A task's state as a tracking system writes it (办理状态: 已办结, 推进中, 滞后, 已办结（超期）): an answer to its
 * row, never a label of its own.
 */
const TASK_STATE = /^(?:已办结|办结|已完成|推进中|正常推进|持续推进|进行中|滞后|严重滞后|未启动)(?:[（(][^（()）]{1,6}[)）])?$/;

/** Text that may be a label: some Chinese, not too long, not a header word or a unit. */
export function isLabelLike(v: CellValue | undefined): v is string {
  if (typeof v !== "string") return false;
  const t = v.trim();
  // (A box ticked or not, "☐ 未达到（0分）", is an option answering the line, not a label of its own;
  // a line of several, "☑创建方案 ☑项目基本信息 □监督举报窗口", says what is done.)
  return (
    !/^[☐☑☒□■][^☐☑☒□■]*$/.test(t) &&
    t.length >= 2 &&
    t.length <= 160 &&
    /[\u4e00-\u9fff]/.test(t) &&
    !HEADER_WORDS.test(normalizeLabel(t)) &&
    !unitOf(t) &&
    !TASK_STATE.test(t)
  );
}

/** A unit in a label's brackets or after its underscore: 常住人口（万人）, 常住人口_万人, 常住人口(万), 零售额（亿元）, 进度（%）, 常住人口（万人，以七普为准）. */
const LABEL_UNITS = /^(?:万人|万元|亿元|万|亿|元|人|%)$/;
export function labelUnit(label: string): string | undefined {
  const m = /[(（]\s*(?:单位[:：])?\s*(万人|万元|亿元|万|亿|元|人|%)\s*(?:[)）]|[，,；;][^)）]*[)）])/.exec(label);
  // (An Excel defined name's unit after an underscore: 农村网零2020_亿元.)
  const named = definedNameUnit(label)?.unit;
  return m?.[1] ?? (named !== undefined && LABEL_UNITS.test(named) ? named : undefined) ?? splitUnit(label).unit;
}
