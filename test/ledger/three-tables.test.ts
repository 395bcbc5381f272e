/**
 * 源城's facts sheet of three tables one under the other: 项目 | 填报内容 | 说明, then the judged items
 * (指标 | 分值范围 | 自评分 | 依据), then the leading group person by person (职务 | 姓名 | 单位及职务).
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { withGroupRoster } from "../../src/ledger/facts/group-roster";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "基本情况及自评",
  rows: [
    ["某区电子商务进农村综合示范创建基本情况及自评表"],
    ["一、基本情况"],
    ["项目", "填报内容", "说明"],
    ["常住人口", "56.3万人", "七普"],
    ["行政村数", "42个", "另有社区居委会6个"],
    ["资金管理制度", "已制定", null],
    ["资金专用台账", "已建立", null],
    ["项目总体进度", "93%", null],
    [],
    ["二、主观指标自评"],
    ["指标", "分值范围", "自评分", "依据"],
    ["方案制定", "1-2", 2, "方案已印发并按方案推进"],
    ["工作台账", "1-2", 2, "各类台账"],
    ["资金管理制度", "1-5", 4, "资金管理办法"],
    ["资金台账", "1-5", 4, "承建方专账"],
    [],
    ["三、领导小组名单"],
    ["领导小组职务", "姓名", "单位及职务"],
    ["组长", "叶志平", "区委副书记、区长"],
    ["副组长", "刘海燕", "副区长"],
    ["成员", "黄伟强", "区商务局局长"],
    ["成员", "陈建华", "区财政局局长"],
    ["成员", "邱文清", "区农业农村局局长"],
    ["成员", "钟永福", "区乡村振兴局局长"],
  ],
};

test("everyone's bureau but the 组长's is read as one list of departments, in the first 成员 row; names are left out", () => {
  const rows = withGroupRoster(sheet).rows;
  expect(rows[18]).toEqual(["组长", null, "区委副书记、区长"]);
  expect(rows[20][2]).toBe("副区长、区商务局局长、区财政局局长、区农业农村局局长、区乡村振兴局局长");
  expect(rows[21]).toEqual([null, null, null]);
  // The role written once for the members under it.
  const once = { ...sheet, rows: sheet.rows.map((r, i) => (i > 20 ? [null, ...r.slice(1)] : r)) };
  expect(withGroupRoster(once).rows[20][2]).toBe(rows[20][2]);
});

test("each table read under its own header: facts, the judged items' points (not claims), the leader and departments", () => {
  const r = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(r.ledgers, GD_2019, r.diagnostics);
  const judged = Object.fromEntries(Object.entries(input.judgements).map(([k, j]) => [k, j.points.toNumber()]));
  expect(judged).toEqual({ "org.plan": 2, "org.management.ledger": 2, "fund.system": 4, "fund.ledger": 4 });
  expect(Object.keys(input.claims ?? {})).toEqual([]);
  expect(input.facts.fundSystemIssued?.value).toBe(true);
  expect(input.facts.fundSystemIssued?.evidence?.[0]?.cell).toBe("B6");
  expect(input.facts.leadershipLevel?.value).toBe("principal-all");
});
