/**
 * 阳山's workbook: a facts table by town with 全县 on the right, sessions with a plan beside the actual,
 * payments beside the contract and the running total, a material sent to another office, the 专栏
 * page copied whole from the website.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { withoutTownColumns } from "../../src/ledger/facts/town-columns";
import { factsVocabulary } from "../../src/ledger/facts/vocabulary";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);
const num = (input: ReturnType<typeof toScoringInput>, k: string) =>
  input.facts[k]?.kind === "number" ? (input.facts[k]?.value as { toNumber(): number }).toNumber() : undefined;

describe("a facts table by town (阳山)", () => {
  const sheet: Sheet = {
    name: "分镇数据",
    rows: [
      ["序号", "指标", "单位", "阳城镇", "七拱镇", "太平镇", "全县"],
      [1, "常住人口", "万人", 10.1, 2.6, 2.8, 39.2],
      [2, "建档立卡贫困人口（全部）", "人", 620, 880, 860, 9870],
      [3, "有劳动能力的建档立卡贫困人口（不含外出务工）", "人", 260, 370, 360, 4120],
      [4, "有劳动能力贫困人口中参加电商培训的", "人", 90, 115, 110, 1300],
      [5, "领导小组组长", "—", "/", "/", "/", "副县长"],
    ],
  };

  test("only the 全县 column is read; the towns' columns are left out where they stand", () => {
    const out = withoutTownColumns(sheet);
    expect(out.rows[1]).toEqual([1, "常住人口", "万人", null, null, null, 39.2]);
    const input = (() => {
      const r = read(sheet);
      return toScoringInput(r.ledgers, GD_2019, r.diagnostics);
    })();
    expect([num(input, "residentPopulation"), num(input, "eligiblePoorPersonsStated"), num(input, "trainedPoorPersonsStated")]).toEqual([392000, 4120, 1300]);
    expect(input.facts.leadershipLevel?.value).toBe("deputy");
  });

  test("the roster's total names neither the eligible nor the trained poor (each is said with its own words)", () => {
    const v = factsVocabulary(GD_2019);
    expect(v.inputs.match("建档立卡贫困人口（全部）", 0.62).map((m) => m.target.key)).toEqual([]);
    expect(v.inputs.match("参加培训的建档立卡贫困人口", 0.62)[0].target.key).toBe("trainedPoorPersonsStated");
  });
});

test("a session's plan beside what it did: the actual 人次 counts", () => {
  const { ledgers, recognitions } = read({
    name: "培训情况",
    rows: [
      ["序号", "培训时间", "培训主题", "计划人次", "实际人次", "其中贫困户（人次）"],
      [1, "2020.5.20", "农村电商基础知识普及", 200, 120, 35],
      [2, "2020.7.8", "网店开设与运营", 200, 150, 40],
    ],
  });
  expect(recognitions[0].columns).toMatchObject({ personTimes: 4, planned: 3 });
  expect(ledgers.training.map((t) => t.personTimes.toNumber())).toEqual([120, 150]);
});

test("each payment counts, not the contract's sum or the running total beside it", () => {
  const { ledgers } = read({
    name: "资金拨付",
    rows: [
      ["单位：元"],
      ["序号", "拨付日期", "项目名称", "合同金额（元）", "本次拨付（元）", "累计拨付（元）"],
      [1, "2020.6.18", "县级电商公共服务中心建设运营", 1200000, 360000, 360000],
      [2, "2020.10.27", "村级电商服务站点建设", 1800000, 540000, 900000],
    ],
  });
  expect(ledgers.funds.map((f) => f.amount.toNumber())).toEqual([360000, 540000]);
});

test("a material sent to another office than the city's commerce bureau is not counted, and the clerk is told", () => {
  const { ledgers, diagnostics } = read({
    name: "经验材料",
    rows: [
      ["序号", "报送日期", "材料名称", "报送对象"],
      [1, "2021年6月25日", "推进电子商务进农村工作情况汇报", "县委办公室信息科"],
      [2, "2021年7月10日", "电子商务进农村综合示范创建经验材料", "清远市商务局"],
    ],
  });
  expect(ledgers.materials.map((m) => m.source.row)).toEqual([3]);
  expect(diagnostics.list.some((d) => d.cell === "D2" && /不是市商务局/.test(d.message))).toBe(true);
});

test("a 专栏 page copied whole from the website: each line a post dated at its end; the breadcrumb and the pager are none", () => {
  const { ledgers, recognitions } = read({
    name: "公开专栏",
    rows: [
      ["当前位置：首页 > 专题专栏 > 某县电子商务进农村综合示范"],
      [null],
      ["· 某县电子商务进农村综合示范项目建设进度（2021年4月）　　　2021-05-20"],
      ["· 某县电子商务进农村综合示范项目建设进度（2021年2月）　　　2021-03-15"],
      ["· 关于印发《某县电子商务进农村综合示范县创建工作方案》的通知　　　2019-11-20"],
      [null],
      ["共3条　首页　上一页　1　下一页　尾页"],
    ],
  });
  expect(recognitions[0]).toMatchObject({ kind: "disclosures" });
  expect(ledgers.disclosures.map((d) => [d.source.row, d.date])).toEqual([
    [3, { y: 2021, m: 5, d: 20 }],
    [4, { y: 2021, m: 3, d: 15 }],
    [5, { y: 2019, m: 11, d: 20 }],
  ]);
});
