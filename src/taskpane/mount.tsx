/** Renders the task pane for a host into an element. */
import { StrictMode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { App } from "./components/App";
import type { WorkbookHost } from "./host";

export function mountTaskpane(el: HTMLElement, host: WorkbookHost): Root {
  const root = createRoot(el);
  root.render(
    <StrictMode>
      <App host={host} />
    </StrictMode>,
  );
  return root;
}
