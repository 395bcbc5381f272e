/** A line of a facts sheet read among a few plain ones, as a clerk's one-column account has them. */
import { factsOf } from "../corpus/read-facts";

const BACKGROUND = [["全县行政村236个，累计培训3500人次。"], ["2020年农村网络零售额12.5亿元。"], ["省级下达专项资金500万元，已拨付412.8万元。"]];

/** The facts a sheet of the background lines and `line` states. */
export function factsSaid(line: string) {
  return factsOf({ sheets: [{ name: "工作情况", rows: [["某县电子商务进农村综合示范工作情况"], ...BACKGROUND, [line]] }] }).facts;
}
