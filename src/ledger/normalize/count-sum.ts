/**
 * A head count written as its parts in one cell: "38+45" (线下 + 线上), "男27 女36", "线下52＋线上118",
 * "男19女22", or with the word for the whole in front ("共64人"). Only whole numbers, each part
 * optionally named (男 / 女 / 线下 / 线上 …) and counted in 人 or 人次; anything else is no such
 * count (a hedge such as 约 or 余 never is). The whole with its parts in brackets after it ("165（线上120、线下45）",
 * "78人（其中男40人、女38人）") is the whole, when the parts add up to it.
 */
import { Q } from "../../scoring/rational";
import { compact } from "./text";

const PART = "(?:男|女|线下|线上|现场|直播|网上|网络|腾讯会议)?[:：]?(\\d+)(?:人次|人)?";
const WHOLE = new RegExp(`^(?:(共|合计|计)[:：]?)?${PART}((?:[+，,]?${PART})*)$`);
const EACH = new RegExp(PART, "g");
const WITH_PARTS = new RegExp(`^(\\d+)(?:人次|人)?[（(](?:其中)?[:：]?(${PART}(?:[+、，,；;]${PART})+)[)）]$`);

export function countSum(text: string): Q | undefined {
  const t = compact(text).replace(/\s+/g, "");
  const m = WHOLE.exec(t);
  if (!m) return wholeWithParts(t);
  // (The word for the whole holds no digit: only the parts match.)
  const parts = [...t.matchAll(EACH)].map((p) => Number(p[1]));
  if (parts.length < 2 && !m[1]) return undefined;
  return parts.reduce((sum, n) => sum.add(Q.of(n)), Q.ZERO);
}

function wholeWithParts(t: string): Q | undefined {
  const m = WITH_PARTS.exec(t);
  if (!m) return undefined;
  const parts = [...m[2].matchAll(EACH)].reduce((sum, p) => sum + Number(p[1]), 0);
  return parts === Number(m[1]) ? Q.of(parts) : undefined;
}
