/**
 * The day a sign-in row's remark says the trainee came, where the row was entered later: a card
 * reader's export keeps the day the card was read, and a trainee without a card is typed in the next
 * day — "3月18日到场未带证，3月19日凭身份证复印件补录" attended on the 18th, not the 19th.
 */
import { isValidDate, type LDate } from "../scoring/dates";

/** `<date>到场 / 参训 / 参加培训 / 签到`, the year the row's own when the remark leaves it out. */
const CAME_ON = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]\s*(?:已|当天|当日)?(?:到场|到会|参训|参加培训|参加了培训|签到)/;

export function attendedDayIn(remark: string, rowDay: LDate | null): LDate | undefined {
  const m = CAME_ON.exec(remark);
  if (!m) return undefined;
  const y = m[1] !== undefined ? Number(m[1]) : rowDay?.y;
  const month = Number(m[2]);
  const d = Number(m[3]);
  if (y === undefined || !isValidDate(y, month, d)) return undefined;
  return { y, m: month, d };
}
