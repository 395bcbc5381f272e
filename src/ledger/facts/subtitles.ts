/**
 * A film's subtitle file (.srt) pasted into column A, a line to a cell (新丰's 专题片字幕): a cue's
 * number, its timecode (00:01:47,000 --> 00:01:52,400), a line or two of text, a blank line — a
 * sentence cut across cues ("截至今年8月底，" | "全县累计开展电商培训112期、" | "2,736人次。"). A
 * reviewer reads the narration, not the cues: so does the reader, the text joined again and cut
 * into its sentences, one to a row.
 */
import type { CellValue, Sheet } from "../../core/grid";

const TIMECODE = /^\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*$/;
const CUE_NUMBER = /^\s*\d{1,5}\s*$/;
/** Cues fewer than this are no subtitle file. */
const MIN_CUES = 5;

function lineOf(row: CellValue[] | undefined): string | undefined {
  const v = row?.[0];
  if ((row ?? []).some((x, c) => c > 0 && x !== null && x !== undefined && String(x).trim() !== "")) return undefined;
  return typeof v === "number" ? String(v) : typeof v === "string" ? v : undefined;
}

/** Words said aloud, joined again, cut into their sentences (./teleprompter too). */
export function sentencesSaid(text: string): string[] {
  // (A sentence ends at 。！？ and the closing quote after it; its parts after ；share its subject and year.)
  return text.match(/[^。！？!?]+(?:[。！？!?][”’」』]?)?/g) ?? [];
}

export function withSubtitlesJoined(sheet: Sheet): Sheet {
  const lines = sheet.rows.map(lineOf);
  const first = lines.findIndex((l) => l !== undefined && TIMECODE.test(l));
  if (first < 0 || lines.filter((l) => l !== undefined && TIMECODE.test(l)).length < MIN_CUES) return sheet;
  // (What stands before the first cue's number, the file's name and a note on it, stays as it is.)
  const start = first > 0 && CUE_NUMBER.test(lines[first - 1] ?? "") ? first - 1 : first;
  let narration = "";
  for (let r = start; r < lines.length; r++) {
    const l = lines[r]?.trim();
    if (!l || TIMECODE.test(l) || (CUE_NUMBER.test(l) && TIMECODE.test(lines[r + 1] ?? ""))) continue;
    narration += l;
  }
  const sentences = sentencesSaid(narration);
  return {
    ...sheet,
    rows: [...sheet.rows.slice(0, start).map((row) => Array.from(row ?? [], (v) => v ?? null)), ...sentences.map((s): CellValue[] => [s.trim()])],
    merges: [],
  };
}
