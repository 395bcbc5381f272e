/**
 * 和平's 基层政务公开标准目录 (83rd blind batch): the province's catalogue of what is to be made public (公开事项
 * by level, 公开内容, 依据, 时限, 主体, 渠道, then ✓ under 公开对象 / 方式 / 层级), the county's own words only in
 * 落实情况. The ✓ marks say what the standard asks, not what was done; 落实情况 is the answer column.
 */
import type { CellValue } from "../../src/core/grid";
import { factsOf } from "../corpus/read-facts";

const head = [
  "序号",
  "公开事项",
  null,
  "公开内容（要素）",
  "公开依据",
  "公开时限",
  "公开主体",
  "公开渠道和载体",
  "公开对象",
  null,
  "公开方式",
  null,
  "公开层级",
  null,
  "落实情况",
];
const sub = [null, "一级事项", "二级事项", null, null, null, null, null, "全社会", "特定群体", "主动", "依申请", "县级", "乡级", null];
const line = (n: number, first: string | null, second: string, answer: string): CellValue[] => [
  n,
  first,
  second,
  "…",
  "同上",
  "常态公开",
  "县商务局",
  "专栏",
  "√",
  null,
  "√",
  null,
  "√",
  null,
  answer,
];
const rows: CellValue[][] = [
  ["某县基层政务公开标准目录（电子商务进农村综合示范领域）及落实情况"],
  ["县（市、区）：某县\u3000\u3000编制单位：某县商务局\u3000\u3000“落实情况”栏由县商务局电商股填写\u3000\u3000填表日期：2021年9月2日"],
  head,
  sub,
  line(1, "组织领导", "领导机构", "已公开：县委副书记、县长任组长，县商务局、县财政局、县农业农村局、县乡村振兴局为成员单位"),
  line(2, null, "公共服务中心", "已公开：县电子商务公共服务中心2020年7月18日投入运营，免费提供培训场地及设备（可组织电商基础培训）"),
  line(3, "项目实施", "村级站点名录", "已公开：全县236个行政村中建站覆盖168个，站点名录已公开；17个省定贫困村全覆盖"),
  line(4, null, "电商培训", "已公开：培训通知及结果，累计培训7,820人次"),
  line(5, "资金管理", "资金分配", "已公开：省级专项资金下达500万元及分配方案"),
  line(6, null, "考评结果", "未公开（省考评结束后公开）"),
];
const merges = [
  { top: 2, bottom: 3, left: 0, right: 0 },
  { top: 2, bottom: 2, left: 1, right: 2 },
  { top: 2, bottom: 3, left: 14, right: 14 },
];

test("a public-disclosure catalogue is read from its 落实情况 column, not from its ✓ marks", () => {
  const got = factsOf({ sheets: [{ name: "公开目录及落实情况", rows, merges }] });
  expect(got.facts).toMatchObject({
    county: "某县",
    centerOpened: "2020-07-18",
    centerFreeTraining: true,
    adminVillagesStated: 236,
    poorVillagesStated: 17,
    trainingPersonTimesStated: 7820,
  });
  expect(got.leadership).toBe("principal-all");
});
