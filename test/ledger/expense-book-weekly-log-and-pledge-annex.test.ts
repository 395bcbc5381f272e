/**
 * 化州's and 南澳's workbooks (135th and 136th batches). An expense account's 明细账 (科目：行政支出…) pays on the debit
 * side, its 摘要 saying 付…款; a desk's weekly log (起止日期 | 本周完成工作 | 下周工作计划) sends the monthly reports,
 * posts on the column and sends the city its experience, each on the day its entry names; a village collective-income
 * table with a 是否省定相对贫困村 column is the village list, not the poor villages'; a pledge's annex keeps its facts in
 * a 主要数据和事实 column; and a 1 in the points column of a line of 1 point still says yes.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { factsOf } from "../corpus/read-facts";

const ymd = (d: { y: number; m: number; d?: number } | null) => (d ? `${d.y}-${d.m}-${d.d ?? ""}` : null);

test("an expense account's book pays on its debit side: 付…款 there, the year-end 结转 on the credit side none", () => {
  const sheet: Sheet = {
    name: "专项资金明细账",
    rows: [
      ["明　细　账", null, null, null, null, null, null, null],
      ["科目：720101 行政支出—项目支出—省级电子商务进农村综合示范专项资金", null, null, null, null, null, null, null],
      ["2020年", null, null, null, null, null, null, "第1页"],
      ["月", "日", "凭证号数", "摘要", "借方", "贷方", "借或贷", "余额"],
      [null, null, null, "期初余额", null, null, "平", 0],
      [9, 18, "记-15", "付市电商公共服务中心建设首期款", 360000, null, "借", 360000],
      [9, 18, null, "本月合计", 360000, null, "借", 360000],
      [10, 20, "记-22", "付村级电商服务站点建设首期款", 280000, null, "借", 640000],
      [12, 28, "记-31", "付农产品品牌培育推广首期款", 259600, null, "借", 899600],
      [12, 31, "记-40", "结转本年行政支出", null, 899600, "平", 0],
      [12, 31, null, "本年累计", 899600, 899600, "平", 0],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.funds.map((f) => [ymd(f.date), f.amount.toNumber()])).toEqual([
    ["2020-9-18", 360000],
    ["2020-10-20", 280000],
    ["2020-12-28", 259600],
  ]);
});

test("a weekly log: each entry on the day it names, in its week's year; the plans for next week none", () => {
  const sheet: Sheet = {
    name: "周工作台账",
    rows: [
      ["某市商务局电子商务股周工作台账（2020年9月—2021年9月）", null, null, null],
      ["周次", "起止日期", "本周完成工作", "下周工作计划"],
      ["第1周", "2020.8.31—9.6", "1．9月4日向茂名市商务局报送8月电子商务进农村工作月报及电商扶贫统计表\n2．检查镇村站点运营情况", "1．报送上月工作月报"],
      ["第3周", "2020.9.14—9.20", "1．9月17日在市政府门户网站“电子商务进农村综合示范”专栏发布项目建设进度（8月）", "1．专栏更新"],
      ["第6周", "2020.10.5—10.11", "1．10月10日向茂名市商务局报送9月电子商务进农村工作月报及电商扶贫统计表", "1．检查站点"],
      ["第18周", "2020.12.28—2021.1.3", "1．12月30日向茂名市商务局报送12月进展月报", "1．报送上月工作月报"],
      ["第19周", "2021.1.4—1.10", "1．1月6日在市政府门户网站“电子商务进农村综合示范”专栏发布项目建设进度（12月）", "—"],
      ["第42周", "2021.6.14—6.20", "1．6月18日向茂名市商务局报送经验材料《一片橘红带富一方百姓》", "—"],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.reports.map((r) => [ymd(r.date), r.poverty])).toEqual([
    ["2020-9-4", true],
    ["2020-10-10", true],
    ["2020-12-30", null],
  ]);
  expect(ledgers.disclosures.map((d) => ymd(d.date))).toEqual(["2020-9-17", "2021-1-6"]);
  expect(ledgers.materials.map((m) => [ymd(m.date), m.title])).toEqual([["2021-6-18", "一片橘红带富一方百姓"]]);
});

test("a collective-income table asking 是否省定相对贫困村 of each 村（居）委会 is the village list", () => {
  const sheet: Sheet = {
    name: "村集体经济收入",
    rows: [
      ["某市2020年度村级集体经济收入情况统计表", null, null, null, null, null, null, null],
      ["某市农业农村局　　2021年3月　　单位：万元", null, null, null, null, null, null, null],
      ["说明：村委会、居委会（社区）均列入；“是否省定相对贫困村”按2016年省定相对贫困村名单填“是”或“否”，居委会填“—”。", null, null, null, null, null, null, null],
      ["序号", "镇（街道）", "村（居）委会", "类别", "是否省定相对贫困村", "集体经济收入合计", "其中", null],
      [null, null, null, null, null, null, "经营性收入", "上级补助收入"],
      [1, "河西街道", "那垌村", "村委会", "否", 20.79, 13.93, 4.89],
      [2, null, "竹田村", "村委会", "是", 20.24, 14.58, 4.34],
      [3, null, "北岸社区居委会", "居委会", "—", 14.1, 11.71, null],
      [4, "东山街道", "石宁村", "村委会", "否", 9.8, 5.1, 4.7],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.poorVillages).toEqual([]);
  expect(ledgers.villages.map((v) => [v.name, v.type, v.poor])).toEqual([
    ["那垌村", "admin", false],
    ["竹田村", "admin", true],
    ["北岸社区居委会", "residents", null],
    ["石宁村", "admin", false],
  ]);
});

test("a pledge's annex: its 主要数据和事实 column holds the facts beside each indicator's points", () => {
  const read = factsOf({
    sheets: [
      {
        name: "附件 自评数据及得分",
        rows: [
          ["某县电子商务进农村综合示范创建自评主要数据及得分一览表", null, null, null, null, null, null],
          ["序号", "工作任务", "评价指标", "分值", "主要数据和事实", "数据提供单位", "自评得分"],
          [
            1,
            "加强组织领导与统筹协调（10分）",
            "组织领导",
            2,
            "县政府成立以县长为组长，县商务局、财政局、农业农村局、乡村振兴局为成员单位的示范县创建工作领导小组。",
            "县政府办",
            2,
          ],
          [2, null, "电商人才培训", 20, "常住人口6.26万人（第七次全国人口普查）；示范创建以来培训548人次。", "县统计局", 18],
          [3, "加强财政资金管理（15分）", "资金支出", 5, "省级下达资金500万元，截至2021年8月31日累计支出4,126,380.00元。", "县财政局", 4],
        ],
      },
    ],
  });
  expect(read.leadership).toBe("principal-all");
  expect(read.facts).toMatchObject({ residentPopulation: 62600, trainingPersonTimesStated: 548, fundAllocated: 5000000, fundSpentStated: 4126380 });
});

test("a 1 in the points column of a line of 1 point says yes, its account merged over the lines above it", () => {
  const rows = (points: number) => [
    ["某县考评自评表（县级自评、市级初审）", null, null, null, null, null],
    ["序号", "评价指标", "考评要点", "完成情况", "县级自评", "市级初审"],
    [1, "常住人口", "第七次全国人口普查", "62480人", "—", "—"],
    [9, "县级中心与产业园", "建成县级电子商务公共服务中心（2分）", "2020年12月20日建成投入运营；免费开展电商基础培训", 2, 2],
    [null, null, "有免费培训场所、培训设备，能组织电商基础培训（2分）", null, 2, 2],
    [null, null, "为特色农产品提供免费展示、销售服务（1分）", "均已提供（展销厅、摄影棚、区域公共品牌推广）", points, points],
    [null, null, "为电子商务市场主体提供免费摄影、美工服务（1分）", null, points, points],
  ];
  const merges = [
    { top: 3, left: 3, bottom: 4, right: 3 },
    { top: 5, left: 3, bottom: 6, right: 3 },
  ];
  expect(factsOf({ sheets: [{ name: "自评表", rows: rows(1), merges }] }).facts).toMatchObject({ centerDisplay: true, centerPhoto: true });
});
