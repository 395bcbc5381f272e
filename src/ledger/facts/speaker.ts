/**
 * A speech or an interview in the speaker's own voice: "市政府成立了由我任组长的…领导小组" (台山's mayor at the
 * briefing, 阳春's mayor to the paper). The "我" is the one its head lines name — 汇报人：台山市市长 李××, or a title
 * "…——访阳春市市长张××" — so the group's 组长 is that post, read as if the clerk had written it.
 */
import type { Sheet } from "../../core/grid";

const POST = String.raw`(?:县委|市委|区委)?(?:常务)?(?:副)?(?:书记|县长|市长|区长|局长|主任)`;
/** Who speaks, in the head lines: 汇报人：台山市市长 李××; 访阳春市市长张××. */
// (…or a contest's 路演人 / 答辩人: 路演人：紫金县县长 钟××.)
const SPEAKER = new RegExp(String.raw`(?:(?:汇报人|发言人|报告人|讲话人|主讲人|路演人|答辩人)\s*[:：]\s*|访)[\u4e00-\u9fff]{0,8}?[县市区](${POST})`);
/** The speaker made the group's head: 由我任组长, 我担任组长. */
// (…or 以我为组长的领导小组, and 我本人任组长 said in answer.)
const ME_AS_HEAD = /(由|以)?(?:我本人|我|本人)(?=(?:亲自)?(?:任|担任|兼任|为)(?:[^，,；;。]{0,30}?领导小组)?组长)/;
/** Head lines looked at for the speaker. */
const HEAD_ROWS = 4;

export function withSpeakerNamed(sheet: Sheet): Sheet {
  let post: string | undefined;
  for (const row of sheet.rows.slice(0, HEAD_ROWS))
    for (const v of row ?? []) {
      const m = typeof v === "string" ? SPEAKER.exec(v) : null;
      if (m && !post) post = m[1];
    }
  if (!post) return sheet;
  const who = post;
  let changed = false;
  const rows = sheet.rows.map((row) =>
    Array.from(row ?? [], (v) => {
      if (typeof v !== "string" || !ME_AS_HEAD.test(v)) return v ?? null;
      changed = true;
      return v.replace(new RegExp(ME_AS_HEAD.source, "g"), (_m, by: string | undefined) => `${by ?? ""}${who}`);
    }),
  );
  return changed ? { ...sheet, rows } : sheet;
}
