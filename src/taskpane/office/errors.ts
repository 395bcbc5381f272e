/**
 * Office errors → sentences a bureau clerk understands (Chinese; English when Office's display
 * language is English). The code stays on the HostError for logs and tests; the raw Office message
 * ("The argument is invalid or missing…") is never shown.
 */
import { HostError } from "../host";
import { errorCode } from "./payload";

export type Lang = "zh" | "en";

/** English when Office's display language is English ("en", "en-US", "en-GB"…), Chinese otherwise. */
export function langOf(displayLanguage: string | undefined): Lang {
  return /^en/i.test(displayLanguage ?? "") ? "en" : "zh";
}

/** What the adapter was doing, to name the sheet or cell in the message. */
export interface ErrorContext {
  sheet?: string;
  address?: string;
  /** Temporary sheets left behind that the clerk should delete (only when clean-up failed). */
  leftovers?: string[];
}

type Text = { zh: string; en: string };

const GENERIC: Record<string, Text> = {
  InvalidOperationInCellEditMode: {
    zh: "工作簿正在编辑单元格，请按 Enter 结束编辑后重试",
    en: "A cell is being edited. Press Enter to finish editing, then try again.",
  },
  AccessDenied: {
    zh: "工作簿或工作表受保护（或以只读方式打开），无法写入。请撤销保护或保存一份可编辑的副本后重试",
    en: "The workbook or a sheet is protected (or the workbook is read-only), so nothing could be written. Unprotect it or save an editable copy, then try again.",
  },
  ItemNotFound: {
    zh: "找不到所需的工作表或单元格（可能刚被删除或重命名），请重新扫描工作簿后重试",
    en: "A sheet or cell the add-in needs is gone (perhaps just deleted or renamed). Scan the workbook again, then retry.",
  },
  ItemAlreadyExists: {
    zh: "工作簿中已有同名工作表，请重命名该工作表后重试",
    en: "The workbook already has a sheet with that name. Rename it, then try again.",
  },
  RequestPayloadSizeLimitExceeded: {
    zh: "数据量超出了 Excel 单次能处理的上限，请删除不需要的行列或把台账拆分到几个工作簿后重试",
    en: "There is more data than Excel can take in one request. Remove rows or columns you do not need, or split the ledgers across workbooks, then try again.",
  },
  ResponsePayloadSizeLimitExceeded: {
    zh: "数据量超出了 Excel 单次能返回的上限，请删除不需要的行列或把台账拆分到几个工作簿后重试",
    en: "There is more data than Excel can return in one response. Remove rows or columns you do not need, or split the ledgers across workbooks, then try again.",
  },
  Conflict: {
    zh: "Excel 正忙（可能有其他操作或加载项正在修改工作簿），请稍后重试",
    en: "Excel is busy (another action or add-in is changing the workbook). Please try again in a moment.",
  },
  RequestAborted: {
    zh: "操作被中断（Excel 正忙或连接中断），请稍后重试",
    en: "The request was interrupted (Excel was busy or the connection dropped). Please try again.",
  },
  ActivityLimitReached: { zh: "Excel 正忙，请稍后重试", en: "Excel is busy. Please try again in a moment." },
  InactiveWorkbook: { zh: "工作簿已不是当前窗口，请切回该工作簿后重试", en: "The workbook is no longer the active one. Switch back to it, then try again." },
  ApiNotFound: {
    zh: "当前版本的 Excel 不支持本加载项需要的功能，请更新 Office 或改用网页版 Excel",
    en: "This version of Excel lacks a feature the add-in needs. Update Office or use Excel on the web.",
  },
  UnsupportedSheet: { zh: "该工作表类型（如图表工作表或宏表）不受支持", en: "This kind of sheet (a chart sheet or macro sheet) is not supported." },
  MergedRangeConflict: { zh: "目标区域与已有的合并单元格冲突，请重试", en: "The target overlaps merged cells. Please try again." },
  FilteredRangeConflict: { zh: "工作表处于筛选状态，请清除筛选后重试", en: "A filter is on. Clear the filter, then try again." },
};
GENERIC.NotImplemented = GENERIC.ApiNotFound;
GENERIC.UnsupportedFeature = GENERIC.ApiNotFound;
GENERIC.UnsupportedOperation = GENERIC.ApiNotFound;

function t(lang: Lang, x: Text): string {
  return lang === "en" ? x.en : x.zh;
}

/** The clerk's sentence for an error code (with the sheet or cell when known). */
export function messageFor(code: string | undefined, lang: Lang, ctx: ErrorContext = {}): string {
  const en = lang === "en";
  let msg: string;
  if (code === "ItemNotFound" && ctx.sheet) {
    msg = en
      ? `Sheet "${ctx.sheet}" was not found (perhaps it was renamed or deleted). Scan the workbook again.`
      : `找不到工作表“${ctx.sheet}”（可能已被重命名或删除），请重新扫描工作簿`;
  } else if ((code === "InvalidArgument" || code === "InvalidReference") && ctx.address) {
    msg = en
      ? `"${ctx.address}" is not a cell or range Excel can go to${ctx.sheet ? ` on sheet "${ctx.sheet}"` : ""}.`
      : `无法定位到${ctx.sheet ? `工作表“${ctx.sheet}”的` : ""}“${ctx.address}”`;
  } else if (code === "InvalidOperation" && ctx.sheet && ctx.address !== undefined) {
    msg = en ? `Sheet "${ctx.sheet}" is hidden, so the add-in cannot show it. Unhide it first.` : `工作表“${ctx.sheet}”已隐藏，无法跳转；请先取消隐藏`;
  } else if (code && GENERIC[code]) {
    msg = t(lang, GENERIC[code]);
  } else if (code) {
    msg = en
      ? `Excel could not complete the operation (error code ${code}). Please try again; if it keeps happening, save and reopen the workbook.`
      : `Excel 未能完成操作（错误代码 ${code}）。请重试；如仍出现，请保存并重新打开工作簿`;
  } else {
    msg = en
      ? "The add-in hit an unexpected problem. Please try again; if it keeps happening, tell your IT contact."
      : "加载项遇到意外问题，请重试；如仍出现，请联系技术支持";
  }
  if (ctx.leftovers?.length) {
    const list = ctx.leftovers.map((n) => (en ? `"${n}"` : `“${n}”`)).join(en ? ", " : "、");
    msg += en ? ` The add-in could not remove its unfinished sheet(s) ${list}; please delete them.` : `。加载项未能删除未完成的临时工作表 ${list}，请手动删除`;
  }
  return msg;
}

/** Any thrown value → a HostError with a clerk's message (HostErrors pass through). */
export function toHostError(e: unknown, lang: Lang, ctx: ErrorContext = {}): HostError {
  if (e instanceof HostError) return e;
  const code = errorCode(e);
  const err = new HostError(messageFor(code, lang, ctx), code);
  (err as { cause?: unknown }).cause = e;
  return err;
}

/** The message when a requirement set is missing (e.g. ExcelApi 1.9 for page layout). */
export function unsupportedMessage(set: string, lang: Lang): string {
  return lang === "en"
    ? `This version of Excel does not support ${set}, which the add-in needs. Update Office, or use Excel on the web.`
    : `当前版本的 Excel 不支持本加载项需要的 ${set}，请更新 Office 或改用网页版 Excel`;
}
