/** The tool's own sheets: moved to src/xlsx/own-sheets.ts (pure, shared with the browser writer). */
export * from "../xlsx/own-sheets";
