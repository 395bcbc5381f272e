/**
 * A press list kept as 标题 | 链接 | 发布日期, without a 媒体 column: the outlet is the site the link
 * points to (people.com.cn is 人民网), or else the outlet the title names first (【广东卫视】…,
 * 丰顺发布｜…, 梅州日报：…). A title's first words are read only when the link says nothing: "广东丰顺：…"
 * on people.com.cn is a dateline, not an outlet.
 */

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

export function outletFromTitleOrLink(title: string | undefined, link: string | undefined): string | undefined {
  return siteOf(link) ?? titleOutlet(title);
}
