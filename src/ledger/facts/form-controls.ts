/**
 * A web form saved or copied into Excel keeps its controls as characters: radio buttons as "(•) 是 ( ) 否"
 * (or "◉ 是 ○ 否" on one line), a drop-down's chosen value with its arrow ("县委副书记、县长 ▾", "2分 ▾").
 * A reviewer reads the chosen button as the box ticked and the arrow as no part of the answer; so does the
 * reader: the buttons are written as the boxes they stand for (☑ / ☐), read as any ticked form's, and the
 * arrow is dropped.
 */
import type { CellValue, Sheet } from "../../core/grid";

/** A chosen radio button: (•), （●）, ◉. */
const CHOSEN = /[(（]\s*[•●·]\s*[)）]|◉/g;
/** A button not chosen: ( ), （ ）; a hollow ○ only on a line with a ◉ (alone it is a bullet or a mark). */
const NOT_CHOSEN = /[(（][ \u3000]*[)）]/g;
/** A drop-down's arrow after its value, past a space ("县长 ▾"); a ▼ alone in a cell is a chart's marker. */
const ARROW = /(\S)[ \u3000]+[▾▼⏷]\s*$/;

function asBoxes(v: string): string | undefined {
  const chosen = v.match(CHOSEN)?.length ?? 0;
  const hollow = /◉/.test(v) ? /○|◯/g : NOT_CHOSEN;
  const others = v.match(hollow)?.length ?? 0;
  // A line of buttons: one chosen, one other at least, each before words.
  if (chosen !== 1 || others < 1) return undefined;
  return v
    .replace(CHOSEN, "☑")
    .replace(hollow, "☐")
    .replace(/([☑☐])\s+/g, "$1");
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
