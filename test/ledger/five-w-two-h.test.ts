/**
 * 高明's workbook (79th blind batch): the facts as a 5W2H table (What | Why | Who | When | Where | How |
 * How much | 自评分, Chinese names on a second header row), its indicators in the clerk's words and no
 * 满分 column; a civil-affairs register of 自治组织 codes as the village list; a station in 杨和社区
 * where the list has both 杨和村 and 杨和社区; a fund ledger's 截至8月31日小计; 我区无省定贫困村.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { isTotalText } from "../../src/ledger/normalize/text";
import { readLedgers } from "../../src/ledger/read";
import { scoreGrids } from "../../src/pipeline";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { factsOf } from "../corpus/read-facts";

const fiveW: Sheet = {
  name: "5W2H梳理表",
  rows: [
    ["某区电子商务进农村综合示范创建重点工作“5W2H”梳理表"],
    ["序号", "What", "Why", "Who", "When", "Where", "How", "How much", "自评分"],
    [null, "做什么", "为什么做", "谁来做", "什么时候", "在哪里", "怎么做（现状）", "做多少", null],
    [
      1,
      "组织领导",
      "建立协调机制",
      "组长：区委副书记、区长；成员：区经科局（商务）、区财政局、区农业农村局、区乡村振兴局",
      "2019年11月",
      "区政府",
      "每季度召开会议",
      "会议7次",
      2,
    ],
    [
      2,
      "区电商公共服务中心",
      "提供服务",
      "运营方（第三方）",
      "2020年11月18日开业运营",
      "荷城街道",
      "免费培训室✔；农产品免费展示展销✔；免费摄影美工✘（外包收费）",
      "场地1,200㎡",
      14,
    ],
    [3, "电商产业园", "形成产业集聚", "园区运营方", "2020年6月起", "杨和镇", "整合旧厂房建成电子商务产业园✔", "入驻企业22家", null],
    [4, "村级站点", "覆盖≥70%", "各镇", "2020年5月—2021年9月", "46个行政村", "建站37个", "覆盖行政村34个；我区无省定贫困村", 10],
    [5, "资金管理制度", "规范资金使用", "区经科局", "2019年12月", "—", "制定《专项资金管理办法》✔", "—", 5],
    [6, "资金专用台账", "可追溯", "区经科局", "2020年起", "—", "建立资金专用台账✔", "—", 4],
  ] as CellValue[][],
  merges: [
    { top: 1, left: 0, bottom: 2, right: 0 },
    { top: 1, left: 8, bottom: 2, right: 8 },
    // (The centre's 14 stands for the centre and the park together.)
    { top: 4, left: 8, bottom: 5, right: 8 },
  ],
};

test("a 5W2H table: its who, when and how answer each line, its 自评分 are the indicators' claims", () => {
  const got = factsOf({ sheets: [fiveW] });
  expect(got.leadership).toBe("principal-all");
  expect(got.facts.centerOpened).toBe("2020-11-18");
  expect(got.facts.centerFreeTraining).toBe(true);
  expect(got.facts.centerPhoto).toBe(false);
  expect(got.facts.poorVillagesStated).toBe(0);
  expect(got.claimed["org.leadership"]).toBe(2);
  expect(got.claimed["work.center"]).toBe(14);
  // With no 满分 anywhere, 资金管理制度 and 资金专用台账 name the indicators whose inputs they are.
  expect(got.claimed["fund.system"]).toBe(5);
  expect(got.claimed["fund.ledger"]).toBe(4);
});

test("a day before 小计 with no year (截至8月31日小计) makes a total line", () => {
  expect(isTotalText("截至8月31日小计")).toBe(true);
  expect(isTotalText("截止2021年8月31日合计")).toBe(true);
  expect(isTotalText("8月31日拨付")).toBe(false);
});

const register: Sheet = {
  name: "村（居）委会赋码名单",
  rows: [
    ["某区基层群众性自治组织特别法人统一社会信用代码赋码名单"],
    ["序号", "统一社会信用代码", "组织名称", "所属镇（街道）", "快递进村"],
    [1, "54440608J58TM0XR36", "佛山市高明区杨和镇杨和村民委员会", "杨和镇", "✓"],
    [2, "54440608KN47QB20QU", "佛山市高明区杨和镇杨和社区居民委员会", "杨和镇", "✓"],
    [3, "544406087B7ETHGDF6", "佛山市高明区杨和镇对川村民委员会", "杨和镇", "✗（快递点设在邻村）"],
  ],
};

test("a register of 自治组织 codes is the village list: its 村民委员会 villages, its 居民委员会 communities", () => {
  const { ledgers } = readLedgers({ sheets: [register] }, GD_2019);
  expect(ledgers.villages.map((v) => [v.name, v.type, v.express])).toEqual([
    ["佛山市高明区杨和镇杨和村民委员会", "admin", true],
    ["佛山市高明区杨和镇杨和社区居民委员会", "residents", true],
    ["佛山市高明区杨和镇对川村民委员会", "admin", false],
  ]);
});

test("a station in 杨和社区 covers no village where the list has 杨和村 and 杨和社区 both", () => {
  const stations: Sheet = {
    name: "站点台账",
    rows: [
      ["序号", "站点名称", "镇（街道）", "所在村（社区）", "挂牌时间"],
      [1, "杨和社区电子商务服务站", "杨和镇", "杨和社区", "2020.10.22"],
      [2, "对川村电子商务服务站", "杨和镇", "对川村", "2021/1/9"],
    ],
  };
  const { report } = scoreGrids({ sheets: [register, stations] });
  expect(report.measures.adminVillages).toBe(2);
  expect(report.measures.coveredVillages).toBe(1);
  expect(report.diagnostics.some((d) => /“杨和社区”是居委会\/社区/.test(d.message))).toBe(true);
});
