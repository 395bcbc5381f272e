/**
 * A head count written as its parts in one cell: "38+45" (线下 + 线上), "男27 女36", "线下52＋线上118",
 * "男19女22", or with the word for the whole in front ("共64人"). Only whole numbers, each part
 * optionally named (男 / 女 / 线下 / 线上 …) and counted in 人 or 人次; anything else is no such
 * count (a hedge such as 约 or 余 never is).
 */
import { Q } from "../../scoring/rational";
import { compact } from "./text";

const PART = "(?:男|女|线下|线上|现场|直播|网上|网络|腾讯会议)?[:：]?(\\d+)(?:人次|人)?";
const WHOLE = new RegExp(`^(?:(共|合计|计)[:：]?)?${PART}((?:[+，,]?${PART})*)$`);
const EACH = new RegExp(PART, "g");

export function countSum(text: string): Q | undefined {
  const t = compact(text).replace(/\s+/g, "");
  const m = WHOLE.exec(t);
  if (!m) return undefined;
  // (The word for the whole holds no digit: only the parts match.)
  const parts = [...t.matchAll(EACH)].map((p) => Number(p[1]));
  if (parts.length < 2 && !m[1]) return undefined;
  return parts.reduce((sum, n) => sum.add(Q.of(n)), Q.ZERO);
}
