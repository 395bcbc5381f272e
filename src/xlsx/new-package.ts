/**
 * A new package made only of table models (the combined output of several workbooks of one county:
 * the scored sheets and the copies of the linked ledger sheets). It is an empty workbook — no
 * sheets, no styles — to which the package writer appends the models, so the combined workbook is
 * written by the same code as every scored copy, in Node and in the browser (pure).
 */
import type { SheetModel } from "../table/model";
import { carryOverReviewerInput } from "../table/reviewer";
import { outputBase, ownSheetNames } from "./own-sheets";
import { openPackage } from "./package";
import { readSheets, writeScoredPackage, type ScoredWriteResult } from "./scored";
import type { RewriteOptions } from "./write";
import { writeZip } from "./zip";

const XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The smallest package the writer opens: content types, the root relationship, a workbook with an empty sheet list. */
export function emptyPackage(): Uint8Array {
  return writeZip(new Uint8Array(0), [
    {
      name: "[Content_Types].xml",
      content:
        `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `</Types>`,
    },
    {
      name: "_rels/.rels",
      content: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${OFFICE_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      content: `${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${OFFICE_REL}"><bookViews><workbookView/></bookViews><sheets/></workbook>`,
    },
    { name: "xl/_rels/workbook.xml.rels", content: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>` },
  ]);
}

export interface NewPackageOptions extends RewriteOptions {
  /**
   * An earlier output of the same name: the reviewer's input in its output sheets (考评得分,
   * 考评意见) is carried over into the new ones, as when one workbook is scored again. Nothing
   * else of it is kept; a file that is no readable package is ignored.
   */
  previous?: Uint8Array;
}

/** A new package holding `models` (see the file comment). */
export function writeNewPackage(models: SheetModel[], options: NewPackageOptions = {}): ScoredWriteResult {
  const { previous, ...rewrite } = options;
  let carried: { models: SheetModel[]; warnings: string[] } = { models, warnings: [] };
  if (previous) {
    let sheets: ReturnType<typeof readSheets>;
    try {
      const pkg = openPackage(previous);
      sheets = readSheets(
        pkg,
        pkg.sheets.filter((s) => s.part && outputBase(s.name)),
      );
    } catch {
      sheets = [];
    }
    const own = ownSheetNames({ sheets }, models);
    carried = carryOverReviewerInput(
      sheets.filter((s) => own.has(s.name)),
      models,
    );
  }
  const out = writeScoredPackage(emptyPackage(), carried.models, rewrite);
  return { ...out, warnings: [...carried.warnings, ...out.warnings] };
}
