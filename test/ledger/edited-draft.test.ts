/**
 * A report sent up with the head's edits beside each paragraph (四会): 段 | 送审稿原文 | 审改意见, and a
 * points table with the draft's column beside the settled one (送审稿自评分 | 审定自评分).
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { withEditsMade } from "../../src/ledger/facts/edited-draft";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const report: CellValue[][] = [
  ["某市电子商务进农村综合示范创建考评自评报告（送审稿·局长审改）"],
  ["说明：B列为送审稿原文；C列为局长审改意见，以改后内容为准。"],
  ["段", "送审稿原文", "审改意见"],
  ["一", "基本情况", null],
  [1, "全市下辖10个镇，共有行政村63个。全市常住人口约54万人，户籍人口约44.6万人。", "常住人口按七普公报改为“54.24万人”。"],
  [2, "制定了项目管理办法，建立了项目工作台账。（自评：方案制定2分，政策支持2分，项目管理制度2分，工作台账2分）", "政策支持：配套细则至今未落地，改报1分。"],
  [3, "市电子商务公共服务中心2020年12月建成投入运营，由专业第三方运营服务商运营。", "运营时间写到日：2020年12月18日。"],
  [4, "累计开展电商普及培训和增值培训4,929人次，占常住人口的0.99%。", "9月份两期在截止日之后，不能计入，培训人次改为4,764人次（0.95%）。"],
  [5, "在市政府门户网站开设专栏，公示了创建方案、项目基本信息和项目建设进度；专栏按月更新。", "今年2月漏更新，“按月更新”改为“基本按月更新”。"],
  [6, "对照省考评指标体系，我市自评97分（含加分1分），详见下表。", "按下表审定分改为91分。"],
  [7, "省下达专项资金500万元，截至2021年8月31日累计拨付391.246万元。", "请再核一下拨付数。"],
];

test("each paragraph is read as the head edited it, alone in its row", () => {
  const rows = withEditsMade({ name: "自评报告", rows: report }).rows;
  expect(rows[4]).toEqual([null, "全市下辖10个镇，共有行政村63个。全市常住人口54.24万人，户籍人口约44.6万人。", null]);
  // The points the edit's words name (政策支持), not the first 2分 of the bracket.
  expect(rows[5][1]).toBe("制定了项目管理办法，建立了项目工作台账。（自评：方案制定2分，政策支持1分，项目管理制度2分，工作台账2分）");
  expect(rows[6][1]).toBe("市电子商务公共服务中心2020年12月18日建成投入运营，由专业第三方运营服务商运营。");
  expect(rows[7][1]).toBe("累计开展电商普及培训和增值培训4,764人次，占常住人口的0.99%。");
  expect(rows[8][1]).toContain("专栏基本按月更新");
  // Words naming nothing in the paragraph ("审定分" shares only 分 with 加分): the first of the unit.
  expect(rows[9][1]).toBe("对照省考评指标体系，我市自评91分（含加分1分），详见下表。");
  // An edit that sets nothing leaves the draft's words.
  expect(rows[10][1]).toBe(report[10][1]);
  // The header is no table's, and the lines above it are the sheet's own.
  expect(rows[2]).toEqual([null, null, null]);
  expect(rows[1]).toBe(report[1]);
});

test("a sheet without an edits column beside its draft is left as it is", () => {
  const sheet = {
    name: "自评报告",
    rows: [
      ["段", "报告原文", "备注"],
      [1, "全市常住人口约54万人。", "见统计公报"],
    ],
  };
  expect(withEditsMade(sheet)).toBe(sheet);
});

test("the edited figures, the items' points in the bracket and the settled claims are read", () => {
  const rows: CellValue[][] = [
    ...report,
    [],
    ["序号", "评价指标", "分值", "送审稿自评分", "审定自评分", "审改说明"],
    [1, "组织领导", 2, 2, 2, null],
    [3, "政策支持", 2, 2, 1, "配套细则未落地"],
    [8, "电商人才培训", 20, 20, 18, "培训人次0.95%，按8分计"],
    ["合计", null, 100, 97, 91, null],
  ];
  const r = readFactsSheet({ name: "自评报告", rows }, GD_2019);
  const value = (k: string) => r.entries.find((e) => e.key === k)?.value;
  expect(value("residentPopulation")).toBe("54.24万人");
  expect(value("centerOpened")).toBe("2020年12月18日");
  expect(value("trainingPersonTimesStated")).toBe("4,764人次");
  expect(value("judged:org.policy")).toBe("1分");
  expect(value("judged:org.management.ledger")).toBe("2分");
  const claims = Object.fromEntries(r.claims.map((c) => [c.indicator, c.value]));
  expect(claims).toMatchObject({ "org.leadership": 2, "org.policy": 1, "work.training": 18 });
  // The draft's column is no claim: 审定 is in column E.
  expect(r.claims.find((c) => c.indicator === "work.training")?.cell).toBe("E16");
});
