/**
 * An in-memory WorkbookHost over plain grids, for the task pane's component and controller tests.
 * Scored sheets are written as their values; the settings sheet as the CLI lays it out. Tests can
 * hold an operation at a gate (to see the pane while it runs) or make an operation fail.
 */
import { parseAddress, type CellValue, type Sheet, type WorkbookGrids } from "../../src/core/grid";
import { SETTINGS_SHEET } from "../../src/ledger/read";
import { parseSettingsSheet, settingsSheetRows, type WorkbookSettings } from "../../src/ledger/settings";
import type { TemplateSheet } from "../../src/ledger/template";
import type { SheetModel } from "../../src/table";
import type { Progress, WorkbookHost } from "../../src/taskpane/host";

type Op = "readGrids" | "readSettings" | "writeSettings" | "writeScoredSheets" | "insertTemplates" | "select" | "readSheets" | "writeCells";

export class MemoryHost implements WorkbookHost {
  sheets: Sheet[];
  readonly calls: { op: Op; args: unknown[] }[] = [];
  readonly selections: { sheet: string; address: string }[] = [];
  /** op → error thrown on its next call(s). */
  readonly failures = new Map<Op, unknown>();
  private gates = new Map<Op, Promise<void>>();

  constructor(
    grids: WorkbookGrids = { sheets: [] },
    private readonly language = "zh-CN",
  ) {
    this.sheets = grids.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) }));
  }

  /** The next calls of `op` wait until the returned function is called. */
  hold(op: Op): () => void {
    let open!: () => void;
    this.gates.set(op, new Promise<void>((r) => (open = r)));
    return () => {
      this.gates.delete(op);
      open();
    };
  }

  failNext(op: Op, error: unknown): void {
    this.failures.set(op, error);
  }

  private async enter(op: Op, args: unknown[]): Promise<void> {
    this.calls.push({ op, args });
    const gate = this.gates.get(op);
    if (gate) await gate;
    if (this.failures.has(op)) {
      const e = this.failures.get(op);
      this.failures.delete(op);
      throw e;
    }
  }

  sheet(name: string): Sheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  displayLanguage(): string {
    return this.language;
  }

  async readGrids(onProgress?: (p: Progress) => void): Promise<WorkbookGrids> {
    await this.enter("readGrids", []);
    const total = this.sheets.length;
    this.sheets.forEach((_, i) => onProgress?.({ step: "read", done: i + 1, total }));
    return { sheets: this.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) })) };
  }

  async readSettings(): Promise<WorkbookSettings> {
    await this.enter("readSettings", []);
    return parseSettingsSheet(this.sheet(SETTINGS_SHEET));
  }

  async writeSettings(settings: WorkbookSettings): Promise<void> {
    await this.enter("writeSettings", [settings]);
    this.put({ name: SETTINGS_SHEET, rows: settingsSheetRows(settings), hidden: true });
  }

  async writeScoredSheets(models: SheetModel[], onProgress?: (p: Progress) => void): Promise<void> {
    await this.enter("writeScoredSheets", [models]);
    models.forEach((m, i) => {
      this.put({ name: m.name, rows: m.rows.map((r) => r.map((c) => c.value as CellValue)), ...(m.hidden ? { hidden: true } : {}) });
      onProgress?.({ step: "write", done: i + 1, total: models.length });
    });
    onProgress?.({ step: "format", done: 1, total: 1 });
  }

  async insertTemplates(sheets: TemplateSheet[]): Promise<string[]> {
    await this.enter("insertTemplates", [sheets]);
    const added: string[] = [];
    for (const t of sheets) {
      if (this.sheet(t.name)) continue;
      this.sheets.push({ name: t.name, rows: t.rows.map((r) => [...r]) });
      added.push(t.name);
    }
    return added;
  }

  async select(sheet: string, address: string): Promise<void> {
    await this.enter("select", [sheet, address]);
    this.selections.push({ sheet, address });
  }

  async readSheets(names: string[]): Promise<Sheet[]> {
    await this.enter("readSheets", [names]);
    return this.sheets.filter((s) => names.includes(s.name)).map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) }));
  }

  async writeCells(sheet: string, cells: { address: string; value: string | number | null }[]): Promise<void> {
    await this.enter("writeCells", [sheet, cells]);
    const s = this.sheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    for (const c of cells) {
      const at = parseAddress(c.address)!;
      while (s.rows.length <= at.row) s.rows.push([]);
      s.rows[at.row][at.col] = c.value;
    }
  }

  private put(sheet: Sheet): void {
    const i = this.sheets.findIndex((s) => s.name === sheet.name);
    if (i >= 0) this.sheets[i] = sheet;
    else this.sheets.push(sheet);
  }
}
