/** @jest-environment jsdom */
/**
 * Corrections and options saved through the host, evidence selection, English UI, the error
 * boundary.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { SETTINGS_SHEET } from "../../src/ledger/read";
import { DIAGNOSTICS_SHEET } from "../../src/table";
import { parseSettingsSheet } from "../../src/ledger/settings";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { CrashMessage } from "../../src/taskpane/components/CrashMessage";
import { ErrorBoundary } from "../../src/taskpane/components/ErrorBoundary";
import { MemoryHost } from "./memory-host";
import { renderPane } from "./render-pane";
import { villagesAndStations } from "./small-grids";

// Fluent places a drop-down's list with floating-ui, which in jsdom reads the computed style of
// every ancestor on each render (seconds a render); jsdom has no layout to place it in anyway.
jest.mock("@floating-ui/dom", () => ({
  ...jest.requireActual("@floating-ui/dom"),
  computePosition: (_target: unknown, _list: unknown, o: { placement?: string; strategy?: string }) =>
    Promise.resolve({ x: 0, y: 0, placement: o.placement ?? "bottom", strategy: o.strategy ?? "absolute", middlewareData: {} }),
}));

function settingsOf(host: MemoryHost) {
  return parseSettingsSheet(host.sheet(SETTINGS_SHEET));
}

async function scanned(host: MemoryHost): Promise<void> {
  await waitFor(() => expect(host.calls.some((c) => c.op === "readSettings")).toBe(true));
  await screen.findByRole("heading", { name: "工作表" });
}

const card = (name: string) => document.querySelector(`[data-sheet="${name}"]`) as HTMLElement;
/** The kind badge of a sheet's card. */
const badge = (name: string) => card(name).querySelector(".fui-Badge") as HTMLElement;

async function idle(): Promise<void> {
  await waitFor(() => expect(screen.getByRole("main")).toHaveAttribute("aria-busy", "false"));
}

test("a sheet's kind is corrected from its drop-down, saved in the settings sheet, and the list rescanned", async () => {
  const host = new MemoryHost(villagesAndStations());
  renderPane(host);
  await scanned(host);
  expect(badge("站点台账")).toHaveTextContent("村级电商服务站点清单");
  expect(within(card("站点台账")).getByText(/^表头第 2 行 · 2 行数据 · 把握度 \d+%$/)).toBeInTheDocument();

  // Score first, so that the change marks the result as out of date.
  fireEvent.click(screen.getByRole("button", { name: "评分" }));
  await screen.findByTestId("total");

  const reads = host.calls.filter((c) => c.op === "readGrids").length;
  fireEvent.change(screen.getByRole("combobox", { name: "站点台账：台账类型" }), { target: { value: "ignore" } });
  await waitFor(() => expect(badge("站点台账")).toHaveTextContent("已忽略"));
  expect(settingsOf(host).mappings).toEqual([{ sheet: "站点台账", kind: "ignore" }]);
  expect(host.calls.filter((c) => c.op === "readGrids").length).toBe(reads + 1);
  expect(screen.getByText("设置已更改")).toBeInTheDocument();

  // The unrecognised sheet can be declared a ledger kind, and "auto" forgets a mapping.
  fireEvent.change(screen.getByRole("combobox", { name: "站点台账：台账类型" }), { target: { value: "auto" } });
  await waitFor(() => expect(badge("站点台账")).toHaveTextContent("村级电商服务站点清单"));
  expect(settingsOf(host).mappings).toEqual([]);
  fireEvent.change(screen.getByRole("combobox", { name: "会议纪要：台账类型" }), { target: { value: "materials" } });
  await waitFor(() => expect(within(card("会议纪要")).getByText("手动指定", { exact: false })).toBeInTheDocument());
  expect(settingsOf(host).mappings).toEqual([{ sheet: "会议纪要", kind: "materials" }]);
});

test("a column is corrected from the drop-down of its field", async () => {
  const host = new MemoryHost(villagesAndStations());
  renderPane(host);
  await scanned(host);
  const stations = card("站点台账");
  fireEvent.click(within(stations).getByRole("button", { name: /列映射/ }));
  const name = within(stations).getByRole("combobox", { name: "站点台账：“站点名称”所在列" });
  expect(name).toHaveValue("B");
  expect(within(name).getByRole("option", { name: "C 列：所在村" })).toBeInTheDocument();
  const opened = within(stations).getByRole("combobox", { name: "站点台账：“建成日期”所在列" });
  expect(opened).toHaveValue("D");
  fireEvent.change(name, { target: { value: "A" } });
  await waitFor(() => expect(settingsOf(host).mappings).toEqual([{ sheet: "站点台账", kind: "stations", columns: { name: "A" } }]));
  await idle();
  expect(within(card("站点台账")).getByRole("combobox", { name: "站点台账：“站点名称”所在列" })).toHaveValue("A");
  expect(within(card("站点台账")).getByText(/手动指定/)).toBeInTheDocument();
});

test("an optional column can be marked as not in the sheet; a required one cannot", async () => {
  const host = new MemoryHost(villagesAndStations());
  renderPane(host);
  await scanned(host);
  const villages = card("行政村清单");
  fireEvent.click(within(villages).getByRole("button", { name: /列映射/ }));
  const name = within(villages).getByRole("combobox", { name: "行政村清单：“行政村名称 *”所在列" });
  expect(within(name).queryByRole("option", { name: "（本表没有此列）" })).toBeNull();
  const stations = card("站点台账");
  fireEvent.click(within(stations).getByRole("button", { name: /列映射/ }));
  const opened = within(stations).getByRole("combobox", { name: "站点台账：“建成日期”所在列" });
  fireEvent.change(opened, { target: { value: "-" } });
  await waitFor(() => expect(settingsOf(host).mappings).toEqual([{ sheet: "站点台账", kind: "stations", columns: { opened: "-" } }]));
  await idle();
  expect(within(card("站点台账")).getByRole("combobox", { name: "站点台账：“建成日期”所在列" })).toHaveValue("-");
});

test("the header row is corrected from its drop-down and saved with the mapping", async () => {
  const host = new MemoryHost(villagesAndStations());
  renderPane(host);
  await scanned(host);
  const stations = card("站点台账");
  fireEvent.click(within(stations).getByRole("button", { name: /列映射/ }));
  const header = within(stations).getByRole("combobox", { name: "站点台账：表头所在行" });
  expect(header).toHaveValue("2");
  expect(within(header).getByRole("option", { name: "第 1 行：村级电商服务站点清单" })).toBeInTheDocument();
  fireEvent.change(header, { target: { value: "3" } });
  await waitFor(() => expect(settingsOf(host).mappings).toEqual([{ sheet: "站点台账", kind: "stations", headerRow: 3 }]));
  await idle();
  expect(within(card("站点台账")).getByText(/表头第 3 行/)).toBeInTheDocument();
});

/** The small workbook with two facts-sheet labels the reader does not understand. */
function withUnclearLabels() {
  const grids = villagesAndStations();
  grids.sheets[0].rows.push(["本县在住人口规模", 420000], ["乡镇综合文化站数", 12]);
  return grids;
}

test("a facts-sheet label not understood is mapped from its drop-down (candidates first), saved in the settings sheet, and the list rescanned", async () => {
  const host = new MemoryHost(withUnclearLabels());
  renderPane(host);
  await scanned(host);
  const facts = card("基本情况");
  expect(within(facts).getByRole("button", { name: /填报项标签（2 个未识别）/ })).toHaveAttribute("aria-expanded", "true");
  expect(within(facts).getByText("A4：本县在住人口规模")).toBeInTheDocument();
  expect(within(facts).getByText("最接近：“常住人口”")).toBeInTheDocument();

  // Score first, so that the choice marks the result as out of date.
  fireEvent.click(screen.getByRole("button", { name: "评分" }));
  await screen.findByTestId("total");
  const reads = host.calls.filter((c) => c.op === "readGrids").length;

  fireEvent.click(within(card("基本情况")).getByRole("combobox", { name: "基本情况：“本县在住人口规模”对应的填报项" }));
  const listbox = await screen.findByRole("listbox");
  // Option by option (role queries over ~60 options are slow in jsdom).
  const options = [...listbox.querySelectorAll<HTMLElement>('[role="option"]')];
  const texts = options.map((o) => o.textContent ?? "");
  // The candidate first, then every input once, then 忽略.
  expect(texts[0]).toBe("常住人口residentPopulation");
  expect(texts.filter((x) => x.startsWith("常住人口"))).toHaveLength(1);
  expect(options[0].closest('[role="group"]')).toHaveTextContent(/^最接近/);
  expect(options).toHaveLength(GD_2019.inputs.length + 1);
  expect(texts[texts.length - 1]).toBe("忽略（不读取）");
  expect(texts).toContain("下达资金总额fundAllocated");
  fireEvent.click(options[0]);

  await waitFor(() => expect(settingsOf(host).facts).toEqual({ 本县在住人口规模: "residentPopulation" }));
  await idle();
  expect(host.calls.filter((c) => c.op === "readGrids").length).toBe(reads + 1);
  expect(screen.getByText("设置已更改")).toBeInTheDocument();
  const after = card("基本情况");
  expect(within(after).getByText("填报项标签（1 个未识别，1 个已指定）")).toBeInTheDocument();
  const mapped = after.querySelector('[data-label-cell="A4"]') as HTMLElement;
  expect(within(mapped).getByRole("combobox")).toHaveTextContent("常住人口");
  expect(within(mapped).getByText("已手动指定")).toBeInTheDocument();

  // 忽略 for the other label; the next score reads the mapped one.
  const pick = async (cell: string, text: string) => {
    const combobox = within(card("基本情况").querySelector(`[data-label-cell="${cell}"]`) as HTMLElement).getByRole("combobox");
    fireEvent.click(combobox);
    // The list this drop-down opened (an earlier one may stay in the document, closed).
    const list = await waitFor(() => document.getElementById(combobox.getAttribute("aria-controls") ?? "") ?? Promise.reject(new Error("not open")));
    fireEvent.click([...list.querySelectorAll<HTMLElement>('[role="option"]')].find((o) => o.textContent === text)!);
  };
  await pick("A5", "忽略（不读取）");
  await waitFor(() => expect(settingsOf(host).facts).toEqual({ 本县在住人口规模: "residentPopulation", 乡镇综合文化站数: "ignore" }));
  await idle();
  const notUnderstood = () => JSON.stringify(host.sheet(DIAGNOSTICS_SHEET)?.rows).includes("未能确定填报项“本县在住人口规模”");
  expect(notUnderstood()).toBe(true);
  fireEvent.click(screen.getByRole("button", { name: "重新评分" }));
  await waitFor(() => expect(host.calls.filter((c) => c.op === "writeScoredSheets")).toHaveLength(2), { timeout: 10000 });
  await idle();
  expect(notUnderstood()).toBe(false);

  // 自动识别 forgets the choice.
  await pick("A4", "自动识别（取消指定）");
  await waitFor(() => expect(settingsOf(host).facts).toEqual({ 乡镇综合文化站数: "ignore" }));
});

test("English: the label drop-down and its texts", async () => {
  const host = new MemoryHost(withUnclearLabels(), "en-US");
  renderPane(host);
  await screen.findByRole("heading", { name: "Sheets" });
  expect(within(card("基本情况")).getByRole("button", { name: /Facts-sheet labels \(2 not understood\)/ })).toBeInTheDocument();
  expect(within(card("基本情况")).getByText("Closest: “常住人口”")).toBeInTheDocument();
  fireEvent.click(within(card("基本情况")).getByRole("combobox", { name: "基本情况：What “本县在住人口规模” is" }));
  const listbox = await screen.findByRole("listbox");
  const options = [...listbox.querySelectorAll<HTMLElement>('[role="option"]')];
  expect(options[0].closest('[role="group"]')).toHaveTextContent(/^Closest/);
  expect(options[options.length - 1]).toHaveTextContent("Ignore (do not read)");
});

test("the indicator list shows the county's claimed points beside the computed ones", async () => {
  const grids = villagesAndStations();
  grids.sheets.push({
    name: "自评表",
    rows: [
      ["工作任务", "评价指标", "分值", "自评得分"],
      ["加强组织领导", "组织领导", 2, 2],
      ["加强组织领导", "方案制定", 2, 1],
    ],
  });
  const host = new MemoryHost(grids);
  renderPane(host);
  await scanned(host);
  fireEvent.click(screen.getByRole("button", { name: "评分" }));
  const summary = await screen.findByTestId("summary");
  const item = (id: string) => summary.querySelector(`[data-indicator="${id}"]`) as HTMLElement;
  // Claimed 1, computed 1: shown, not flagged.
  expect(within(item("org.plan")).getByTestId("claimed")).toHaveTextContent("填报自评 1 分");
  expect(within(item("org.plan")).getByTestId("claimed")).not.toHaveAttribute("title");
  // Claimed 2, computed 0: flagged.
  const lead = within(item("org.leadership")).getByTestId("claimed");
  expect(lead).toHaveTextContent("填报自评 2 分");
  expect(lead).toHaveAttribute("title", "与台账计算不一致");
  expect(within(item("org.leadership")).getByText("0 / 2 分")).toBeInTheDocument();
  // No claim: nothing.
  expect(within(item("work.coverage")).queryByTestId("claimed")).not.toBeInTheDocument();
});

test("county and cut-off date are saved as options and used by the next run", async () => {
  const grids = villagesAndStations();
  grids.sheets = grids.sheets.filter((s) => s.name !== "基本情况");
  const host = new MemoryHost(grids);
  renderPane(host);
  await scanned(host);
  const county = screen.getByRole("textbox", { name: "县（市、区）名称" });
  fireEvent.change(county, { target: { value: "某某县" } });
  fireEvent.blur(county);
  await waitFor(() => expect(settingsOf(host).options).toEqual({ county: "某某县" }));
  const asOf = screen.getByLabelText("考评截止日期");
  expect(asOf).toHaveValue("2021-08-31");
  expect(screen.getByText("指标体系的默认截止日期")).toBeInTheDocument();
  fireEvent.change(asOf, { target: { value: "下月底" } });
  fireEvent.keyDown(asOf, { key: "Enter" });
  expect(await screen.findByText("无法识别的日期，请写成 2021-08-31 或 2021年8月31日")).toBeInTheDocument();
  expect(settingsOf(host).options.asOf).toBeUndefined();
  // Any date form a ledger may hold; stored as ISO.
  fireEvent.change(asOf, { target: { value: "2021年6月30日" } });
  fireEvent.keyDown(asOf, { key: "Enter" });
  await waitFor(() => expect(settingsOf(host).options).toEqual({ county: "某某县", asOf: "2021-06-30" }));
  await idle();
  expect(screen.getByText("已保存在工作簿设置中")).toBeInTheDocument();
  expect(asOf).toHaveValue("2021-06-30");
  expect(screen.queryByText(/无法识别的日期/)).not.toBeInTheDocument();
  fireEvent.click(screen.getByRole("button", { name: "评分" }));
  expect(await screen.findByText("某某县 · 考评截止 2021-06-30")).toBeInTheDocument();
});

test("the county on the facts sheet is shown read-only", async () => {
  const host = new MemoryHost(villagesAndStations());
  renderPane(host);
  await scanned(host);
  const county = screen.getByRole("textbox", { name: "县（市、区）名称" });
  expect(county).toHaveValue("测试县");
  expect(county).toHaveAttribute("readonly");
  expect(screen.getByText("取自基本情况表")).toBeInTheDocument();
});

test("clicking evidence or a diagnostic's place selects it in the workbook", async () => {
  const host = new MemoryHost(villagesAndStations());
  renderPane(host);
  await scanned(host);
  fireEvent.click(screen.getByRole("button", { name: "评分" }));
  const summary = await screen.findByTestId("summary");
  const coverage = summary.querySelector('[data-indicator="work.coverage"]') as HTMLElement;
  fireEvent.click(within(coverage).getByRole("button", { name: "站点台账 第 3–4 行" }));
  await waitFor(() => expect(host.selections).toEqual([{ sheet: "站点台账", address: "A3:A4" }]));
  const diagnosticLinks = within(summary).getAllByRole("button", { name: /^会议纪要/ });
  fireEvent.click(diagnosticLinks[0]);
  await waitFor(() => expect(host.selections[1]).toEqual({ sheet: "会议纪要", address: "A1" }));
});

test("a failing selection is reported, not thrown", async () => {
  const host = new MemoryHost(villagesAndStations());
  renderPane(host);
  await scanned(host);
  fireEvent.click(screen.getByRole("button", { name: "评分" }));
  const summary = await screen.findByTestId("summary");
  host.failNext("select", new Error("工作表“站点台账”已被删除"));
  fireEvent.click(within(summary).getAllByRole("button", { name: /^站点台账/ })[0]);
  expect(await screen.findByRole("alert")).toHaveTextContent("工作表“站点台账”已被删除");
});

test("English when Office's display language is English", async () => {
  const host = new MemoryHost(villagesAndStations(), "en-US");
  renderPane(host);
  await screen.findByRole("heading", { name: "Sheets" });
  expect(screen.getByRole("button", { name: "Score workbook" })).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Insert templates" })).toBeInTheDocument();
  expect(badge("站点台账")).toHaveTextContent("Village service stations");
  fireEvent.click(screen.getByRole("button", { name: "Score workbook" }));
  expect(await screen.findByText("Result")).toBeInTheDocument();
  expect(screen.getByText("/ 100 points")).toBeInTheDocument();
});

test("the error boundary shows a rendering failure and recovers on retry", () => {
  let fail = true;
  const Boom = () => {
    if (fail) throw new Error("渲染失败");
    return <p>恢复正常</p>;
  };
  const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    render(
      <ErrorBoundary fallback={(e, reset) => <CrashMessage error={e} onRetry={reset} />}>
        <Boom />
      </ErrorBoundary>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("任务窗格出错");
    expect(screen.getByRole("alert")).toHaveTextContent("渲染失败");
    fail = false;
    fireEvent.click(screen.getByRole("button", { name: "重试" }));
    expect(screen.getByText("恢复正常")).toBeInTheDocument();
  } finally {
    spy.mockRestore();
  }
});
