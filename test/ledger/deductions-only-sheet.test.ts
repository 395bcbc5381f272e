/**
 * 蕉岭's self-assessment (131st batch) kept by deductions: "每项只填“扣分”，不扣分填0，得分＝分值－扣分；加分项只填“加分”".
 * Each line's points are its 分值 less its 扣分, a bonus line's its 加分; the account column (扣分（加分）原因及完成情况)
 * holds the county's answers.
 */
import { factsOf } from "../corpus/read-facts";
import { withPointsFromDeductions } from "../../src/ledger/facts/deduction-column";

const rows = [
  ["某县创建考评自评扣分表", null, null, null, null, null, null],
  ["本表实行扣分制：每项只填“扣分”，不扣分填0，得分＝分值－扣分；加分项只填“加分”", null, null, null, null, null, null],
  ["序号", "评价指标", "评分项", "分值", "扣分", "加分", "扣分（加分）原因及完成情况"],
  [1, "方案制定", "工作方案因地制宜、可操作性强", 2, 0, null, "《某县电子商务进农村综合示范县工作方案》已由县政府办公室正式印发"],
  [2, "项目管理", "建立项目管理制度，建设、验收环节严格落实", 2, 0, null, "制定《示范项目建设管理办法》"],
  [3, null, "建立完整工作台账", 2, 1, null, "扣1分：部分镇站点建设台账记录不完整"],
  [4, "县级中心与产业园", "建成县级电子商务公共服务中心", 2, 0, null, "2020年12月28日完成装修验收，2021年3月1日正式投入运营"],
  [5, "资金台账", "承建方建立资金专用台账", 5, 1, null, "扣1分：个别承建单位台账凭证不全"],
  [6, "电视播报", "电商扶贫典型案例获国家级（2分）、省级（1分）电视媒体播报", 2, null, 1, "广东广播电视台珠江频道播出（省级）"],
  ["合计", null, "满分100分", 100, 2, 1, "得分100－2＝98分，加分1分"],
];

test("the 扣分 column becomes each line's points (分值 − 扣分, a bonus line's 加分); the account column is the answers", () => {
  const sheet = withPointsFromDeductions({ name: "自评扣分表", rows });
  expect(sheet.rows[2]).toEqual(["序号", "评价指标", "评分项", "分值", "自评分", null, "完成情况"]);
  expect(sheet.rows.slice(3).map((r) => r[4])).toEqual([2, 2, 1, 2, 4, 1, 98]);
  const read = factsOf({ sheets: [{ name: "自评扣分表", rows }] });
  expect(read.judged).toMatchObject({ "org.management.system": 2, "org.management.ledger": 1 });
  expect(read.claimed).toMatchObject({ "fund.ledger": 4, "bonus.tvCase": 1 });
  expect(read.facts).toMatchObject({ planIssued: true, centerOpened: "2021-03-01" });
});

test("a table with points of its own keeps them: its 扣分 is their account", () => {
  const scored = [
    ["序号", "评分项", "分值", "扣分", "自评得分", "说明"],
    [1, "建立完整工作台账", 2, 1, 1, null],
  ];
  const sheet = { name: "自评表", rows: scored };
  expect(withPointsFromDeductions(sheet)).toBe(sheet);
});

test("a veto line named by its indicator (项目进度) and its item (总体进度不足40%) is the progress again, not the 专栏's 建设进度", () => {
  const read = factsOf({
    sheets: [
      {
        name: "自评扣分表",
        rows: [
          ["某县创建考评自评扣分表", null, null, null, null, null, null],
          ["项目总体进度", "86%", null, null, null, null, null],
          ["序号", "评价指标", "评分项", "分值", "扣分", "加分", "扣分（加分）原因及完成情况"],
          [1, "信息公开", "设立公开专栏且内容全面", 2, 0, null, "县政府网站设专栏，公示创建方案、项目基本信息、项目建设进度，设监督举报电话"],
          [2, "项目进度", "总体进度不足40%", null, null, null, "否：项目总体进度86%"],
        ],
      },
    ],
  });
  expect(read.facts.disclosureProgress).toBe(true);
  expect(read.facts.overallProgress).toBe(0.86);
});
