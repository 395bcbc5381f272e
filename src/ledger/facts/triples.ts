/**
 * A data platform's knowledge-graph export (金平: 三元组ID | 头实体 | 头实体类型 | 关系（谓词） | 尾实体／属性值 |
 * 值类型 | 单位 | 时间限定 | 数据来源 | 置信度 | 状态 | 更新时间), one fact a row in the order they were made,
 * a fact replaced by a later one marked 已失效. A reviewer reads each valid row as a line: what it is of and what
 * is said of it ("常住人口 | 81.42万人", "2019年农村网络零售额 | 42.60亿元", "领导小组组长 | 区委副书记、区长"),
 * a service or a content listed as there, a plan (计划投入运营日期) as no fact. So does the reader: each row
 * rewritten in place as such a line, under a 项目 | 填报内容 header.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

const HEAD = /^(?:头实体|主体|主语|subject)$/i;
const RELATION = /^(?:关系|谓词|属性|predicate)(?:[（(].*[)）])?$/i;
const TAIL = /^(?:尾实体|属性值|客体|宾语|object)(?:[／/].*)?$/i;
const KINDS = /^头实体类型$/;
const UNIT = /^单位$/;
const WHEN = /^时间限定$/;
const STATUS = /^状态$/;
/** A fact since replaced, or never a fact. */
const VOID = /已失效|失效|作废|已删除|无效/;
/** What is said of a thing in general words: the thing itself names the line. */
const BARE = /^(?:数值|值|取值|数量)$/;
/** What a thing has, listed: the item is the line, and it is there. */
const LISTED = /^(?:提供服务|服务内容|公开内容|互动窗口|栏目内容)$/;

const text = (v: CellValue | undefined) => cellText(v ?? null).trim();

export function withTriplesRead(sheet: Sheet): Sheet {
  const headerRow = sheet.rows.slice(0, 15).findIndex((row) => (row ?? []).some((v) => HEAD.test(text(v))) && (row ?? []).some((v) => RELATION.test(text(v))));
  if (headerRow < 0) return sheet;
  const header = (sheet.rows[headerRow] ?? []).map(text);
  const col = (re: RegExp) => header.findIndex((h) => re.test(h));
  const [head, relation, tail] = [col(HEAD), col(RELATION), col(TAIL)];
  if (tail < 0) return sheet;
  const [kinds, unit, when, status] = [col(KINDS), col(UNIT), col(WHEN), col(STATUS)];
  const rows = sheet.rows.map((row) => [...(row ?? [])]);
  const places = new Set(
    kinds < 0 ? [] : sheet.rows.slice(headerRow + 1).flatMap((row) => (/行政区划/.test(text(row?.[kinds])) && text(row?.[head]) !== "" ? [text(row?.[head])] : [])),
  );
  const withoutPlaces = (t: string) => [...places].reduce((x, p) => x.split(p).join(""), t.replace(/[《》]/g, "")) || t;
  const width = header.length;
  const blank = (r: number) => rows[r].fill(null, 0, Math.max(width, rows[r].length));
  blank(headerRow);
  rows[headerRow][relation] = "项目";
  rows[headerRow][tail] = "填报内容";
  /** The first row of each thing's list of members (成员单位): the others joined into it. */
  const lists = new Map<string, number>();
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const [subject, said, value] = [text(row[head]), text(row[relation]), text(row[tail])];
    if (subject === "" || said === "") continue;
    blank(r);
    // A replaced fact, a plan: nothing.
    if ((status >= 0 && VOID.test(text(row[status]))) || /^(?:计划|拟|预计)/.test(said)) continue;
    // (The county itself is no part of a line's name: 金平区 | 常住人口 is the 常住人口, 金平区农产品网络零售额 the
    // 农产品网络零售额, 《金平区…专项资金管理办法》 its 专项资金管理办法.)
    const of = kinds >= 0 && /行政区划/.test(text(row[kinds])) ? "" : withoutPlaces(subject);
    const year = /^(?:19|20)\d{2}年$/.test(text(row[when])) || /^(?:19|20)\d{2}年\d{1,2}[—–-]\d{1,2}月$/.test(text(row[when])) ? text(row[when]) : "";
    const units = unit >= 0 && !/^[—–\-/]?$/.test(text(row[unit])) ? text(row[unit]) : "";
    const day = /^((?:19|20)\d{2}-\d{2}-\d{2})T[\d:]+(?:[+-]\d{2}:?\d{2}|Z)?$/.exec(value)?.[1];
    const points = /^自评分?[—–-](.+)$/.exec(said);
    if (LISTED.test(said)) {
      // "摄影、美工（按件收费）" as a service: there, but not free.
      // (A window is whatever it takes reports or opinions by: 监督举报邮箱 is a 监督举报窗口.)
      const item = value.replace(/[（(][^（()）]*[)）]/g, "").replace(/(举报|意见)(?:邮箱|电话|信箱|热线)$/, "$1窗口");
      rows[r][relation] = `${of}${/窗口/.test(said) ? "设" : /公开/.test(said) ? "公示" : "提供"}${item}`;
      rows[r][tail] = /收费/.test(value) ? `有（${value}）` : "是";
    } else if (/^成员(?:单位)?$/.test(said)) {
      const first = lists.get(subject);
      if (first === undefined) {
        lists.set(subject, r);
        rows[r][relation] = `${subject}成员单位`;
        rows[r][tail] = value;
      } else rows[first][tail] = `${text(rows[first][tail])}、${value}`;
    } else {
      // ("《…管理办法》 | 印发状态 | 已印发": the document, 已印发.)
      rows[r][relation] = `${year}${points ? `${points[1]}自评分` : BARE.test(said) || /状态$/.test(said) ? of : `${of}${said}`}`;
      rows[r][tail] = day ?? (units === "分" || points ? `${value}分` : `${value}${units}`);
    }
  }
  return { ...sheet, rows };
}
