/** The page's own texts, Chinese first, English when the browser asks for it; the shared components bring theirs. */
import type { Lang } from "../taskpane/i18n/strings";
import type { WebStep } from "./session";

const zh = {
  title: "电商进农村考评 · 网页版",
  intro: "不用安装加载项，WPS 表格与 Excel 用户均可使用：拖入台账工作簿（可多个文件，同一县），核对识别结果后评分，下载评分工作簿。文件只在本机浏览器中处理，不会上传。",
  dropZone: "把 .xlsx 工作簿拖到这里",
  dropHint: "可一次拖入多个文件（同一县的各类台账）",
  choose: "选择工作簿…",
  chooseLabel: "选择要评分的 .xlsx 工作簿",
  files: (names: string[]) => `已打开 ${names.length} 个文件：${names.join("、")}`,
  score: "评分",
  scoreAgain: "重新评分",
  working: "正在处理",
  steps: { read: "读取工作簿", scan: "识别工作表", score: "评分", write: "生成评分工作簿" } as Record<WebStep, string>,
  stepText: (label: string, file: string | undefined, done: number, total: number) => (file ? `${label}：${file}（${done + 1}/${total}）` : label),
  downloadWorkbook: (name: string) => `下载评分工作簿（${name}）`,
  downloadJson: "下载 JSON 报告",
  errorTitle: "无法处理",
  tooLargeTitle: "文件太大",
  dismiss: "关闭",
  notXlsx: (names: string[]) => `只能处理 .xlsx 工作簿，已跳过：${names.join("、")}`,
  whereInDownload: (where: string) => `在下载的评分工作簿中查看：${where}`,
  offline: "本页可离线使用，也可直接双击打开本地的 index.html。",
  crashed: "浏览器在处理文件时停止了（通常是文件太大、内存不足）。请把大台账拆成几个文件后再试，或改用命令行 ecom-score。",
};

export type WebStrings = typeof zh;

const en: WebStrings = {
  title: "Rural E-commerce Scoring · Web",
  intro:
    "No add-in needed, for WPS and Excel users alike: drop the ledger workbooks (one or several files of one county), check how they were read, score, and download the scored workbook. Files are processed in this browser only; nothing is uploaded.",
  dropZone: "Drop .xlsx workbooks here",
  dropHint: "Several files at once are fine (one county's ledgers)",
  choose: "Choose workbooks…",
  chooseLabel: "Choose the .xlsx workbooks to score",
  files: (names) => `${names.length} file(s) open: ${names.join(", ")}`,
  score: "Score",
  scoreAgain: "Score again",
  working: "Working",
  steps: { read: "Reading the workbook", scan: "Recognising the sheets", score: "Scoring", write: "Making the scored workbook" },
  stepText: (label, file, done, total) => (file ? `${label}: ${file} (${done + 1}/${total})` : label),
  downloadWorkbook: (name) => `Download the scored workbook (${name})`,
  downloadJson: "Download the JSON report",
  errorTitle: "Cannot process",
  tooLargeTitle: "File too large",
  dismiss: "Dismiss",
  notXlsx: (names) => `Only .xlsx workbooks can be read; skipped: ${names.join(", ")}`,
  whereInDownload: (where) => `See it in the downloaded scored workbook: ${where}`,
  offline: "This page works offline, and opened as a local file (index.html).",
  crashed:
    "The browser stopped while processing the files (usually a file too large for its memory). Split a large ledger into several files and try again, or use the ecom-score command line.",
};

export const WEB_STRINGS: Record<Lang, WebStrings> = { zh, en };
