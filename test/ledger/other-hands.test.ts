/**
 * 澄海's ledgers as they came from other hands: a sign-in pasted from a WeChat 接龙, stations dated
 * by parts of a year (2020年底, 2021年春节前), a roster's 劳动能力 / 外出务工 kept in codes with their
 * legend under the table.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { parseDate } from "../../src/ledger/normalize/date";
import { codeLegend } from "../../src/ledger/code-legend";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const read = (sheet: Sheet) => readLedgers({ sheets: [sheet] }, GD_2019);

test("a WeChat 接龙: each numbered line a trainee of the session its title dates; examples and #接龙 are none", () => {
  const sheet: Sheet = {
    name: "培训签到（接龙）",
    rows: [
      ["某区电商培训签到（微信群接龙，原文粘贴）"],
      ["#接龙"],
      ["2020年11月20日 农村电商基础知识培训班 签到"],
      ["例：张三 4405151990xxxxxxxx"],
      ["1. 杨贵 440515197409266855"],
      ["2. 张锐少 44051519930120183x"],
      ["3. 钟红金 440515 19981120 3552"],
      ["4. 谢文亮 身份证没带，后补"],
      ["5. 林发桂（贫困户） 440521200011134643"],
      [null],
      ["3月5日（2021年）直播带货实操培训（线下）签到"],
      ["1. 吴发英 440515199210175357 15880813630"],
      ["2.杨桂44051519940417829X"],
    ],
  };
  const { ledgers, recognitions } = read(sheet);
  expect(recognitions[0].kind).toBe("training");
  expect(ledgers.training.map((t) => [t.name, t.id?.text ?? null, `${t.date?.y}-${t.date?.m}-${t.date?.d}`])).toEqual([
    ["杨贵", "440515197409266855", "2020-11-20"],
    ["张锐少", "44051519930120183X", "2020-11-20"],
    ["钟红金", "440515199811203552", "2020-11-20"],
    ["谢文亮", null, "2020-11-20"],
    ["林发桂", "440521200011134643", "2020-11-20"],
    ["吴发英", "440515199210175357", "2021-3-5"],
    ["杨桂", "44051519940417829X", "2021-3-5"],
  ]);
  expect(ledgers.training[4].poor).toBe(true);
  expect(ledgers.training.map((t) => t.source.row)).toEqual([5, 6, 7, 8, 9, 12, 13]);
});

test("a single column of numbered names without a training title is no sign-in", () => {
  const sheet: Sheet = { name: "名单", rows: [["村干部名单"], ...[1, 2, 3, 4, 5].map((i) => [`${i}. 张${"一二三四五"[i - 1]}明 13800138000`])] };
  expect(read(sheet).recognitions[0].kind).toBeNull();
});

test("parts of a year are read at their end: 年底, 上半年, 春节前 (the festival's month)", () => {
  const d = (t: string) => {
    const p = parseDate(t);
    return p.ok ? p.value : undefined;
  };
  expect([d("2020年底"), d("2020年上半年"), d("2021年春节前"), d("2020年春节前"), d("2020年第三季度")]).toEqual([
    { y: 2020, m: 12 },
    { y: 2020, m: 6 },
    { y: 2021, m: 2 },
    { y: 2020, m: 1 },
    { y: 2020, m: 9 },
  ]);
});

test("status codes are read through the legend under the table (劳动能力代码：1—…；2—…)", () => {
  const rows = [
    ["序号", "姓名", "身份证号", "劳动能力", "外出务工"],
    [1, "钟兰燕", "44051519710703555X", 1, 0],
    [2, "林平建", "440515196303224484", 2, 0],
    [3, "庄海", "44051519941225191X", 3, null],
    [4, "翁秀", "440515199503097540", "１", 1],
    ["注：1.劳动能力代码：1—有劳动能力；2—弱劳动力或半劳动力；3—丧失劳动能力或无劳动能力。2.外出务工代码：1—外出务工；0—未外出务工。"],
  ];
  const sheet: Sheet = { name: "建档立卡贫困人口", rows };
  expect(codeLegend(sheet, "劳动能力", 1).get("3")).toBe("丧失劳动能力或无劳动能力");
  const { ledgers } = read(sheet);
  expect(ledgers.poorPersons.map((p) => [p.labour, p.migrant])).toEqual([
    [true, false],
    [true, false],
    [false, null],
    [true, true],
  ]);
});
