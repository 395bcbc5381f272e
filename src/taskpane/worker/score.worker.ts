/**
 * The scoring Web Worker: recognition and scoring (../model/work.ts) off the page's thread, so the
 * pane keeps painting while a large workbook is scored. Spoken to with comlink (worker-scorer.ts).
 */
import { expose } from "comlink";
import { scanWork, scoreWork } from "../model/work";

export const scoringApi = { scan: scanWork, score: scoreWork };
export type ScoringApi = typeof scoringApi;

expose(scoringApi);
