/**
 * 蕉岭's workbook (131st batch), registers of other offices kept as ledgers: the incubator's entry and
 * exit register (入孵日期 | 出孵日期, the park and the incubator one site), the trainees' group accident
 * policies (投保人数 | 批减人数 | 实际保障人数, a class cancelled 退保), the insured list of the poor
 * households' classes (被保险人 | 证件号码 | 批改 批减), and the households' needs survey (劳动能力 有 / 弱 /
 * 无, 务工状态 县外务工 / 县内务工).
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { parseLabour, parseMigrant } from "../../src/ledger/normalize/status";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);
const day = (d: { y: number; m: number; d?: number } | null) => d && `${d.y}-${d.m}-${d.d}`;

test("an incubator's register: 入孵 is the entry to the park, 出孵 the exit", () => {
  const { ledgers, recognitions } = read({
    name: "孵化企业登记",
    rows: [
      ["某县电子商务产业园（创业孵化基地）入孵企业登记表", null, null, null, null, null],
      ["序号", "企业（商户）名称", "业态类别", "入孵日期", "出孵日期", "出孵方式"],
      [1, "某县寿乡农特产品网店", "销售型", "2020.6.22", null, null],
      [2, "某县鱼干网店", "销售型", "2020.8.3", "2021.3.15", "终止"],
    ],
  });
  expect(recognitions[0].kind).toBe("enterprises");
  expect(ledgers.enterprises.map((e) => [e.name, day(e.entered), day(e.left)])).toEqual([
    ["某县寿乡农特产品网店", "2020-6-22", null],
    ["某县鱼干网店", "2020-8-3", "2021-3-15"],
  ]);
});

test("a class's group accident policy: the trainees are those still insured after the absent were struck off", () => {
  const { ledgers, recognitions } = read({
    name: "培训团体险投保登记",
    rows: [
      ["某县电商培训学员团体意外伤害保险投保登记", null, null, null, null, null, null],
      ["序号", "保单号", "培训班次", "培训日期", "投保人数", "批减人数", "实际保障人数"],
      [1, "PEAK220441427000001000", "农村电商基础知识普及班", "2020.9.16", 99, 2, 97],
      [2, "PEAK220441427000001037", "网店开设与运营班", "2020.10.9", 140, 9, 131],
    ],
  });
  expect(recognitions[0].kind).toBe("training");
  expect(ledgers.training.map((t) => [day(t.date), t.personTimes.toNumber()])).toEqual([
    ["2020-9-16", 97],
    ["2020-10-9", 131],
  ]);
});

test("the insured list of a class: each insured person a trainee, one struck off (批减) none", () => {
  const { ledgers, diagnostics } = read({
    name: "脱贫户专场被保险人清单",
    rows: [
      ["某县脱贫户电商专场培训学员团体意外险被保险人清单", null, null, null, null],
      ["“批改”栏“批减”为开班当天未到、已从保单批减的人员（未参训）", null, null, null, null],
      ["序号", "被保险人", "证件号码", "所在村", "批改"],
      [1, "古永健", "441427196601015016", "长围村", null],
      [2, "梁秀英", "441427197306125188", "东坝村", "批减"],
      [3, "庞俊杰", "441427198704065517", "高背村", null],
    ],
  });
  expect(ledgers.training.map((t) => t.name)).toEqual(["古永健", "庞俊杰"]);
  expect(diagnostics.list.some((d) => d.cell === "E5" && /批改：批减/.test(d.message))).toBe(true);
});

test("a needs survey's words: 弱 (half labour) has labour; 县外务工 is away, 县内务工 not", () => {
  expect([parseLabour("有"), parseLabour("弱"), parseLabour("无")]).toEqual([true, true, false]);
  expect([parseMigrant("县外务工"), parseMigrant("县内务工")]).toEqual([true, false]);
});

test("an insurer's list of the insured under each policy's line: the class's day from its 保险期间, not the day of a change (批改日期)", () => {
  const { ledgers } = read({
    name: "意外险投保清单",
    rows: [
      ["某保险公司　电商培训学员团体意外伤害保险被保险人清单", null, null, null, null, null],
      ["序号", "被保险人姓名", "证件号码", "批改类型", "批改日期", "备注"],
      ["保单号：PEAC202144538100000317　　保险期间：2021年03月11日00时起至2021年03月11日24时止　　培训班：农村电商基础普及班", null, null, null, null, null],
      [1, "梁振兴", "445381197203143013", null, null, null],
      [2, "杨凤娇", "445381196801174464", "批减", "2021-03-11", "未到场，退保"],
      [3, "邓伟文", "445381197909254815", "批增", "2021-03-12", "现场补报名"],
    ],
  });
  expect(ledgers.training.map((t) => [t.name, day(t.date)])).toEqual([
    ["梁振兴", "2021-3-11"],
    ["邓伟文", "2021-3-11"],
  ]);
});
