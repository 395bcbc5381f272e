/**
 * Office.js adapter benchmark: syncs and payload sizes of ExcelHost through the fake Excel API
 * (test/fakes/fake-excel.ts), which measures every request and response as UTF-8 JSON and refuses
 * anything above 5 MB like Excel on the web.
 *
 *   npm run bench:office            # 200-row and 200,000-row ledgers and the Lechang sample
 *   npm run bench:office -- --syncs # also one line per sync
 *
 * Reading: readGrids of a workbook holding one training ledger of n rows (6 columns).
 * Writing: writeScoredSheets of the scored sheets for a ledger of n rows with one diagnostic per
 * row (the Lechang table and breakdown and a 诊断信息 sheet of n + 8 rows, each row linked to its
 * ledger cell). Lechang: the sample read, scored (89) and written. Times are wall-clock in this
 * process (the fake's own work included), not Excel's; the sync counts and bytes are the point.
 */
import { FakeExcel, MB, type SyncRecord } from "../test/fakes/fake-excel";
import { hostFor, lechangGrids, ledgerWorkbook, modelsWithDiagnostics } from "../test/taskpane-adapter/scenarios";
import { scoreGrids } from "../src/pipeline";
import { buildScoredSheets } from "../src/table";
import { GD_2019 } from "../src/scoring/rubrics/gd-2019";
import { ScoringController } from "../src/taskpane/model/controller";
import { pageScorer } from "../src/taskpane/model/scorer";

interface Row {
  case: string;
  syncs: number;
  failed: number;
  maxReq: number;
  totalReq: number;
  maxRes: number;
  totalRes: number;
  ms: number;
  detail: SyncRecord[];
}

const showSyncs = process.argv.includes("--syncs");

function fmtBytes(n: number): string {
  if (n >= MB) return `${(n / MB).toFixed(2)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

async function measure(name: string, fake: FakeExcel, work: () => Promise<unknown>): Promise<Row> {
  fake.resetRecorder();
  const t0 = performance.now();
  await work();
  const ms = performance.now() - t0;
  const st = fake.stats();
  return {
    case: name,
    syncs: st.syncs,
    failed: st.failedSyncs,
    maxReq: st.maxRequestBytes,
    totalReq: st.totalRequestBytes,
    maxRes: st.maxResponseBytes,
    totalRes: st.totalResponseBytes,
    ms,
    detail: [...fake.syncs],
  };
}

function table(rows: Row[]): string {
  const head = ["case", "syncs", "failed", "largest request", "total request", "largest response", "total response", "time"];
  const body = rows.map((r) => [
    r.case,
    String(r.syncs),
    String(r.failed),
    fmtBytes(r.maxReq),
    fmtBytes(r.totalReq),
    fmtBytes(r.maxRes),
    fmtBytes(r.totalRes),
    `${Math.round(r.ms)} ms`,
  ]);
  const width = (s: string) => [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const w = head.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i]))));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c + " ".repeat(w[i] - width(c)) : " ".repeat(w[i] - width(c)) + c)).join("  ");
  return [line(head), w.map((n) => "-".repeat(n)).join("  "), ...body.map(line)].join("\n");
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const bounds: string[] = [];
  for (const n of [200, 200_000]) {
    const fake = FakeExcel.fromGrids(ledgerWorkbook(n));
    const row = await measure(`read ledger ${n.toLocaleString("en")} rows`, fake, () => hostFor(fake).readGrids());
    rows.push(row);
    const bound = 2 + Math.ceil(row.totalRes / (4 * MB)) + 2;
    bounds.push(
      `${row.case}: ${row.syncs} syncs for ${fmtBytes(row.totalRes)}; issue 12's bound 2 + ceil(bytes / 4 MB) + 2 = ${bound} ${row.syncs <= bound ? "ok" : "OVER"}`,
    );
  }
  for (const n of [200, 200_000]) {
    const models = await modelsWithDiagnostics(n);
    const fake = FakeExcel.fromGrids(await lechangGrids());
    rows.push(await measure(`write scored, ${n.toLocaleString("en")} diagnostics`, fake, () => hostFor(fake).writeScoredSheets(models)));
  }
  {
    const fake = FakeExcel.fromGrids(await lechangGrids());
    const host = hostFor(fake);
    let grids: Awaited<ReturnType<typeof host.readGrids>> | undefined;
    rows.push(await measure("read Lechang sample", fake, async () => (grids = await host.readGrids())));
    const { report } = scoreGrids(grids!);
    const models = buildScoredSheets(report, GD_2019);
    rows.push(await measure(`write Lechang scored (${report.total} points)`, fake, () => host.writeScoredSheets(models)));
    rows.push(await measure("re-score Lechang (reviewer input kept)", fake, () => host.writeScoredSheets(models)));
    // The pane's own flow: open (scan), then a score click from the read to the written table.
    {
      const fresh = FakeExcel.fromGrids(await lechangGrids());
      const controller = new ScoringController(hostFor(fresh), async () => {}, pageScorer);
      rows.push(await measure("open the pane (scan)", fresh, () => controller.start()));
      const click = await measure("score click, Lechang (target ≤ 5)", fresh, () => controller.score());
      rows.push(click);
      bounds.push(`score click: ${click.syncs} syncs (issue 12: ≤ 5 under 4 MB; was 7)`);
      rows.push(await measure("second score click", fresh, () => controller.score()));
    }
    rows.push(
      await measure("writeSettings + readSettings", fake, async () => {
        await host.writeSettings({ mappings: [{ sheet: "培训台账", kind: "training", headerRow: 2 }], options: { asOf: "2021-08-31" } });
        await host.readSettings();
      }),
    );
  }
  console.log(table(rows));
  console.log(`\n${bounds.join("\n")}`);
  console.log(`\nlimit: Excel on the web refuses 5 MB; the adapter aims at 3.5 MB (reads, estimated ×1.1) / 3.5 MB (writes), never above 4 MB.`);
  if (showSyncs) {
    for (const r of rows) {
      console.log(`\n${r.case}`);
      for (const s of r.detail) {
        console.log(
          `  #${s.index} run ${s.run}: ${s.actions} actions, request ${fmtBytes(s.requestBytes)}, response ${fmtBytes(s.responseBytes)}, ` +
            `${s.cellsWritten} cells written, ${s.cellsRead} read${s.calculationSuspended ? ", calc suspended" : ""}${s.failed ? `, FAILED ${s.failed}` : ""}`,
        );
      }
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
