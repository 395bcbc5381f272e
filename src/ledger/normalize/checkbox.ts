/**
 * A form filled in Word by ticking boxes, then pasted into Excel, keeps its boxes in the cell:
 * "☑有 □无", "□在家 ☑外出务工（广州）", "√有 □无". The answer is the ticked option's words; a cell of
 * boxes none ticked ("□有 □无") is no answer. A cell with no empty box is no such form (a lone √ is
 * a yes). The boxes are read as a yes / no cell's are (./yesno: boxedOptions), a √ as a ticked box.
 */
import { boxedOptions } from "./yesno";

const EMPTY_BOX = /[□☐]/;

/** The ticked options' words, "" when none is ticked; undefined when the cell is no row of boxes. */
export function tickedOption(text: string): string | undefined {
  if (!EMPTY_BOX.test(text)) return undefined;
  return boxedOptions(text.replace(/[√✓✔]/g, "☑"))
    .filter((o) => o.ticked && o.option !== "")
    .map((o) => o.option)
    .join("、");
}
