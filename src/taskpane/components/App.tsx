/** The task pane: Fluent theme, the language of Office's UI, an error boundary around the pane. */
import { FluentProvider, makeStaticStyles, webLightTheme } from "@fluentui/react-components";
import { useMemo } from "react";
import type { WorkbookHost } from "../host";
import type { Scorer } from "../model/scorer";
import { I18nProvider } from "../i18n/context";
import { languageOf } from "../i18n/strings";
import { CrashMessage } from "./CrashMessage";
import { ErrorBoundary } from "./ErrorBoundary";
import { Pane } from "./Pane";

const useGlobalStyles = makeStaticStyles({
  body: { margin: 0 },
  "*, *::before, *::after": { boxSizing: "border-box" },
});

function displayLanguage(host: WorkbookHost): string {
  try {
    return host.displayLanguage();
  } catch {
    return "zh-CN";
  }
}

export function App({ host, scorer }: { host: WorkbookHost; scorer: Scorer }) {
  useGlobalStyles();
  const lang = useMemo(() => languageOf(displayLanguage(host)), [host]);
  return (
    <FluentProvider theme={webLightTheme} lang={lang === "en" ? "en" : "zh-CN"}>
      <I18nProvider lang={lang}>
        <ErrorBoundary fallback={(error, reset) => <CrashMessage error={error} onRetry={reset} />}>
          <Pane host={host} scorer={scorer} />
        </ErrorBoundary>
      </I18nProvider>
    </FluentProvider>
  );
}
