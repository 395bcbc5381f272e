/**
 * A work group's chat pasted in (时间 | 发言人 | 内容): the city bureau asks, every county answers in
 * the same group. A reviewer reads only the county's own messages — its clerk is the one who says
 * 我区 / 我县 / 本区 — and takes a later correction ("更正：…行政村应为118个（不是116个）") over what it
 * corrects. So does the reader: the other senders' messages are left out, a corrected figure is
 * replaced where it was first said and the correction itself left out. (A meeting's transcript, its
 * lines numbered rather than timed, is one county's officials answering: it is read whole.)
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText, spacelessText } from "../normalize/text";

const SENDER = /^(?:发言人|发送人|发送者|昵称|群成员|发言者)$/;
const CONTENT = /^(?:内容|消息|消息内容|聊天内容|发言内容)$/;
const OWN = /我区|我县|我市|本区|本县|我局|我们区|我们县/;
/** "行政村应为118个（不是116个）", "行政村数更正为118个，原报116个". */
const CORRECTION = /([\u4e00-\u9fff]{2,8}?)(?:数)?(?:应为|更正为|改为)\s*([\d.,]+)\s*([\u4e00-\u9fff%]{0,2})[（(，,]\s*(?:不是|原报|原填)\s*([\d.,]+)/;

const key = (v: CellValue | undefined) => spacelessText(v ?? null);
/** The office a sender speaks for, before the post and name: "市商务局局长 陈××" → 市商务局. */
const OFFICE = /^[\u4e00-\u9fff]{1,12}?(?:局|办公室|委员会|中心|政府)(?=[\u4e00-\u9fff]{0,6}(?:长|主任|书记|干部|科员|股长|副|\s|$))/;

/** An office named without its place, 县商务局, 区政府: the county's own, as its own papers call it. */
const BARE_LEVEL = /^([县区])(?:委|政府|[\u4e00-\u9fff]{1,8}?(?:局|办公室|委员会|中心))/;

/** A chat's messages are timed; a meeting's transcript (序号 | 发言人 | 发言内容) is numbered, every speaker the county's or asking it. */
const TIME = /^(?:时间|发送时间|发言时间|日期|日期时间)$/;

export function withOwnMessages(sheet: Sheet): Sheet {
  const head = sheet.rows.findIndex((row) => (row ?? []).some((v) => SENDER.test(key(v))) && (row ?? []).some((v) => CONTENT.test(key(v))));
  if (head < 0 || !(sheet.rows[head] ?? []).some((v) => TIME.test(key(v)))) return sheet;
  const senderCol = (sheet.rows[head] ?? []).findIndex((v) => SENDER.test(key(v)));
  const contentCol = (sheet.rows[head] ?? []).findIndex((v) => CONTENT.test(key(v)));
  const sender = (r: number) => cellText(sheet.rows[r]?.[senderCol] ?? null).trim();
  const content = (r: number) => cellText(sheet.rows[r]?.[contentCol] ?? null);
  // The county's own clerk: who speaks of 我区 / 本县.
  const speakers = new Map<string, number>();
  for (let r = head + 1; r < sheet.rows.length; r++) if (sender(r) && OWN.test(content(r))) speakers.set(sender(r), (speakers.get(sender(r)) ?? 0) + 1);
  // (Alike in that, the one who says more: a press conference's presenter, his lines going on under a blank
  // sender, over the host who says 我县 once welcoming the press.)
  const lines = new Map<string, number>();
  let last = "";
  for (let r = head + 1; r < sheet.rows.length; r++) {
    last = sender(r) || last;
    if (content(r).trim() !== "") lines.set(last, (lines.get(last) ?? 0) + 1);
  }
  const own = [...speakers].sort((a, b) => b[1] - a[1] || (lines.get(b[0]) ?? 0) - (lines.get(a[0]) ?? 0))[0]?.[0];
  if (!own) return sheet;
  // (…and whoever speaks for the same office: a radio phone-in's 市商务局局长 and 市商务局副局长, the callers not.)
  const office = OFFICE.exec(own)?.[0];
  // (…and, where the own speaker's office is named bare, 县政府新闻办, every office named so: a press conference's
  // 县商务局局长 and 县财政局副局长 are the county's, the reporters and the city's 梅州市商务局 not.)
  const level = office !== undefined ? BARE_LEVEL.exec(office)?.[1] : undefined;
  const sameLevel = (t: string) => level !== undefined && BARE_LEVEL.exec(OFFICE.exec(t)?.[0] ?? "")?.[1] === level;
  const isOwn = (r: number) => sender(r) === own || (office !== undefined && OFFICE.exec(sender(r))?.[0] === office) || sameLevel(sender(r));
  const rows = sheet.rows.map((row, r) => (r <= head || !sender(r) || isOwn(r) ? [...row] : row.map((v, c) => (c === contentCol ? null : v))));
  // A correction replaces the figure it corrects, in the message that first said it.
  for (let r = head + 1; r < rows.length; r++) {
    if (!isOwn(r)) continue;
    const m = CORRECTION.exec(content(r));
    if (!m) continue;
    const [, subject, now, , before] = m;
    // ("榕城区行政村应为118个" corrects "行政村116个": the subject's last words are enough.)
    const names = Array.from({ length: Math.max(0, subject.length - 1) }, (_, i) => subject.slice(i)).filter((n) => n.length >= 2);
    done: for (let e = head + 1; e < r; e++) {
      const said = cellText(rows[e]?.[contentCol] ?? null);
      for (const name of names) {
        const at = said.indexOf(name);
        const next = at < 0 ? -1 : said.indexOf(before, at);
        if (next < 0 || next - at > name.length + 6) continue;
        rows[e][contentCol] = `${said.slice(0, next)}${now}${said.slice(next + before.length)}`;
        rows[r][contentCol] = null;
        break done;
      }
    }
  }
  return { ...sheet, rows };
}
