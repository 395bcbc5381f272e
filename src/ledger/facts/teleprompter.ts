/**
 * A speech typed for a teleprompter (台山's 提词器文稿): a header 屏 | 行 | 提词 | 提示（不念）, then one short
 * line to a row, a sentence running on across lines and screens ("2020年5月出台《台山市扶持" | "农村电子商务
 * 发展若干措施》。"), the cues beside them not spoken. A reviewer reads the speech: so does the reader, the
 * lines joined again and cut into their sentences, one to a row; the cues and the screen numbers left out.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";
import { sentencesSaid } from "./subtitles";

/** The column of words to be read out. */
const SCRIPT_HEADER = /^(?:提词|提词内容|台词|念词|讲稿内容|口播稿|口播内容|念稿内容)$/;
/** Lines fewer than this are no script. */
const MIN_LINES = 8;
/** A line ending a sentence or a clause: a script's lines mostly do not. */
const LINE_END = /[。！？!?；;：:”」]$/;

export function withScriptLinesJoined(sheet: Sheet): Sheet {
  const top = Math.min(sheet.rows.length, 12);
  for (let h = 0; h < top; h++) {
    const header = sheet.rows[h] ?? [];
    const col = header.findIndex((v) => SCRIPT_HEADER.test(cellText(v ?? null).replace(/\s+/g, "")));
    if (col < 0) continue;
    const lines: string[] = [];
    let last = h;
    for (let r = h + 1; r < sheet.rows.length; r++) {
      const t = cellText(sheet.rows[r]?.[col] ?? null).trim();
      if (t === "") continue;
      lines.push(t);
      last = r;
    }
    // (Lines cut short, most of them mid-sentence: a column of whole answers is read as it is.)
    if (lines.length < MIN_LINES || lines.filter((l) => !LINE_END.test(l)).length < lines.length * 0.3) return sheet;
    const sentences = sentencesSaid(lines.join(""));
    const keep = (row: CellValue[] | undefined): CellValue[] => Array.from(row ?? [], (v) => v ?? null);
    return {
      ...sheet,
      rows: [...sheet.rows.slice(0, h).map(keep), ...sentences.map((s): CellValue[] => [s.trim()]), ...sheet.rows.slice(last + 1).map(keep)],
      // (The title lines' merges stand; the script's rows are new.)
      merges: (sheet.merges ?? []).filter((m) => m.bottom < h),
    };
  }
  return sheet;
}
