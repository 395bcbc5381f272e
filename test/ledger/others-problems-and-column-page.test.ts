/**
 * The 71st batch's facts: a 举一反三 self-check quoting other counties' problems (广宁), a government
 * site's column page copied whole (龙门), a project list's sentences (平远) — the quotes left out, each
 * article listed read as published, a notice issuing a document as that document issued, a part's
 * figure in a bracket, a service charged for as no free one, an itemised table's column by its 合计.
 */
import type { Sheet } from "../../src/core/grid";
import { withOthersProblemsLeftOut } from "../../src/ledger/facts/others-problems";
import { withColumnArticles } from "../../src/ledger/facts/web-column";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { statementsOf } from "../../src/ledger/facts/sentences";
import { factsVocabulary } from "../../src/ledger/facts/vocabulary";
import { chinesePart } from "../../src/ledger/normalize/text";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const v = factsVocabulary(GD_2019);
const scores = (t: string) => v.inputs.match(chinesePart(t));
const said = (t: string) => statementsOf(t, scores, 0.62, 0.06).map((s) => [s.label, s.value]);
const read = (sheet: Sheet) => Object.fromEntries(readFactsSheet(sheet, GD_2019).entries.map((e) => [e.key, String(e.value)]));

test("the notice's quoted problems are no facts of the county; its own words are", () => {
  const sheet: Sheet = {
    name: "举一反三自查表",
    rows: [
      ["序号", "对应考评指标", "通报指出的问题（摘录）", "我县是否存在同类问题", "我县情况（截至2021年8月31日）"],
      [1, "组织领导", "个别县领导小组由分管副县长任组长。", "不存在", "县委副书记、县长任组长，成员单位有县商务局、财政局、农业农村局、乡村振兴局。"],
      [2, "村级站点", "某县行政村站点覆盖率仅62%。", "不存在", "全县172个行政村已建成村级电商服务站点135个。"],
    ],
  };
  const rows = withOthersProblemsLeftOut(sheet).rows;
  expect(rows.map((r) => r[2])).toEqual(["通报指出的问题（摘录）", null, null]);
  expect(rows[1][4]).toBe(sheet.rows[1][4]);
  // (Without the county's verdict column, a 问题 column is the county's own.)
  const own: Sheet = { ...sheet, rows: sheet.rows.map((r) => r.filter((_, c) => c !== 3)) };
  expect(withOthersProblemsLeftOut(own)).toBe(own);
});

test("a column page's articles each a sentence, published there; a notice issuing a document says it issued", () => {
  const sheet: Sheet = {
    name: "专栏页面",
    rows: [
      ["▌创建方案", null, null, "更多>>"],
      ["· 龙门县人民政府办公室关于印发龙门县电子商务进农村综合示范县创建工作方案的通知", null, null, "2019-12-20"],
      ["▌项目公示", null, null, "更多>>"],
      ["· 龙门县电子商务进农村综合示范项目基本信息公示（第三批）", null, null, "2021-04-12"],
      ["▌政策文件", null, null, "更多>>"],
      ["· 龙门县人民政府办公室关于印发《龙门县促进农村电子商务发展扶持办法》的通知", null, null, "2020-04-16"],
    ],
  };
  const rows = withColumnArticles(sheet).rows;
  expect(rows[0]).toEqual([]);
  expect(rows[3]).toEqual(["龙门县电子商务进农村综合示范项目基本信息公示（第三批），已在专栏公示。"]);
  const facts = read(sheet);
  expect([facts.planIssued, facts.disclosurePlan, facts.disclosureProjects, facts.policyIssued]).toEqual(["是", "是", "是", "是"]);
  expect(said("县政府办关于印发《某县资金管理办法》的通知")).toContainEqual(["某县资金管理办法已正式印发", "是"]);
});

test("a part's figure in a bracket, a service charged for", () => {
  expect(said("全县行政村128个（其中省定贫困村18个），已建村级电商服务站点112个")).toContainEqual(["省定贫困村", "18个"]);
  // (The thing charged for is named before the fee: 产品拍摄.)
  expect(said("产品拍摄按每款30元收取成本费")).toContainEqual(["产品拍摄", "否"]);
  expect(said("摄影、美工服务不收费")).toContainEqual(["摄影、美工服务不收费", "是"]);
});

test("an itemised table's column read by its 合计 row, not its first item", () => {
  const sheet: Sheet = {
    name: "进度公示",
    rows: [
      ["四、资金使用情况。下达省级专项资金500万元。"],
      ["建设内容", "合同金额（万元）", "累计拨付（万元）", "建设进度"],
      ["县级电商公共服务中心建设", 125.6, 125.6, "已完成"],
      ["村级电商服务站点建设", 148, 118.4, "已完成，待验收"],
      ["电商培训服务", 62, 48.51, "85%"],
      ["合计", 335.6, 292.51, "—"],
    ],
  };
  expect(read(sheet).fundSpentStated).toBe("292.51");
});
