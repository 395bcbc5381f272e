/** 始兴's and 陆河's ledgers: 人次 kept in parts (线下 | 线上), 自然村 rows under their 村委会, a press list's 来源. */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const merge = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

describe("a session's 人次 kept in parts under one merged header", () => {
  const rows = [
    ["某县电子商务进农村培训场次登记表", null, null, null, null, null],
    ["序号", "培训日期", "培训主题", "计划人数", "实际参训人次", null],
    [null, null, null, null, "线下", "线上（直播）"],
    [1, "2020.6.18", "农村电商基础", 100, 96, null],
    [2, "2020.9.10", "直播带货实操", 150, 85, 312],
    [3, "2021.1.14", "年货节直播专场", 300, null, 426],
    [4, "2021.3.25", "品牌与包装", 80, null, null],
    ["合计", null, null, null, 181, 738],
  ];
  const read = (sheet: Sheet) => readLedgers({ sheets: [sheet] }, GD_2019);

  test("线下 | 线上 are added; a blank part adds nothing; a session with no part filled is not counted and said so", () => {
    const { ledgers, diagnostics } = read({ name: "培训场次", rows, merges: [merge(0, 0, 0, 5), merge(1, 4, 1, 5)] });
    expect(ledgers.training.map((t) => [t.date, t.personTimes.toNumber()])).toEqual([
      [{ y: 2020, m: 6, d: 18 }, 96],
      [{ y: 2020, m: 9, d: 10 }, 397],
      [{ y: 2021, m: 1, d: 14 }, 426],
    ]);
    expect(diagnostics.list.some((d) => d.sheet === "培训场次" && /未填写/.test(d.message))).toBe(true);
  });

  test("a total and its share (合计 | 其中贫困户) under one header are no parts: only the total counts", () => {
    const shares = rows.map((r, i) => (i === 2 ? [null, null, null, null, "合计", "其中贫困户"] : r));
    const { ledgers } = read({ name: "培训场次", rows: shares, merges: [merge(0, 0, 0, 5), merge(1, 4, 1, 5)] });
    expect(ledgers.training.map((t) => t.personTimes.toNumber())).toEqual([96, 85]);
  });
});

describe("自然村 rows under their 村委会 (陆河)", () => {
  const sheet: Sheet = {
    name: "村（居）及自然村名单",
    rows: [
      ["某县行政村（社区）及自然村名单"],
      ["序号", "镇", "名称", "类别", "省定贫困村", "快递进村"],
      [1, "河田镇", "新寮村委会", "行政村", "否", "是"],
      [null, null, "　　上寮", "自然村", null, null],
      [null, null, "　　下寮", "自然村", null, null],
      [2, "河田镇", "朝阳社区居委会", "社区", "否", "是"],
      [3, "水唇镇", "螺洞村委会", "行政村", "是", "是"],
      [null, null, "　　螺洞", "自然村", null, null],
      [4, "水唇镇", "欧田村委会", "行政村", "否", "否"],
    ],
  };

  test("the list is read from its own header (a bare 名称), not from a numbered row below un-numbered ones", () => {
    const { recognitions } = readLedgers({ sheets: [sheet] }, GD_2019);
    expect(recognitions[0]).toMatchObject({ kind: "villages", headerRow: 1 });
  });

  test("a 自然村 is part of its village, not a village: not a record, and the clerk is told where", () => {
    const { ledgers, diagnostics } = readLedgers({ sheets: [sheet] }, GD_2019);
    expect(ledgers.villages.map((v) => [v.name, v.type, v.poor])).toEqual([
      ["新寮村委会", "admin", false],
      ["朝阳社区居委会", "residents", false],
      ["螺洞村委会", "admin", true],
      ["欧田村委会", "admin", false],
    ]);
    expect(diagnostics.list.filter((d) => /是自然村/.test(d.message)).map((d) => d.cell)).toEqual(["D4", "D5", "D8"]);
  });
});

test("a press list's 来源 is the outlet: its level and whether it is television follow from it", () => {
  const sheet: Sheet = {
    name: "宣传报道",
    rows: [
      ["序号", "刊发日期", "标题", "来源", "链接/版面"],
      [1, "2020.10.16", "青梅搭上电商快车", "汕尾日报", "第3版"],
      [2, "2021.3.9", "电商扶贫让山货走出大山", "汕尾广播电视台《汕尾新闻》", "视频"],
      [3, "2021.6.30", "电商进农村激活乡村振兴", "人民网", "网络"],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.media.map((m) => [m.level, m.tv])).toEqual([
    ["city", false],
    ["city", true],
    ["national", false],
  ]);
});
