/**
 * ExcelHost.writeScoredSheets against the fake: the real Lechang table written as the model says
 * (values never formulas, styles, merges, links, panes, print setup), chunked under 4 MB with a
 * constant number of extra syncs, retried in halves when refused, reviewer input kept by 指标编号,
 * the user's sheets untouched, nothing half-written when a sync fails.
 */
import { FakeExcel, MB, MAX_COLS, type SheetSnapshot } from "../fakes/fake-excel";
import { cellAddress } from "../../src/core/grid";
import { BREAKDOWN_SHEET, COL, DIAGNOSTICS_SHEET, buildScoredSheets, INDICATOR_SHEET, SCORED_SHEET_NAMES, textCell, type SheetModel } from "../../src/table";
import { HostError } from "../../src/taskpane/host";
import { columnWidthPoints } from "../../src/taskpane/office/render";
import { WRITE_TARGET_BYTES } from "../../src/taskpane/office/payload";
import { hostFor, lechangGrids, lechangModels, lechangReport, modelsWithDiagnostics } from "./scenarios";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

async function lechangFake(): Promise<FakeExcel> {
  return FakeExcel.fromGrids(await lechangGrids());
}

function rowOfId(fake: FakeExcel, model: SheetModel, id: string): number {
  const s = fake.sheet(model.name);
  for (let r = 0; r < s.values.length; r++) if (s.readValue(r, model.idColumn!) === id) return r;
  throw new Error(`no row ${id}`);
}

function userSheets(fake: FakeExcel): string[] {
  return fake.sheetNames().filter((n) => !SCORED_SHEET_NAMES.includes(n));
}

function snapshots(fake: FakeExcel, names: string[]): SheetSnapshot[] {
  return names.map((n) => fake.snapshot(n));
}

describe("the Lechang scored sheets", () => {
  let fake: FakeExcel;
  let models: SheetModel[];
  let before: SheetSnapshot[];

  beforeAll(async () => {
    fake = await lechangFake();
    models = await lechangModels();
    before = snapshots(fake, fake.sheetNames());
    await hostFor(fake).writeScoredSheets(models);
  });

  test("appended after the user's sheets, indicator table active, no temporary sheets", () => {
    expect(fake.sheetNames()).toEqual([...before.map((s) => s.name), INDICATOR_SHEET, BREAKDOWN_SHEET, DIAGNOSTICS_SHEET]);
    expect(fake.activeSheetName()).toBe(INDICATOR_SHEET);
    expect(fake.sheetNames().some((n) => n.startsWith("~"))).toBe(false);
  });

  test("every cell holds the model's literal; strings are Text, never formulas (but the builder's reviewer total)", () => {
    for (const m of models) {
      const s = fake.sheet(m.name);
      const formulas = m.rows.flatMap((row, r) => row.map((cell, c) => (cell.formula ? [r * MAX_COLS + c, `=${cell.formula}`] : undefined)).filter((x) => !!x));
      expect(formulas.length).toBe(m.name === INDICATOR_SHEET ? 1 : 0);
      expect([...s.formulas.entries()]).toEqual(formulas);
      m.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell.formula) return;
          const merged = m.merges.some((g) => r >= g.top && r <= g.bottom && c >= g.left && c <= g.right && !(r === g.top && c === g.left));
          const want = merged || cell.value === null ? "" : cell.value;
          expect([cellAddress(r, c), s.readValue(r, c)]).toEqual([cellAddress(r, c), want]);
          if (typeof cell.value === "string" && !merged) expect(s.numberFormat(r, c)).toBe("@");
          if (typeof cell.value === "number" && cell.numFmt) expect(s.numberFormat(r, c)).toBe(cell.numFmt);
        }),
      );
    }
  });

  test("the 89-point total and the published scores", () => {
    const ind = models[0];
    const total = rowOfId(fake, ind, "total");
    expect(fake.sheet(INDICATOR_SHEET).readValue(total, 6)).toBe(89);
    expect(fake.sheet(INDICATOR_SHEET).readValue(rowOfId(fake, ind, "work.center"), 6)).toBe(11);
  });

  test("merges, styles, widths, heights, links, panes, print setup, data bar, validations", () => {
    const [ind, bd, dg] = models;
    const snap = fake.snapshot(INDICATOR_SHEET);
    expect(snap.merges).toEqual(ind.merges.map((m) => `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`).sort());
    expect(snap.freeze).toEqual(ind.freeze);
    expect(snap.tabColor).toBe("#4472C4");
    const header = cellAddress(ind.headerRow, 1);
    expect(fake.formatAt(INDICATOR_SHEET, header, "font.bold")).toBe(true);
    expect(fake.formatAt(INDICATOR_SHEET, header, "fill.color")).toBe("#D9E1F2");
    expect(fake.formatAt(INDICATOR_SHEET, header, "font.name")).toBe("等线");
    expect(fake.formatAt(INDICATOR_SHEET, header, "borders.EdgeTop.style")).toBe("Continuous");
    expect(fake.formatAt(INDICATOR_SHEET, "A1", "font.size")).toBe(14);
    ind.columns.forEach((col, c) => expect(fake.sheet(INDICATOR_SHEET).columnWidths.get(c)).toBe(columnWidthPoints(col.width)));
    ind.rowHeights.forEach((h, r) => h !== undefined && expect(fake.sheet(INDICATOR_SHEET).rowHeights.get(r)).toBe(h));
    expect(fake.sheet(INDICATOR_SHEET).hiddenColumns.size).toBe(ind.columns.filter((c) => c.hidden).length);
    expect(snap.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
    });
    // Printed without 指标编号: the print area ends before it.
    expect(snap.pageLayout.setPrintArea).toBe(`A1:L${ind.rows.length}`);
    expect(snap.printTitleRows).toBe(`$${ind.print.repeatRows![0]}:$${ind.print.repeatRows![1]}`);
    if (ind.print.footer) expect(snap.headersFooters.centerFooter).toBe(ind.print.footer);
    expect(snap.validations).toHaveLength(ind.validations!.length);
    // Links: every linked cell of the model points into the workbook.
    let links = 0;
    for (const m of [ind, bd, dg]) {
      m.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell.link || cell.value === null) return;
          links++;
          const h = fake.hyperlinkAt(m.name, cellAddress(r, c));
          expect(h?.documentReference).toBe(`'${cell.link.sheet}'!${cell.link.cell}`);
          expect(h?.textToDisplay).toBe(String(cell.value));
        }),
      );
    }
    expect(links).toBeGreaterThan(10);
    if (bd.dataBar) {
      const cf = fake.snapshot(BREAKDOWN_SHEET).conditionalFormats as { type: string; dataBar: Record<string, unknown>; positiveFormat: Record<string, unknown> }[];
      expect(cf).toHaveLength(1);
      expect(cf[0].type).toBe("DataBar");
      expect(cf[0].dataBar.lowerBoundRule).toEqual({ type: "Number", formula: String(bd.dataBar.min) });
      expect(cf[0].positiveFormat.fillColor).toBe(`#${bd.dataBar.color}`);
    }
    if (dg.autoFilter) expect(fake.snapshot(DIAGNOSTICS_SHEET).autoFilter).toBe(dg.autoFilter);
  });

  test("the user's sheets are unchanged, formats included", () => {
    expect(
      snapshots(
        fake,
        before.map((s) => s.name),
      ),
    ).toEqual(before);
  });

  test("syncs: sheet list, the values, the formats, the swap; calculation suspended while writing", () => {
    const st = fake.stats();
    expect(st.failedSyncs).toBe(0);
    expect(st.runs).toBe(1);
    expect(fake.runs.every((r) => r.delayForCellEdit)).toBe(true);
    expect(st.syncs).toBeLessThanOrEqual(4);
    expect(st.maxRequestBytes).toBeLessThan(4 * MB);
    for (const s of fake.syncs) if (s.cellsWritten > 0) expect(s.calculationSuspended).toBe(true);
  });
});

describe("填报自评", () => {
  test("the claimed points beside 自评得分; a claim the ledgers do not support is filled red", async () => {
    const fake = await lechangFake();
    const report = await lechangReport();
    for (const i of report.indicators) if (i.section !== "veto") i.claimed = i.id === "work.center" ? 13 : i.points;
    const [ind, ...rest] = buildScoredSheets(report, GD_2019);
    await hostFor(fake).writeScoredSheets([ind, ...rest]);
    const selfCol = ind.columns.findIndex((c) => c.header === COL.selfScore);
    const claimCol = ind.columns.findIndex((c) => c.header === COL.claimed);
    expect(claimCol).toBe(selfCol + 1);
    expect(fake.sheet(INDICATOR_SHEET).readValue(ind.headerRow, claimCol)).toBe("填报自评");
    const center = rowOfId(fake, ind, "work.center");
    const plan = rowOfId(fake, ind, "org.plan");
    expect(fake.sheet(INDICATOR_SHEET).readValue(center, claimCol)).toBe(13);
    expect(fake.formatAt(INDICATOR_SHEET, cellAddress(center, claimCol), "fill.color")).toBe("#FFC7CE");
    expect(fake.sheet(INDICATOR_SHEET).readValue(plan, claimCol)).toBe(2);
    expect(fake.formatAt(INDICATOR_SHEET, cellAddress(plan, claimCol), "fill.color")).not.toBe("#FFC7CE");
    // Every indicator claimed: the claimed total (89 + 2 more for 服务体系建设) is flagged too.
    const total = rowOfId(fake, ind, "total");
    expect(fake.sheet(INDICATOR_SHEET).readValue(total, claimCol)).toBe(91);
    expect(fake.formatAt(INDICATOR_SHEET, cellAddress(total, claimCol), "fill.color")).toBe("#FFC7CE");
    // The one formula is the reviewer total (考评得分), never 填报自评.
    expect([...fake.sheet(INDICATOR_SHEET).formulas.keys()]).toEqual([total * MAX_COLS + ind.columns.findIndex((c) => c.header === COL.reviewScore)]);
  });
});

describe("text that looks like a formula", () => {
  test('"=SUM(A1)" in a basis line, "+5", "-" and "@x" are written as text', async () => {
    const fake = await lechangFake();
    const models = await lechangModels();
    const ind = models[0];
    const basisCol = ind.columns.findIndex((c) => c.header === COL.basis);
    const r = ind.headerRow + 1;
    const rows = ind.rows.map((row) => row.slice());
    rows[r][basisCol] = textCell("=SUM(A1)");
    rows[r + 1][basisCol] = textCell("+5");
    rows[r + 2][basisCol] = textCell("-");
    rows[r + 3][basisCol] = textCell("@x");
    rows[r + 4][basisCol] = { value: "75%", style: "text" }; // not formula-like, still text
    await hostFor(fake).writeScoredSheets([{ ...ind, rows }, ...models.slice(1)]);
    const at = (k: number) => cellAddress(r + k, basisCol);
    expect(["=SUM(A1)", "+5", "-", "@x", "75%"].map((_, k) => fake.valueAt(INDICATOR_SHEET, at(k)))).toEqual(["=SUM(A1)", "+5", "-", "@x", "75%"]);
    for (let k = 0; k < 5; k++) {
      expect(fake.formulaAt(INDICATOR_SHEET, at(k))).toBeUndefined();
      expect(fake.numberFormatAt(INDICATOR_SHEET, at(k))).toBe("@");
    }
  });
});

describe("re-scoring keeps reviewer input", () => {
  test("typed 考评得分/考评意见 survive a re-score with the rows in another order, matched by 指标编号", async () => {
    const fake = await lechangFake();
    const models = await lechangModels();
    const host = hostFor(fake);
    await host.writeScoredSheets(models);
    const ind = models[0];
    const scoreCol = ind.columns.findIndex((c) => c.header === COL.reviewScore);
    const opinionCol = ind.columns.findIndex((c) => c.header === COL.reviewOpinion);
    const typed: Record<string, [number, string]> = { "work.center": [10, "=中心运营记录不全"], "org.plan": [2, "方案齐全"], "fund.spending": [4.5, "-"] };
    for (const [id, [score, opinion]] of Object.entries(typed)) {
      const r = rowOfId(fake, ind, id);
      fake.typeInto(INDICATOR_SHEET, cellAddress(r, scoreCol), score);
      // The reviewer types into a General cell: "=…" would be a formula in Excel, so they type it with an apostrophe.
      fake.typeInto(INDICATOR_SHEET, cellAddress(r, opinionCol), opinion.startsWith("=") || opinion === "-" ? `'${opinion}` : opinion);
    }
    // The new model: data rows reversed (no merges, so any order is a valid table).
    const body = ind.rows.slice(ind.headerRow + 1, -2).reverse();
    const reordered: SheetModel = { ...ind, rows: [...ind.rows.slice(0, ind.headerRow + 1), ...body, ...ind.rows.slice(-2)], merges: [], rowHeights: [] };
    fake.resetRecorder();
    await host.writeScoredSheets([reordered, ...models.slice(1)]);
    for (const [id, [score, opinion]] of Object.entries(typed)) {
      const r = rowOfId(fake, reordered, id);
      expect(fake.valueAt(INDICATOR_SHEET, cellAddress(r, scoreCol))).toBe(score);
      expect(fake.valueAt(INDICATOR_SHEET, cellAddress(r, opinionCol))).toBe(opinion);
      expect(fake.formulaAt(INDICATOR_SHEET, cellAddress(r, opinionCol))).toBeUndefined();
    }
    expect(host.lastWarnings).toEqual([]);
    // One more sync than a first write: the old table's values are read in the layout sync.
    expect(fake.stats().syncs).toBeLessThanOrEqual(5);
  });
});

describe("nothing half-written", () => {
  async function scoredTwice(fail: (fake: FakeExcel, syncsOfWrite: number) => void) {
    const models = await lechangModels();
    // Count the syncs of a re-score on a twin workbook.
    const twin = await lechangFake();
    await hostFor(twin).writeScoredSheets(models);
    twin.resetRecorder();
    await hostFor(twin).writeScoredSheets(models);
    const syncsOfWrite = twin.syncs.length;

    const fake = await lechangFake();
    const host = hostFor(fake);
    await host.writeScoredSheets(models);
    const scoredBefore = snapshots(fake, SCORED_SHEET_NAMES as string[]);
    const userBefore = snapshots(fake, userSheets(fake));
    const changed = models.map((m, i) =>
      i === 0 ? { ...m, rows: m.rows.map((row) => row.map((c) => (typeof c.value === "number" ? { ...c, value: c.value + 100 } : c))) } : m,
    );
    fail(fake, syncsOfWrite);
    const err = await host.writeScoredSheets(changed).catch((e) => e);
    return { fake, err, scoredBefore, userBefore, changed };
  }

  test("a sync failing while values are written: the earlier scored sheets stay, no temporary sheets", async () => {
    const { fake, err, scoredBefore, userBefore } = await scoredTwice((f) => f.failNextSync({ code: "GeneralException", onlyWriting: true, afterActions: 5 }));
    expect(err).toBeInstanceOf(HostError);
    expect(err.code).toBe("GeneralException");
    expect(err.message).toMatch(/Excel 未能完成操作/);
    expect(fake.sheetNames().filter((n) => n.startsWith("~"))).toEqual([]);
    expect(snapshots(fake, SCORED_SHEET_NAMES as string[])).toEqual(scoredBefore);
    expect(snapshots(fake, userSheets(fake))).toEqual(userBefore);
  });

  test("the final sync failing after the old sheets were deleted: the swap is finished", async () => {
    const { fake, err, changed } = await scoredTwice((f, n) => f.failNextSync({ code: "GeneralException", afterSyncs: n - 1, afterActions: 2 }));
    expect(err).toBeInstanceOf(HostError);
    expect(fake.sheetNames().filter((n) => n.startsWith("~"))).toEqual([]);
    expect(SCORED_SHEET_NAMES.every((n) => fake.hasSheet(n))).toBe(true);
    const total = rowOfId(fake, changed[0], "total");
    expect(fake.sheet(INDICATOR_SHEET).readValue(total, 6)).toBe(189);
  });

  test("a protected scored sheet cannot be replaced: the earlier ones stay and the clerk is told why", async () => {
    const { fake, err, scoredBefore } = await scoredTwice((f) => f.protectSheet(INDICATOR_SHEET));
    expect(err.code).toBe("AccessDenied");
    expect(err.message).toMatch(/受保护/);
    expect(fake.sheetNames().filter((n) => n.startsWith("~"))).toEqual([]);
    expect(snapshots(fake, SCORED_SHEET_NAMES as string[])).toEqual(scoredBefore);
  });

  test("a temporary sheet left by an interrupted run is replaced", async () => {
    const fake = await lechangFake();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.add(`~${INDICATOR_SHEET}`);
      await ctx.sync();
    });
    await hostFor(fake).writeScoredSheets(await lechangModels());
    expect(fake.sheetNames().filter((n) => n.startsWith("~"))).toEqual([]);
  });
});

describe("size: 200-row and 200,000-row ledgers", () => {
  const results: { n: number; fake: FakeExcel; models: SheetModel[] }[] = [];

  beforeAll(async () => {
    for (const n of [200, 200_000]) {
      const fake = await lechangFake();
      const models = await modelsWithDiagnostics(n);
      await hostFor(fake).writeScoredSheets(models);
      results.push({ n, fake, models });
    }
  }, 300_000);

  test("no request above 4 MB; syncs grow with the chunk count only", () => {
    const [small, big] = results.map((x) => ({ ...x, st: x.fake.stats() }));
    for (const { st } of [small, big]) {
      expect(st.failedSyncs).toBe(0);
      expect(st.maxRequestBytes).toBeLessThan(4 * MB);
    }
    // Constant overhead: the sheet list before, the swap after; everything between is data batches.
    expect(small.st.syncs).toBe(3);
    const batches = big.fake.syncs.slice(1, -1);
    expect(big.st.syncs).toBe(2 + batches.length);
    expect(big.fake.syncs[0].cellsWritten + big.fake.syncs[big.fake.syncs.length - 1].cellsWritten).toBe(0);
    // …and the batches are full: as many as the bytes need at 3.5 MB each.
    const dataBytes = batches.reduce((n, s) => n + s.requestBytes, 0);
    expect(batches.length).toBe(Math.ceil(dataBytes / WRITE_TARGET_BYTES));
    expect(batches.length).toBeGreaterThan(5);
    for (const s of batches) expect(s.calculationSuspended).toBe(true);
  });

  test("the 200,000-row diagnostics sheet is complete, linked and never a formula", () => {
    const { fake, models, n } = results[1];
    const dg = models[2];
    const s = fake.sheet(DIAGNOSTICS_SHEET);
    expect(dg.rows.length).toBeGreaterThan(n);
    expect(s.values.length).toBe(dg.rows.length);
    const last = dg.rows.length - 1;
    expect(s.readValue(last, 3)).toBe(dg.rows[last][3].value);
    expect(s.formulas.size).toBe(0);
    expect(s.hyperlinks.size).toBe(dg.rows.filter((row) => row.some((c) => c.link)).reduce((k, row) => k + row.filter((c) => c.link).length, 0));
    expect([...s.hyperlinks.keys()].every((k) => k % MAX_COLS <= 3)).toBe(true);
  });
});

describe("write refused as too large", () => {
  test("a payload limit lower than a chunk: halves until accepted; the same sheets as an unlimited write", async () => {
    const models = await modelsWithDiagnostics(3000);
    const plain = await lechangFake();
    await hostFor(plain).writeScoredSheets(models);
    const limited = await lechangFake();
    limited.setPayloadLimit(100 * 1024);
    await hostFor(limited).writeScoredSheets(models);
    const st = limited.stats();
    expect(st.failedSyncs).toBeGreaterThan(0);
    expect(limited.syncs.filter((s) => s.failed).every((s) => s.failed === "RequestPayloadSizeLimitExceeded")).toBe(true);
    expect(limited.syncs.filter((s) => !s.failed).every((s) => s.requestBytes <= 100 * 1024)).toBe(true);
    expect(snapshots(limited, limited.sheetNames())).toEqual(snapshots(plain, plain.sheetNames()));
  });
});

describe("cell-edit mode", () => {
  test("the write waits while the user edits a cell, then completes", async () => {
    const fake = await lechangFake();
    fake.enterCellEdit();
    let done = false;
    const p = hostFor(fake)
      .writeScoredSheets(await lechangModels())
      .then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    expect(fake.hasSheet(INDICATOR_SHEET)).toBe(false);
    fake.exitCellEdit();
    await p;
    expect(fake.hasSheet(INDICATOR_SHEET)).toBe(true);
  });
});
