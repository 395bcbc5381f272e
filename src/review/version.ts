/**
 * The program version the pane records in a fingerprint (the CLI reads package.json; a test keeps
 * the two equal).
 */
export const PROGRAM_VERSION = "0.1.0";
