/**
 * The pane's panels that are not needed for its first paint, each loaded as its own chunk when
 * first shown: the result (after a score), the sheet list with its mapping controls (after the
 * scan) and the settings (rubric, cut-off date, county: rarely changed). A new panel (a review mode, say) goes here the same way, so the pane's first bundle stays
 * the frame: header, commands, progress and messages.
 */
import { lazy } from "react";

export const ScoreSummary = lazy(() => import(/* webpackChunkName: "panel-summary" */ "./ScoreSummary").then((m) => ({ default: m.ScoreSummary })));

export const SettingsPanel = lazy(() => import(/* webpackChunkName: "panel-settings" */ "./SettingsPanel").then((m) => ({ default: m.SettingsPanel })));

export const SheetList = lazy(() => import(/* webpackChunkName: "panel-sheets" */ "./SheetList").then((m) => ({ default: m.SheetList })));
