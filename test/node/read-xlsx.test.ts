import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import { UnreadableWorkbookError, readWorkbook, readWorkbookBuffer } from "../../src/node/read-xlsx";
import { rewriteZip, listZip, readEntry, storedBytes } from "../support/zip";
import { LEDGER, makeLedgerWorkbook, utcDate } from "./ledger-workbook";
import { tempDir } from "./tmp";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function ledgerFile(): Promise<string> {
  const f = tmp.file(`ledger-${Math.random().toString(36).slice(2)}.xlsx`);
  await makeLedgerWorkbook().xlsx.writeFile(f);
  return f;
}

describe("readWorkbook", () => {
  test("every worksheet to a grid: values, merges, formats, hidden state", async () => {
    const { grids, warnings } = await readWorkbook(await ledgerFile());
    expect(warnings).toEqual([]);
    expect(grids.sheets.map((s) => s.name)).toEqual([LEDGER, "参数"]);
    const s = grids.sheets[0];
    expect(s.rows[0]).toEqual(["乐昌市村级电商服务站点清单"]); // merged A1:E1: only the master holds the value
    expect(s.rows[2]).toEqual(["序号", "站点", null, "建成日期", "投入金额"]);
    expect(s.rows[3]).toEqual([null, "站点名称", "所在村"]);
    expect(s.rows[4]).toEqual([1, "长来镇电商服务站", "长来村", utcDate(2020, 3, 15), 12500.5]);
    expect(s.rows[6]).toEqual([3, "=SUM(不是公式)", "-坪石村", utcDate(2019, 12, 1), 0.25]);
    expect(s.rows[7]).toEqual(["合计", null, null, null, 4180285.75]); // formula → cached result
    expect(s.rows[8]).toEqual(["注：数据截至 2021-08-31"]); // rich text joined
    expect(s.rows[9]).toEqual([null, "政府网站", true, { error: "#DIV/0!" }]); // hyperlink → text
    expect(s.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 4 },
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 2, left: 1, bottom: 2, right: 2 },
      { top: 2, left: 3, bottom: 3, right: 3 },
      { top: 2, left: 4, bottom: 3, right: 4 },
    ]);
    expect(s.formats?.[4]?.[3]).toBe("yyyy-mm-dd");
    expect(s.formats?.[4]?.[4]).toBe("#,##0.00");
    expect(s.formats?.[7]?.[4]).toBe("#,##0.00");
    expect(s.formats?.[4]?.[1]).toBeUndefined();
    expect(s.hidden).toBeUndefined();
    const p = grids.sheets[1];
    expect(p.hidden).toBe(true);
    expect(p.rows[0]).toEqual(["考评截止日期", utcDate(2021, 8, 31)]);
    expect(p.formats?.[0]?.[1]).toBe('yyyy"年"m"月"d"日"');
  });

  test("a formula without a saved result reads as blank, with a warning", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("资金台账");
    ws.getCell("A1").value = 5;
    ws.getCell("A2").value = { formula: "A1*2" } as ExcelJS.CellFormulaValue;
    const { grids, warnings } = await readWorkbookBuffer(Buffer.from(await wb.xlsx.writeBuffer()), "x.xlsx");
    expect(grids.sheets[0].rows).toEqual([[5]]); // A2 blank; trailing blank rows are trimmed
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("资金台账");
    expect(warnings[0]).toContain("1 个公式没有保存计算结果");
  });

  test("pictures, charts and pivot tables: read without a warning (the scored copy keeps the package's parts)", async () => {
    const wb = makeLedgerWorkbook();
    // A 1×1 PNG.
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
    const id = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" });
    wb.getWorksheet(LEDGER)!.addImage(id, "G2:H4");
    wb.getWorksheet(LEDGER)!.getCell("C5").note = "村名待核实";
    const withParts = rewriteZip(
      Buffer.from(await wb.xlsx.writeBuffer()),
      new Map([
        ["xl/charts/chart1.xml", Buffer.from("<c:chartSpace/>")],
        ["xl/pivotTables/pivotTable1.xml", Buffer.from("<pivotTableDefinition/>")],
      ]),
    );
    const { warnings, grids } = await readWorkbookBuffer(withParts, "with-parts.xlsx");
    expect(grids.sheets[0].name).toBe(LEDGER);
    expect(warnings).toEqual([]);
  });

  describe("unreadable files throw UnreadableWorkbookError with a Chinese + English message", () => {
    async function reason(file: string): Promise<UnreadableWorkbookError> {
      try {
        await readWorkbook(file);
      } catch (e) {
        expect(e).toBeInstanceOf(UnreadableWorkbookError);
        expect(e).toBeInstanceOf(Error);
        const err = e as UnreadableWorkbookError;
        expect(err.message).toMatch(/无法读取工作簿.* \/ Cannot read workbook/);
        expect(err.file).toBe(file);
        return err;
      }
      throw new Error("no error thrown");
    }

    test("missing file", async () => {
      const e = await reason(tmp.file("nope.xlsx"));
      expect(e.reason).toBe("missing");
      expect(e.message).toContain("文件不存在");
      expect(e.message).toContain("file not found");
    });

    test("a directory", async () => {
      expect((await reason(tmp.dir)).reason).toBe("notAFile");
    });

    test("a text file", async () => {
      const f = tmp.file("notes.xlsx");
      await fs.writeFile(f, "站点名称,所在村\n");
      expect((await reason(f)).reason).toBe("notXlsx");
    });

    test("a legacy .xls and an encrypted workbook", async () => {
      const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
      const xls = tmp.file("old.xls");
      await fs.writeFile(xls, cfb);
      const e = await reason(xls);
      expect(e.reason).toBe("legacyXls");
      expect(e.message).toContain(".xls");
      const enc = tmp.file("locked.xlsx");
      await fs.writeFile(enc, Buffer.concat([cfb, Buffer.from("EncryptionInfo", "utf16le")]));
      expect((await reason(enc)).reason).toBe("encrypted");
    });

    test("a zip that is not a workbook, and a damaged one", async () => {
      const good = await fs.readFile(await ledgerFile());
      const names = listZip(good).map((e) => e.name);
      const drop = new Map<string, Buffer | null>(names.filter((n) => n.startsWith("xl/")).map((n) => [n, null]));
      const notWb = tmp.file("other.zip.xlsx");
      await fs.writeFile(notWb, rewriteZip(good, drop));
      expect((await reason(notWb)).reason).toBe("notXlsx");
      const cut = tmp.file("cut.xlsx");
      await fs.writeFile(cut, good.subarray(0, Math.floor(good.length / 2)));
      expect((await reason(cut)).reason).toBe("corrupt");
    });
  });
});

describe("zip", () => {
  test("replacing entries keeps the others' stored (compressed) bytes and replaces the given ones", async () => {
    const good = await fs.readFile(await ledgerFile());
    const a = listZip(good);
    const app =
      readEntry(
        good,
        a.find((e) => e.name === "docProps/app.xml")!,
      ).toString() + "<!-- patched -->";
    const out = rewriteZip(good, new Map([["docProps/app.xml", Buffer.from(app)]]));
    const b = listZip(out);
    expect(b.map((e) => e.name)).toEqual(a.map((e) => e.name));
    for (const e of b) {
      const before = readEntry(
        good,
        a.find((x) => x.name === e.name)!,
      );
      const after = readEntry(out, e);
      if (e.name === "docProps/app.xml") expect(after.toString()).toBe(app);
      else {
        expect(after.equals(before)).toBe(true);
        expect(
          storedBytes(out, e).equals(
            storedBytes(
              good,
              a.find((x) => x.name === e.name)!,
            ),
          ),
        ).toBe(true);
      }
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ArrayBuffer);
    expect(wb.getWorksheet(LEDGER)).toBeDefined();
  });
});
