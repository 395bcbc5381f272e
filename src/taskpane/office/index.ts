/**
 * The Office.js adapter of the task pane. `new ExcelHost()` in the add-in (global Excel/Office);
 * `new ExcelHost({ run: fake.run })` over the fake Excel API in tests (test/fakes/fake-excel.ts).
 */
export { ExcelHost, TEMP_PREFIX, type ExcelHostOptions, type ExcelRun } from "./excel-host";
export { langOf, messageFor, toHostError, type Lang } from "./errors";
export { PAYLOAD_CEILING, READ_TARGET_BYTES, WRITE_TARGET_BYTES } from "./payload";
