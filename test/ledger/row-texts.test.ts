/**
 * A row's field read as text (RowCtx.text): the cell's own text for most cells, the row above's for
 * a ditto mark, nothing (and a located error) for an error value, a count kept in parts joined.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { Diagnostics } from "../../src/core/diagnostics";
import type { Recognition } from "../../src/ledger/recognize";
import { forEachDataRow } from "../../src/ledger/rows";

const rec = (extra: Partial<Recognition> = {}): Recognition =>
  ({
    sheet: "培训",
    kind: "training",
    confidence: 1,
    headerRow: 0,
    headerRows: 1,
    columns: { name: 1, topic: 2, personTimes: 3 },
    headers: { name: "姓名", topic: "培训主题", personTimes: "人次" },
    fieldUnits: {},
    ...extra,
  }) as Recognition;

function read(rows: CellValue[][], r: Recognition = rec(), field = "topic") {
  const sheet: Sheet = { name: "培训", rows: [["序号", "姓名", "培训主题", "人次", "线上"], ...rows] };
  const diags = new Diagnostics();
  const got: (string | undefined)[] = [];
  forEachDataRow(sheet, r, diags, (x) => got.push(x.text(field)));
  return { got, messages: diags.list.map((d) => `${d.cell} ${d.message}`) };
}

test("a text, a number, a ditto mark (with spaces around it too) and an error, row by row", () => {
  const { got, messages } = read([
    [1, "张三", " 直播带货 ", 5],
    [2, "李四", "〃", 6],
    [3, "王五", "  同上  ", 7],
    [4, "赵六", 2021, 8],
    [5, "钱七", "#N/A", 9],
    [6, "孙八", "〃", 10],
    [7, "周九", { error: "#REF!" }, 11],
    [8, "吴十", null, 12],
  ]);
  expect(got).toEqual(["直播带货", "直播带货", "直播带货", "2021", undefined, undefined, undefined, undefined]);
  // The ditto under an error repeats the error: each is said where it stands.
  expect(messages.filter((m) => m.includes("错误值"))).toEqual([expect.stringMatching(/^C6 /), expect.stringMatching(/^C7 /), expect.stringMatching(/^C8 /)]);
});

test("a count kept in parts reads as its filled parts", () => {
  const r = rec({ countParts: { personTimes: [3, 4] } } as Partial<Recognition>);
  const { got } = read(
    [
      [1, "张三", "电商", 85, 312],
      [2, "李四", "电商", null, 40],
      [3, "王五", "电商", null, null],
    ],
    r,
    "personTimes",
  );
  expect(got).toEqual(["85+312", "40", undefined]);
});
