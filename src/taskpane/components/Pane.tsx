/** The pane: commands, progress, result, settings and the sheet list, driven by the controller. */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { WorkbookHost } from "../host";
import type { Scorer } from "../model/scorer";
import { useI18n } from "../i18n/context";
import { fmtPoints } from "../model/summary";
import { useScoring } from "../use-scoring";
import { ActionBar } from "./ActionBar";
import { ErrorMessage } from "./ErrorMessage";
import { ScoreProgress } from "./ScoreProgress";
import { ScoreSummary, SettingsPanel, SheetList } from "./lazy-panels";
import { StateMessage } from "./StateMessage";
import { VISUALLY_HIDDEN } from "./visually-hidden";

// The reviewers' tools load on first render of the pane's lower part, in a chunk of their own.
const ReviewPanel = lazy(() => import("./ReviewPanel"));

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    maxWidth: "720px",
    boxSizing: "border-box",
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  visuallyHidden: VISUALLY_HIDDEN,
});

export function Pane({ host, scorer }: { host: WorkbookHost; scorer: Scorer }) {
  const { t } = useI18n();
  const s = useStyles();
  const { state, controller: c } = useScoring(host, scorer);
  const onSelect = (sheet: string, address: string) => void c.select(sheet, address);
  return (
    <main className={s.root} aria-busy={state.busy}>
      <header>
        <h1 className={s.title}>{t.appTitle}</h1>
        <Text size={200} className={s.muted}>
          {t.appSubtitle}
        </Text>
      </header>
      <div role="status" className={s.visuallyHidden}>
        {state.phase === "done" && state.outcome && !state.busy ? t.doneStatus(fmtPoints(state.outcome.report.total)) : ""}
      </div>
      {state.error ? <ErrorMessage error={state.error} onDismiss={() => c.dismissError()} /> : null}
      {state.notice ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t.templatesAdded(state.notice.names)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => c.dismissNotice()}>
              {t.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <ActionBar busy={state.busy} scored={!!state.outcome} onScore={() => void c.score()} onInsertTemplates={() => void c.insertTemplates()} />
      {state.phase === "scoring" && state.progress ? <ScoreProgress progress={state.progress} /> : null}
      <StateMessage scanning={state.phase === "scanning"} scan={state.scan} busy={state.busy} onRescan={() => void c.scan()} />
      {state.outcome && state.phase !== "scoring" ? (
        <Suspense fallback={null}>
          <ScoreSummary outcome={state.outcome} onSelect={onSelect} />
        </Suspense>
      ) : null}
      <Suspense fallback={null}>
        <SettingsPanel settings={state.settings} scan={state.scan} onOption={(name, value) => void c.setOption(name, value)} />
      </Suspense>
      {state.scan && !state.scan.empty ? (
        <Suspense fallback={null}>
          <SheetList
            scan={state.scan}
            busy={state.busy}
            onKind={(sheet, kind) => void c.setKind(sheet, kind)}
            onColumn={(sheet, field, letter) => void c.setColumn(sheet, field, letter)}
            onHeaderRow={(sheet, row) => void c.setHeaderRow(sheet, row)}
            onFact={(label, key) => void c.setFact(label, key)}
            onRescan={() => void c.scan()}
          />
        </Suspense>
      ) : null}
      <Suspense fallback={null}>
        <ReviewPanel host={host} />
      </Suspense>
    </main>
  );
}
