/** Renders the task pane for a host into an element. */
import { StrictMode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { App } from "./components/App";
import type { WorkbookHost } from "./host";
import type { Scorer } from "./model/scorer";

/** `scorer`: where recognition and scoring run (the add-in passes its Web Worker's). */
export function mountTaskpane(el: HTMLElement, host: WorkbookHost, scorer: Scorer): Root {
  const root = createRoot(el);
  root.render(
    <StrictMode>
      <App host={host} scorer={scorer} />
    </StrictMode>,
  );
  return root;
}
