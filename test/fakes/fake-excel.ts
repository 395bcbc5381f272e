/**
 * An in-memory fake of the part of the Excel JavaScript API the add-in uses, with a recorder.
 *
 * It behaves like Office where it matters for an adapter's correctness:
 *  - Work is queued on a RequestContext and happens only at `context.sync()`; proxy properties are
 *    readable only after `load` + `sync` (reading earlier throws PropertyNotLoaded, as Office does).
 *    `isNullObject` of an *OrNullObject proxy is known after the next sync.
 *  - Actions run in queue order; an action that fails stops the batch (earlier actions stay applied,
 *    loads of that batch are not delivered) — as in Excel, a batch is not a transaction.
 *  - Each sync's request and response are measured as UTF-8 JSON; above the payload limit (5 MB by
 *    default, like Excel on the web) the sync fails with RequestPayloadSizeLimitExceeded (nothing
 *    applied) or ResponsePayloadSizeLimitExceeded.
 *  - A string written through `values` that starts with = + - @ becomes a FORMULA (its value reads
 *    "#NAME?"), unless the cell's number format is "@" (Text) or the string starts with an apostrophe;
 *    numeric text ("12", "75%") in a General cell becomes a number, "TRUE"/"FALSE" a boolean. So a
 *    test can prove an adapter never writes formulas and never lets Excel reinterpret text.
 *  - The used range is the true bounding box (it need not start at A1); values of empty cells read "".
 *  - Dates are serial numbers (fromGrids converts JS Dates), errors read as "#N/A" etc.
 *
 * Not modelled: formula evaluation (a formula cell reads "#NAME?"; see formulaAt), date/time text
 * coercion ("2021-08-31" stays text), styles applied by Excel itself (e.g. the Hyperlink style),
 * events, tables, charts, undo. Format changes are kept as a list of (range, property, value) ops.
 *
 * Browser-safe: no Node imports (webpack bundles it for the real-browser test). Build it with
 * `FakeExcel.fromGrids(grids)` (in a page: from `jsonSafeGrids(grids)` sent as JSON), pass
 * `fake.run` as Excel.run, or `installFakeOffice(window, fake, { displayLanguage })` to define
 * window.Office / window.Excel for a task pane that uses the globals (`new ExcelHost()`).
 * Recorder: `fake.syncs` (one record per sync), `fake.stats()`, `fake.resetRecorder()`;
 * `fake.setPayloadLimit(bytes)`, `fake.failNextSync({...})`, `fake.enterCellEdit()/exitCellEdit()`.
 */
import { columnIndex, columnLetters, type WorkbookGrids } from "../../src/core/grid";
import { jsonBytes } from "../../src/taskpane/office/payload";

// ---------------------------------------------------------------------------------------------
// Basics

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
export const MB = 1024 * 1024;
/** Excel on the web rejects requests and responses above 5 MB. */
export const DEFAULT_PAYLOAD_LIMIT = 5 * MB;
export const DEFAULT_COLUMN_WIDTH = 48; // points (8.43 characters)
export const DEFAULT_ROW_HEIGHT = 15; // points

/** A zero-based, inclusive rectangle. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

type ErrorValue = { error: string };
/** A stored cell value: text, number, boolean or an error ("#N/A"). */
export type StoredValue = string | number | boolean | ErrorValue;

const ERROR_TEXTS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
];

function isErrorValue(v: unknown): v is ErrorValue {
  return typeof v === "object" && v !== null && typeof (v as ErrorValue).error === "string";
}

// Payloads are weighed the way the adapter weighs them (pure code, safe in a browser bundle).
export { jsonBytes, utf8Length } from "../../src/taskpane/office/payload";

// Column letters as the rest of the project spells them (pure code, safe in a browser bundle).
export const columnName = columnLetters;

/** "A1", "A1:C9", "A:C", "5:9", "$A$1" (an optional "Sheet!" prefix is ignored) → a rectangle. */
export function parseRect(address: string): Rect | undefined {
  let a = address.trim();
  const bang = a.lastIndexOf("!");
  if (bang >= 0) a = a.slice(bang + 1);
  a = a.replace(/\$/g, "").toUpperCase();
  const parts = a.split(":");
  if (parts.length > 2 || parts.length === 0) return undefined;
  const cell = /^([A-Z]{1,3})(\d{1,7})$/;
  const col = /^([A-Z]{1,3})$/;
  const row = /^(\d{1,7})$/;
  const [p, q = parts[0]] = parts;
  let m1 = cell.exec(p);
  let m2 = cell.exec(q);
  let rect: Rect | undefined;
  if (m1 && m2) {
    const a1 = { r: Number(m1[2]) - 1, c: columnIndex(m1[1]) };
    const a2 = { r: Number(m2[2]) - 1, c: columnIndex(m2[1]) };
    rect = { r0: Math.min(a1.r, a2.r), c0: Math.min(a1.c, a2.c), r1: Math.max(a1.r, a2.r), c1: Math.max(a1.c, a2.c) };
  } else if (parts.length === 2 && (m1 = col.exec(p)) && (m2 = col.exec(q))) {
    const c0 = columnIndex(m1[1]);
    const c1 = columnIndex(m2[1]);
    rect = { r0: 0, c0: Math.min(c0, c1), r1: MAX_ROWS - 1, c1: Math.max(c0, c1) };
  } else if (parts.length === 2 && (m1 = row.exec(p)) && (m2 = row.exec(q))) {
    const r0 = Number(m1[1]) - 1;
    const r1 = Number(m2[1]) - 1;
    rect = { r0: Math.min(r0, r1), c0: 0, r1: Math.max(r0, r1), c1: MAX_COLS - 1 };
  }
  if (!rect || rect.r0 < 0 || rect.c0 < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLS) return undefined;
  return rect;
}

/** A rectangle as Excel writes it: "A1", "A1:C9", "A:C" (whole columns), "5:9" (whole rows). */
export function rectAddress(r: Rect): string {
  if (r.r0 === 0 && r.r1 === MAX_ROWS - 1) return `${columnName(r.c0)}:${columnName(r.c1)}`;
  if (r.c0 === 0 && r.c1 === MAX_COLS - 1) return `${r.r0 + 1}:${r.r1 + 1}`;
  const a = `${columnName(r.c0)}${r.r0 + 1}`;
  return r.r0 === r.r1 && r.c0 === r.c1 ? a : `${a}:${columnName(r.c1)}${r.r1 + 1}`;
}

/** A sheet name as Excel puts it in front of an address (quoted when it is not a plain word). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function intersect(a: Rect, b: Rect): Rect | null {
  const r = { r0: Math.max(a.r0, b.r0), c0: Math.max(a.c0, b.c0), r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1) };
  return r.r0 <= r.r1 && r.c0 <= r.c1 ? r : null;
}

function contains(a: Rect, r: number, c: number): boolean {
  return r >= a.r0 && r <= a.r1 && c >= a.c0 && c <= a.c1;
}

function rectRows(r: Rect): number {
  return r.r1 - r.r0 + 1;
}
function rectCols(r: Rect): number {
  return r.c1 - r.c0 + 1;
}

/** Excel serial number of a JS Date (UTC midnight dates give whole numbers). */
export function dateToSerial(d: Date): number {
  return d.getTime() / 86400000 + 25569;
}

/**
 * Grids that survive JSON (for shipping a workbook into a browser page): Dates become Excel serial
 * numbers — what Excel holds anyway — and the number formats stay, so
 * `FakeExcel.fromGrids(JSON.parse(JSON.stringify(jsonSafeGrids(grids))))` equals `FakeExcel.fromGrids(grids)`.
 */
export function jsonSafeGrids(grids: WorkbookGrids): WorkbookGrids {
  return {
    sheets: grids.sheets.map((s) => ({
      ...s,
      rows: s.rows.map((row) => row.map((v) => (v instanceof Date ? dateToSerial(v) : v))),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Errors

/** An error shaped like OfficeExtension.Error ("RichApi.Error" with a code and debugInfo). */
export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

const MESSAGES: Record<string, string> = {
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "The resource being created already exists.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The requested operation is invalid on this object.",
  InvalidReference: "This reference is not valid for the current operation.",
  AccessDenied: "You cannot perform the requested operation.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidOperationInCellEditMode:
    "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
  RequestPayloadSizeLimitExceeded:
    "The request payload size has exceeded the limit. See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization for more information.",
  ResponsePayloadSizeLimitExceeded:
    "The response payload size has exceeded the limit. See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization for more information.",
  PropertyNotLoaded:
    'The property is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
  MergedRangeConflict: "Cannot complete the operation. A merged range cannot overlap with another merged range.",
  Conflict: "The request could not be processed because of a conflict.",
};

export function officeError(code: string, detail?: string, location?: string): FakeOfficeError {
  return new FakeOfficeError(code, detail ? `${MESSAGES[code] ?? code} (${detail})` : (MESSAGES[code] ?? code), location);
}

// ---------------------------------------------------------------------------------------------
// The workbook state (what Excel holds)

export interface FormatOp {
  rect: Rect;
  /** "font.bold", "fill.color", "horizontalAlignment", "borders.EdgeTop.style", … */
  prop: string;
  value: unknown;
}

export interface FakeHyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface FakeValidation {
  rect: Rect;
  rule?: unknown;
  errorAlert?: unknown;
  prompt?: unknown;
  ignoreBlanks?: boolean;
}

export interface FakeConditionalFormatData {
  id: string;
  rect: Rect;
  type: string;
  dataBar: Record<string, unknown>;
  positiveFormat: Record<string, unknown>;
}

/** One worksheet's content. Public for inspection by tests; change it through the API or the fake's helpers. */
export class FakeSheet {
  deleted = false;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  tabColor = "";
  /** Row-major stored values; undefined = empty. */
  values: (StoredValue | undefined)[][] = [];
  /** Number formats, same shape (undefined = General). */
  numberFormats: (string | undefined)[][] = [];
  /** Formula text by cell key (row * MAX_COLS + col). */
  formulas = new Map<number, string>();
  /** Cells holding text because of a leading apostrophe. */
  quotePrefix = new Set<number>();
  formatOps: FormatOp[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  hiddenColumns = new Set<number>();
  hiddenRows = new Set<number>();
  merges: Rect[] = [];
  hyperlinks = new Map<number, FakeHyperlink>();
  validations: FakeValidation[] = [];
  conditionalFormats: FakeConditionalFormatData[] = [];
  freeze = { rows: 0, cols: 0 };
  pageLayout: Record<string, unknown> = {};
  headersFooters: Record<string, string> = {};
  printTitleRows: string | undefined;
  autoFilter: Rect | undefined;
  /** A protected sheet refuses every change (AccessDenied). */
  protected = false;
  private usedCache: { valuesOnly: Rect | null; all: Rect | null } | undefined;

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  touch(): void {
    this.usedCache = undefined;
  }

  value(r: number, c: number): StoredValue | undefined {
    return this.values[r]?.[c];
  }

  setStored(r: number, c: number, v: StoredValue | undefined): void {
    let row = this.values[r];
    if (!row) {
      if (v === undefined) return;
      row = this.values[r] = [];
    }
    row[c] = v;
    this.touch();
  }

  numberFormat(r: number, c: number): string {
    return this.numberFormats[r]?.[c] ?? "General";
  }

  setNumberFormat(r: number, c: number, f: string): void {
    let row = this.numberFormats[r];
    if (!row) {
      if (f === "General") return;
      row = this.numberFormats[r] = [];
    }
    row[c] = f === "General" || f === "" ? undefined : f;
    this.touch();
  }

  /** The value a `values` load returns for a cell. */
  readValue(r: number, c: number): string | number | boolean {
    const k = r * MAX_COLS + c;
    if (this.formulas.has(k)) return "#NAME?";
    const v = this.value(r, c);
    if (v === undefined) return "";
    if (isErrorValue(v)) return v.error;
    return v;
  }

  /** The cell's property as the format ops left it (last op wins), or undefined. */
  formatAt(r: number, c: number, prop: string): unknown {
    for (let i = this.formatOps.length - 1; i >= 0; i--) {
      const op = this.formatOps[i];
      if (op.prop === prop && contains(op.rect, r, c)) return op.value;
    }
    return undefined;
  }

  /** The bounding box of cells with values (valuesOnly) or with anything (values, formats, links). */
  usedRect(valuesOnly: boolean): Rect | null {
    if (!this.usedCache) this.usedCache = { valuesOnly: this.scanUsed(true), all: this.scanUsed(false) };
    return valuesOnly ? this.usedCache.valuesOnly : this.usedCache.all;
  }

  private scanUsed(valuesOnly: boolean): Rect | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    const add = (r: number, c: number) => {
      if (r < r0) r0 = r;
      if (r > r1) r1 = r;
      if (c < c0) c0 = c;
      if (c > c1) c1 = c;
    };
    this.values.forEach((row, r) => {
      if (!row) return;
      row.forEach((v, c) => {
        if (v !== undefined && v !== "") add(r, c);
      });
    });
    for (const k of this.formulas.keys()) add(Math.floor(k / MAX_COLS), k % MAX_COLS);
    if (!valuesOnly) {
      this.numberFormats.forEach((row, r) => row?.forEach((f, c) => f !== undefined && add(r, c)));
      for (const k of this.hyperlinks.keys()) add(Math.floor(k / MAX_COLS), k % MAX_COLS);
      for (const m of this.merges) {
        add(m.r0, m.c0);
        add(m.r1, m.c1);
      }
      for (const op of this.formatOps) {
        if (op.rect.r1 - op.rect.r0 >= MAX_ROWS - 1 || op.rect.c1 - op.rect.c0 >= MAX_COLS - 1) continue;
        add(op.rect.r0, op.rect.c0);
        add(op.rect.r1, op.rect.c1);
      }
    }
    return r1 < 0 ? null : { r0, c0, r1, c1 };
  }
}

/** A plain, comparable picture of a sheet (values, formulas, formats, layout). */
export interface SheetSnapshot {
  name: string;
  position: number;
  visibility: string;
  tabColor: string;
  values: unknown[][];
  numberFormats: (string | null)[][];
  formulas: [string, string][];
  formatOps: FormatOp[];
  columnWidths: [number, number][];
  rowHeights: [number, number][];
  hiddenColumns: number[];
  hiddenRows: number[];
  merges: string[];
  hyperlinks: [string, FakeHyperlink][];
  validations: unknown[];
  conditionalFormats: unknown[];
  freeze: { rows: number; cols: number };
  pageLayout: Record<string, unknown>;
  headersFooters: Record<string, string>;
  printTitleRows: string | null;
  autoFilter: string | null;
}

// ---------------------------------------------------------------------------------------------
// Recorder

export interface SyncRecord {
  /** 1-based over the fake's life (or since resetRecorder). */
  index: number;
  /** Which Excel.run the sync belongs to (1-based). */
  run: number;
  requestBytes: number;
  responseBytes: number;
  actions: number;
  loads: number;
  /** Cells written through values/numberFormat/formulas in this sync. */
  cellsWritten: number;
  /** Cells whose values were loaded in this sync. */
  cellsRead: number;
  /** application.suspendApiCalculationUntilNextSync() was queued before this sync. */
  calculationSuspended: boolean;
  /** The sync waited for the user to leave cell-edit mode. */
  waitedForCellEdit: boolean;
  /** The error code when the sync failed. */
  failed?: string;
}

export interface RecorderStats {
  syncs: number;
  failedSyncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
  runs: number;
}

export interface FailureSpec {
  /** Error code (default "GeneralException"). */
  code?: string;
  message?: string;
  /** Let this many syncs pass first (0: the very next sync fails). */
  afterSyncs?: number;
  /** Apply this many actions of the failing sync before failing (0: nothing applied). */
  afterActions?: number;
  /** Only count syncs whose queue writes cells (values/numberFormat/formulas). */
  onlyWriting?: boolean;
}

export interface FakeRunOptions {
  delayForCellEdit?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Proxies

type LoadSpec = string | string[] | { select?: string; expand?: string } | undefined;

interface Action {
  kind: "load" | "set" | "call";
  obj: ClientObjectBase;
  name: string;
  args: unknown[];
  /** For calls that create an object (worksheets.add, conditionalFormats.add). */
  result?: ClientObjectBase;
}

function parseLoad(spec: LoadSpec): string[] | undefined {
  if (spec === undefined) return undefined;
  let s: string;
  if (Array.isArray(spec)) s = spec.join(",");
  else if (typeof spec === "string") s = spec;
  else s = [spec.select ?? "", spec.expand ?? ""].filter(Boolean).join(",");
  const props = s
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  return props.length ? props : undefined;
}

function serializeArg(a: unknown): unknown {
  if (a instanceof ClientObjectBase) return { path: a._path };
  return a;
}

/** What every proxy shares: its context, object path, lazily resolved target and loaded properties. */
export abstract class ClientObjectBase {
  /** @internal */ _loaded = new Map<string, unknown>();
  /** @internal */ _bound: { t: unknown } | undefined;
  /** @internal */ _nullable: boolean;

  constructor(
    /** @internal */ readonly _ctx: FakeRequestContext,
    /** @internal */ readonly _path: string,
    /** @internal */ private readonly _resolver: (() => unknown) | undefined,
    nullable = false,
  ) {
    this._nullable = nullable;
    if (nullable) _ctx._nullables.push(this);
  }

  get context(): FakeRequestContext {
    return this._ctx;
  }

  /** @internal The Excel-side object, resolved the first time an action needs it. Null for a null object. */
  _resolve(): unknown {
    if (!this._bound) {
      if (!this._resolver) throw officeError("InvalidOperation", `object ${this._path} was never created`);
      this._bound = { t: this._resolver() };
    }
    return this._bound.t;
  }

  /** @internal The target, or an error for a null object. */
  _target<T>(): T {
    const t = this._resolve();
    if (t === null || t === undefined) throw officeError("ItemNotFound", this._path);
    if (t instanceof FakeSheet && t.deleted) throw officeError("ItemNotFound", `worksheet ${t.name} was deleted`);
    const sheet = (t as { sheet?: FakeSheet }).sheet;
    if (sheet instanceof FakeSheet && sheet.deleted) throw officeError("ItemNotFound", `worksheet ${sheet.name} was deleted`);
    return t as T;
  }

  get isNullObject(): boolean {
    return this._get<boolean>("isNullObject");
  }

  load(spec?: LoadSpec): this {
    this._ctx._queue({ kind: "load", obj: this, name: "load", args: [parseLoad(spec) ?? this._defaultLoad()] });
    return this;
  }

  toJSON(): Record<string, unknown> {
    const o: Record<string, unknown> = {};
    this._loaded.forEach((v, k) => (o[k] = v));
    return o;
  }

  /** @internal */
  protected _get<T>(prop: string): T {
    if (!this._loaded.has(prop)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this._loaded.get(prop) as T;
  }

  /** @internal */
  protected _set(name: string, value: unknown): void {
    this._ctx._queue({ kind: "set", obj: this, name, args: [value] });
  }

  /** @internal */
  protected _call(name: string, args: unknown[] = [], result?: ClientObjectBase): void {
    this._ctx._queue({ kind: "call", obj: this, name, args, ...(result ? { result } : {}) });
  }

  /** @internal Properties loaded by a bare load(). */
  _defaultLoad(): string[] {
    return [];
  }
  /** @internal */
  _applySet(name: string, _value: unknown): void {
    throw officeError("InvalidArgument", `${this._path}.${name} cannot be set`);
  }
  /** @internal */
  _applyCall(name: string, _args: unknown[]): unknown {
    throw officeError("InvalidOperation", `${this._path}.${name}() is not supported by the fake`);
  }
  /** @internal Reads one property of the resolved target (or a child proxy for "a/b"). */
  _read(prop: string): unknown {
    throw officeError("InvalidArgument", `${this._path}.${prop} cannot be loaded`);
  }
  /** @internal A navigation child for a load path "format/font/bold". */
  _child(_name: string): ClientObjectBase | undefined {
    return undefined;
  }
  /** @internal Whether a write to this object changes cells of a protected sheet. */
  _sheet(): FakeSheet | undefined {
    return undefined;
  }
}

// --- Worksheets ---------------------------------------------------------------------------------

function checkSheetName(name: unknown): string {
  if (typeof name !== "string" || name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name) || name.toLowerCase() === "history") {
    throw officeError("InvalidArgument", `invalid worksheet name ${JSON.stringify(name)}`);
  }
  return name;
}

export class FakeWorksheetCollection extends ClientObjectBase {
  constructor(ctx: FakeRequestContext) {
    super(ctx, "workbook.worksheets", () => ctx._fake);
  }
  get items(): FakeWorksheet[] {
    return this._get<FakeWorksheet[]>("items");
  }
  add(name?: string): FakeWorksheet {
    const ws = new FakeWorksheet(this._ctx, `worksheets.add(${JSON.stringify(name ?? "")})`, undefined);
    this._call("add", [name], ws);
    return ws;
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this._ctx, `worksheets.getItem(${JSON.stringify(key)})`, () => {
      const s = this._ctx._fake._findSheet(key);
      if (!s) throw officeError("ItemNotFound", `worksheet ${key}`);
      return s;
    });
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this._ctx, `worksheets.getItemOrNullObject(${JSON.stringify(key)})`, () => this._ctx._fake._findSheet(key) ?? null, true);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this._ctx, "worksheets.getActiveWorksheet()", () => this._ctx._fake._activeSheet() ?? null);
  }
  override _defaultLoad(): string[] {
    return ["items/name", "items/id", "items/position", "items/visibility"];
  }
  override _applyCall(name: string, args: unknown[]): unknown {
    if (name === "add") return this._ctx._fake._addSheet(args[0] as string | undefined);
    return super._applyCall(name, args);
  }
  override _read(prop: string): unknown {
    // "items/name" or plain "name" both load the items' properties.
    const p = prop.startsWith("items/") ? prop.slice(6) : prop === "items" ? "" : prop;
    const sheets = this._ctx._fake.sheets;
    const items = sheets.map((s) => {
      const ws = new FakeWorksheet(this._ctx, `worksheets.items[${JSON.stringify(s.name)}]`, () => s);
      ws._resolve();
      return ws;
    });
    const props = p ? [p] : ws0Props;
    const data = items.map((ws) => {
      const o: Record<string, unknown> = {};
      for (const q of props) o[q] = ws._read(q);
      return o;
    });
    return { __items: items, __props: props, data };
  }
}

const ws0Props = ["name", "id", "position", "visibility"];

export class FakeWorksheet extends ClientObjectBase {
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v);
  }
  get id(): string {
    return this._get("id");
  }
  get position(): number {
    return this._get("position");
  }
  set position(v: number) {
    this._set("position", v);
  }
  get visibility(): string {
    return this._get("visibility");
  }
  set visibility(v: string) {
    this._set("visibility", v);
  }
  get tabColor(): string {
    return this._get("tabColor");
  }
  set tabColor(v: string) {
    this._set("tabColor", v);
  }
  get freezePanes(): FakeFreezePanes {
    return new FakeFreezePanes(this._ctx, `${this._path}.freezePanes`, () => this._resolve(), this);
  }
  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this._ctx, `${this._path}.pageLayout`, () => this._resolve(), this);
  }
  get autoFilter(): FakeAutoFilter {
    return new FakeAutoFilter(this._ctx, `${this._path}.autoFilter`, () => this._resolve(), this);
  }
  activate(): void {
    this._call("activate");
  }
  delete(): void {
    this._call("delete");
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(
      this._ctx,
      `${this._path}.getRange(${JSON.stringify(address ?? "")})`,
      () => {
        const s = this._resolve() as FakeSheet | null;
        if (s === null) return null;
        if (address === undefined || address === "") return { sheet: s, rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 } };
        const rect = parseRect(address);
        if (!rect) throw officeError("InvalidArgument", `address ${address}`);
        return { sheet: s, rect };
      },
      this._nullable,
    );
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(
      this._ctx,
      `${this._path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
      () => {
        const s = this._resolve() as FakeSheet | null;
        if (s === null) return null;
        const rect = { r0: startRow, c0: startColumn, r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 };
        if (rowCount < 1 || columnCount < 1 || rect.r0 < 0 || rect.c0 < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLS)
          throw officeError("InvalidArgument", "range indexes");
        return { sheet: s, rect };
      },
      this._nullable,
    );
  }
  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this._ctx, `${this._path}.getUsedRange(${!!valuesOnly})`, () => {
      const s = this._resolve() as FakeSheet | null;
      if (s === null) return null;
      const rect = s.usedRect(!!valuesOnly);
      if (!rect) {
        if (valuesOnly) throw officeError("ItemNotFound", "the worksheet has no values");
        return { sheet: s, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
      }
      return { sheet: s, rect };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this._ctx,
      `${this._path}.getUsedRangeOrNullObject(${!!valuesOnly})`,
      () => {
        const s = this._resolve() as FakeSheet | null;
        if (s === null) return null;
        const rect = s.usedRect(!!valuesOnly);
        return rect ? { sheet: s, rect } : null;
      },
      true,
    );
  }
  override _defaultLoad(): string[] {
    return ["name", "id", "position", "visibility", "tabColor"];
  }
  override _sheet(): FakeSheet | undefined {
    return (this._resolve() as FakeSheet | null) ?? undefined;
  }
  override _read(prop: string): unknown {
    if (prop === "isNullObject") return this._resolve() === null;
    const s = this._resolve() as FakeSheet | null;
    if (s === null) return null;
    switch (prop) {
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "position":
        return this._ctx._fake.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
      case "tabColor":
        return s.tabColor;
    }
    return super._read(prop);
  }
  override _applySet(name: string, value: unknown): void {
    const s = this._target<FakeSheet>();
    const fake = this._ctx._fake;
    switch (name) {
      case "name": {
        const n = checkSheetName(value);
        const other = fake._findSheet(n);
        if (other && other !== s) throw officeError("ItemAlreadyExists", `worksheet ${n}`);
        s.name = n;
        return;
      }
      case "position": {
        const to = Math.max(0, Math.min(fake.sheets.length - 1, Number(value)));
        fake.sheets.splice(fake.sheets.indexOf(s), 1);
        fake.sheets.splice(to, 0, s);
        return;
      }
      case "visibility": {
        if (value !== "Visible" && value !== "Hidden" && value !== "VeryHidden") throw officeError("InvalidArgument", `visibility ${String(value)}`);
        if (value !== "Visible" && s.visibility === "Visible" && fake.sheets.filter((x) => x.visibility === "Visible").length === 1) {
          throw officeError("InvalidOperation", "a workbook must keep at least one visible worksheet");
        }
        s.visibility = value;
        if (value !== "Visible" && fake.activeSheetId === s.id) fake.activeSheetId = fake.sheets.find((x) => x.visibility === "Visible")?.id;
        return;
      }
      case "tabColor":
        s.tabColor = String(value);
        return;
    }
    super._applySet(name, value);
  }
  override _applyCall(name: string, args: unknown[]): unknown {
    const s = this._target<FakeSheet>();
    const fake = this._ctx._fake;
    if (name === "activate") {
      if (s.visibility !== "Visible") throw officeError("InvalidOperation", "a hidden worksheet cannot be activated");
      fake.activeSheetId = s.id;
      return undefined;
    }
    if (name === "delete") {
      if (s.visibility === "Visible" && fake.sheets.filter((x) => x.visibility === "Visible").length === 1) {
        throw officeError("InvalidOperation", "a workbook must keep at least one visible worksheet");
      }
      const i = fake.sheets.indexOf(s);
      fake.sheets.splice(i, 1);
      s.deleted = true;
      if (fake.activeSheetId === s.id) {
        const next = fake.sheets.slice(i).find((x) => x.visibility === "Visible") ?? [...fake.sheets].reverse().find((x) => x.visibility === "Visible");
        fake.activeSheetId = next?.id;
      }
      if (fake.selection?.sheetId === s.id) fake.selection = undefined;
      return undefined;
    }
    return super._applyCall(name, args);
  }
}

/** A child object of a worksheet (freezePanes, pageLayout, autoFilter): resolves to the sheet. */
abstract class SheetPart extends ClientObjectBase {
  constructor(
    ctx: FakeRequestContext,
    path: string,
    resolver: () => unknown,
    protected readonly ws: FakeWorksheet,
  ) {
    super(ctx, path, resolver);
  }
  override _sheet(): FakeSheet | undefined {
    return (this._resolve() as FakeSheet | null) ?? undefined;
  }
}

function rectOf(arg: unknown, sheet: FakeSheet): Rect {
  if (typeof arg === "string") {
    const r = parseRect(arg);
    if (!r) throw officeError("InvalidArgument", `address ${arg}`);
    return r;
  }
  if (arg instanceof FakeRange) {
    const t = arg._target<{ sheet: FakeSheet; rect: Rect }>();
    if (t.sheet !== sheet) throw officeError("InvalidArgument", "range of another worksheet");
    return t.rect;
  }
  throw officeError("InvalidArgument", "range expected");
}

export class FakeFreezePanes extends SheetPart {
  freezeRows(count = 1): void {
    this._call("freezeRows", [count]);
  }
  freezeColumns(count = 1): void {
    this._call("freezeColumns", [count]);
  }
  freezeAt(frozenRange: FakeRange | string): void {
    this._call("freezeAt", [frozenRange]);
  }
  unfreeze(): void {
    this._call("unfreeze");
  }
  getLocationOrNullObject(): FakeRange {
    return new FakeRange(
      this._ctx,
      `${this._path}.getLocationOrNullObject()`,
      () => {
        const s = this._resolve() as FakeSheet;
        const f = s.freeze;
        if (f.rows === 0 && f.cols === 0) return null;
        return { sheet: s, rect: { r0: 0, c0: 0, r1: f.rows > 0 ? f.rows - 1 : MAX_ROWS - 1, c1: f.cols > 0 ? f.cols - 1 : MAX_COLS - 1 } };
      },
      true,
    );
  }
  override _applyCall(name: string, args: unknown[]): unknown {
    const s = this._target<FakeSheet>();
    switch (name) {
      case "freezeRows":
        s.freeze = { rows: Number(args[0]), cols: 0 };
        return undefined;
      case "freezeColumns":
        s.freeze = { rows: 0, cols: Number(args[0]) };
        return undefined;
      case "freezeAt": {
        const r = rectOf(args[0], s);
        s.freeze = { rows: r.r1 === MAX_ROWS - 1 ? 0 : r.r1 + 1, cols: r.c1 === MAX_COLS - 1 ? 0 : r.c1 + 1 };
        return undefined;
      }
      case "unfreeze":
        s.freeze = { rows: 0, cols: 0 };
        return undefined;
    }
    return super._applyCall(name, args);
  }
}

const PAGE_PROPS = [
  "orientation",
  "paperSize",
  "zoom",
  "leftMargin",
  "rightMargin",
  "topMargin",
  "bottomMargin",
  "headerMargin",
  "footerMargin",
  "centerHorizontally",
  "centerVertically",
  "printGridlines",
  "printOrder",
  "blackAndWhite",
  "draftMode",
  "firstPageNumber",
  "printComments",
  "printErrors",
  "printHeadings",
] as const;

export class FakePageLayout extends SheetPart {
  declare orientation: string;
  declare paperSize: string;
  declare zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  declare leftMargin: number;
  declare rightMargin: number;
  declare topMargin: number;
  declare bottomMargin: number;
  declare headerMargin: number;
  declare footerMargin: number;
  declare centerHorizontally: boolean;
  declare centerVertically: boolean;
  declare printGridlines: boolean;
  get headersFooters(): FakeHeaderFooterGroup {
    return new FakeHeaderFooterGroup(this._ctx, `${this._path}.headersFooters`, () => this._resolve(), this.ws);
  }
  setPrintTitleRows(rows: FakeRange | string): void {
    this._call("setPrintTitleRows", [rows]);
  }
  setPrintTitleColumns(cols: FakeRange | string): void {
    this._call("setPrintTitleColumns", [cols]);
  }
  setPrintArea(area: FakeRange | string): void {
    this._call("setPrintArea", [area]);
  }
  getPrintTitleRowsOrNullObject(): FakeRange {
    return new FakeRange(
      this._ctx,
      `${this._path}.getPrintTitleRowsOrNullObject()`,
      () => {
        const s = this._resolve() as FakeSheet;
        const r = s.printTitleRows ? parseRect(s.printTitleRows) : undefined;
        return r ? { sheet: s, rect: r } : null;
      },
      true,
    );
  }
  override _defaultLoad(): string[] {
    return [...PAGE_PROPS];
  }
  override _read(prop: string): unknown {
    const s = this._target<FakeSheet>();
    if ((PAGE_PROPS as readonly string[]).includes(prop)) {
      const defaults: Record<string, unknown> = {
        orientation: "Portrait",
        paperSize: "Letter",
        zoom: { scale: 100 },
        centerHorizontally: false,
        centerVertically: false,
        printGridlines: false,
      };
      return s.pageLayout[prop] ?? defaults[prop] ?? null;
    }
    return super._read(prop);
  }
  override _applySet(name: string, value: unknown): void {
    const s = this._target<FakeSheet>();
    if ((PAGE_PROPS as readonly string[]).includes(name)) {
      if (name === "zoom") {
        const z = value as { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
        if (typeof z !== "object" || z === null) throw officeError("InvalidArgument", "zoom");
      }
      s.pageLayout[name] = value;
      return;
    }
    super._applySet(name, value);
  }
  override _applyCall(name: string, args: unknown[]): unknown {
    const s = this._target<FakeSheet>();
    if (name === "setPrintTitleRows") {
      const r = rectOf(args[0], s);
      s.printTitleRows = `$${r.r0 + 1}:$${r.r1 + 1}`;
      return undefined;
    }
    if (name === "setPrintTitleColumns" || name === "setPrintArea") {
      s.pageLayout[name] = typeof args[0] === "string" ? args[0] : rectAddress(rectOf(args[0], s));
      return undefined;
    }
    return super._applyCall(name, args);
  }
  override _child(name: string): ClientObjectBase | undefined {
    return name === "headersFooters" ? this.headersFooters : undefined;
  }
}

for (const p of PAGE_PROPS) {
  Object.defineProperty(FakePageLayout.prototype, p, {
    get(this: FakePageLayout) {
      return (this as unknown as { _get(p: string): unknown })._get(p);
    },
    set(this: FakePageLayout, v: unknown) {
      (this as unknown as { _set(p: string, v: unknown): void })._set(p, v);
    },
    configurable: true,
  });
}

export class FakeHeaderFooterGroup extends SheetPart {
  get defaultForAllPages(): FakeHeaderFooter {
    return new FakeHeaderFooter(this._ctx, `${this._path}.defaultForAllPages`, () => this._resolve(), this.ws);
  }
}

const HF_PROPS = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"];

export class FakeHeaderFooter extends SheetPart {
  get centerFooter(): string {
    return this._get("centerFooter");
  }
  set centerFooter(v: string) {
    this._set("centerFooter", v);
  }
  get leftFooter(): string {
    return this._get("leftFooter");
  }
  set leftFooter(v: string) {
    this._set("leftFooter", v);
  }
  get rightFooter(): string {
    return this._get("rightFooter");
  }
  set rightFooter(v: string) {
    this._set("rightFooter", v);
  }
  get centerHeader(): string {
    return this._get("centerHeader");
  }
  set centerHeader(v: string) {
    this._set("centerHeader", v);
  }
  override _defaultLoad(): string[] {
    return HF_PROPS;
  }
  override _read(prop: string): unknown {
    if (HF_PROPS.includes(prop)) return this._target<FakeSheet>().headersFooters[prop] ?? "";
    return super._read(prop);
  }
  override _applySet(name: string, value: unknown): void {
    if (HF_PROPS.includes(name)) {
      this._target<FakeSheet>().headersFooters[name] = String(value);
      return;
    }
    super._applySet(name, value);
  }
}

export class FakeAutoFilter extends SheetPart {
  apply(range: FakeRange | string): void {
    this._call("apply", [range]);
  }
  remove(): void {
    this._call("remove");
  }
  override _applyCall(name: string, args: unknown[]): unknown {
    const s = this._target<FakeSheet>();
    if (name === "apply") {
      s.autoFilter = rectOf(args[0], s);
      return undefined;
    }
    if (name === "remove") {
      s.autoFilter = undefined;
      return undefined;
    }
    return super._applyCall(name, args);
  }
}

// --- Ranges ---------------------------------------------------------------------------------------

interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

const RANGE_SCALARS = [
  "address",
  "addressLocal",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "cellCount",
  "values",
  "numberFormat",
  "formulas",
  "text",
  "valueTypes",
  "columnHidden",
  "rowHidden",
  "hyperlink",
];

function cellRangeLimit(rect: Rect, what: string): void {
  if (rectRows(rect) * rectCols(rect) > 5_000_000) throw officeError("InvalidOperation", `${what} of ${rectAddress(rect)} is too large for the fake`);
}

function isTextFormat(f: string): boolean {
  return f === "@";
}

export class FakeRange extends ClientObjectBase {
  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get values(): unknown[][] {
    return this._get("values");
  }
  set values(v: unknown[][]) {
    this._set("values", v);
  }
  get numberFormat(): unknown[][] {
    return this._get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this._set("numberFormat", v);
  }
  get formulas(): unknown[][] {
    return this._get("formulas");
  }
  set formulas(v: unknown[][]) {
    this._set("formulas", v);
  }
  get text(): string[][] {
    return this._get("text");
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }
  get columnHidden(): boolean {
    return this._get("columnHidden");
  }
  set columnHidden(v: boolean) {
    this._set("columnHidden", v);
  }
  get rowHidden(): boolean {
    return this._get("rowHidden");
  }
  set rowHidden(v: boolean) {
    this._set("rowHidden", v);
  }
  get hyperlink(): FakeHyperlink {
    return this._get("hyperlink");
  }
  set hyperlink(v: FakeHyperlink) {
    this._set("hyperlink", v);
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this._ctx, `${this._path}.worksheet`, () => (this._resolve() as RangeTarget | null)?.sheet ?? null);
  }
  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this._ctx, `${this._path}.format`, () => this._resolve(), "");
  }
  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this._ctx, `${this._path}.dataValidation`, () => this._resolve());
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this._ctx, `${this._path}.conditionalFormats`, () => this._resolve());
  }

  private derived(name: string, f: (t: RangeTarget) => RangeTarget | null, nullable = this._nullable): FakeRange {
    return new FakeRange(
      this._ctx,
      `${this._path}.${name}`,
      () => {
        const t = this._resolve() as RangeTarget | null;
        return t === null ? null : f(t);
      },
      nullable,
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived(`getCell(${row},${column})`, (t) => {
      const r = { r0: t.rect.r0 + row, c0: t.rect.c0 + column, r1: t.rect.r0 + row, c1: t.rect.c0 + column };
      if (r.r0 >= MAX_ROWS || r.c0 >= MAX_COLS || r.r0 < 0 || r.c0 < 0) throw officeError("InvalidArgument", "cell outside the sheet");
      return { sheet: t.sheet, rect: r };
    });
  }
  getRow(row: number): FakeRange {
    return this.derived(`getRow(${row})`, (t) => ({ sheet: t.sheet, rect: { r0: t.rect.r0 + row, c0: t.rect.c0, r1: t.rect.r0 + row, c1: t.rect.c1 } }));
  }
  getColumn(column: number): FakeRange {
    return this.derived(`getColumn(${column})`, (t) => ({ sheet: t.sheet, rect: { r0: t.rect.r0, c0: t.rect.c0 + column, r1: t.rect.r1, c1: t.rect.c0 + column } }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(`getResizedRange(${deltaRows},${deltaColumns})`, (t) => {
      const r = { ...t.rect, r1: t.rect.r1 + deltaRows, c1: t.rect.c1 + deltaColumns };
      if (r.r1 < r.r0 || r.c1 < r.c0 || r.r1 >= MAX_ROWS || r.c1 >= MAX_COLS) throw officeError("InvalidArgument", "resized range");
      return { sheet: t.sheet, rect: r };
    });
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived(`getOffsetRange(${rowOffset},${columnOffset})`, (t) => {
      const r = { r0: t.rect.r0 + rowOffset, c0: t.rect.c0 + columnOffset, r1: t.rect.r1 + rowOffset, c1: t.rect.c1 + columnOffset };
      if (r.r0 < 0 || r.c0 < 0 || r.r1 >= MAX_ROWS || r.c1 >= MAX_COLS) throw officeError("InvalidArgument", "offset range");
      return { sheet: t.sheet, rect: r };
    });
  }
  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    return this.derived(
      `getIntersectionOrNullObject(${typeof other === "string" ? JSON.stringify(other) : other._path})`,
      (t) => {
        const o = typeof other === "string" ? parseRect(other) : (other._resolve() as RangeTarget | null)?.rect;
        if (!o) return null;
        const r = intersect(t.rect, o);
        return r ? { sheet: t.sheet, rect: r } : null;
      },
      true,
    );
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.derived(
      `getUsedRangeOrNullObject(${!!valuesOnly})`,
      (t) => {
        const u = t.sheet.usedRect(!!valuesOnly);
        const r = u ? intersect(u, t.rect) : null;
        return r ? { sheet: t.sheet, rect: r } : null;
      },
      true,
    );
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this._ctx, `${this._path}.getMergedAreasOrNullObject()`, () => {
      const t = this._resolve() as RangeTarget | null;
      if (t === null) return null;
      const areas = t.sheet.merges.filter((m) => intersect(m, t.rect));
      return areas.length ? { sheet: t.sheet, areas } : null;
    });
  }
  /** Per-cell properties (ExcelApi 1.9): hyperlink and format (font, fill, alignment, wrap). */
  setCellProperties(cellPropertiesData: Record<string, unknown>[][]): void {
    this._call("setCellProperties", [cellPropertiesData]);
  }
  merge(across = false): void {
    this._call("merge", [across]);
  }
  unmerge(): void {
    this._call("unmerge");
  }
  select(): void {
    this._call("select");
  }
  clear(applyTo?: string): void {
    this._call("clear", [applyTo ?? "All"]);
  }

  override _defaultLoad(): string[] {
    return RANGE_SCALARS.filter((p) => p !== "hyperlink");
  }
  override _sheet(): FakeSheet | undefined {
    return (this._resolve() as RangeTarget | null)?.sheet;
  }
  override _child(name: string): ClientObjectBase | undefined {
    if (name === "format") return this.format;
    if (name === "dataValidation") return this.dataValidation;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  override _read(prop: string): unknown {
    if (prop === "isNullObject") return this._resolve() === null;
    const t = this._resolve() as RangeTarget | null;
    if (t === null) return null;
    const { sheet: s, rect } = t;
    const grid = <T>(f: (r: number, c: number) => T): T[][] => {
      cellRangeLimit(rect, prop);
      const out: T[][] = [];
      for (let r = rect.r0; r <= rect.r1; r++) {
        const row: T[] = new Array(rectCols(rect));
        for (let c = rect.c0; c <= rect.c1; c++) row[c - rect.c0] = f(r, c);
        out.push(row);
      }
      return out;
    };
    switch (prop) {
      case "address":
      case "addressLocal":
        return `${quoteSheetName(s.name)}!${rectAddress(rect)}`;
      case "rowIndex":
        return rect.r0;
      case "columnIndex":
        return rect.c0;
      case "rowCount":
        return rectRows(rect);
      case "columnCount":
        return rectCols(rect);
      case "cellCount":
        return rectRows(rect) * rectCols(rect);
      case "values":
        return grid((r, c) => s.readValue(r, c));
      case "numberFormat":
        return grid((r, c) => s.numberFormat(r, c));
      case "formulas":
        return grid((r, c) => s.formulas.get(r * MAX_COLS + c) ?? s.readValue(r, c));
      case "text":
        return grid((r, c) => String(s.readValue(r, c)));
      case "valueTypes":
        return grid((r, c) => {
          const v = s.formulas.has(r * MAX_COLS + c) ? { error: "#NAME?" } : s.value(r, c);
          if (v === undefined || v === "") return "Empty";
          if (isErrorValue(v)) return "Error";
          return typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
        });
      case "columnHidden": {
        let all = true;
        for (let c = rect.c0; c <= rect.c1 && all; c++) all = s.hiddenColumns.has(c);
        return all;
      }
      case "rowHidden": {
        let all = true;
        for (let r = rect.r0; r <= Math.min(rect.r1, rect.r0 + 100000) && all; r++) all = s.hiddenRows.has(r);
        return all;
      }
      case "hyperlink":
        return s.hyperlinks.get(rect.r0 * MAX_COLS + rect.c0) ?? null;
    }
    return super._read(prop);
  }

  override _applySet(name: string, value: unknown): void {
    const { sheet: s, rect } = this._target<RangeTarget>();
    const fake = this._ctx._fake;
    if (s.protected) throw officeError("AccessDenied", `worksheet ${s.name} is protected`);
    const each = (f: (r: number, c: number, v: unknown) => void) => {
      cellRangeLimit(rect, name);
      if (Array.isArray(value)) {
        if (value.length !== rectRows(rect) || value.some((row) => !Array.isArray(row) || row.length !== rectCols(rect))) {
          throw officeError(
            "InvalidArgument",
            `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rectAddress(rect)})`,
          );
        }
        for (let i = 0; i < value.length; i++) {
          const row = value[i] as unknown[];
          for (let j = 0; j < row.length; j++) f(rect.r0 + i, rect.c0 + j, row[j]);
        }
      } else {
        for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) f(r, c, value);
      }
    };
    switch (name) {
      case "values":
        each((r, c, v) => fake._writeValue(s, r, c, v, false));
        return;
      case "formulas":
        each((r, c, v) => fake._writeValue(s, r, c, v, true));
        return;
      case "numberFormat":
        each((r, c, v) => {
          if (v === null || v === undefined) return;
          s.setNumberFormat(r, c, String(v));
        });
        return;
      case "columnHidden":
        for (let c = rect.c0; c <= rect.c1; c++) {
          if (value) s.hiddenColumns.add(c);
          else s.hiddenColumns.delete(c);
        }
        return;
      case "rowHidden":
        for (let r = rect.r0; r <= rect.r1; r++) {
          if (value) s.hiddenRows.add(r);
          else s.hiddenRows.delete(r);
        }
        return;
      case "hyperlink": {
        const h = value as FakeHyperlink;
        if (typeof h !== "object" || h === null) throw officeError("InvalidArgument", "hyperlink");
        cellRangeLimit(rect, name);
        for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) s.hyperlinks.set(r * MAX_COLS + c, { ...h });
        // The text shows in the top-left cell, as text.
        if (h.textToDisplay !== undefined) {
          s.formulas.delete(rect.r0 * MAX_COLS + rect.c0);
          s.setStored(rect.r0, rect.c0, h.textToDisplay === "" ? undefined : h.textToDisplay);
        }
        s.touch();
        return;
      }
    }
    super._applySet(name, value);
  }

  override _applyCall(name: string, args: unknown[]): unknown {
    const { sheet: s, rect } = this._target<RangeTarget>();
    const fake = this._ctx._fake;
    if (name === "select") {
      if (s.visibility !== "Visible") throw officeError("InvalidOperation", "cannot select on a hidden worksheet");
      fake.activeSheetId = s.id;
      fake.selection = { sheetId: s.id, rect: { ...rect } };
      return undefined;
    }
    if (s.protected) throw officeError("AccessDenied", `worksheet ${s.name} is protected`);
    switch (name) {
      case "setCellProperties": {
        const data = args[0] as Record<string, unknown>[][];
        if (!Array.isArray(data) || data.length !== rectRows(rect) || data.some((row) => !Array.isArray(row) || row.length !== rectCols(rect))) {
          throw officeError(
            "InvalidArgument",
            `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rectAddress(rect)})`,
          );
        }
        data.forEach((row, i) =>
          row.forEach((p, j) => {
            const r = rect.r0 + i;
            const c = rect.c0 + j;
            for (const [k, v] of Object.entries(p ?? {})) {
              if (k === "hyperlink") {
                const h = v as FakeHyperlink;
                s.hyperlinks.set(r * MAX_COLS + c, { ...h });
                if (h.textToDisplay !== undefined) {
                  s.formulas.delete(r * MAX_COLS + c);
                  s.setStored(r, c, h.textToDisplay === "" ? undefined : h.textToDisplay);
                }
              } else if (k === "format") {
                const cellRect = { r0: r, c0: c, r1: r, c1: c };
                const walk = (o: Record<string, unknown>, prefix: string) => {
                  for (const [fk, fv] of Object.entries(o)) {
                    if (fv && typeof fv === "object") walk(fv as Record<string, unknown>, `${prefix}${fk}.`);
                    else s.formatOps.push({ rect: cellRect, prop: `${prefix}${fk}`, value: fv });
                  }
                };
                walk(v as Record<string, unknown>, "");
              } else throw officeError("InvalidArgument", `cell property ${k} is not supported by the fake`);
            }
          }),
        );
        s.touch();
        return undefined;
      }
      case "merge": {
        const across = !!args[0];
        const targets = across ? Array.from({ length: rectRows(rect) }, (_, i) => ({ ...rect, r0: rect.r0 + i, r1: rect.r0 + i })) : [rect];
        for (const m of targets) {
          if (rectRows(m) * rectCols(m) === 1) continue;
          for (const old of s.merges) {
            const x = intersect(old, m);
            if (x && !(x.r0 === old.r0 && x.r1 === old.r1 && x.c0 === old.c0 && x.c1 === old.c1)) throw officeError("MergedRangeConflict", rectAddress(m));
          }
          s.merges = s.merges.filter((old) => !intersect(old, m));
          // Excel keeps the top-left value only.
          for (let r = m.r0; r <= m.r1; r++)
            for (let c = m.c0; c <= m.c1; c++) {
              if (r === m.r0 && c === m.c0) continue;
              s.formulas.delete(r * MAX_COLS + c);
              if (s.value(r, c) !== undefined) s.setStored(r, c, undefined);
            }
          s.merges.push({ ...m });
        }
        s.touch();
        return undefined;
      }
      case "unmerge":
        s.merges = s.merges.filter((m) => !intersect(m, rect));
        s.touch();
        return undefined;
      case "clear": {
        const what = String(args[0] ?? "All");
        if (what === "All" || what === "Contents") {
          for (let r = rect.r0; r <= Math.min(rect.r1, s.values.length - 1); r++) {
            const row = s.values[r];
            if (!row) continue;
            for (let c = rect.c0; c <= Math.min(rect.c1, row.length - 1); c++) {
              row[c] = undefined;
              s.formulas.delete(r * MAX_COLS + c);
              s.quotePrefix.delete(r * MAX_COLS + c);
            }
          }
          for (const k of [...s.hyperlinks.keys()]) if (contains(rect, Math.floor(k / MAX_COLS), k % MAX_COLS)) s.hyperlinks.delete(k);
        }
        if (what === "All" || what === "Formats") {
          for (let r = rect.r0; r <= Math.min(rect.r1, s.numberFormats.length - 1); r++) {
            const row = s.numberFormats[r];
            if (!row) continue;
            for (let c = rect.c0; c <= Math.min(rect.c1, row.length - 1); c++) row[c] = undefined;
          }
          s.formatOps.push({ rect: { ...rect }, prop: "*clear", value: null });
        }
        s.touch();
        return undefined;
      }
    }
    return super._applyCall(name, args);
  }
}

export class FakeRangeAreas extends ClientObjectBase {
  constructor(ctx: FakeRequestContext, path: string, resolver: () => unknown) {
    super(ctx, path, resolver, true);
  }
  get address(): string {
    return this._get("address");
  }
  get areaCount(): number {
    return this._get("areaCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  override _defaultLoad(): string[] {
    return ["address", "areaCount", "cellCount"];
  }
  override _read(prop: string): unknown {
    if (prop === "isNullObject") return this._resolve() === null;
    const t = this._resolve() as { sheet: FakeSheet; areas: Rect[] } | null;
    if (t === null) return null;
    switch (prop) {
      case "address":
      case "addressLocal":
        return t.areas.map((a) => `${quoteSheetName(t.sheet.name)}!${rectAddress(a)}`).join(", ");
      case "areaCount":
        return t.areas.length;
      case "cellCount":
        return t.areas.reduce((n, a) => n + rectRows(a) * rectCols(a), 0);
    }
    return super._read(prop);
  }
}

// --- Range formats ----------------------------------------------------------------------------------

const FORMAT_PROPS: Record<string, string[]> = {
  "": ["columnWidth", "rowHeight", "horizontalAlignment", "verticalAlignment", "wrapText", "indentLevel", "textOrientation", "shrinkToFit"],
  font: ["name", "size", "bold", "italic", "color", "underline", "strikethrough"],
  fill: ["color", "pattern"],
  border: ["style", "color", "weight"],
};

const FORMAT_DEFAULTS: Record<string, unknown> = {
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  indentLevel: 0,
  textOrientation: 0,
  shrinkToFit: false,
  "font.name": "Calibri",
  "font.size": 11,
  "font.bold": false,
  "font.italic": false,
  "font.color": "#000000",
  "font.underline": "None",
  "font.strikethrough": false,
  "fill.color": "#FFFFFF",
  "fill.pattern": "None",
};

/** range.format, range.format.font, range.format.fill, range.format.borders.getItem(i): format ops on the range. */
export class FakeRangeFormat extends ClientObjectBase {
  // Accessors defined on the prototype below (each queues a set / reads a loaded value).
  declare columnWidth: number;
  declare rowHeight: number;
  declare horizontalAlignment: string;
  declare verticalAlignment: string;
  declare wrapText: boolean;
  declare name: string;
  declare size: number;
  declare bold: boolean;
  declare italic: boolean;
  declare color: string;
  declare underline: string;
  declare style: string;
  declare weight: string;
  constructor(
    ctx: FakeRequestContext,
    path: string,
    resolver: () => unknown,
    /** "" for range.format, "font", "fill", "borders.EdgeTop" … */
    private readonly part: string,
  ) {
    super(ctx, path, resolver);
  }
  private kind(): string {
    return this.part.startsWith("borders.") ? "border" : this.part;
  }
  private key(name: string): string {
    return this.part ? `${this.part}.${name}` : name;
  }
  get font(): FakeRangeFormat {
    return new FakeRangeFormat(this._ctx, `${this._path}.font`, () => this._resolve(), "font");
  }
  get fill(): FakeRangeFormat {
    return new FakeRangeFormat(this._ctx, `${this._path}.fill`, () => this._resolve(), "fill");
  }
  get borders(): { getItem(index: string): FakeRangeFormat } {
    return {
      getItem: (index: string) => new FakeRangeFormat(this._ctx, `${this._path}.borders.getItem(${JSON.stringify(index)})`, () => this._resolve(), `borders.${index}`),
    };
  }
  autofitColumns(): void {
    this._call("autofitColumns");
  }
  autofitRows(): void {
    this._call("autofitRows");
  }
  clear(): void {
    this._call("clear");
  }
  override _child(name: string): ClientObjectBase | undefined {
    if (name === "font") return this.font;
    if (name === "fill") return this.fill;
    return undefined;
  }
  override _sheet(): FakeSheet | undefined {
    return (this._resolve() as RangeTarget | null)?.sheet;
  }
  override _defaultLoad(): string[] {
    return FORMAT_PROPS[this.kind()] ?? [];
  }
  override _read(prop: string): unknown {
    const { sheet: s, rect } = this._target<RangeTarget>();
    if (!(FORMAT_PROPS[this.kind()] ?? []).includes(prop)) return super._read(prop);
    if (prop === "columnWidth") {
      const ws = new Set<number>();
      for (let c = rect.c0; c <= Math.min(rect.c1, rect.c0 + 1000); c++) ws.add(s.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
      return ws.size === 1 ? [...ws][0] : null;
    }
    if (prop === "rowHeight") {
      const hs = new Set<number>();
      for (let r = rect.r0; r <= Math.min(rect.r1, rect.r0 + 100000); r++) hs.add(s.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT);
      return hs.size === 1 ? [...hs][0] : null;
    }
    const key = this.key(prop);
    // Uniform across the range → the value; mixed → null (as Office reports).
    let first: unknown = undefined;
    let set = false;
    cellRangeLimit(rect, key);
    for (let r = rect.r0; r <= rect.r1; r++)
      for (let c = rect.c0; c <= rect.c1; c++) {
        const v = s.formatAt(r, c, key) ?? FORMAT_DEFAULTS[key] ?? null;
        if (!set) {
          first = v;
          set = true;
        } else if (JSON.stringify(v) !== JSON.stringify(first)) return null;
      }
    return first;
  }
  override _applySet(name: string, value: unknown): void {
    const { sheet: s, rect } = this._target<RangeTarget>();
    if (s.protected) throw officeError("AccessDenied", `worksheet ${s.name} is protected`);
    if (!(FORMAT_PROPS[this.kind()] ?? []).includes(name)) return super._applySet(name, value);
    if (value === null || value === undefined) throw officeError("InvalidArgument", `${this.key(name)} cannot be null`);
    if (name === "columnWidth") {
      if (typeof value !== "number" || value < 0) throw officeError("InvalidArgument", "columnWidth");
      for (let c = rect.c0; c <= rect.c1; c++) s.columnWidths.set(c, value);
      return;
    }
    if (name === "rowHeight") {
      if (typeof value !== "number" || value < 0 || value > 409) throw officeError("InvalidArgument", "rowHeight");
      for (let r = rect.r0; r <= rect.r1; r++) s.rowHeights.set(r, value);
      return;
    }
    if (this.part.startsWith("borders.")) {
      const idx = this.part.slice(8);
      if ((idx === "InsideVertical" && rect.c0 === rect.c1) || (idx === "InsideHorizontal" && rect.r0 === rect.r1)) {
        throw officeError("InvalidArgument", `${idx} border of a single ${idx === "InsideVertical" ? "column" : "row"}`);
      }
    }
    s.formatOps.push({ rect: { ...rect }, prop: this.key(name), value });
    s.touch();
  }
  override _applyCall(name: string, args: unknown[]): unknown {
    const { sheet: s, rect } = this._target<RangeTarget>();
    if (name === "autofitColumns" || name === "autofitRows") return undefined;
    if (name === "clear" && this.part === "fill") {
      s.formatOps.push({ rect: { ...rect }, prop: "fill.color", value: "#FFFFFF" });
      return undefined;
    }
    return super._applyCall(name, args);
  }
}

// define the format properties as accessors (columnWidth, font.bold, …)
for (const props of Object.values(FORMAT_PROPS)) {
  for (const p of props) {
    if (Object.getOwnPropertyDescriptor(FakeRangeFormat.prototype, p)) continue;
    Object.defineProperty(FakeRangeFormat.prototype, p, {
      get(this: FakeRangeFormat) {
        return (this as unknown as { _get(p: string): unknown })._get(p);
      },
      set(this: FakeRangeFormat, v: unknown) {
        (this as unknown as { _set(p: string, v: unknown): void })._set(p, v);
      },
      configurable: true,
    });
  }
}

// --- Data validation and conditional formats ----------------------------------------------------

export class FakeDataValidation extends ClientObjectBase {
  get rule(): unknown {
    return this._get("rule");
  }
  set rule(v: unknown) {
    this._set("rule", v);
  }
  get errorAlert(): unknown {
    return this._get("errorAlert");
  }
  set errorAlert(v: unknown) {
    this._set("errorAlert", v);
  }
  get prompt(): unknown {
    return this._get("prompt");
  }
  set prompt(v: unknown) {
    this._set("prompt", v);
  }
  get ignoreBlanks(): boolean {
    return this._get("ignoreBlanks");
  }
  set ignoreBlanks(v: boolean) {
    this._set("ignoreBlanks", v);
  }
  get type(): string {
    return this._get("type");
  }
  clear(): void {
    this._call("clear");
  }
  private find(t: RangeTarget): FakeValidation | undefined {
    return t.sheet.validations.find((v) => v.rect.r0 === t.rect.r0 && v.rect.c0 === t.rect.c0 && v.rect.r1 === t.rect.r1 && v.rect.c1 === t.rect.c1);
  }
  override _sheet(): FakeSheet | undefined {
    return (this._resolve() as RangeTarget | null)?.sheet;
  }
  override _defaultLoad(): string[] {
    return ["rule", "errorAlert", "prompt", "ignoreBlanks", "type"];
  }
  override _read(prop: string): unknown {
    const t = this._target<RangeTarget>();
    const v = this.find(t);
    switch (prop) {
      case "rule":
        return v?.rule ?? null;
      case "errorAlert":
        return v?.errorAlert ?? null;
      case "prompt":
        return v?.prompt ?? null;
      case "ignoreBlanks":
        return v?.ignoreBlanks ?? true;
      case "type": {
        const r = v?.rule as Record<string, unknown> | undefined;
        const k = r ? Object.keys(r)[0] : undefined;
        return k ? k[0].toUpperCase() + k.slice(1) : "None";
      }
    }
    return super._read(prop);
  }
  override _applySet(name: string, value: unknown): void {
    const t = this._target<RangeTarget>();
    if (t.sheet.protected) throw officeError("AccessDenied", `worksheet ${t.sheet.name} is protected`);
    if (!["rule", "errorAlert", "prompt", "ignoreBlanks"].includes(name)) return super._applySet(name, value);
    let v = this.find(t);
    if (!v) {
      // A new rule replaces the validations it overlaps (Excel keeps one rule per cell).
      t.sheet.validations = t.sheet.validations.filter((x) => !intersect(x.rect, t.rect));
      v = { rect: { ...t.rect } };
      t.sheet.validations.push(v);
    }
    if (name === "rule") {
      const r = value as Record<string, Record<string, unknown>>;
      if (!r || typeof r !== "object" || Object.keys(r).length !== 1) throw officeError("InvalidArgument", "data validation rule");
      if (r.list && (typeof r.list.source !== "string" || r.list.source.length > 255))
        throw officeError("InvalidArgument", "list source must be text of at most 255 characters");
    }
    (v as unknown as Record<string, unknown>)[name] = value;
  }
  override _applyCall(name: string, args: unknown[]): unknown {
    const t = this._target<RangeTarget>();
    if (name === "clear") {
      t.sheet.validations = t.sheet.validations.filter((x) => !intersect(x.rect, t.rect));
      return undefined;
    }
    return super._applyCall(name, args);
  }
}

export class FakeConditionalFormatCollection extends ClientObjectBase {
  add(type: string): FakeConditionalFormat {
    const cf = new FakeConditionalFormat(this._ctx, `${this._path}.add(${JSON.stringify(type)})`, undefined, "");
    this._call("add", [type], cf);
    return cf;
  }
  clearAll(): void {
    this._call("clearAll");
  }
  override _sheet(): FakeSheet | undefined {
    return (this._resolve() as RangeTarget | null)?.sheet;
  }
  override _applyCall(name: string, args: unknown[]): unknown {
    const t = this._target<RangeTarget>();
    if (name === "add") {
      const cf: FakeConditionalFormatData = {
        id: `cf${t.sheet.conditionalFormats.length + 1}`,
        rect: { ...t.rect },
        type: String(args[0]),
        dataBar: {},
        positiveFormat: {},
      };
      t.sheet.conditionalFormats.push(cf);
      return cf;
    }
    if (name === "clearAll") {
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((x) => !intersect(x.rect, t.rect));
      return undefined;
    }
    return super._applyCall(name, args);
  }
}

/** A conditional format, its .dataBar and .dataBar.positiveFormat (part "", "dataBar", "positiveFormat"). */
export class FakeConditionalFormat extends ClientObjectBase {
  declare lowerBoundRule: { type: string; formula?: string };
  declare upperBoundRule: { type: string; formula?: string };
  declare barDirection: string;
  declare fillColor: string;
  declare gradientFill: boolean;
  declare borderColor: string;
  constructor(
    ctx: FakeRequestContext,
    path: string,
    resolver: (() => unknown) | undefined,
    private readonly part: "" | "dataBar" | "positiveFormat",
  ) {
    super(ctx, path, resolver);
  }
  get type(): string {
    return this._get("type");
  }
  get dataBar(): FakeConditionalFormat {
    return new FakeConditionalFormat(this._ctx, `${this._path}.dataBar`, () => this._resolve(), "dataBar");
  }
  get positiveFormat(): FakeConditionalFormat {
    return new FakeConditionalFormat(this._ctx, `${this._path}.positiveFormat`, () => this._resolve(), "positiveFormat");
  }
  private bag(cf: FakeConditionalFormatData): Record<string, unknown> {
    return this.part === "positiveFormat" ? cf.positiveFormat : cf.dataBar;
  }
  override _read(prop: string): unknown {
    const cf = this._target<FakeConditionalFormatData>();
    if (this.part === "" && prop === "type") return cf.type;
    return this.bag(cf)[prop] ?? null;
  }
  override _applySet(name: string, value: unknown): void {
    const cf = this._target<FakeConditionalFormatData>();
    if (this.part === "") return super._applySet(name, value);
    if (this.part === "dataBar" && cf.type !== "DataBar") throw officeError("InvalidOperation", "not a data bar");
    this.bag(cf)[name] = value;
  }
}

for (const p of ["lowerBoundRule", "upperBoundRule", "barDirection", "showDataBarOnly", "axisFormat", "axisColor", "fillColor", "gradientFill", "borderColor"]) {
  Object.defineProperty(FakeConditionalFormat.prototype, p, {
    get(this: FakeConditionalFormat) {
      return (this as unknown as { _get(p: string): unknown })._get(p);
    },
    set(this: FakeConditionalFormat, v: unknown) {
      (this as unknown as { _set(p: string, v: unknown): void })._set(p, v);
    },
    configurable: true,
  });
}

// --- Workbook, application, context ----------------------------------------------------------------

export class FakeApplication extends ClientObjectBase {
  get calculationMode(): string {
    return this._get("calculationMode");
  }
  set calculationMode(v: string) {
    this._set("calculationMode", v);
  }
  suspendApiCalculationUntilNextSync(): void {
    this._call("suspendApiCalculationUntilNextSync");
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._call("suspendScreenUpdatingUntilNextSync");
  }
  calculate(_type?: string): void {
    this._call("calculate");
  }
  override _read(prop: string): unknown {
    if (prop === "calculationMode") return this._ctx._fake.calculationMode;
    return super._read(prop);
  }
  override _applySet(name: string, value: unknown): void {
    if (name === "calculationMode") {
      this._ctx._fake.calculationMode = String(value);
      return;
    }
    super._applySet(name, value);
  }
  override _applyCall(name: string, args: unknown[]): unknown {
    if (name === "suspendApiCalculationUntilNextSync") {
      this._ctx._calcSuspended = true;
      return undefined;
    }
    if (name === "suspendScreenUpdatingUntilNextSync" || name === "calculate") return undefined;
    return super._applyCall(name, args);
  }
}

export class FakeWorkbook extends ClientObjectBase {
  readonly worksheets: FakeWorksheetCollection;
  readonly application: FakeApplication;
  constructor(ctx: FakeRequestContext) {
    super(ctx, "workbook", () => ctx._fake);
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.application = ctx.application;
  }
  getSelectedRange(): FakeRange {
    return new FakeRange(this._ctx, "workbook.getSelectedRange()", () => {
      const sel = this._ctx._fake.selection;
      const s = sel && this._ctx._fake.sheets.find((x) => x.id === sel.sheetId);
      return s && sel ? { sheet: s, rect: sel.rect } : null;
    });
  }
}

export class FakeRequestContext {
  readonly application: FakeApplication;
  readonly workbook: FakeWorkbook;
  readonly trackedObjects = { add: (_o: unknown) => undefined, remove: (_o: unknown) => undefined };
  /** @internal */ _queueList: Action[] = [];
  /** @internal */ _nullables: ClientObjectBase[] = [];
  /** @internal */ _calcSuspended = false;

  constructor(
    /** @internal */ readonly _fake: FakeExcel,
    /** @internal */ readonly _options: FakeRunOptions,
    /** @internal */ readonly _run: number,
  ) {
    this.application = new FakeApplication(this, "application", () => _fake);
    this.workbook = new FakeWorkbook(this);
  }

  /** @internal */
  _queue(a: Action): void {
    this._queueList.push(a);
  }

  load<T extends ClientObjectBase>(obj: T, spec?: LoadSpec): T {
    return obj.load(spec);
  }

  sync(): Promise<void> {
    return this._fake._sync(this);
  }
}

// ---------------------------------------------------------------------------------------------
// The fake itself

export interface FromGridsOptions {
  /** Name of the sheet active at the start (default: the first visible one). */
  activeSheet?: string;
}

interface PendingFailure extends FailureSpec {
  remaining: number;
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  activeSheetId: string | undefined;
  selection: { sheetId: string; rect: Rect } | undefined;
  calculationMode = "Automatic";
  limits = { requestBytes: DEFAULT_PAYLOAD_LIMIT, responseBytes: DEFAULT_PAYLOAD_LIMIT };
  readonly syncs: SyncRecord[] = [];
  readonly runs: FakeRunOptions[] = [];
  /** While true, a sync fails with InvalidOperationInCellEditMode — or waits, under delayForCellEdit. */
  cellEditMode = false;
  private editWaiters: (() => void)[] = [];
  private failures: PendingFailure[] = [];
  private nextSheet = 1;

  /** A workbook from plain grids (Dates become serial numbers, {error} cells error values, formats number formats). */
  static fromGrids(grids: WorkbookGrids, options: FromGridsOptions = {}): FakeExcel {
    const fake = new FakeExcel();
    for (const g of grids.sheets) {
      const s = fake._addSheet(g.name);
      g.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null || v === undefined || v === "") return;
          if (v instanceof Date) s.setStored(r, c, dateToSerial(v));
          else if (isErrorValue(v)) s.setStored(r, c, { error: v.error });
          else s.setStored(r, c, v as StoredValue);
        }),
      );
      g.formats?.forEach((row, r) => row?.forEach((f, c) => f && s.setNumberFormat(r, c, f)));
      for (const m of g.merges ?? []) s.merges.push({ r0: m.top, c0: m.left, r1: m.bottom, c1: m.right });
      if (g.hidden) s.visibility = "Hidden";
    }
    const active = options.activeSheet ? fake._findSheet(options.activeSheet) : fake.sheets.find((s) => s.visibility === "Visible");
    fake.activeSheetId = active?.id;
    return fake;
  }

  constructor() {
    this.run = this.run.bind(this) as typeof this.run;
  }

  // --- Excel.run ---------------------------------------------------------------------------

  /** Excel.run(batch) or Excel.run(options, batch). */
  run<T>(a: FakeRunOptions | ((ctx: FakeRequestContext) => Promise<T>), b?: (ctx: FakeRequestContext) => Promise<T>): Promise<T> {
    const options = typeof a === "function" ? {} : (a ?? {});
    const batch = (typeof a === "function" ? a : b) as (ctx: FakeRequestContext) => Promise<T>;
    this.runs.push({ ...options });
    const ctx = new FakeRequestContext(this, options, this.runs.length);
    return Promise.resolve().then(() => batch(ctx));
  }

  // --- Recorder ----------------------------------------------------------------------------

  stats(): RecorderStats {
    const s = this.syncs;
    return {
      syncs: s.length,
      failedSyncs: s.filter((x) => x.failed).length,
      maxRequestBytes: s.reduce((n, x) => Math.max(n, x.requestBytes), 0),
      maxResponseBytes: s.reduce((n, x) => Math.max(n, x.responseBytes), 0),
      totalRequestBytes: s.reduce((n, x) => n + x.requestBytes, 0),
      totalResponseBytes: s.reduce((n, x) => n + x.responseBytes, 0),
      runs: this.runs.length,
    };
  }

  resetRecorder(): void {
    this.syncs.length = 0;
    this.runs.length = 0;
  }

  /** Sets both the request and the response limit (bytes of UTF-8 JSON). */
  setPayloadLimit(bytes: number): void {
    this.limits = { requestBytes: bytes, responseBytes: bytes };
  }

  /** Makes a coming sync fail (see FailureSpec). Several can be queued. */
  failNextSync(spec: FailureSpec = {}): void {
    this.failures.push({ ...spec, remaining: spec.afterSyncs ?? 0 });
  }

  enterCellEdit(): void {
    this.cellEditMode = true;
  }

  exitCellEdit(): void {
    this.cellEditMode = false;
    const w = this.editWaiters;
    this.editWaiters = [];
    w.forEach((f) => f());
  }

  // --- Inspection and user actions (synchronous; for tests) ------------------------------------

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  sheet(name: string): FakeSheet {
    const s = this._findSheet(name);
    if (!s) throw new Error(`no worksheet named ${name}`);
    return s;
  }

  hasSheet(name: string): boolean {
    return !!this._findSheet(name);
  }

  activeSheetName(): string | undefined {
    return this._activeSheet()?.name;
  }

  /** The selection as "Sheet!A1:B2". */
  selectedAddress(): string | undefined {
    const sel = this.selection;
    const s = sel && this.sheets.find((x) => x.id === sel.sheetId);
    return s && sel ? `${s.name}!${rectAddress(sel.rect)}` : undefined;
  }

  /** The value a `values` load would return for one cell ("" when empty). */
  valueAt(sheet: string, a1: string): string | number | boolean {
    const p = this.cell(a1);
    return this.sheet(sheet).readValue(p.r, p.c);
  }

  formulaAt(sheet: string, a1: string): string | undefined {
    const p = this.cell(a1);
    return this.sheet(sheet).formulas.get(p.r * MAX_COLS + p.c);
  }

  numberFormatAt(sheet: string, a1: string): string {
    const p = this.cell(a1);
    return this.sheet(sheet).numberFormat(p.r, p.c);
  }

  /** A format property of one cell ("font.bold", "fill.color", "horizontalAlignment", …). */
  formatAt(sheet: string, a1: string, prop: string): unknown {
    const p = this.cell(a1);
    return this.sheet(sheet).formatAt(p.r, p.c, prop) ?? FORMAT_DEFAULTS[prop];
  }

  hyperlinkAt(sheet: string, a1: string): FakeHyperlink | undefined {
    const p = this.cell(a1);
    return this.sheet(sheet).hyperlinks.get(p.r * MAX_COLS + p.c);
  }

  /** The user types into a cell, as in Excel: "=…" becomes a formula unless the cell is Text. */
  typeInto(sheet: string, a1: string, value: string | number | boolean | null): void {
    const p = this.cell(a1);
    this._writeValue(this.sheet(sheet), p.r, p.c, value === null ? "" : value, false);
  }

  /** Protects (or unprotects) a sheet: every change to it fails with AccessDenied. */
  protectSheet(name: string, on = true): void {
    this.sheet(name).protected = on;
  }

  /** Values as grids (empty → null, trailing empties trimmed), like an adapter would read them. */
  toGrids(): WorkbookGrids {
    return {
      sheets: this.sheets.map((s) => {
        const rows = s.values.map((row, r) => {
          const out = Array.from(row ?? [], (_, c) => {
            const v = s.readValue(r, c);
            return v === "" ? null : v;
          });
          while (out.length && out[out.length - 1] === null) out.pop();
          return out;
        });
        for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = [];
        while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
        return {
          name: s.name,
          rows,
          ...(s.merges.length ? { merges: s.merges.map((m) => ({ top: m.r0, left: m.c0, bottom: m.r1, right: m.c1 })) } : {}),
          ...(s.visibility !== "Visible" ? { hidden: true } : {}),
        };
      }),
    };
  }

  /** Everything about a sheet as plain data (for deep-equal before/after). */
  snapshot(name: string): SheetSnapshot {
    const s = this.sheet(name);
    const key = (k: number) => rectAddress({ r0: Math.floor(k / MAX_COLS), c0: k % MAX_COLS, r1: Math.floor(k / MAX_COLS), c1: k % MAX_COLS });
    const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
    return {
      name: s.name,
      position: this.sheets.indexOf(s),
      visibility: s.visibility,
      tabColor: s.tabColor,
      values: Array.from(s.values, (row) => Array.from(row ?? [], (v) => (v === undefined ? null : clone(v)))),
      numberFormats: Array.from(s.numberFormats, (row) => Array.from(row ?? [], (v) => v ?? null)),
      formulas: [...s.formulas.entries()].map(([k, f]) => [key(k), f]),
      formatOps: clone(s.formatOps),
      columnWidths: [...s.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
      rowHeights: [...s.rowHeights.entries()].sort((a, b) => a[0] - b[0]),
      hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b),
      hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
      merges: s.merges.map(rectAddress).sort(),
      hyperlinks: [...s.hyperlinks.entries()].map(([k, h]) => [key(k), clone(h)]),
      validations: clone(s.validations),
      conditionalFormats: clone(s.conditionalFormats),
      freeze: { ...s.freeze },
      pageLayout: clone(s.pageLayout),
      headersFooters: { ...s.headersFooters },
      printTitleRows: s.printTitleRows ?? null,
      autoFilter: s.autoFilter ? rectAddress(s.autoFilter) : null,
    };
  }

  private cell(a1: string): { r: number; c: number } {
    const r = parseRect(a1);
    if (!r) throw new Error(`not an address: ${a1}`);
    return { r: r.r0, c: r.c0 };
  }

  // --- Internals -------------------------------------------------------------------------------

  /** @internal Excel compares sheet names case-insensitively. */
  _findSheet(name: string): FakeSheet | undefined {
    const n = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === n);
  }

  /** @internal */
  _activeSheet(): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === this.activeSheetId);
  }

  /** @internal */
  _addSheet(name?: string): FakeSheet {
    let n = name;
    if (n === undefined || n === "") {
      let i = this.sheets.length + 1;
      while (this._findSheet(`Sheet${i}`)) i++;
      n = `Sheet${i}`;
    }
    checkSheetName(n);
    if (this._findSheet(n)) throw officeError("ItemAlreadyExists", `worksheet ${n}`);
    const s = new FakeSheet(`{${String(this.nextSheet++).padStart(8, "0")}-FAKE}`, n);
    this.sheets.push(s);
    if (!this.activeSheetId) this.activeSheetId = s.id;
    return s;
  }

  /** @internal Writes one cell as Excel interprets a value written through values (or formulas). */
  _writeValue(s: FakeSheet, r: number, c: number, v: unknown, asFormula: boolean): void {
    if (v === null || v === undefined) return; // null in a 2-D array leaves the cell unchanged
    const k = r * MAX_COLS + c;
    s.formulas.delete(k);
    s.quotePrefix.delete(k);
    if (typeof v === "number") {
      if (!Number.isFinite(v)) throw officeError("InvalidArgument", `number ${v}`);
      s.setStored(r, c, v);
      return;
    }
    if (typeof v === "boolean") {
      s.setStored(r, c, v);
      return;
    }
    if (typeof v !== "string") throw officeError("InvalidArgument", `cell value of type ${typeof v}`);
    if (v === "") {
      s.setStored(r, c, undefined);
      return;
    }
    if (v.length > 32767) throw officeError("InvalidArgument", "text longer than 32767 characters");
    const fmt = s.numberFormat(r, c);
    if (isTextFormat(fmt) && !asFormula) {
      s.setStored(r, c, v);
      return;
    }
    if (v.startsWith("'")) {
      s.quotePrefix.add(k);
      s.setStored(r, c, v.slice(1));
      return;
    }
    if (/^[=+\-@]/.test(v) && !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?$/.test(v)) {
      // Excel takes it for a formula.
      s.formulas.set(k, v.startsWith("=") ? v : `=${v}`);
      s.setStored(r, c, { error: "#NAME?" });
      return;
    }
    const num = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?(%?)$/.exec(v.trim());
    if (num) {
      const x = Number(v.trim().replace(/%$/, ""));
      if (num[3]) {
        s.setStored(r, c, x / 100);
        if (fmt === "General") s.setNumberFormat(r, c, "0%");
      } else s.setStored(r, c, x);
      return;
    }
    if (/^(true|false)$/i.test(v)) {
      s.setStored(r, c, v.toLowerCase() === "true");
      return;
    }
    if (ERROR_TEXTS.includes(v.toUpperCase())) {
      s.setStored(r, c, { error: v.toUpperCase() });
      return;
    }
    s.setStored(r, c, v);
  }

  private takeFailure(writes: boolean): PendingFailure | undefined {
    const f = this.failures[0];
    if (!f) return undefined;
    if (f.onlyWriting && !writes) return undefined;
    if (f.remaining > 0) {
      f.remaining--;
      return undefined;
    }
    this.failures.shift();
    return f;
  }

  /** @internal One context.sync(): measure, maybe fail, run the actions in order, deliver loads. */
  async _sync(ctx: FakeRequestContext): Promise<void> {
    let waited = false;
    if (this.cellEditMode) {
      if (!ctx._options.delayForCellEdit) {
        ctx._queueList = [];
        this.syncs.push(emptyRecord(this.syncs.length + 1, ctx._run, { failed: "InvalidOperationInCellEditMode" }));
        throw officeError("InvalidOperationInCellEditMode");
      }
      waited = true;
      await new Promise<void>((resolve) => this.editWaiters.push(resolve));
    }
    const actions = ctx._queueList;
    ctx._queueList = [];
    let requestBytes = 20;
    let cellsWritten = 0;
    for (const a of actions) {
      requestBytes += jsonBytes({ k: a.kind, p: a.obj._path, n: a.name, a: a.args.map(serializeArg) }) + 1;
      if (a.kind === "set" && (a.name === "values" || a.name === "formulas" || a.name === "numberFormat") && Array.isArray(a.args[0])) {
        cellsWritten += (a.args[0] as unknown[][]).reduce((n, row) => n + (Array.isArray(row) ? row.length : 0), 0);
      }
    }
    const record: SyncRecord = {
      index: this.syncs.length + 1,
      run: ctx._run,
      requestBytes,
      responseBytes: 0,
      actions: actions.length,
      loads: actions.filter((a) => a.kind === "load").length,
      cellsWritten,
      cellsRead: 0,
      calculationSuspended: false,
      waitedForCellEdit: waited,
    };
    this.syncs.push(record);
    await Promise.resolve();
    const fail = (e: FakeOfficeError) => {
      record.failed = e.code;
      ctx._calcSuspended = false;
      return e;
    };
    if (requestBytes > this.limits.requestBytes) throw fail(officeError("RequestPayloadSizeLimitExceeded", `${requestBytes} bytes`));
    const failure = this.takeFailure(cellsWritten > 0);
    ctx._calcSuspended = false;
    const loads: { obj: ClientObjectBase; props: string[]; data: Record<string, unknown> }[] = [];
    let responseBytes = 20;
    for (let i = 0; i < actions.length; i++) {
      if (failure && i === (failure.afterActions ?? 0))
        throw fail(new FakeOfficeError(failure.code ?? "GeneralException", failure.message ?? MESSAGES[failure.code ?? "GeneralException"] ?? "injected failure"));
      const a = actions[i];
      try {
        const sheet = a.kind === "load" ? undefined : a.obj._sheet();
        if (sheet?.protected && a.kind === "call" && a.name === "delete") throw officeError("AccessDenied", `worksheet ${sheet.name} is protected`);
        if (a.kind === "set") a.obj._applySet(a.name, a.args[0]);
        else if (a.kind === "call") {
          const result = a.obj._applyCall(a.name, a.args);
          if (a.result) a.result._bound = { t: result };
        } else {
          const data = this.readProps(a.obj, a.args[0] as string[]);
          loads.push({ obj: a.obj, props: a.args[0] as string[], data });
          responseBytes += jsonBytes({ p: a.obj._path, v: stripInternal(data) }) + 1;
          record.cellsRead += countCells(data);
        }
      } catch (e) {
        if (e instanceof FakeOfficeError) throw fail(new FakeOfficeError(e.code, e.message, `${a.obj._path}.${a.name}`));
        throw fail(new FakeOfficeError("GeneralException", e instanceof Error ? e.message : String(e), `${a.obj._path}.${a.name}`));
      }
    }
    if (failure && (failure.afterActions ?? 0) >= actions.length) {
      throw fail(new FakeOfficeError(failure.code ?? "GeneralException", failure.message ?? "injected failure"));
    }
    record.calculationSuspended = ctx._calcSuspended;
    ctx._calcSuspended = false;
    record.responseBytes = responseBytes;
    if (responseBytes > this.limits.responseBytes) throw fail(officeError("ResponsePayloadSizeLimitExceeded", `${responseBytes} bytes`));
    for (const l of loads) deliver(l.obj, l.data);
    for (const n of ctx._nullables) {
      if (n._loaded.has("isNullObject")) continue;
      try {
        const t = n._resolve();
        n._loaded.set("isNullObject", t === null || t === undefined);
      } catch {
        /* resolved in a later sync */
      }
    }
  }

  /** Reads props ("values", "format/font/bold", "items/name") of a proxy into a data record. */
  private readProps(obj: ClientObjectBase, props: string[]): Record<string, unknown> {
    const data: Record<string, unknown> = {};
    for (const p of props) {
      const slash = p.indexOf("/");
      if (slash > 0 && !(obj instanceof FakeWorksheetCollection)) {
        const head = p.slice(0, slash);
        const child = obj._child(head);
        if (!child) throw officeError("InvalidArgument", `cannot load ${p} of ${obj._path}`);
        const sub = (data[head] as { __child?: ClientObjectBase; data: Record<string, unknown> } | undefined) ?? { __child: child, data: {} };
        Object.assign(sub.data, this.readProps(child, [p.slice(slash + 1)]));
        data[head] = sub;
        continue;
      }
      if (obj instanceof FakeWorksheetCollection) {
        const got = obj._read(p) as { __items: FakeWorksheet[]; __props: string[]; data: Record<string, unknown>[] };
        const prev = data.items as typeof got | undefined;
        if (prev) {
          got.data.forEach((d, i) => Object.assign(prev.data[i], d));
          prev.__props.push(...got.__props);
        } else data.items = got;
        continue;
      }
      data[p] = obj._read(p);
    }
    return data;
  }
}

function emptyRecord(index: number, run: number, extra: Partial<SyncRecord>): SyncRecord {
  return {
    index,
    run,
    requestBytes: 0,
    responseBytes: 0,
    actions: 0,
    loads: 0,
    cellsWritten: 0,
    cellsRead: 0,
    calculationSuspended: false,
    waitedForCellEdit: false,
    ...extra,
  };
}

function stripInternal(data: Record<string, unknown>): unknown {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) {
    if (v && typeof v === "object" && "__child" in (v as object)) out[k] = stripInternal((v as { data: Record<string, unknown> }).data);
    else if (v && typeof v === "object" && "__items" in (v as object)) out[k] = (v as { data: unknown }).data;
    else out[k] = v;
  }
  return out;
}

function countCells(data: Record<string, unknown>): number {
  const v = data.values;
  return Array.isArray(v) ? v.reduce((n: number, row) => n + (Array.isArray(row) ? row.length : 0), 0) : 0;
}

function deliver(obj: ClientObjectBase, data: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(data)) {
    if (v && typeof v === "object" && "__child" in (v as object)) {
      const c = v as { __child: ClientObjectBase; data: Record<string, unknown> };
      deliver(c.__child, c.data);
      // The navigation getter makes a fresh proxy each time; keep the loaded one reachable.
      cacheChild(obj, k, c.__child);
      continue;
    }
    if (v && typeof v === "object" && "__items" in (v as object)) {
      const it = v as { __items: FakeWorksheet[]; __props: string[]; data: Record<string, unknown>[] };
      it.__items.forEach((ws, i) => {
        for (const p of it.__props) ws._loaded.set(p, it.data[i][p]);
      });
      obj._loaded.set("items", it.__items);
      continue;
    }
    obj._loaded.set(k, v);
  }
  if (obj._nullable && !obj._loaded.has("isNullObject")) {
    const t = obj._resolve();
    obj._loaded.set("isNullObject", t === null || t === undefined);
  }
}

const childCache = new WeakMap<ClientObjectBase, Map<string, ClientObjectBase>>();
function cacheChild(obj: ClientObjectBase, name: string, child: ClientObjectBase): void {
  let m = childCache.get(obj);
  if (!m) childCache.set(obj, (m = new Map()));
  m.set(name, child);
}

// Navigation getters return the proxy loaded through a path ("format/font/bold") when there is one.
for (const [cls, names] of [
  [FakeRange, ["format", "dataValidation", "worksheet"]],
  [FakeRangeFormat, ["font", "fill"]],
  [FakePageLayout, ["headersFooters"]],
] as const) {
  for (const name of names) {
    const d = Object.getOwnPropertyDescriptor(cls.prototype, name);
    if (!d?.get) continue;
    const get = d.get;
    Object.defineProperty(cls.prototype, name, {
      ...d,
      get(this: ClientObjectBase) {
        const m = childCache.get(this);
        let c = m?.get(name);
        if (!c) {
          c = get.call(this) as ClientObjectBase;
          cacheChild(this, name, c);
        }
        return c;
      },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Office / Excel namespaces for a browser page

/** The enums the add-in uses, with Office's string values. */
export const FAKE_EXCEL_ENUMS = {
  ErrorCodes: {
    accessDenied: "AccessDenied",
    apiNotFound: "ApiNotFound",
    conflict: "Conflict",
    generalException: "GeneralException",
    invalidArgument: "InvalidArgument",
    invalidOperation: "InvalidOperation",
    invalidReference: "InvalidReference",
    itemAlreadyExists: "ItemAlreadyExists",
    itemNotFound: "ItemNotFound",
    invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
    responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  ConditionalFormatType: { custom: "Custom", dataBar: "DataBar", colorScale: "ColorScale", iconSet: "IconSet" },
  ConditionalFormatRuleType: {
    invalid: "Invalid",
    automatic: "Automatic",
    lowestValue: "LowestValue",
    highestValue: "HighestValue",
    number: "Number",
    percent: "Percent",
    formula: "Formula",
    percentile: "Percentile",
  },
  PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
  PaperType: { letter: "Letter", a4: "A4", a3: "A3", legal: "Legal" },
  BorderIndex: {
    edgeTop: "EdgeTop",
    edgeBottom: "EdgeBottom",
    edgeLeft: "EdgeLeft",
    edgeRight: "EdgeRight",
    insideVertical: "InsideVertical",
    insideHorizontal: "InsideHorizontal",
  },
  BorderLineStyle: { none: "None", continuous: "Continuous", dash: "Dash" },
  BorderWeight: { hairline: "Hairline", thin: "Thin", medium: "Medium", thick: "Thick" },
  HorizontalAlignment: { general: "General", left: "Left", center: "Center", right: "Right" },
  VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom" },
  RangeUnderlineStyle: { none: "None", single: "Single", double: "Double" },
  DataValidationAlertStyle: { information: "Information", stop: "Stop", warning: "Warning" },
  DataValidationOperator: { between: "Between", greaterThan: "GreaterThan", greaterThanOrEqualTo: "GreaterThanOrEqualTo", lessThan: "LessThan" },
  ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
  CalculationMode: { automatic: "Automatic", manual: "Manual" },
} as const;

export interface InstallOptions {
  /** Office.context.displayLanguage (default "zh-CN"). */
  displayLanguage?: string;
  /** Highest ExcelApi requirement set reported as supported (default "1.17"). */
  excelApi?: string;
  platform?: string;
}

function versionAtMost(v: string, max: string): boolean {
  const [a, b] = v.split(".").map(Number);
  const [c, d] = max.split(".").map(Number);
  return a < c || (a === c && (b || 0) <= (d || 0));
}

/** The `Office` global a task pane sees: onReady, context (displayLanguage, requirements), HostType. */
export function fakeOfficeNamespace(options: InstallOptions = {}): Record<string, unknown> {
  const info = { host: "Excel", platform: options.platform ?? "OfficeOnline" };
  const api = options.excelApi ?? "1.17";
  return {
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    onReady: (cb?: (i: typeof info) => void) => {
      cb?.(info);
      return Promise.resolve(info);
    },
    initialize: undefined,
    context: {
      displayLanguage: options.displayLanguage ?? "zh-CN",
      contentLanguage: options.displayLanguage ?? "zh-CN",
      host: "Excel",
      platform: info.platform,
      requirements: {
        isSetSupported: (name: string, version?: string) => (name === "ExcelApi" ? versionAtMost(version ?? "1.1", api) : name === "SharedRuntime"),
      },
    },
  };
}

/** The `Excel` global: run (bound to the fake) and the enums. */
export function fakeExcelNamespace(fake: FakeExcel): Record<string, unknown> {
  return { run: fake.run, RequestContext: FakeRequestContext, ...FAKE_EXCEL_ENUMS };
}

/** Defines window.Office, window.Excel and window.OfficeExtension over the fake. Returns the fake. */
export function installFakeOffice(win: object, fake: FakeExcel, options: InstallOptions = {}): FakeExcel {
  const w = win as Record<string, unknown>;
  w.Office = fakeOfficeNamespace(options);
  w.Excel = fakeExcelNamespace(fake);
  w.OfficeExtension = { Error: FakeOfficeError, ErrorCodes: { propertyNotLoaded: "PropertyNotLoaded", generalException: "GeneralException" } };
  return fake;
}
