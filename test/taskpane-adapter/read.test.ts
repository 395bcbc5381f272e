/**
 * ExcelHost.readGrids / readSettings against the fake: the Lechang sample reads into the grids the
 * scorer needs (89 points), ledgers of 200 and 200,000 rows read in chunks under 4 MB with a
 * constant number of extra syncs, a refused response is retried in halves.
 */
import { FakeExcel, MB } from "../fakes/fake-excel";
import { scoreGrids } from "../../src/pipeline";
import { HostError } from "../../src/taskpane/host";
import { asOfficeSees, hostFor, lechangGrids, ledgerWorkbook, trainingLedger } from "./scenarios";

/** Syncs that loaded cell values beyond the layout sync (the chunks). */
function chunkSyncs(fake: FakeExcel, from = 0): number {
  return fake.syncs.slice(from).filter((s) => s.cellsRead > 0 && !s.failed).length;
}

describe("readGrids on the Lechang sample", () => {
  let fake: FakeExcel;
  let read: Awaited<ReturnType<ReturnType<typeof hostFor>["readGrids"]>>;

  beforeAll(async () => {
    fake = FakeExcel.fromGrids(await lechangGrids());
    read = await hostFor(fake).readGrids();
  });

  test("values, merges and hidden state as Office.js gives them (dates as serials)", async () => {
    expect(read).toEqual(asOfficeSees(await lechangGrids()));
  });

  test("scores 89, the same report as the CLI's grids", async () => {
    const cli = scoreGrids(await lechangGrids()).report;
    const pane = scoreGrids(read).report;
    expect(pane.total).toBe(89);
    expect(pane).toEqual(cli);
  });

  test("a constant overhead of syncs; every response under 4 MB; only the used ranges' values", () => {
    const st = fake.stats();
    expect(st.failedSyncs).toBe(0);
    expect(st.maxResponseBytes).toBeLessThan(4 * MB);
    expect(st.maxRequestBytes).toBeLessThan(4 * MB);
    // 1 (sheet list) + 1 (layout with the first rows) + the chunks of the two long ledgers.
    expect(st.syncs).toBe(2 + chunkSyncs(fake, 2));
    expect(fake.runs.every((r) => r.delayForCellEdit)).toBe(true);
  });
});

describe("ledgers of 200 and 200,000 rows", () => {
  const cases: [number, FakeExcel, Awaited<ReturnType<ReturnType<typeof hostFor>["readGrids"]>>][] = [];

  beforeAll(async () => {
    for (const n of [200, 200_000]) {
      const fake = FakeExcel.fromGrids(ledgerWorkbook(n));
      const grids = await hostFor(fake).readGrids();
      cases.push([n, fake, grids]);
    }
  }, 120_000);

  test("every row read, dates as serials", () => {
    for (const [n, , grids] of cases) {
      expect(grids).toEqual(asOfficeSees(ledgerWorkbook(n)));
    }
  });

  test("syncs grow with the chunk count only, no payload above 4 MB", () => {
    const [[, small], [, big]] = cases;
    const s = small.stats();
    const b = big.stats();
    expect(s.syncs).toBe(2); // the whole 200-row ledger comes with the layout
    expect(b.syncs - chunkSyncs(big, 2)).toBe(2); // same overhead; the rest is chunks
    expect(chunkSyncs(big, 2)).toBeGreaterThan(3);
    for (const st of [s, b]) {
      expect(st.failedSyncs).toBe(0);
      expect(st.maxResponseBytes).toBeLessThan(4 * MB);
      expect(st.maxRequestBytes).toBeLessThan(4 * MB);
    }
    // …and the chunks are large: as many as the bytes need at the 3 MB target (estimated, with margin).
    const chunkBytes = big.syncs.slice(2).map((x) => x.responseBytes);
    expect(chunkBytes.slice(0, -1).every((x) => x > 1.5 * MB)).toBe(true);
    expect(chunkBytes.length).toBeLessThanOrEqual(Math.ceil(chunkBytes.reduce((n, x) => n + x, 0) / (2 * MB)));
  });
});

describe("refused responses and odd layouts", () => {
  test("a payload limit lower than a chunk: the chunk is retried in halves and the read completes", async () => {
    const grids = ledgerWorkbook(20_000);
    const fake = FakeExcel.fromGrids(grids);
    fake.setPayloadLimit(300 * 1024);
    const read = await hostFor(fake).readGrids();
    expect(read).toEqual(asOfficeSees(grids));
    const st = fake.stats();
    expect(st.failedSyncs).toBeGreaterThan(0);
    expect(fake.syncs.filter((s) => s.failed).every((s) => s.failed === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(fake.syncs.filter((s) => !s.failed).every((s) => s.responseBytes <= 300 * 1024)).toBe(true);
  });

  test("a single row larger than the limit ends in a clerk's message", async () => {
    const fake = FakeExcel.fromGrids({ sheets: [{ name: "长文本", rows: [["很长的文字".repeat(2000), "很长的文字".repeat(2000)]] }] });
    fake.setPayloadLimit(20 * 1024);
    const err = await hostFor(fake)
      .readGrids()
      .catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err.code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(err.message).toMatch(/数据量超出了 Excel/);
  });

  test("a used range that does not start at A1, empty and hidden sheets", async () => {
    const fake = FakeExcel.fromGrids({
      sheets: [
        { name: "偏移", rows: [[], [], [null, null, "表头", "列2"], [null, null, 1, 2]] },
        { name: "空表", rows: [] },
        { name: "隐藏", rows: [["x"]], hidden: true },
      ],
    });
    const read = await hostFor(fake).readGrids();
    expect(read.sheets).toEqual([
      { name: "偏移", rows: [[], [], [null, null, "表头", "列2"], [null, null, 1, 2]] },
      { name: "空表", rows: [] },
      { name: "隐藏", rows: [["x"]], hidden: true },
    ]);
  });

  test("header merges are read from the first rows only; error values become {error}", async () => {
    const ledger = trainingLedger(60);
    ledger.merges = [...ledger.merges!, { top: 1, left: 4, bottom: 2, right: 4 }, { top: 40, left: 0, bottom: 41, right: 0 }];
    ledger.rows[5][4] = { error: "#N/A" };
    const fake = FakeExcel.fromGrids({ sheets: [ledger] });
    const [sheet] = (await hostFor(fake).readGrids()).sheets;
    expect(sheet.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 1, left: 4, bottom: 2, right: 4 },
    ]);
    expect(sheet.rows[5][4]).toEqual({ error: "#N/A" });
  });

  test("progress is reported as cells read of the total", async () => {
    const fake = FakeExcel.fromGrids(ledgerWorkbook(50_000));
    const seen: number[] = [];
    await hostFor(fake).readGrids((p) => {
      expect(p.step).toBe("read");
      seen.push(p.done / p.total);
    });
    expect(seen[seen.length - 1]).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});
