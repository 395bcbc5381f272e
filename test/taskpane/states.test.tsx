/** @jest-environment jsdom */
/**
 * The pane's states with an in-memory workbook: empty workbook, nothing recognised, scanning,
 * scoring (progress shown), error (message shown), done (total shown).
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { scoreGrids } from "../../src/pipeline";
import { HostError } from "../../src/taskpane/host";
import { diagnosticCounts } from "../../src/taskpane/model/summary";
import { INDICATOR_SHEET } from "../../src/table";
import { lechangGrids } from "./lechang-grids";
import { MemoryHost } from "./memory-host";
import { renderPane } from "./render-pane";
import { emptyWorkbook, unrecognisedGrids, villagesAndStations } from "./small-grids";

const scoreButton = () => screen.getByRole("button", { name: /^(评分|重新评分)$/ });

async function scanned(host: MemoryHost): Promise<void> {
  await waitFor(() => expect(host.calls.some((c) => c.op === "readSettings")).toBe(true));
  await waitFor(() => expect(screen.queryByText("正在识别工作表…")).not.toBeInTheDocument());
}

test("scanning: a spinner while the workbook is read", async () => {
  const host = new MemoryHost(villagesAndStations());
  const release = host.hold("readGrids");
  renderPane(host);
  expect(await screen.findByText("正在识别工作表…")).toBeInTheDocument();
  release();
  await scanned(host);
  expect(await screen.findByRole("heading", { name: "工作表" })).toBeInTheDocument(); // the sheet list is a lazy panel
});

test("empty workbook: says so and offers the templates, which are then inserted and listed", async () => {
  const host = new MemoryHost(emptyWorkbook());
  renderPane(host);
  expect(await screen.findByText("工作簿是空的")).toBeInTheDocument();
  expect(screen.queryByRole("heading", { name: "工作表" })).not.toBeInTheDocument();
  fireEvent.click(screen.getByRole("button", { name: "插入模板表" }));
  expect(await screen.findByText(/已插入 12 张模板表/)).toBeInTheDocument();
  await waitFor(() => expect(screen.queryByText("工作簿是空的")).not.toBeInTheDocument());
  expect(host.sheet("基本情况与自评填报")).toBeDefined();
  expect(host.sheet("Sheet1")).toBeDefined();
  const sheets = screen.getByRole("region", { name: "工作表" });
  expect(within(sheets).getByText("基本情况与自评填报", { selector: "span:not([class*=Badge])" })).toBeInTheDocument();
});

test("nothing recognised: a warning, and the sheet is listed as not recognised with a kind drop-down", async () => {
  const host = new MemoryHost(unrecognisedGrids());
  renderPane(host);
  expect(await screen.findByText("没有识别出台账")).toBeInTheDocument();
  const sheets = screen.getByRole("region", { name: "工作表" });
  expect(within(sheets).getByText("已识别 0 / 1 张")).toBeInTheDocument();
  expect(within(sheets).getByText("未识别")).toBeInTheDocument();
  expect(within(sheets).getByRole("combobox", { name: "Sheet1：台账类型" })).toHaveValue("auto");
});

test("scoring: the progress bar names the current step", async () => {
  const host = new MemoryHost(villagesAndStations());
  renderPane(host);
  await scanned(host);
  const release = host.hold("writeScoredSheets");
  fireEvent.click(scoreButton());
  expect(await screen.findByText("第 3/4 步：写入考评表")).toBeInTheDocument();
  expect(screen.getByRole("progressbar", { name: "正在评分" })).toBeInTheDocument();
  expect(scoreButton()).toHaveAttribute("aria-disabled", "true");
  release();
  expect(await screen.findByTestId("total")).toBeInTheDocument();
  expect(screen.queryByText(/第 \d\/4 步/)).not.toBeInTheDocument();
});

test("error: a HostError's message is shown as it is, and can be dismissed", async () => {
  const host = new MemoryHost(villagesAndStations());
  renderPane(host);
  await scanned(host);
  host.failNext("readGrids", new HostError("有单元格正在编辑：请按 Enter 或 Esc 结束编辑，再点“评分”。", "InvalidOperationInCellEditMode"));
  fireEvent.click(scoreButton());
  const alert = await screen.findByRole("alert");
  expect(alert).toHaveTextContent("出错了");
  expect(alert).toHaveTextContent("有单元格正在编辑：请按 Enter 或 Esc 结束编辑，再点“评分”。");
  expect(screen.queryByTestId("summary")).not.toBeInTheDocument();
  fireEvent.click(within(alert).getByRole("button", { name: "关闭" }));
  await waitFor(() => expect(screen.queryByRole("alert")).not.toBeInTheDocument());
  // The pane still works: scoring again succeeds.
  fireEvent.click(scoreButton());
  expect(await screen.findByTestId("total")).toBeInTheDocument();
});

test("error: a failed scan on open is shown, and 重新识别 tries again", async () => {
  const host = new MemoryHost(villagesAndStations());
  host.failNext("readGrids", new HostError("无法读取工作簿，请稍后重试。"));
  renderPane(host);
  expect(await screen.findByRole("alert")).toHaveTextContent("无法读取工作簿，请稍后重试。");
  expect(screen.queryByRole("heading", { name: "工作表" })).not.toBeInTheDocument();
  fireEvent.click(screen.getByRole("button", { name: "重新识别" }));
  expect(await screen.findByRole("heading", { name: "工作表" })).toBeInTheDocument();
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
});

test("error: any other failure (here while writing) shows its message too", async () => {
  const host = new MemoryHost(villagesAndStations());
  renderPane(host);
  await scanned(host);
  host.failNext("writeScoredSheets", new Error("RichApi.Error: The request payload size has exceeded the limit."));
  fireEvent.click(scoreButton());
  expect(await screen.findByRole("alert")).toHaveTextContent("The request payload size has exceeded the limit.");
  expect(scoreButton()).not.toHaveAttribute("aria-disabled", "true");
});

test("done: the Lechang sample scores 89 out of 100, with group bars, veto state and diagnostics", async () => {
  const host = new MemoryHost(lechangGrids());
  renderPane(host);
  await scanned(host);
  fireEvent.click(scoreButton());
  const total = await screen.findByTestId("total", {}, { timeout: 60000 });
  expect(total).toHaveTextContent(/^89$/);
  expect(screen.getByText("评分完成：总分 89 分")).toHaveAttribute("role", "status");
  const summary = screen.getByTestId("summary");
  expect(within(summary).getByText("/ 100 分")).toBeInTheDocument();
  expect(within(summary).getByText("无加分")).toBeInTheDocument();
  expect(within(summary).getByText("乐昌市 · 考评截止 2021-08-31")).toBeInTheDocument();
  expect(within(summary).getByTestId("veto-state")).toHaveTextContent("否决项：未触发");
  const bars = within(summary).getByRole("list", { name: "各项工作任务得分" });
  expect(within(bars).getAllByRole("progressbar")).toHaveLength(6);
  expect(within(bars).getByRole("progressbar", { name: "深入推动电子商务进农村工作（55分）：50 / 55 分" })).toBeInTheDocument();
  const counts = diagnosticCounts(scoreGrids(lechangGrids()).report.diagnostics);
  expect(counts.error).toBe(0);
  expect(within(summary).getByTestId("diagnostic-counts")).toHaveAccessibleName(`错误 0 · 警告 ${counts.warning} · 提示 ${counts.info}`);
  // The indicator table was written.
  const table = host.sheet(INDICATOR_SHEET);
  expect(table).toBeDefined();
  expect(table!.rows.flat()).toContain(89);
  expect(screen.getByRole("button", { name: "重新评分" })).toBeInTheDocument();
}, 120000);

test("done, vetoed: 一票否决 is shown prominently with its reason, and the total is 0", async () => {
  const grids = villagesAndStations();
  grids.sheets[0].rows.push(["弄虚作假", "是"]);
  const host = new MemoryHost(grids);
  renderPane(host);
  await scanned(host);
  fireEvent.click(scoreButton());
  expect(await screen.findByTestId("total")).toHaveTextContent(/^0$/);
  const veto = screen.getByTestId("veto-state");
  expect(veto).toHaveTextContent("一票否决");
  expect(veto).toHaveTextContent(/触发否决项，总分计 0 分（否决前 [\d.]+ 分）/);
  expect(within(veto).getByRole("listitem")).toHaveTextContent(/^弄虚作假：/);
});
