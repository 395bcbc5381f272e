/**
 * 南澳's 自评表: a criterion a line with its own 县级自评 points (beside the city's 市级初审), one 完成情况
 * merged down over several criteria, an indicator's name merged beside its criteria.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { withMergedAnswers } from "../../src/ledger/facts/merged-answers";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const merge = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });
const sheet: Sheet = {
  name: "自评表",
  rows: [
    ["序号", "评价指标", "考评要点", "完成情况", "县级自评", "市级初审"],
    [8, "项目管理", "建立项目管理制度，建设、验收严格执行（1-2分）", "已制定《某县示范项目管理办法》；已建立工作台账，部分月份记录不完整", 2, 2],
    [null, null, "建立完整工作台账（1-2分）", null, 1, 1],
    [9, "县级中心与产业园", "建成县级电子商务公共服务中心（2分）", "2020年12月20日建成投入运营；中心设培训室（40座）、电脑20台，免费开展电商基础培训", 2, 2],
    [null, null, "建成后已正常运行6个月以上（2分）", null, 2, 2],
    [null, null, "为特色农产品提供免费展示、销售服务（1分）", "均已提供（展销厅、摄影棚、区域公共品牌推广、代运营）", 1, 1],
    [null, null, "为电子商务市场主体提供免费摄影、美工服务（1分）", null, 1, 1],
  ],
  merges: [merge(1, 1, 2, 1), merge(1, 3, 2, 3), merge(3, 1, 6, 1), merge(3, 3, 4, 3), merge(5, 3, 6, 3)],
};

test("an answer merged down is every line's answer; a name merged down, or a header, is not copied", () => {
  const out = withMergedAnswers(sheet);
  expect(out.rows[2][3]).toBe(sheet.rows[1][3]);
  expect(out.rows[6][3]).toBe("均已提供（展销厅、摄影棚、区域公共品牌推广、代运营）");
  expect(out.rows[2][1]).toBeNull();
  const header: Sheet = {
    name: "h",
    rows: [
      ["县", "项目总体进度", "金额"],
      [null, null, "下达"],
      ["某县", "92%", 500],
    ],
    merges: [merge(0, 1, 1, 1), merge(0, 0, 1, 0)],
  };
  expect(withMergedAnswers(header)).toBe(header);
});

test("each criterion's own points are its item's; the indicator's name beside them picks the item a criterion's words leave tied; a day read with its line", () => {
  const r = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(r.ledgers, GD_2019, r.diagnostics);
  // 建立项目管理制度… reads alike as 项目管理制度 and 资金管理制度: 项目管理 beside it says which.
  expect(input.judgements["org.management.system"]?.points.toNumber()).toBe(2);
  expect(input.judgements["org.management.ledger"]?.points.toNumber()).toBe(1);
  expect(input.claims?.["org.management"]).toBeUndefined();
  expect(input.facts.centerOpened?.kind === "date" ? input.facts.centerOpened.value : undefined).toEqual({ y: 2020, m: 12, d: 20 });
  expect([input.facts.centerDisplay?.value, input.facts.centerPhoto?.value]).toEqual([true, true]);
});

test("another round's points beside the clerk's own (2020年中期自评 | 本次自评) are no claims: 本次自评 is", () => {
  const table: Sheet = {
    name: "考评得分",
    rows: [
      ["类别", "序号", "指标", "满分", "2020年中期自评", "本次自评", "备注"],
      ["组织", 1, "组织领导", 2, 1, 2, "县长任组长"],
      [null, 2, "方案制定", 2, 2, 2, "见附件1"],
      [null, 3, "政策支持", 2, 1, 1, "人才政策尚未落地"],
    ],
  };
  const r = readLedgers({ sheets: [table] }, GD_2019);
  const input = toScoringInput(r.ledgers, GD_2019, r.diagnostics);
  expect(Object.fromEntries(Object.entries(input.claims ?? {}).map(([k, c]) => [k, c.points.toNumber()]))).toEqual({
    "org.leadership": 2,
    "org.plan": 2,
    "org.policy": 1,
  });
});
