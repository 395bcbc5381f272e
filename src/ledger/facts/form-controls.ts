/**
 * A web form saved or copied into Excel keeps its controls as characters: radio buttons as "(•) 是 ( ) 否"
 * (or "◉ 是 ○ 否" on one line), a drop-down's chosen value with its arrow ("县委副书记、县长 ▾", "2分 ▾"); a Word
 * form pasted in keeps its ticked brackets the same way ("（√）已正式印发 （ ）未印发").
 * A reviewer reads the chosen button as the box ticked and the arrow as no part of the answer; so does the
 * reader: the buttons are written as the boxes they stand for (☑ / ☐), read as any ticked form's, and the
 * arrow is dropped.
 */
import type { CellValue, Sheet } from "../../core/grid";

/** A chosen button or a ticked bracket: (•), （●）, （√）; a button or a bracket left empty: ( ), （ ）. */
const BRACKETED = /[(（][ \u3000]*([•●·√✓✔]?)[ \u3000]*[)）]/g;
/** A line of them starts with one, words after it. */
const BRACKETED_LINE = /^\s*[(（][ \u3000]*[•●·√✓✔]?[ \u3000]*[)）]\s*[^\s()（）]/;
/** A drop-down's arrow after its value, past a space ("县长 ▾"); a ▼ alone in a cell is a chart's marker. */
const ARROW = /(\S)[ \u3000]+[▾▼⏷]\s*$/;

function asBoxes(v: string): string | undefined {
  // A paper or web form's brackets, a mark in the chosen ones ("（√）已正式印发 （ ）未印发", "(•) 是 ( ) 否"):
  // every bracket of the line a box. (Brackets further in, "自评（ ）分", are blanks to fill in, no boxes.)
  // …or a system's filled and hollow circles on one line ("◉ 是 ○ 否"): one chosen, the others not.
  const boxed = BRACKETED_LINE.test(v)
    ? v.replace(BRACKETED, (_, mark: string) => (mark ? "☑" : "☐"))
    : (v.match(/◉/g)?.length ?? 0) === 1 && /[○◯]/.test(v)
      ? v.replace(/◉/g, "☑").replace(/[○◯]/g, "☐")
      : undefined;
  // (Each box right before its option's words, as a ticked form writes them.)
  return boxed?.replace(/([☑☐])\s+/g, "$1");
}

function controlsRead(v: CellValue): CellValue {
  if (typeof v !== "string") return v;
  const boxed = asBoxes(v) ?? v;
  return boxed.replace(ARROW, "$1");
}

export function withFormControlsRead(sheet: Sheet): Sheet {
  let changed = false;
  const rows = sheet.rows.map((row) => {
    if (!row) return row;
    const out = row.map(controlsRead);
    if (out.some((v, c) => v !== row[c])) {
      changed = true;
      return out;
    }
    return row;
  });
  return changed ? { ...sheet, rows } : sheet;
}
