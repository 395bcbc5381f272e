/**
 * Lists kept the way a township keeps them: a station list relisted every quarter, a poor roster
 * whose one 劳动力状况 cell also says where the person works, and a Word form of ticked boxes pasted
 * into Excel.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { tickedOption } from "../../src/ledger/normalize/checkbox";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const HEADER = ["序号", "镇", "站点名称", "所在村", "挂牌时间", "站长", "本季运营情况", "备注"];

test("a station list relisted each quarter is one record per station, renamed or not; one closed later is none", () => {
  const quarters: Sheet = {
    name: "站点运营情况（按季度）",
    rows: [
      ["村级电商服务站点运营情况表（每季度末重列在运营站点）"],
      ["一、2020年第四季度"],
      HEADER,
      [1, "黄坡镇", "黄坡村电商服务站", "黄坡村委会", "2020.10.16", "詹强", "正常", null],
      [2, "黄坡镇", "北湾村电商服务站", "北湾村", "2020.10.16", "温勇清", "正常", null],
      [3, "兰石镇", "兰石村电商服务站", "兰石村", "2020.11.20", "许勇燕", "正常", null],
      [4, "樟铺镇", "樟山村电商服务站", "樟山村", "2020.12.3", "朱金娟", "正常", null],
      ["二、2021年第一季度"],
      HEADER,
      [1, "黄坡镇", "黄坡村电商服务站", "黄坡村", "2020年10月16日", "詹强", "正常", null],
      [2, "黄坡镇", "北湾村电商服务站", "北湾村", "2020年10月16日", "温勇清", "暂停（站点装修）", null],
      [3, "兰石镇", "兰石村益农电商服务站", "兰石村", "2020年11月20日", "许勇燕", "正常", "与益农信息社合并后更名"],
      [4, "樟铺镇", "樟山村电商服务站", "樟山村", "2020年12月3日", "朱金娟", "已撤销", "2021年2月撤销"],
      [5, "黄坡镇", "黄坡村第二电商服务站", "黄坡村", "2021年3月10日", "古娣波", "正常", "本季新增"],
    ],
  };
  const r = readLedgers({ sheets: [quarters] }, GD_2019);
  expect(r.ledgers.stations.map((s) => [s.name, s.village, s.opened && formatDate(s.opened)])).toEqual([
    ["黄坡村电商服务站", "黄坡村委会", "2020-10-16"],
    ["北湾村电商服务站", "北湾村", "2020-10-16"],
    ["兰石村电商服务站", "兰石村", "2020-11-20"],
    ["黄坡村第二电商服务站", "黄坡村", "2021-03-10"],
  ]);
  const said = r.diagnostics.list.map((d) => `${d.cell} ${d.message}`);
  expect(said).toContain("7:7 站点“樟山村电商服务站”在后面的一期注明已撤销，不计入");
  expect(said).toContain("10:12 第 10–12 行中共 3 行是前面已列站点在后面一期的重列，只计一次（第 10 行同第 4 行、第 11 行同第 5 行、第 12 行同第 6 行）");
});

test("a closing word written with spaces in it, in any cell of a later listing, still closes the station", () => {
  const quarters: Sheet = {
    name: "站点运营情况（按季度）",
    rows: [
      ["一、2020年第四季度"],
      HEADER,
      [1, "黄坡镇", "黄坡村电商服务站", "黄坡村", "2020.10.16", "詹强", "正常", null],
      [2, "黄坡镇", "北湾村电商服务站", "北湾村", "2020.10.16", "温勇清", "正常", null],
      [3, "兰石镇", "兰石村电商服务站", "兰石村", "2020.11.20", "许勇燕", "正常", null],
      ["二、2021年第一季度"],
      HEADER,
      [1, "黄坡镇", "黄坡村电商服务站", "黄坡村", "2020.10.16", "詹强", "正常", null],
      [2, "黄坡镇", "北湾村电商服务站", "北湾村", "2020.10.16", "温勇清", "正常", "2021年3月 停 运"],
      [3, "兰石镇", "兰石村电商服务站", "兰石村", "2020.11.20", "许勇燕", "正常", "已注\u3000销"],
    ],
  };
  const r = readLedgers({ sheets: [quarters] }, GD_2019);
  expect(r.ledgers.stations.map((s) => s.name)).toEqual(["黄坡村电商服务站"]);
});

test("a station listed twice by a slip is no snapshot list: both rows stay records", () => {
  const list: Sheet = {
    name: "站点台账",
    rows: [
      ["序号", "镇", "站点名称", "所在村", "挂牌时间", "站长"],
      [1, "黄坡镇", "黄坡村电商服务站", "黄坡村", "2020.10.16", "詹强"],
      [2, "黄坡镇", "北湾村电商服务站", "北湾村", "2020.10.16", "温勇清"],
      [3, "黄坡镇", "黄坡村电商服务站", "黄坡村", "2020.10.16", "詹强"],
    ],
  };
  expect(readLedgers({ sheets: [list] }, GD_2019).ledgers.stations).toHaveLength(3);
});

test("a roster's 劳动力状况 cell says both whether a person can work and where they work", () => {
  const roster: Sheet = {
    name: "马市镇",
    rows: [
      ["马市镇有劳动能力贫困人口摸底名单"],
      ["序号", "姓名", "身份证号", "劳动力状况", "备注"],
      ["一、红梨村（省定贫困村）"],
      [1, "黄梅芳", "440222199611163442", "有劳动能力·镇内务工（马市烤鸭加工厂）", null],
      [2, "陈小", "440222199209159277", "有劳动能力·外出务工（深圳）", null],
      [3, "潘远龙", "440222195208105033", "无劳动能力（年老体弱）", null],
      [4, "谢亚", "440222199709086924", "有劳动能力·在家务农", null],
      [5, "赖新", "440222198411080672", "有劳动能力", null],
    ],
  };
  const r = readLedgers({ sheets: [roster] }, GD_2019);
  expect(r.ledgers.poorPersons.map((p) => [p.name, p.labour, p.migrant])).toEqual([
    ["黄梅芳", true, false],
    ["陈小", true, true],
    ["潘远龙", false, null],
    ["谢亚", true, false],
    ["赖新", true, null],
  ]);
});

test("a Word form of ticked boxes: the ticked option is the answer, none ticked is no answer", () => {
  expect(tickedOption("☑有\u3000□无")).toBe("有");
  expect(tickedOption("□在家\u3000■外出务工（广州）")).toBe("外出务工（广州）");
  expect(tickedOption("□有\u3000□无")).toBe("");
  expect(tickedOption("√")).toBeUndefined();
  expect(tickedOption("有")).toBeUndefined();
  const survey: Sheet = {
    name: "培训意愿摸底表",
    rows: [
      ["建档立卡贫困劳动力电商培训意愿摸底表（黄坡镇）"],
      ["序号", "姓名", "身份证号码", "所在村", "劳动能力", "务工情况", "电商培训意愿"],
      [1, "詹凤梅", "440883199001233488", "黄坡村", "☑有\u3000□无", "☑在家\u3000□外出务工", "☑愿意\u3000□不愿意"],
      [2, "杨红", "440883199003274662", "北湾村", "√有\u3000□无", "□在家\u3000☑外出务工（广州）", "☑愿意\u3000□不愿意"],
      [3, "黄桂波", "440883198102224922", "岭头村", "□有\u3000☑无", "□在家\u3000□外出务工", "□愿意\u3000☑不愿意"],
      [4, "邓清", "440883197605266142", "坡头村", "□有\u3000□无", "☑在家（照顾老人）\u3000□外出务工", "□愿意\u3000☑不愿意"],
    ],
  };
  const r = readLedgers({ sheets: [survey] }, GD_2019);
  expect(r.ledgers.training).toHaveLength(0);
  expect(r.ledgers.poorPersons.map((p) => [p.name, p.labour, p.migrant])).toEqual([
    ["詹凤梅", true, false],
    ["杨红", true, true],
    ["黄桂波", false, null],
    ["邓清", null, false],
  ]);
});
