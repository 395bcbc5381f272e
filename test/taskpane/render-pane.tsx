/**
 * Rendering the task pane in jsdom for Testing Library: the jest-dom matchers, the browser APIs
 * Fluent UI expects and jsdom lacks, and a render function.
 */
import "@testing-library/jest-dom";
import { configure, render, type RenderResult } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import type { WorkbookHost } from "../../src/taskpane/host";
import { pageScorer } from "../../src/taskpane/model/scorer";
// What the pane loads on first use (lazy panels, the scoring work without a worker), loaded here up
// front so that its first use in a test is not the moment ts-jest compiles it.
import "../../src/taskpane/components/ScoreSummary";
import "../../src/taskpane/components/SheetList";
import "../../src/taskpane/components/SettingsPanel";
import "../../src/taskpane/model/work";

/** Fluent's positioning and motion use these; jsdom has none of them. */
export function installDomPolyfills(): void {
  const w = window as unknown as Record<string, unknown>;
  if (!w.ResizeObserver) {
    w.ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
  }
  if (!w.matchMedia) {
    w.matchMedia = (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    });
  }
}

installDomPolyfills();

// findBy*/waitFor wait up to 10 s (not 1 s): panels load on first use and the scoring runs between
// two renders, which a loaded machine can stretch past a second. A wait, not a timing assertion.
configure({ asyncUtilTimeout: 10_000 });

export function renderPane(host: WorkbookHost): RenderResult {
  return render(<App host={host} scorer={pageScorer} />);
}
