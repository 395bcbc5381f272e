/**
 * A clerk's one-page checklist (郁南): numbered blocks in two columns of the page, each line a mark
 * (☑ done / ☐ not) in a column of its own, the line's words, its detail and, for judged lines, "自评
 * N分" in a cell of its own. Read left column first, then the right; each mark answers its line.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { twoColumnsOfBlocks } from "../../src/ledger/facts/side-by-side";
import { withMarkCellsJoined } from "../../src/ledger/facts/mark-cells";
import { markedAfterOptions } from "../../src/ledger/normalize/yesno";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["某县示范创建自查清单"],
  ["说明：☑＝已完成，☐＝未完成；左栏一至三，右栏四至六"],
  [],
  ["■", "一、方案和政策", null, null, null, null, "■", "四、服务中心", null, null, "自评 13分"],
  ["☑", "示范县工作方案正式印发", null, "某府办〔2020〕8号", "自评 2分", null, "☑", "免费培训场所、设备", null, "培训室60座", null],
  ["☑", "出台支持农村电商的政策", null, "《扶持办法》", "自评 1分", null, "☐", "免费摄影、美工", null, "按件收费", null],
  [],
  ["■", "二、管项目", null, null, "自评 3分", null, "■", "五、专栏", null, null, "自评 4分"],
  ["☑", "项目管理制度", null, "《项目管理办法》", "自评 2分", null, "☑", "公示内容", null, "创建方案☑　项目基本信息☑　建设进度☐", null],
  ["☑", "工作台账", null, "有", "自评 1分", null, null, null, null, null, null],
  [],
  ["■", "三、县情", null, null, null, null, "■", "六、红线", null, null, null],
  [null, "常住人口", null, "38.6万人", null, null, "☑", "未发生安全生产、质量事故", null, "无", null],
  [null, "省定贫困村", null, "22个", null, null, "☑", "无弄虚作假", null, null, null],
  [],
  ["自评合计：90分", null, null, null, null, null, null, null, null, null, null],
];

describe("a checklist of blocks in two columns", () => {
  test("the page is cut at the empty column before the right-hand blocks, the closing line kept on the left", () => {
    const parts = twoColumnsOfBlocks({ name: "清单", rows });
    expect(parts).toBeDefined();
    const [left, right] = parts as NonNullable<typeof parts>;
    expect(left.rows[4].slice(0, 5)).toEqual(rows[4].slice(0, 5));
    expect(left.rows[4].slice(6).every((v) => v === null)).toBe(true);
    expect(right.rows[4].slice(0, 6).every((v) => v === null)).toBe(true);
    expect(right.rows[4][7]).toBe("免费培训场所、设备");
    expect(left.rows[15][0]).toBe("自评合计：90分");
  });

  test("a mark in its own column is moved beside its line's words as 是 / 否", () => {
    // (Each column of the page on its own, as the reader takes it.)
    const [left, right] = twoColumnsOfBlocks({ name: "清单", rows }) as NonNullable<ReturnType<typeof twoColumnsOfBlocks>>;
    const l = withMarkCellsJoined(left);
    const r = withMarkCellsJoined(right);
    expect(l.rows[4].slice(0, 4)).toEqual([null, "示范县工作方案正式印发", "是", "某府办〔2020〕8号"]);
    expect(r.rows[5].slice(6, 10)).toEqual([null, "免费摄影、美工", "否", "按件收费"]);
    // (A line ticking options of its own is read by them; a ■ bullet is no mark.)
    expect(r.rows[8].slice(6, 10)).toEqual(rows[8].slice(6, 10));
    expect(l.rows[3][0]).toBe("■");
  });

  test("each line is read: its mark as its answer, its own points as the judged item's", () => {
    const r = readFactsSheet({ name: "清单", rows }, GD_2019);
    const value = (k: string) => r.entries.find((e) => e.key === k)?.value;
    expect(value("planIssued")).toBe("是");
    expect(value("judged:org.plan")).toBe(2);
    expect(value("judged:org.management.system")).toBe("自评 2分");
    expect(value("judged:org.management.ledger")).toBe("自评 1分");
    expect(value("centerFreeTraining")).toBe("是");
    expect(value("centerPhoto")).toBe("否");
    expect(value("residentPopulation")).toBe("38.6万人");
    expect(value("disclosurePlan")).toBe("是");
    expect(value("disclosureProgress")).toBe("否");
    // "未发生…" ticked, "无弄虚作假" ticked: neither happened.
    expect(value("vetoIncident")).toBe("否");
    expect(value("vetoFraud")).toBe("否");
  });

  test("a sheet without two columns of numbered blocks is not cut", () => {
    expect(twoColumnsOfBlocks({ name: "t", rows: rows.map((row) => row.slice(0, 6)) })).toBeUndefined();
  });
});

test("options each followed by a box read as options followed by a tick or a cross", () => {
  expect(markedAfterOptions("创建方案☑　项目基本信息☑　监督举报窗口☐")).toEqual([
    { ticked: true, option: "创建方案" },
    { ticked: true, option: "项目基本信息" },
    { ticked: false, option: "监督举报窗口" },
  ]);
});

test("a line worded as not having happened and confirmed is a no; answered 无 it is a no too", () => {
  const r = readFactsSheet(
    {
      name: "t",
      rows: [
        ["项目", "情况"],
        ["未发生安全生产、质量事故", "是"],
        ["无弄虚作假", "无"],
      ],
    },
    GD_2019,
  );
  expect(r.entries.find((e) => e.key === "vetoIncident")?.value).toBe("否");
  expect(r.entries.find((e) => e.key === "vetoFraud")?.value).toBe("无");
});
