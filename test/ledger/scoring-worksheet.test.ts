/**
 * 怀集's scoring worksheet (130th batch): 评分项 | 基础数据／完成情况 | 测算过程 | 测算得分 | 自评小计. The
 * facts are the data column's words; the arithmetic beside them is no answer; 测算得分 is each item's
 * points and 自评小计, merged down over an indicator's items, the clerk's claim. No item's points are
 * ever a fact (a disclosure line's 2 is not the project's progress, which would veto the county).
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "自评分测算表",
  rows: [
    ["某县2019年省级电子商务进农村综合示范创建考评自评分测算表", null, null, null, null, null, null, null],
    ["序号", "评价指标（权重）", "评分项", "基础数据／完成情况", "测算过程", "测算得分", "自评小计", "佐证材料（台账）"],
    [1, "项目管理（4）", "项目管理制度", "制定《示范项目建设管理办法》，建设、验收环节按办法执行", "1-2分", 2, 3, null],
    [null, null, "工作台账", "建立项目工作台账，部分项目验收记录不全", "1-2分", 1, null, null],
    [2, "县级中心与产业园（15）", "建成县级电子商务公共服务中心", "中心于2020年10月26日投入运营", "已建成 → 2", 2, 15, null],
    [null, null, "摄影、美工服务", "设摄影棚、美工室，产品拍摄按成本收费（每款30元）", "有服务 → 1", 1, null, null],
    [3, "电商人才培训（20）", "培训人次", "常住人口80.37万人（第七次全国人口普查）；累计培训5,180人次", "5,180÷500,000＝1.036% ≥ 1% → 10", 10, 20, null],
    [4, "信息公开（4）", "专栏设立且内容全面", "县政府网站设专栏，公示创建方案、项目基本信息、项目建设进度，设监督举报电话和邮箱", "→ 2", 2, 4, null],
    [5, "一票否决：项目总体进度", null, "项目总体进度92%（不足40%否决）", "不触发", null, null, null],
  ],
  merges: [
    { top: 2, left: 0, bottom: 3, right: 0 },
    { top: 2, left: 1, bottom: 3, right: 1 },
    { top: 2, left: 6, bottom: 3, right: 6 },
    { top: 4, left: 0, bottom: 5, right: 0 },
    { top: 4, left: 1, bottom: 5, right: 1 },
    { top: 4, left: 6, bottom: 5, right: 6 },
  ],
};

function read() {
  const r = readLedgers({ sheets: [sheet] }, GD_2019);
  return toScoringInput(r.ledgers, GD_2019, r.diagnostics);
}
const num = (v: unknown) => (v as { toNumber(): number }).toNumber();

test("the facts are the data column's, never an item's points: progress 92% from its own line, training 5,180, photography charged", () => {
  const f = read().facts;
  expect(num(f.overallProgress?.value)).toBe(0.92);
  expect(num(f.trainingPersonTimesStated?.value)).toBe(5180);
  expect(num(f.residentPopulation?.value)).toBe(803700);
  expect(f.centerOpened?.value).toEqual({ y: 2020, m: 10, d: 26 });
  expect(f.centerPhoto?.value).toBe(false);
});

test("测算得分 is each item's points and 自评小计 the indicator's claim", () => {
  const input = read();
  const judged = Object.fromEntries(Object.entries(input.judgements).map(([k, j]) => [k, j.points.toNumber()]));
  expect(judged).toMatchObject({ "org.management.system": 2, "org.management.ledger": 1 });
  const claims = Object.fromEntries(Object.entries(input.claims ?? {}).map(([k, c]) => [k, num((c as { points: unknown }).points)]));
  expect(claims).toMatchObject({ "org.management": 3, "work.center": 15, "info.disclosure": 4 });
});
