/**
 * The web page (dist/web, built by webpack.web.js) in Debian Chromium through playwright-core,
 * served on 127.0.0.1 and opened as a local file. Once loaded the browser is set offline, and every
 * request the page makes is recorded: none may leave its origin.
 *
 * It picks the Lechang sample from the keyboard (89), drops it split into three files (89, the
 * same report as the CLI's for those files), downloads the scored workbook and the JSON report and
 * compares them with the CLI's output (the same bytes, and cell by cell), refuses a file too large for a tab with its
 * message, opens as file:// (the worker starts from a blob there too), runs in English, and has
 * no axe violations. Screenshots at 360 and 1280 px go to test/output/.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { Zip, ZipDeflate } from "fflate";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { main } from "../../src/cli/main";
import type { ScoreReport } from "../../src/scoring/report";
import { SCORED_SHEET_NAMES } from "../../src/table";
import { MAX_SHEET_XML } from "../../src/web/limits";
import { serve, type Served } from "../browser/serve";
import { SAMPLE, splitSample } from "../support/split-sample";
import { buildPage, ROOT } from "./build-page";

const CHROMIUM = "/usr/bin/chromium";
const OUTPUT = path.join(ROOT, "test/output");
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium && !process.env.CI) console.warn(`[page.browser] ${CHROMIUM} not found: the web page test is skipped`);
const describeBrowser = haveChromium || process.env.CI ? describe : describe.skip;
jest.setTimeout(900_000);

const quiet = { out: () => undefined, err: () => undefined };

/** A workbook whose sheet XML inflates past the page's limit (a few hundred KB on disk). */
async function oversized(file: string): Promise<void> {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    chunks.push(data);
  });
  const add = (name: string, text: string) => {
    const f = new ZipDeflate(name, { level: 1 });
    zip.add(f);
    f.push(new TextEncoder().encode(text), true);
  };
  add("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`);
  add("xl/workbook.xml", `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>`);
  const sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 1 });
  zip.add(sheet);
  const row = new Uint8Array(1024).fill(0x20);
  row.set(new TextEncoder().encode(`<row><c t="inlineStr"><is><t>培训台账 一行数据 ${"x".repeat(200)}</t></is></c></row>`));
  const block = new Uint8Array(1024 * 1024);
  for (let i = 0; i < 1024; i++) block.set(row, i * 1024);
  const blocks = Math.ceil(MAX_SHEET_XML / block.length) + 8;
  for (let i = 0; i < blocks; i++) sheet.push(block, i === blocks - 1);
  zip.end();
  fs.writeFileSync(file, Buffer.concat(chunks));
}

/** Every cell of the scored sheets as text, by sheet. */
async function outputCells(file: string): Promise<Record<string, string[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: Record<string, string[][]> = {};
  for (const ws of wb.worksheets) {
    if (!SCORED_SHEET_NAMES.includes(ws.name)) continue;
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: string[] = [];
      // A merged cell whose master is empty has no text (exceljs throws on asking).
      row.eachCell({ includeEmpty: true }, (cell, c) => void (cells[c - 1] = cell.value === null || cell.value === undefined ? "" : cell.text));
      rows[r - 1] = cells;
    });
    out[ws.name] = rows;
  }
  return out;
}

describeBrowser("the web page in Chromium", () => {
  let tmp: string;
  let pageDir: string;
  let served: Served;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let splitFiles: string[];
  const requests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`${CHROMIUM} is missing`);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ecom-web-test-"));
    const [built, split] = await Promise.all([buildPage(), splitSample(tmp)]);
    pageDir = built;
    splitFiles = split;
    served = await serve(pageDir, {});
    // The CLI's outputs to compare with: the sample alone, and the three files.
    fs.copyFileSync(SAMPLE, path.join(tmp, "lechang.xlsx"));
    expect(
      await main(["score", path.join(tmp, "lechang.xlsx"), "--out", path.join(tmp, "cli-single.xlsx"), "--json", path.join(tmp, "cli-single.json"), "--quiet"], quiet),
    ).toBe(0);
    expect(await main(["score", ...splitFiles, "--out", path.join(tmp, "cli-three.xlsx"), "--json", path.join(tmp, "cli-three.json"), "--quiet"], quiet)).toBe(0);
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN", acceptDownloads: true });
    context.on("request", (r) => requests.push(r.url()));
    page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
    page.on("console", (m) => void (m.type() === "error" && pageErrors.push(m.text())));
    fs.mkdirSync(OUTPUT, { recursive: true });
    await page.goto(`${served.url}index.html`);
    await page.getByRole("heading", { name: "电商进农村考评 · 网页版" }).waitFor();
    // From here on the browser has no network at all: everything the page does is local.
    await context.setOffline(true);
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    if (pageDir) fs.rmSync(path.dirname(pageDir), { recursive: true, force: true });
  });

  const waitTotal = async (p: Page, total: string) => {
    await p.getByTestId("total").filter({ hasText: total }).waitFor({ timeout: 300_000 });
  };
  const download = async (p: Page, testId: string, file: string) => {
    const [d] = await Promise.all([p.waitForEvent("download"), p.getByTestId(testId).click()]);
    await d.saveAs(file);
    return d.suggestedFilename();
  };

  test("the sample, chosen with the keyboard only, scores 89 with the pane's scan and summary", async () => {
    const choose = page.getByRole("button", { name: "选择工作簿…" });
    let focused = false;
    for (let i = 0; i < 10 && !focused; i++) {
      await page.keyboard.press("Tab");
      focused = await choose.evaluate((el) => el === document.activeElement);
    }
    expect(focused).toBe(true);
    // Wait until Playwright intercepts the file dialog before the key opens it.
    const chooserOpened = page.waitForEvent("filechooser");
    await page.waitForTimeout(500);
    await page.keyboard.press("Enter");
    const chooser = await chooserOpened;
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles(SAMPLE);
    await page.getByRole("heading", { name: "工作表" }).waitFor({ timeout: 300_000 });
    expect(await page.locator("[data-sheet]").count()).toBe(11);
    expect(await page.getByText("已识别 11 / 11 张").isVisible()).toBe(true);
    const score = page.getByTestId("score");
    focused = false;
    for (let i = 0; i < 10 && !focused; i++) {
      await page.keyboard.press("Tab");
      focused = await score.evaluate((el) => el === document.activeElement);
    }
    expect(focused).toBe(true);
    await page.keyboard.press("Enter");
    await waitTotal(page, "89");
    expect(await page.getByTestId("summary").getByText("乐昌市 · 考评截止 2021-08-31").isVisible()).toBe(true);
    expect(await page.getByTestId("veto-state").textContent()).toBe("否决项：未触发");
    await page.screenshot({ path: path.join(OUTPUT, "web-1280.png"), fullPage: true });
  });

  test("the downloaded workbook is byte for byte the CLI's scored copy; the JSON report is the CLI's", async () => {
    const xlsx = path.join(tmp, "web-single.xlsx");
    expect(await download(page, "download-xlsx", xlsx)).toBe("lechang.scored.xlsx");
    const json = path.join(tmp, "web-single.json");
    expect(await download(page, "download-json", json)).toBe("lechang.scored.json");
    // The same package writer on the same bytes: the very file the CLI writes.
    expect(fs.readFileSync(xlsx).equals(fs.readFileSync(path.join(tmp, "cli-single.xlsx")))).toBe(true);
    const [web, cli] = await Promise.all([outputCells(xlsx), outputCells(path.join(tmp, "cli-single.xlsx"))]);
    expect(Object.keys(web)).toEqual([...SCORED_SHEET_NAMES]);
    expect(web).toEqual(cli);
    expect(JSON.parse(fs.readFileSync(json, "utf8"))).toEqual(JSON.parse(fs.readFileSync(path.join(tmp, "cli-single.json"), "utf8")));
    // The bureau's own sheets travel in the copy.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((w) => w.name)).toContain("培训台账");
  });

  test("the sample split into three files, dropped at once: 89, the CLI's report and workbook for those files", async () => {
    const payload = splitFiles.map((f) => ({ name: path.basename(f), data: fs.readFileSync(f).toString("base64") }));
    await page.getByTestId("drop-zone").evaluate((zone, files) => {
      const dt = new DataTransfer();
      for (const f of files) {
        const bin = atob(f.data);
        const bytes = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
        dt.items.add(new File([bytes], f.name));
      }
      zone.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, payload);
    await page.getByTestId("files").filter({ hasText: "已打开 3 个文件" }).waitFor({ timeout: 300_000 });
    await page.getByRole("heading", { name: "工作表" }).waitFor({ timeout: 300_000 });
    expect(await page.locator(`[data-sheet="培训台账.xlsx › 培训台账"]`).count()).toBe(1);
    await page.getByTestId("score").click();
    await waitTotal(page, "89");
    const json = path.join(tmp, "web-three.json");
    expect(await download(page, "download-json", json)).toBe("合并评分.json");
    const web = JSON.parse(fs.readFileSync(json, "utf8")) as ScoreReport;
    const cli = JSON.parse(fs.readFileSync(path.join(tmp, "cli-three.json"), "utf8")) as ScoreReport;
    expect(web).toEqual(cli);
    const single = JSON.parse(fs.readFileSync(path.join(tmp, "cli-single.json"), "utf8")) as ScoreReport;
    expect(web.indicators.map((i) => [i.id, i.points])).toEqual(single.indicators.map((i) => [i.id, i.points]));
    const xlsx = path.join(tmp, "web-three.xlsx");
    expect(await download(page, "download-xlsx", xlsx)).toBe("合并评分.xlsx");
    expect(fs.readFileSync(xlsx).equals(fs.readFileSync(path.join(tmp, "cli-three.xlsx")))).toBe(true);
    expect(await outputCells(xlsx)).toEqual(await outputCells(path.join(tmp, "cli-three.xlsx")));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((w) => w.name)).toContain("培训台账.xlsx › 培训台账");
  });

  test("usable at 360 px: no horizontal scrolling; axe reports no violations", async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: path.join(OUTPUT, "web-360.png"), fullPage: true });
    await page.evaluate(fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      return (await axe.run()).violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join(", ")}`,
      );
    });
    expect(violations).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test("a workbook too large for a tab: a clear message naming it, the page still working", async () => {
    const big = path.join(tmp, "三十万行台账.xlsx");
    await oversized(big);
    expect(fs.statSync(big).size).toBeLessThan(20 * 1024 * 1024);
    await page.getByTestId("file-input").setInputFiles(big);
    const error = page.getByTestId("error");
    await error.waitFor({ timeout: 120_000 });
    expect(await error.textContent()).toMatch(/文件太大.*“三十万行台账.xlsx”太大，浏览器无法处理/);
    // The page is still there and takes the next file.
    await page.getByTestId("file-input").setInputFiles(SAMPLE);
    await page.getByTestId("score").click();
    await waitTotal(page, "89");
  });

  test("no request left the page's origin; no error in the console", () => {
    const origin = new URL(served.url).origin;
    const outside = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith("blob:") && !u.startsWith("data:"));
    expect(requests.length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  test("opened as a local file (file://), in English: the worker runs from its blob and scores 89", async () => {
    const local = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US", offline: true });
    const seen: string[] = [];
    local.on("request", (r) => seen.push(r.url()));
    const p = await local.newPage();
    const errors: string[] = [];
    p.on("pageerror", (e) => errors.push(e.message));
    await p.goto(`file://${path.join(pageDir, "index.html")}`);
    await p.getByRole("heading", { name: "Rural E-commerce Scoring · Web" }).waitFor();
    await p.getByTestId("file-input").setInputFiles(SAMPLE);
    await p.getByTestId("score").click({ timeout: 300_000 });
    await waitTotal(p, "89");
    expect(await p.getByRole("button", { name: "Download the JSON report" }).isVisible()).toBe(true);
    expect(seen.filter((u) => !u.startsWith("file://") && !u.startsWith("blob:") && !u.startsWith("data:"))).toEqual([]);
    expect(errors).toEqual([]);
    await local.close();
  });
});
