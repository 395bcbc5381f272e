/** The web page's entry: the language the browser asks for, the worker from its inlined source. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import workerSource from "ecom-web-worker-source";
import { languageOf } from "../taskpane/i18n/strings";
import { WorkerClient } from "./client";
import { WebApp } from "./App";

const el = document.getElementById("root");
if (el) {
  const lang = languageOf(navigator.language);
  document.documentElement.lang = lang === "en" ? "en" : "zh-CN";
  createRoot(el).render(
    <StrictMode>
      <WebApp lang={lang} client={() => new WorkerClient(workerSource)} />
    </StrictMode>,
  );
}
