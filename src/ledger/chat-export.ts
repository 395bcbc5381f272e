/**
 * A work group's chat exported (企业微信, 微信: 时间 | 发送人 | 内容), kept as the record of the monthly reports
 * sent to the city bureau: its 时间 is when each message was sent. Named so (发送时间), the sheet is read as the
 * report log it is; the messages that are replies or notices are left out where it is read (read-kinds: readReport).
 */
import type { Sheet } from "../core/grid";
import { cellText } from "./normalize/text";

const HEADER_SCAN = 10;
const SPEAKER = /^(?:发送人|发送者|发消息人)$/;
const CONTENT = /^(?:消息)?内容$/;

/** The sheet with its chat header's 时间 named 发送时间; the same sheet when it has no such header. */
export function withChatTimesNamed(sheet: Sheet): Sheet {
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_SCAN); r++) {
    const texts = (sheet.rows[r] ?? []).map((v) => cellText(v ?? null).replace(/\s+/g, ""));
    const time = texts.indexOf("时间");
    if (time < 0 || !texts.some((t) => SPEAKER.test(t)) || !texts.some((t) => CONTENT.test(t))) continue;
    const rows = sheet.rows.slice();
    rows[r] = rows[r].map((v, c) => (c === time ? "发送时间" : v));
    return { ...sheet, rows };
  }
  return sheet;
}
