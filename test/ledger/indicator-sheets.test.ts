/**
 * A workbook kept one sheet per indicator (按指标分册, like 濠江's): each sheet opens with the same head
 * (title, 满分 | N | 自评得分 | M, 评分细则), then that indicator's facts and, on some sheets, its ledger
 * above or below them. The head is the clerk's claim for the indicator; the criteria are the rubric's
 * words; the facts and the ledgers are read wherever they sit on the sheet.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { withIndicatorHead } from "../../src/ledger/facts/indicator-head";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const head = (title: string, full: number, self: number, criteria: string): CellValue[][] => [
  [title, null, null, null, null],
  ["满分", full, "自评得分", self, "备注"],
  [`评分细则：${criteria}`, null, null, null, null],
  [],
];

const policy: Sheet = {
  name: "三、政策支持",
  rows: [...head("三、政策支持", 2, 1, "出台相关政策，且得到较好落实（1-2分）"), ["政策文件", "《某县促进农村电商发展十条》（某府〔2020〕3号）"]],
};
const reporting: Sheet = {
  name: "九、数据上报",
  rows: [...head("九、数据上报", 6, 3, "近一年每月报送3分；能统计电商扶贫情况3分"), ["月报情况", "每月10日前报市商务局"]],
};
const training: Sheet = {
  name: "六、人才培训",
  rows: [
    ...head("六、人才培训", 20, 16, "培训人次达常住人口1%及以上10分"),
    ["全县常住人口", "28.5万人", "第七次人口普查"],
    [],
    ["期数", "开班日期", "培训内容", "培训人次"],
    ["第一期", "2020.10.9", "网店运营", 150],
    ["第二期", "2021.4.22", "直播带货", 180],
  ],
};
const center: Sheet = {
  name: "四、服务中心",
  rows: [
    ...head("四、服务体系建设—县级中心与产业园", 15, 13, "中心建成2分"),
    ["服务中心投入运营时间", "2020年11月8日"],
    ["电商产业园", "已建成"],
    [],
    ["附：园区入驻企业"],
    ["序号", "企业名称", "企业类型", "入驻时间"],
    [1, "某县好味道食品有限公司", "销售型", "2020.11.20"],
    [2, "某县快递分拨中心", "物流企业", "2020.12.1"],
  ],
};
const disclosure: Sheet = {
  name: "八、信息公开",
  rows: [
    ...head("八、信息公开", 4, 3, "设立公开专栏且内容全面2分"),
    ["专栏公示创建方案", "是"],
    [],
    ["序号", "更新日期", "更新内容"],
    [1, "2020.9.18", "9月项目进度"],
    [2, "2020.10.20", "10月项目进度"],
  ],
};

test("the head's 自评得分 becomes the claim said in words, its title and criteria are no longer there", () => {
  const rows = withIndicatorHead(policy).rows;
  expect(rows[1]).toEqual([null, null, null, "政策支持：自评1分", null]);
  expect(rows[0].every((v) => v === null)).toBe(true);
  expect(rows[2].every((v) => v === null)).toBe(true);
  expect(rows[4]).toEqual(policy.rows[4]);
  // A sheet without such a head is left as it is.
  expect(
    withIndicatorHead({
      name: "x",
      rows: [
        ["满分", 2],
        ["常住人口", "28万"],
      ],
    }).rows,
  ).toEqual([
    ["满分", 2],
    ["常住人口", "28万"],
  ]);
});

describe("a workbook kept one sheet per indicator", () => {
  const read = readLedgers({ sheets: [policy, reporting, training, center, disclosure] }, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);

  test("a sheet holding only its head and one line is a facts sheet; its points are the judged item's", () => {
    expect(read.recognitions.find((r) => r.sheet === "三、政策支持")?.kind).toBe("facts");
    expect(input.judgements["org.policy"]?.points.toNumber()).toBe(1);
    expect(input.judgements["org.policy"]?.evidence?.[0]).toMatchObject({ sheet: "三、政策支持", cell: "D2" });
  });

  test("the criteria's words state nothing of the county (能统计电商扶贫情况3分 is no answer)", () => {
    expect(input.facts.povertyStatisticsStated).toBeUndefined();
    expect(input.claims?.["info.reporting"]?.points.toNumber()).toBe(3);
  });

  test("facts above a ledger are read as well as the ledger, and the head is the indicator's claim", () => {
    expect(input.facts.residentPopulation?.value?.toString()).toBe("285000");
    expect(read.ledgers.training.map((t) => Number(t.personTimes))).toEqual([150, 180]);
    expect(input.claims?.["work.training"]?.points.toNumber()).toBe(16);
  });

  test("a ledger under the facts is read as its own table, the facts above it as facts", () => {
    expect(input.facts.centerOpened?.value).toBeDefined();
    expect(input.facts.parkBuilt?.value).toBe(true);
    expect(read.ledgers.enterprises.map((e) => e.name)).toEqual(["某县好味道食品有限公司", "某县快递分拨中心"]);
    expect(input.claims?.["work.center"]?.points.toNumber()).toBe(13);
  });

  test("a two-column log under the facts is known by the sheet's name (信息公开 over 更新日期 | 更新内容)", () => {
    expect(input.facts.disclosurePlan?.value).toBe(true);
    expect(read.ledgers.disclosures.map((d) => d.date)).toEqual([
      { y: 2020, m: 9, d: 18 },
      { y: 2020, m: 10, d: 20 },
    ]);
  });
});
