/**
 * A paper form's choices typed into Excel as they were marked: every option written out
 * ("有／无", "县长／常务副县长／分管副县长", "1／2"), the ones struck through on paper put in brackets
 * ("有／（无）" is 有, "（1）／2" is 2 points, "县商务局／（县交通运输局）" leaves the bureau that did not
 * take part out). A reviewer reads the options left standing; a yes / no with neither struck
 * ("有／无") is not answered. So does the reader, when the sheet marks its choices so throughout.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { parseYesNo } from "../normalize/yesno";

const OPTION_SEPARATOR = /\s*[／/]\s*/;
/** Cells so marked before the sheet is taken to mark its choices this way. */
const MIN_MARKED = 3;

/** Whether an option is wrapped whole in one bracket ("（县发展改革局）", not "县乡村振兴局（原县扶贫办）"). */
function struck(option: string): boolean {
  if (!/^[（(]/.test(option) || !/[)）]$/.test(option)) return false;
  let depth = 0;
  for (let i = 0; i < option.length; i++) {
    if (/[（(]/.test(option[i])) depth++;
    else if (/[)）]/.test(option[i]) && --depth === 0 && i < option.length - 1) return false;
  }
  return depth === 0;
}

function optionsOf(v: CellValue): string[] | undefined {
  if (typeof v !== "string") return undefined;
  const options = v.trim().split(OPTION_SEPARATOR);
  if (options.length < 2 || options.some((o) => o === "" || o.length > 24)) return undefined;
  return options;
}

/** The options left standing ("有／（无）" → "有"); undefined when the cell strikes none. */
function chosen(options: string[]): string | undefined {
  const standing = options.filter((o) => !struck(o));
  if (standing.length === options.length) return undefined;
  return standing.join("、");
}

/** "有／无", "是/否": a yes / no offered with neither struck. */
function unanswered(options: string[]): boolean {
  return options.length === 2 && options.every((o) => !struck(o)) && parseYesNo(options[0]) === true && parseYesNo(options[1]) === false;
}

export function withStruckOptionsChosen(sheet: Sheet): Sheet {
  // (Each cell's options read once, counting the cells that strike some as the rows are made.)
  let marked = 0;
  const rows = sheet.rows.map((row) =>
    Array.from(row ?? [], (v): CellValue => {
      const options = optionsOf(v ?? null);
      if (!options) return v ?? null;
      const standing = chosen(options);
      if (standing !== undefined) {
        marked++;
        return standing;
      }
      return unanswered(options) ? null : (v ?? null);
    }),
  );
  return marked < MIN_MARKED ? sheet : { ...sheet, rows };
}
