/**
 * Where the pane's heavy work runs. The add-in passes a Worker-backed scorer
 * (../worker/worker-scorer.ts) so that a large workbook never freezes the pane; without one (the
 * jsdom tests, a host without Worker) the work runs on the page, its code loaded on first use.
 */
import type { WorkbookGrids } from "../../core/grid";
import type { WorkbookSettings } from "../../ledger/settings";
import type { WorkbookScan } from "./scan";
import type { ScoreWork } from "./work";

export interface Scorer {
  scan(grids: WorkbookGrids, settings: WorkbookSettings): Promise<WorkbookScan>;
  score(grids: WorkbookGrids, settings: WorkbookSettings): Promise<ScoreWork>;
  /** "worker" or "page": where the work runs (shown to tests, not to users). */
  readonly where: "worker" | "page";
}

/** The work on the page (the synchronous fallback), loaded as its own chunk when first needed. */
export const pageScorer: Scorer = {
  where: "page",
  scan: async (grids, settings) => (await import("./work")).scanWork(grids, settings),
  score: async (grids, settings) => (await import("./work")).scoreWork(grids, settings),
};
