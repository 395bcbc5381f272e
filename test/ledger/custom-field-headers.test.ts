/**
 * 万山's task export from a project tool (118th): its columns are custom fields headed by their
 * names in quotes, 自定义字段「填报值」 | 自定义字段「单位」 | 自定义字段「自评分」 — read as 填报值, 单位, 自评分.
 */
import type { Sheet } from "../../src/core/grid";
import { headerKey } from "../../src/ledger/facts/header-key";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("a custom field's header is the field's name", () => {
  expect(headerKey("自定义字段「自评分」")).toBe(headerKey("自评分"));
  expect(headerKey("自定义字段「填报值」")).toBe(headerKey("填报值"));
  expect(headerKey("字段【单位】")).toBe(headerKey("单位"));
  // Quotes in a header of its own words stay.
  expect(headerKey("「自评分」说明")).not.toBe(headerKey("自评分"));
});

test("a task export's values, units and self-assessed points are read from its custom fields", () => {
  const head = [
    "任务ID",
    "父任务ID",
    "任务分组",
    "任务标题",
    "执行者",
    "任务状态",
    "截止时间",
    "完成时间",
    "自定义字段「填报值」",
    "自定义字段「单位」",
    "自定义字段「自评分」",
    "备注",
  ];
  const task = (
    id: string,
    parent: string | null,
    title: string,
    value: string | number | null,
    unit: string | null,
    points: number | null,
    note: string | null = null,
  ) => [id, parent, "01 组织领导", title, "陈××", "已完成", "2021-08-31 18:00", "2021-09-01 09:21", value, unit, points, note];
  const sheet: Sheet = {
    name: "任务导出",
    rows: [
      head,
      task("T-020", null, "方案制定", null, null, 2),
      task("T-021", "T-020", "印发示范创建工作方案", "已印发", "是/否", null, "珠万管办〔2019〕31号"),
      task("T-040", null, "项目管理", null, null, 3, "子任务合计"),
      task("T-041", "T-040", "项目管理制度", null, null, 2),
      task("T-042", "T-040", "工作台账", null, null, 1, "站点、培训台账有缺页"),
      task("T-301", "T-300", "常住人口", 4.56, "万人", null, "七普"),
    ],
  };
  const r = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(r.ledgers, GD_2019, r.diagnostics);
  expect((input.facts.residentPopulation?.value as { toNumber(): number } | undefined)?.toNumber()).toBe(45600);
  expect(input.facts.planIssued?.value).toBe(true);
  const judged = (k: string) => input.judgements[k]?.points.toNumber();
  expect([judged("org.plan"), judged("org.management.system"), judged("org.management.ledger")]).toEqual([2, 2, 1]);
});
