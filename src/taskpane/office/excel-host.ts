/**
 * The Office.js adapter: `WorkbookHost` (src/taskpane/host.ts) over `Excel.run`. The only module of
 * the task pane that talks to Excel; the rest of the pane sees plain grids and table models.
 *
 *   const host = new ExcelHost();                       // in the add-in (global Excel and Office)
 *   const host = new ExcelHost({ run: fake.run, displayLanguage: () => "zh-CN" });   // in tests
 *
 * Discipline (issue 5 §6), in short:
 *  - Every Excel.run passes `delayForCellEdit: true`: while the user edits a cell the batch waits.
 *  - Reads load `values` of used ranges (plus header-row merges) in row chunks, writes send values
 *    in row chunks; both aim well under 4 MB per request/response and retry a refused batch in
 *    halves (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded), down to one row.
 *  - Syncs: a constant handful per operation plus one per chunk the data needs (see read.ts and
 *    writeSheets below).
 *  - Writing: calculation suspended in every writing batch; strings into Text-formatted cells (never
 *    formulas); formats after values; new sheets under temporary names ("~考评指标自评表") swapped
 *    in by the final sync, temporary sheets removed on failure; the user's sheets never touched.
 *  - Any error reaches the UI as a HostError whose message a clerk understands (errors.ts).
 */
import { HostError, type Progress, type WorkbookHost } from "../host";
import type { Sheet, WorkbookGrids } from "../../core/grid";
import { SETTINGS_SHEET } from "../../ledger/sheet-names";
import { emptySettings, parseSettingsSheet, settingsSheetRows, type WorkbookSettings } from "../../ledger/settings";
import type { TemplateSheet } from "../../ledger/template";
import type { SheetModel } from "../../table/model";
import { carryOverReviewerInput } from "../../table/reviewer";
import { langOf, toHostError, unsupportedMessage, type ErrorContext, type Lang } from "./errors";
import { errorCode, isPayloadLimitError, packFilling, PAYLOAD_CEILING, READ_TARGET_BYTES, WRITE_TARGET_BYTES } from "./payload";
import { readSheetValues, type SheetValues } from "./read";
import { addSheetOp, DEFAULT_FONT, gridFromRows, modelOps, templateOps, valuesOps, type Batch, type WriteOp } from "./render";

/** Excel.run with options, as the adapter calls it (the real one or the fake's). */
export type ExcelRun = <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHostOptions {
  /** Excel.run; the global `Excel.run` when absent. Tests pass the fake's `run`. */
  run?: ExcelRun | ((...args: never[]) => Promise<unknown>);
  /** Office's display language; `Office.context.displayLanguage` when absent. */
  displayLanguage?: () => string;
  /** Requirement-set check; `Office.context.requirements.isSetSupported` when absent. */
  isSetSupported?: (name: string, version: string) => boolean;
  /** Bytes a read response aims at (default 3 MB). */
  readTargetBytes?: number;
  /** Bytes a write request aims at (default 3.5 MB). */
  writeTargetBytes?: number;
  /** Font of the written sheets (default 等线, as the CLI's scored copy). */
  fontName?: string;
  /** Called with each warning (reviewer input that could not be kept, merges not read). */
  onWarning?: (message: string) => void;
}

/** Prefix of the temporary sheets a write builds before swapping them in. */
export const TEMP_PREFIX = "~";

declare const Office: { context?: { displayLanguage?: string; requirements?: { isSetSupported(name: string, version?: string): boolean } } } | undefined;

function globalOffice(): typeof Office {
  return typeof Office !== "undefined" ? Office : undefined;
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export class ExcelHost implements WorkbookHost {
  private readonly runFn: ExcelRun;
  private readonly lang: () => string;
  private readonly supported: (name: string, version: string) => boolean;
  private readonly readTarget: number;
  private readonly writeTarget: number;
  private readonly fontName: string;
  private readonly warn: (message: string) => void;
  /** Warnings of the last operation (also passed to onWarning). */
  lastWarnings: string[] = [];
  /**
   * The sheet names seen by the last operation: a write reads the reviewer input of the scored
   * sheets believed to exist in the same sync as the sheet list (checked there), not after it.
   */
  private knownSheets?: string[];
  /** Bytes of the values the last readGrids read: under the read ceiling, the next reads it whole. */
  private lastReadBytes?: number;

  constructor(options: ExcelHostOptions = {}) {
    this.runFn = (options.run as ExcelRun | undefined) ?? ((opts, batch) => Excel.run(opts, batch));
    this.lang = options.displayLanguage ?? (() => globalOffice()?.context?.displayLanguage ?? "zh-CN");
    this.supported =
      options.isSetSupported ??
      ((name, version) => {
        const req = globalOffice()?.context?.requirements;
        return req ? req.isSetSupported(name, version) : true;
      });
    this.readTarget = options.readTargetBytes ?? READ_TARGET_BYTES;
    this.writeTarget = options.writeTargetBytes ?? WRITE_TARGET_BYTES;
    this.fontName = options.fontName ?? DEFAULT_FONT;
    const onWarning = options.onWarning;
    this.warn = (m) => {
      this.lastWarnings.push(m);
      onWarning?.(m);
    };
  }

  displayLanguage(): string {
    return this.lang();
  }

  private get l(): Lang {
    return langOf(this.lang());
  }

  private requireApi(version: string): void {
    if (!this.supported("ExcelApi", version)) throw new HostError(unsupportedMessage(`ExcelApi ${version}`, this.l), "ApiNotFound");
  }

  /** Excel.run with delayForCellEdit; errors become clerk messages. */
  private async run<T>(batch: (ctx: Excel.RequestContext) => Promise<T>, errorContext: ErrorContext = {}): Promise<T> {
    try {
      return await this.runFn({ delayForCellEdit: true }, batch);
    } catch (e) {
      throw toHostError(e, this.l, errorContext);
    }
  }

  // --- Reading -------------------------------------------------------------------------------

  /**
   * Every worksheet in tab order: values of the used range (rows[0] is Excel row 1), merged header
   * cells, hidden state. Sheets named like the add-in's outputs are read too: only their header rows
   * tell the add-in's own (left out of scoring) from a bureau's sheet of the same name (read, and
   * never replaced; see model/bureau-sheets).
   */
  async readGrids(onProgress?: (p: Progress) => void): Promise<WorkbookGrids> {
    this.lastWarnings = [];
    this.requireApi("1.4");
    const merges = this.supported("ExcelApi", "1.13");
    return this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await ctx.sync();
      const list = sheets.items.map((w) => ({ name: w.name, hidden: w.visibility !== "Visible" }));
      this.knownSheets = list.map((s) => s.name);
      const toRead = list.map((s) => s.name);
      const stats = { bytes: 0 };
      // The workbook was small a moment ago (the scan on opening): read it with the layout, in one sync.
      const whole = this.lastReadBytes !== undefined && this.lastReadBytes <= PAYLOAD_CEILING;
      const read = await readSheetValues(ctx, toRead, {
        targetBytes: this.readTarget,
        merges,
        whole,
        stats,
        onWarning: this.warn,
        onProgress: (done, total) => onProgress?.({ step: "read", done, total }),
      });
      this.lastReadBytes = stats.bytes;
      return {
        sheets: list.map((s): Sheet => {
          const v = read.get(s.name);
          const sheet: Sheet = { name: s.name, rows: v?.rows ?? [] };
          if (v?.merges.length) sheet.merges = v.merges;
          if (s.hidden) sheet.hidden = true;
          return sheet;
        }),
      };
    });
  }

  /**
   * Grids and settings in the syncs of readGrids alone (2 for a workbook under the read target,
   * plus one per chunk above it): the settings sheet is one of the grids read.
   */
  async readWorkbook(onProgress?: (p: Progress) => void): Promise<{ grids: WorkbookGrids; settings: WorkbookSettings }> {
    const grids = await this.readGrids(onProgress);
    const sheet = grids.sheets.find((s) => sameName(s.name, SETTINGS_SHEET));
    return { grids, settings: sheet ? parseSettingsSheet({ name: sheet.name, rows: sheet.rows }) : emptySettings() };
  }

  /** The hidden settings sheet, or empty settings. Two syncs. */
  async readSettings(): Promise<WorkbookSettings> {
    this.requireApi("1.4");
    return this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name");
      await ctx.sync();
      this.knownSheets = sheets.items.map((w) => w.name);
      const name = this.knownSheets.find((n) => sameName(n, SETTINGS_SHEET));
      if (!name) return emptySettings();
      const read = await readSheetValues(ctx, [name], { targetBytes: this.readTarget, merges: false });
      return parseSettingsSheet({ name, rows: read.get(name)?.rows ?? [] });
    });
  }

  // --- Writing -------------------------------------------------------------------------------

  /**
   * Replaces the settings sheet (written under a temporary name, then swapped in), hidden — not
   * very hidden: a reviewer's copy keeps it, Excel's Unhide shows it, the CLI writes it the same way.
   */
  async writeSettings(settings: WorkbookSettings): Promise<void> {
    this.lastWarnings = [];
    this.requireApi("1.9");
    const grid = gridFromRows(settingsSheetRows(settings));
    await this.writeSheets(
      [
        {
          name: SETTINGS_SHEET,
          build: (temp) => ({ values: [addSheetOp(temp, { hidden: true }), ...valuesOps(temp, grid, this.writeTarget)], formats: [] }),
        },
      ],
      { replace: true },
    );
  }

  async writeScoredSheets(models: SheetModel[], onProgress?: (p: Progress) => void): Promise<void> {
    this.lastWarnings = [];
    this.requireApi("1.9");
    if (models.length === 0) return;
    const reviewed = models.filter((m) => m.reviewerColumns?.length && m.idColumn !== undefined);
    await this.writeSheets(
      models.map((m) => ({ name: m.name, model: m })),
      {
        replace: true,
        activate: models[0].name,
        onProgress,
        // Reviewer input of the earlier sheets, matched by 指标编号: read with the sheet list when
        // the sheets were seen by the last read, else after it.
        readAhead: (known) => reviewed.map((m) => known.find((n) => sameName(n, m.name))).filter((n): n is string => !!n),
        prepare: async (ctx, existing, readAlready) => {
          const wanted = reviewed.map((m) => existing.find((n) => sameName(n, m.name))).filter((n): n is string => !!n);
          const read = new Map([...readAlready].filter(([n]) => wanted.includes(n)));
          const more = await readSheetValues(
            ctx,
            wanted.filter((n) => !read.has(n)),
            { targetBytes: this.readTarget, merges: false },
          );
          for (const [n, v] of more) read.set(n, v);
          const previous: Sheet[] = [...read.values()].map((v) => ({ name: models.find((m) => sameName(m.name, v.name))?.name ?? v.name, rows: v.rows }));
          const carried = carryOverReviewerInput(previous, models);
          carried.warnings.forEach(this.warn);
          return carried.models;
        },
      },
    );
  }

  /** Adds the template sheets that do not exist yet (existing ones are never touched). */
  async insertTemplates(sheets: TemplateSheet[]): Promise<string[]> {
    this.lastWarnings = [];
    this.requireApi("1.8");
    let added: string[] = [];
    await this.writeSheets(
      sheets.map((t) => ({ name: t.name, build: (temp: string) => this.templateBuild(temp, t) })),
      {
        replace: false,
        onPlanned: (names) => {
          added = names;
        },
      },
    );
    return added;
  }

  private templateBuild(temp: string, t: TemplateSheet): { values: WriteOp[]; formats: WriteOp[] } {
    const ops = templateOps(temp, t, this.fontName, this.writeTarget);
    return { values: [addSheetOp(temp), ...ops.values], formats: ops.formats };
  }

  async readSheets(names: string[]): Promise<Sheet[]> {
    this.requireApi("1.4");
    return this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await ctx.sync();
      const present = names.map((n) => sheets.items.find((w) => sameName(w.name, n))).filter((w): w is Excel.Worksheet => !!w);
      const read = await readSheetValues(
        ctx,
        present.map((w) => w.name),
        { targetBytes: this.readTarget, merges: false, onWarning: this.warn },
      );
      return present.map((w): Sheet => ({ name: w.name, rows: read.get(w.name)?.rows ?? [], ...(w.visibility !== "Visible" ? { hidden: true } : {}) }));
    });
  }

  /** One sync; text is set with the "@" format first so that "=…" stays text. */
  async writeCells(sheet: string, cells: { address: string; value: string | number | null }[]): Promise<void> {
    this.requireApi("1.4");
    await this.run(
      async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        for (const c of cells) {
          const range = ws.getRange(c.address);
          if (typeof c.value === "string") range.numberFormat = [["@"]];
          range.values = [[c.value === null ? "" : c.value]];
        }
        await ctx.sync();
      },
      { sheet },
    );
  }

  /** Activates the sheet and selects the cell or rows ("C17", "5:9", "A5:A141"). One sync. */
  async select(sheet: string, address: string): Promise<void> {
    await this.run(
      async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await ctx.sync();
      },
      { sheet, address },
    );
  }

  /**
   * The one writing path. Syncs: 1 (sheet names, with the reviewer input of the sheets seen by the
   * last read; see sheetListWith) + the prepare step's other reads (none, unless a sheet appeared
   * since) + one per batch of operations (values, then formats, packed together under the write
   * target) + 1 (the swap). A score click on a small workbook: 2 to read + 3 to write = 5. Temporary sheets are built first; the final sync deletes the replaced sheets,
   * renames the temporary ones and activates the first. On failure the temporary sheets go.
   */
  private async writeSheets(
    targets: { name: string; model?: SheetModel; build?: (temp: string) => { values: WriteOp[]; formats: WriteOp[] } }[],
    opts: {
      replace: boolean;
      activate?: string;
      onProgress?: (p: Progress) => void;
      /** Sheets to read with the sheet list (from the names last seen): handed to prepare. */
      readAhead?: (known: string[]) => string[];
      prepare?: (ctx: Excel.RequestContext, existing: string[], readAlready: Map<string, SheetValues>) => Promise<SheetModel[]>;
      onPlanned?: (names: string[]) => void;
    },
  ): Promise<void> {
    let state: "prepare" | "content" | "swap" = "prepare";
    let plan: { name: string; temp: string; existed: boolean }[] = [];
    try {
      await this.runFn({ delayForCellEdit: true }, async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        const readAlready = await this.sheetListWith(ctx, opts.readAhead);
        const existing = sheets.items.map((w) => w.name);
        this.knownSheets = existing;
        const has = (n: string) => existing.some((e) => sameName(e, n));
        const chosen = opts.replace ? targets : targets.filter((t) => !has(t.name));
        plan = chosen.map((t) => ({ name: t.name, temp: TEMP_PREFIX + t.name, existed: has(t.name) }));
        opts.onPlanned?.(plan.map((p) => p.name));
        if (plan.length === 0) return;
        const models = opts.prepare ? await opts.prepare(ctx, existing, readAlready) : targets.map((t) => t.model);
        const linkable = new Set([...existing, ...targets.map((t) => t.name)]);

        const leftovers = existing.filter((n) => plan.some((p) => sameName(p.temp, n)));
        const values: WriteOp[] = leftovers.map((n) => ({
          bytes: 300,
          rows: 0,
          kind: "sheet" as const,
          apply: (b: Batch) => b.ctx.workbook.worksheets.getItem(n).delete(),
        }));
        const formats: WriteOp[] = [];
        for (const p of plan) {
          const i = targets.findIndex((t) => t.name === p.name);
          const model = models[i];
          const built = model
            ? (() => {
                const ops = modelOps(p.temp, model, { linkable, fontName: this.fontName }, this.writeTarget);
                // The fingerprint is written hidden (not very hidden), as the CLI writes it.
                return { values: [addSheetOp(p.temp, model.hidden ? { hidden: true } : { tabColor: true }), ...ops.values], formats: ops.formats };
              })()
            : targets[i].build!(p.temp);
          for (const o of built.values) values.push(o);
          for (const o of built.formats) formats.push(o);
        }
        state = "content";
        await this.runOps(ctx, values, formats, opts.onProgress);

        state = "swap";
        for (const p of plan) if (p.existed) sheets.getItem(p.name).delete();
        for (const p of plan) sheets.getItem(p.temp).name = p.name;
        if (opts.activate) sheets.getItem(opts.activate).activate();
        await ctx.sync();
      });
    } catch (e) {
      if (state === "prepare" || plan.length === 0) throw toHostError(e, this.l);
      const leftovers = await this.cleanUp(plan, state === "swap");
      throw toHostError(e, this.l, leftovers.length ? { leftovers } : {});
    }
  }

  /**
   * Loads the sheet list (`worksheets.items`), and in the same sync the values of the sheets
   * `readAhead` names among those the last operation saw. A sheet gone since (ItemNotFound) costs
   * one more sync: the list alone, and nothing read ahead.
   */
  private async sheetListWith(ctx: Excel.RequestContext, readAhead?: (known: string[]) => string[]): Promise<Map<string, SheetValues>> {
    const sheets = ctx.workbook.worksheets;
    const ahead = readAhead && this.knownSheets ? readAhead(this.knownSheets) : [];
    sheets.load("items/name");
    if (ahead.length) {
      try {
        // readSheetValues' first sync carries the list loaded above.
        return await readSheetValues(ctx, ahead, { targetBytes: this.readTarget, merges: false });
      } catch (e) {
        if (errorCode(e) !== "ItemNotFound") throw e;
        sheets.load("items/name");
      }
    }
    await ctx.sync();
    return new Map();
  }

  /**
   * Runs operations in batches under the write target: one sync per batch, calculation suspended
   * in each; a batch Excel refuses as too large is retried in halves (a values op down to one row).
   */
  private async runOps(ctx: Excel.RequestContext, values: WriteOp[], formats: WriteOp[], onProgress?: (p: Progress) => void): Promise<void> {
    const totalRows = values.reduce((n, o) => n + o.rows, 0);
    let rowsDone = 0;
    let formatsDone = 0;
    const all = [...values, ...formats];
    const runBatch = async (ops: WriteOp[]): Promise<void> => {
      const cache = new Map<string, Excel.Worksheet>();
      const b: Batch = {
        ctx,
        sheet: (name) => {
          let ws = cache.get(name);
          if (!ws) cache.set(name, (ws = ctx.workbook.worksheets.getItem(name)));
          return ws;
        },
      };
      ctx.application.suspendApiCalculationUntilNextSync();
      for (const o of ops) o.apply(b);
      try {
        await ctx.sync();
      } catch (e) {
        // A refused request changed nothing: send it again in halves.
        if (!isPayloadLimitError(e)) throw e;
        if (ops.length > 1) {
          const mid = Math.ceil(ops.length / 2);
          await runBatch(ops.slice(0, mid));
          await runBatch(ops.slice(mid));
          return;
        }
        const split = ops[0].split?.();
        if (!split) throw e;
        await runBatch([split[0]]);
        await runBatch([split[1]]);
        return;
      }
      for (const o of ops) {
        if (o.kind === "format") formatsDone++;
        rowsDone += o.rows;
      }
      if (ops.some((o) => o.kind === "format")) onProgress?.({ step: "format", done: formatsDone, total: formats.length });
      else onProgress?.({ step: "write", done: rowsDone, total: totalRows });
    };
    for (const batch of packFilling(all, this.writeTarget)) await runBatch(batch);
  }

  /**
   * After a failed write: before the swap, delete the temporary sheets (the old ones are intact);
   * during the swap (content complete), finish it. Returns the temporary sheets still left.
   */
  private async cleanUp(plan: { name: string; temp: string }[], complete: boolean): Promise<string[]> {
    const attempt = async (finish: boolean) =>
      this.runFn({ delayForCellEdit: true }, async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        sheets.load("items/name");
        await ctx.sync();
        const names = sheets.items.map((w) => w.name);
        const has = (n: string) => names.some((x) => x === n);
        let changed = false;
        for (const p of plan) {
          if (!has(p.temp)) continue;
          changed = true;
          if (finish) {
            if (has(p.name)) sheets.getItem(p.name).delete();
            sheets.getItem(p.temp).name = p.name;
          } else sheets.getItem(p.temp).delete();
        }
        if (changed) await ctx.sync();
      });
    try {
      await attempt(complete);
      return [];
    } catch {
      try {
        if (complete) {
          await attempt(false);
          return [];
        }
      } catch {
        /* fall through */
      }
    }
    try {
      return await this.runFn({ delayForCellEdit: true }, async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        sheets.load("items/name");
        await ctx.sync();
        return sheets.items.map((w) => w.name).filter((n) => plan.some((p) => p.temp === n));
      });
    } catch {
      return plan.map((p) => p.temp);
    }
  }
}
