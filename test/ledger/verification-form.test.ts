/**
 * A city's 核实单: the city prefilled what it knew (市局掌握情况), the county answers each line in its
 * own column (核实情况（县填）) with 一致 or the figure that holds; its own points in a score table
 * below (县自评得分). And a column log dated only in its pages' addresses.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { withVerifiedValues } from "../../src/ledger/facts/verified-values";
import { dateInUrl } from "../../src/ledger/normalize/date";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const form: Sheet = {
  name: "数据核实单",
  rows: [
    ["某市商务局示范县考评数据核实单"],
    ["序号", "核实事项", "单位", "市局掌握情况", "核实情况（县填）", "差异说明"],
    [1, "常住人口", "万人", 61.2, "一致", null],
    [2, "行政村数", "个", 180, 176, "4个村改居"],
    [3, "牵头领导及成员单位", "—", "分管副县长牵头", "县长任组长；成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局", "领导小组调整"],
    [4, "其他衍生增值服务", "是/否", "是", "否", "尚未开展"],
    [5, "专栏征求意见或监督举报窗口", "是/否", "否", "是", "5月已开通"],
    [],
    ["序号", "工作任务", "评价指标", "权重", "县自评得分"],
    [1, "加强组织领导", "组织领导", 2, 2],
    [2, null, "方案制定", 2, 1],
  ],
};

test("the county's column is read: 一致 as the city's figure, a corrected figure as itself; the city's column not at all", () => {
  const rows = withVerifiedValues(form).rows;
  expect(rows.slice(2, 7).map((r) => r[4])).toEqual([61.2, 176, form.rows[4][4], "否", "是"]);
  expect(rows.slice(2, 7).map((r) => r[3])).toEqual([null, null, null, null, null]);
  const read = readLedgers({ sheets: [form] }, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  const f = input.facts;
  expect([f.residentPopulation?.value?.toString(), f.adminVillagesStated?.value?.toString()]).toEqual(["612000", "176"]);
  expect([f.centerOther?.value, f.disclosureWindow?.value]).toEqual([false, true]);
  // The leader named before the departments in the county's answer, all four departments with him.
  expect(f.leadershipLevel?.value).toBe("principal-all");
  // The score table under it: the county's points, not the 权重.
  expect(Object.fromEntries(Object.entries(input.claims ?? {}).map(([k, c]) => [k, c.points.toNumber()]))).toEqual({ "org.leadership": 2, "org.plan": 1 });
});

test("a form without a county column beside the prefilled one is left as it is", () => {
  const plain: Sheet = {
    name: "基础数据",
    rows: [
      ["事项", "市局掌握情况"],
      ["常住人口", 61.2],
    ],
  };
  expect(withVerifiedValues(plain)).toBe(plain);
});

test("a government site's page address dates the page", () => {
  expect(dateInUrl("http://www.example.gov.cn/xxgk/ztzl/202106/t20210604_1300981.html")).toEqual({ y: 2021, m: 6, d: 4 });
  expect(dateInUrl("http://www.example.gov.cn/xxgk/ztzl/202106/t20210631_1300981.html")).toBeUndefined();
  expect(dateInUrl("https://mp.weixin.qq.com/s/AbC20210604")).toBeUndefined();
  const log: Sheet = {
    name: "专栏发布清单",
    rows: [
      ["序号", "信息标题", "所属栏目", "链接"],
      [1, "示范项目3月份建设进度", "建设进度", "http://www.example.gov.cn/zl/202104/t20210407_1266034.html"],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [log] }, GD_2019);
  expect(ledgers.disclosures.map((d) => d.date)).toEqual([{ y: 2021, m: 4, d: 7 }]);
});

test("a self-assessment meeting's minutes: 同意 keeps the report, a value the meeting set replaces it; who reported it is no value", () => {
  const minutes: Sheet = {
    name: "自评会议记录",
    rows: [
      ["序号", "事项", "汇报单位", "汇报情况", "会议核定", "备注"],
      [1, "县（市、区）", "市商务局", "信宜市", "同意", null],
      [2, "常住人口", "市统计局", "98.7万人（2020年统计年报推算）", "改按第七次全国人口普查数：101.96万人", null],
      [3, "中心免费摄影、美工服务", "运营方", "有", "核定为“无”：摄影棚、美工按成本收费", null],
      [4, "参加培训的建档立卡贫困人口", "运营方", "46人", "核定为42人：其中4人为外出务工人员，不计入", null],
      [5, "累计拨付", "市财政局", "426.3万元", "核定为截至8月31日388.6万元（9月6日拨付的37.7万元不计）", null],
      [6, "电商培训人次", "运营方", "5,230人次（含9月上旬两期）", "按截至8月31日口径核定为4,668人次（普及培训4,585人次＋贫困户专场83人次）", null],
    ],
  };
  const read = readLedgers({ sheets: [minutes] }, GD_2019);
  const f = toScoringInput(read.ledgers, GD_2019, read.diagnostics).facts;
  expect(f.county?.value).toBe("信宜市");
  expect([f.residentPopulation?.value?.toString(), f.trainedPoorPersonsStated?.value?.toString(), f.fundSpentStated?.value?.toString()]).toEqual([
    "1019600",
    "42",
    "3886000",
  ]);
  expect(f.centerPhoto?.value).toBe(false);
  // (A figure's thousands comma is no comma ending the value the meeting set.)
  expect(f.trainingPersonTimesStated?.value?.toString()).toBe("4668");
});
