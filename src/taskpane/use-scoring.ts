/** React binding of the ScoringController: one controller per host, scanning once on open. */
import { useEffect, useMemo, useSyncExternalStore } from "react";
import type { WorkbookHost } from "./host";
import { ScoringController, type PaneState } from "./model/controller";
import type { Scorer } from "./model/scorer";

export function useScoring(host: WorkbookHost, scorer: Scorer): { state: PaneState; controller: ScoringController } {
  const controller = useMemo(() => new ScoringController(host, undefined, scorer), [host, scorer]);
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
  useEffect(() => {
    void controller.start();
  }, [controller]);
  return { state, controller };
}
