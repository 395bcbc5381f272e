/**
 * The bundled Lechang sample in memory: the sheets the sample script writes to
 * assets/samples/lechang.xlsx (89 points). The script's module imports exceljs for writing, which
 * jsdom cannot load (its uuid dependency resolves to an ES module build); nothing here writes, so
 * exceljs is stubbed.
 */
import type { Sheet } from "../../src/core/grid";
import { lechangSheets } from "../../scripts/sample/lechang";

jest.mock("exceljs", () => ({ __esModule: true, default: {} }));

export function lechangGrids(): { sheets: Sheet[] } {
  return { sheets: lechangSheets().map((s) => ({ name: s.name, rows: s.rows, ...(s.merges ? { merges: s.merges } : {}) })) };
}
