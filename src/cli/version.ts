/** The package's version, read once from package.json (beside src/ and lib/ alike). */
import { readFileSync } from "fs";
import * as path from "path";

export const VERSION: string = (() => {
  try {
    return (JSON.parse(readFileSync(path.join(__dirname, "../../package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "unknown";
  }
})();
