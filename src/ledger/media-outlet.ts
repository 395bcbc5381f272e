/**
 * A press list kept as 标题 | 链接 | 发布日期, without a 媒体 column: the outlet is the site the link
 * points to (people.com.cn is 人民网), or else the outlet the title names first (【广东卫视】…,
 * 丰顺发布｜…, 梅州日报：…). A title's first words are read only when the link says nothing: "广东丰顺：…"
 * on people.com.cn is a dateline, not an outlet.
 */

import type { LDate } from "../scoring/dates";
import { findDateInText } from "./normalize/date";

/** Well-known news sites by domain: the outlet's name as media lists write it. */
const SITES: [RegExp, string][] = [
  [/(?:^|\.)people\.com\.cn$/, "人民网"],
  [/(?:^|\.)(?:xinhuanet\.com|news\.cn)$/, "新华网"],
  [/(?:^|\.)(?:cctv\.com|cntv\.cn)$/, "央视网"],
  [/(?:^|\.)xuexi\.cn$/, "学习强国"],
  [/(?:^|\.)(?:gmw\.cn)$/, "光明网"],
  [/(?:^|\.)(?:ce\.cn)$/, "中国经济网"],
  [/(?:^|\.)(?:farmer\.com\.cn)$/, "农民日报"],
  [/(?:^|\.)(?:southcn\.com|nfnews\.com)$/, "南方网"],
  [/(?:^|\.)ycwb\.com$/, "羊城晚报"],
  [/(?:^|\.)(?:gdtv\.cn)$/, "广东广播电视台"],
  [/(?:^|\.)gd\.gov\.cn$/, "广东省人民政府网"],
  [/(?:^|\.)meizhou\.cn$/, "梅州网"],
];

function siteOf(link: string | undefined): string | undefined {
  const host = link ? /^\s*https?:\/\/([^/:?#\s]+)/i.exec(link)?.[1]?.toLowerCase() : undefined;
  return host ? SITES.find(([re]) => re.test(host))?.[1] : undefined;
}

/** The outlet a title names before its headline: 【广东卫视】…, 丰顺发布｜…, 梅州日报：…. */
function titleOutlet(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const t = title.trim();
  return /^[【[]([^】\]]{2,12})[】\]]/.exec(t)?.[1] ?? /^([^｜|：:，,\s]{2,8})\s*[｜|：:]/.exec(t)?.[1];
}

/**
 * A press list a report a cell, under a header naming its parts ("报道信息（媒体、日期、版面、标题）"): the
 * header lists the outlet and the day among them.
 */
export function listsOutletAndDay(header: string): boolean {
  const parts = /[（(]([^）)]*)[）)]/.exec(header)?.[1] ?? "";
  return /媒体|来源/.test(parts) && /日期|时间/.test(parts);
}

/**
 * Such a cell's outlet and day: "【江门广播电视台·江门新闻（电视）】2021年3月2日《杜阮凉瓜搭上电商快车》". (Its outlet
 * may be longer than a title's leading 【…】 is allowed to be: the header says it is the outlet.)
 */
export function outletAndDayOfReport(text: string): { outlet?: string; date?: LDate } {
  const t = text.trim();
  const outlet = /^[【[]([^】\]]{2,24})[】\]]/.exec(t)?.[1] ?? titleOutlet(t);
  return { outlet, date: findDateInText(t) };
}

export function outletFromTitleOrLink(title: string | undefined, link: string | undefined): string | undefined {
  return siteOf(link) ?? titleOutlet(title);
}
