/**
 * Rendering the task pane in jsdom for Testing Library: the jest-dom matchers, the browser APIs
 * Fluent UI expects and jsdom lacks, and a render function.
 */
import "@testing-library/jest-dom";
import { render, type RenderResult } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import type { WorkbookHost } from "../../src/taskpane/host";

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

export function renderPane(host: WorkbookHost): RenderResult {
  return render(<App host={host} />);
}
