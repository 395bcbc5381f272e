/** The package writer: a bureau's .xlsx/.xlsm plus table models → a new package (pure). */
export { writeScoredPackage, writeSettingsPackage, settingsModel, readSheets, NotOwnSettingsSheetError, type ScoredWriteOptions, type ScoredWriteResult } from "./scored";
export { rewritePackage, updateAppXml, type Placement, type RewriteOptions } from "./write";
export { isMacroEnabled, openPackage, PackageError, type PackageInfo, type WorkbookSheet } from "./package";
export { isZip, listEntries, readEntry, readEntryText, rawData, writeZip, ZipFormatError, type ZipEntry, type OutEntry } from "./zip";
export { MAX_CELL_TEXT } from "./sheet-xml";
export { DEFAULT_FONT } from "./styles";
export { emptyPackage, writeNewPackage, type NewPackageOptions } from "./new-package";
