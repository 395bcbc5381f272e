/**
 * 海丰's and 阳春's ledgers: a sign-in kept per day (每日签到 over 11月17日 | 11月18日 | 11月19日, or
 * 上午签到 | 下午签到), and a funds ledger whose second header row holds only units and a date format.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const merge = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });
const read = (sheet: Sheet) => readLedgers({ sheets: [sheet] }, GD_2019);

describe("a sign-in kept per day or half-day", () => {
  test("每日签到 over three days: a trainee ticked on any day counts once; none ticked (blank, 请假, 缺) is no trainee, and said so", () => {
    const sheet: Sheet = {
      name: "三天班签到",
      rows: [
        ["某县农村电商实操培训班签到表", null, null, null, null, null],
        ["培训时间：2020年11月17日—19日", null, null, null, null, null],
        ["序号", "姓名", "身份证号码", "每日签到", null, null],
        [null, null, null, "11月17日", "11月18日", "11月19日"],
        [1, "庄娟平", "441521197702230673", "√", "√", "√"],
        [2, "陈梅", "441521196012054129", null, null, "✓"],
        [3, "谢军", "441521196901249655", null, null, null],
        [4, "朱建群", "441521198002149318", "请假", "缺", "×"],
      ],
      merges: [merge(0, 0, 0, 5), merge(1, 0, 1, 5), merge(2, 3, 2, 5)],
    };
    const { ledgers, diagnostics } = read(sheet);
    expect(ledgers.training.map((t) => [t.name, t.date, t.personTimes.toNumber()])).toEqual([
      ["庄娟平", { y: 2020, m: 11, d: 19 }, 1],
      ["陈梅", { y: 2020, m: 11, d: 19 }, 1],
    ]);
    const notSigned = diagnostics.list.filter((d) => /报名未签到/.test(d.message)).map((d) => d.cell);
    expect(notSigned).toEqual(["D7", "D8"]);
  });

  test("上午签到 | 下午签到 side by side: half a day is the day; both blank is no trainee", () => {
    const sheet: Sheet = {
      name: "直播班签到",
      rows: [
        ["某县直播带货培训签到表　培训日期：2021年4月8日", null, null, null, null],
        ["序号", "姓名", "身份证号", "上午签到", "下午签到", "备注"],
        [1, "庄贵芳", "441521197202079452", "√", "√", null],
        [2, "陈群水", "441521198201146451", null, "√", "下午到"],
        [3, "何清明", "441521197706090620", null, null, null],
      ],
    };
    expect(read(sheet).ledgers.training.map((t) => t.name)).toEqual(["庄贵芳", "陈群水"]);
  });

  test("one 是否签到 column still reads as before: a blank answer is no 否", () => {
    const sheet: Sheet = {
      name: "签到",
      rows: [
        ["序号", "姓名", "身份证号", "培训日期", "是否签到"],
        [1, "庄贵芳", "441521197202079452", "2021.4.8", "是"],
        [2, "陈群水", "441521198201146451", "2021.4.8", null],
        [3, "何清明", "441521197706090620", "2021.4.8", "否"],
      ],
    };
    expect(read(sheet).ledgers.training.map((t) => t.name)).toEqual(["庄贵芳", "陈群水"]);
  });
});

test("a unit row under the header with a date format beside the units (（年/月/日）| 万元) gives the amounts in 万元", () => {
  const sheet: Sheet = {
    name: "资金拨付台账",
    rows: [
      ["某县专项资金拨付台账"],
      ["序号", "拨付日期", "项目名称", "拨付金额", "累计拨付", "拨付进度"],
      [null, "（年/月/日）", null, "万元", "万元", "%"],
      [1, "2020/6/12", "县级电商公共服务中心建设", 90, 90, 18],
      [2, "2020.8.25", "村级站点建设", 72.8, 162.8, 32.56],
    ],
  };
  expect(read(sheet).ledgers.funds.map((f) => f.amount.toNumber())).toEqual([900000, 728000]);
});

test("a row its 备注 marks as entered twice (重复录入) is not counted again, and the clerk is told", () => {
  const sheet: Sheet = {
    name: "沙田镇",
    rows: [
      ["序号", "培训日期", "培训内容", "姓名", "身份证号码", "备注"],
      [1, "2021.4.15", "农产品包装", "朱生", "441303196808170084", null],
      [2, "2021.4.15", "农产品包装", "余伟英", "441303198111012683", "组长"],
      [3, "2021.4.15", "农产品包装", "朱生", "441303196808170084", "重复录入"],
    ],
  };
  const { ledgers, diagnostics } = read(sheet);
  expect(ledgers.training.map((t) => t.name)).toEqual(["朱生", "余伟英"]);
  expect(diagnostics.list.filter((d) => /重复录入/.test(d.message)).map((d) => d.cell)).toEqual(["F4"]);
});
