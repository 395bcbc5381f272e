/**
 * A facts sheet in the clerk's own order of how the inspectors will check (蕉岭): 序号 | 考评组会查什么 |
 * 我们的情况 | 拿什么给他看 | 能拿几分 | 把握 — the answers in 我们的情况, the evidence and the confidence no
 * answers, the clerk's points an item's points and never a figure.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["某县考评自评底数和打分（按考评组怎么查来排）"],
  ["序号", "考评组会查什么", "我们的情况（截至8月31日）", "拿什么给他看", "能拿几分", "把握"],
  ["一、翻文件的"],
  ["1", "谁挂帅，哪些部门参加", "县委副书记、县长任组长；成员单位有县商务局、县财政局、县农业农村局、县乡村振兴局", "某府办〔2019〕61号，领导小组会议纪要3份", "2", "稳"],
  ["6", "网销调研", "请第三方做了农产品网络销售调研报告，提了针对性建议", "调研报告", "2", "稳"],
  ["8", "交易标准、冷链、溯源", "出台了两个电商交易标准；溯源系统还在调试", "标准文本", "1", "冇把握"],
  ["二、看现场的"],
  ["13", "农产品免费展示、代卖", "有，展厅免费展出126款本地农产品，可代卖", "现场", "1", "稳"],
  ["三、算数的"],
  ["22", "常住人口", "19.75万人（七普；户籍是23.1万人，不用）", "统计公报", "—", "—"],
  ["26", "培训人次", "累计2,094人次，占常住人口1.06%", "附3、附4", "10", "稳"],
  ["四、看网页的"],
  ["30", "政府网专栏", "县政府网站设了专栏，挂了创建方案、项目基本信息、建设进度，设了监督举报电话和邮箱", "网页截图", "2", "稳"],
];

test("the answers are read from 我们的情况, the clerk's points only as items' points", () => {
  const r = readFactsSheet({ name: "自评底数", rows }, GD_2019);
  const value = (k: string) => r.entries.find((e) => e.key === k);
  expect(value("residentPopulation")?.cell).toBe("C10");
  // The 10 beside 培训人次 is the points it should earn, not the count.
  expect(value("trainingPersonTimesStated")?.cell).toBe("C11");
  expect(Number(value("judged:work.upward.research")?.value)).toBe(2);
  expect(Number(value("judged:work.upward.standards")?.value)).toBe(1);
  expect(value("centerDisplay")?.cell).toBe("C8");
  // 挂了 on the column's page is 公示: each item listed.
  for (const k of ["disclosurePlan", "disclosureProjects", "disclosureProgress"]) expect(value(k)?.value).toBe("是");
  // The evidence column answers nothing: no leader read from a 红头文件's number.
  expect(r.entries.every((e) => !String(e.cell).startsWith("D"))).toBe(true);
});
