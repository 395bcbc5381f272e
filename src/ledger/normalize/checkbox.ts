/**
 * A form filled in Word by ticking boxes, then pasted into Excel, keeps its boxes in the cell:
 * "☑有 □无", "□在家 ☑外出务工（广州）". The answer is the ticked option's words; a cell of boxes
 * none ticked ("□有 □无") is no answer. A cell with no empty box is no such form (a lone √ is a yes).
 */
const EMPTY_BOX = /[□☐]/;
const OPTION = /([□☐☑☒■√✓✔])\s*([^□☐☑☒■√✓✔]*)/g;

/** The ticked options' words, "" when none is ticked; undefined when the cell is no row of boxes. */
export function tickedOption(text: string): string | undefined {
  if (!EMPTY_BOX.test(text)) return undefined;
  const ticked: string[] = [];
  for (const m of text.matchAll(OPTION)) {
    if (EMPTY_BOX.test(m[1])) continue;
    const words = m[2].replace(/[\s\u3000]+$/u, "").trim();
    if (words !== "") ticked.push(words);
  }
  return ticked.join("、");
}
