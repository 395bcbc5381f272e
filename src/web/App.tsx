/**
 * The web page: drop workbooks, see the pane's scan with its corrections, score, download. All
 * work is done by the worker (client.ts); this component only holds the page's state.
 */
import {
  Button,
  FluentProvider,
  makeStaticStyles,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Field,
  Text,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useMemo, useRef, useState, type DragEvent } from "react";
import { emptySettings, type WorkbookSettings } from "../ledger/settings";
import { GD_2019 } from "../scoring/rubrics/gd-2019";
import type { ScoreReport } from "../scoring/report";
import { I18nProvider } from "../taskpane/i18n/context";
import type { Lang } from "../taskpane/i18n/strings";
import { ScoreSummary } from "../taskpane/components/ScoreSummary";
import { SheetList } from "../taskpane/components/SheetList";
import type { WorkbookScan } from "../taskpane/model/scan";
import { settingsWithColumn, settingsWithFact, settingsWithHeaderRow, settingsWithKind } from "../taskpane/model/settings-edit";
import { WorkError, type WorkerClient } from "./client";
import type { ErrorCode } from "./protocol";
import type { WebProgress } from "./session";
import { WEB_STRINGS } from "./strings";
import { VISUALLY_HIDDEN } from "../taskpane/components/visually-hidden";

const useGlobalStyles = makeStaticStyles({
  body: { margin: 0, background: "#faf9f8" },
  "*, *::before, *::after": { boxSizing: "border-box" },
});

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    maxWidth: "880px",
    margin: "0 auto",
    minWidth: 0,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingVerticalXL,
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    textAlign: "center",
    background: tokens.colorNeutralBackground1,
  },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, background: tokens.colorBrandBackground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hiddenInput: { display: "none" },
  visuallyHidden: VISUALLY_HIDDEN,
});

interface Scored {
  report: ScoreReport;
  workbook: Uint8Array;
  fileName: string;
  stale: boolean;
}

function download(data: BlobPart, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export function WebApp({ lang, client }: { lang: Lang; client: () => WorkerClient }) {
  useGlobalStyles();
  const t = WEB_STRINGS[lang];
  const s = useStyles();
  const worker = useRef<WorkerClient | null>(null);
  const [files, setFiles] = useState<string[]>([]);
  const [scan, setScan] = useState<WorkbookScan>();
  const [settings, setSettings] = useState<WorkbookSettings>(emptySettings());
  const [progress, setProgress] = useState<WebProgress>();
  const [scored, setScored] = useState<Scored>();
  const [error, setError] = useState<{ message: string; code: ErrorCode }>();
  const [note, setNote] = useState<string>();
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const busy = progress !== undefined;

  const getWorker = () => (worker.current ??= client());
  const fail = (e: unknown) => {
    const w = e instanceof WorkError ? e : new WorkError(String((e as Error)?.message ?? e), "internal");
    // A worker that died is replaced on the next drop.
    if (w.code === "crashed") worker.current = null;
    setError({ message: w.code === "crashed" ? t.crashed : w.message, code: w.code });
  };

  const open = useCallback(
    async (list: File[]) => {
      const xlsx = list.filter((f) => /\.(xlsx|xlsm)$/i.test(f.name));
      const skipped = list.filter((f) => !xlsx.includes(f)).map((f) => f.name);
      setNote(skipped.length ? t.notXlsx(skipped) : undefined);
      if (xlsx.length === 0) return;
      setError(undefined);
      setScored(undefined);
      setScan(undefined);
      setProgress({ step: "read", file: xlsx[0].name, done: 0, total: xlsx.length });
      try {
        const dropped = await Promise.all(xlsx.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
        const r = await getWorker().open(dropped, setProgress);
        setFiles(r.files);
        setSettings(r.settings);
        setScan(r.scan);
      } catch (e) {
        setFiles([]);
        fail(e);
      } finally {
        setProgress(undefined);
      }
    },
    [t],
  );

  const rescan = async (next: WorkbookSettings) => {
    setSettings(next);
    if (scored) setScored({ ...scored, stale: true });
    try {
      setScan((await getWorker().scan(next)).scan);
    } catch (e) {
      fail(e);
    }
  };

  const score = async () => {
    setError(undefined);
    setProgress({ step: "score", done: 0, total: 1 });
    try {
      const r = await getWorker().score(settings, setProgress);
      setScored({ report: r.report, workbook: r.workbook, fileName: r.fileName, stale: false });
      setScan(r.scan);
    } catch (e) {
      fail(e);
    } finally {
      setProgress(undefined);
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!busy) void open([...e.dataTransfer.files]);
  };
  const outcome = useMemo(() => (scored ? { report: scored.report, rubric: GD_2019, stale: scored.stale } : undefined), [scored]);
  const sheetOf = (name: string) => scan?.sheets.find((x) => x.name === name);
  const stepText = progress ? t.stepText(t.steps[progress.step], progress.file, progress.done, progress.total) : "";

  return (
    <FluentProvider theme={webLightTheme} lang={lang === "en" ? "en" : "zh-CN"}>
      <I18nProvider lang={lang}>
        <main className={s.root} aria-busy={busy}>
          <header>
            <h1 className={s.title}>{t.title}</h1>
            <Text as="p" size={300}>
              {t.intro}
            </Text>
          </header>
          <section
            className={`${s.drop} ${over ? s.dropActive : ""}`}
            aria-label={t.dropZone}
            data-testid="drop-zone"
            onDragOver={(e) => {
              e.preventDefault();
              setOver(true);
            }}
            onDragLeave={() => setOver(false)}
            onDrop={onDrop}
          >
            <Text weight="semibold">{t.dropZone}</Text>
            <Text size={200} className={s.muted}>
              {t.dropHint}
            </Text>
            <Button appearance="primary" disabledFocusable={busy} onClick={() => input.current?.click()}>
              {t.choose}
            </Button>
            <input
              ref={input}
              className={s.hiddenInput}
              type="file"
              multiple
              accept=".xlsx,.xlsm"
              aria-label={t.chooseLabel}
              data-testid="file-input"
              onChange={(e) => {
                const list = [...(e.target.files ?? [])];
                e.target.value = "";
                void open(list);
              }}
            />
            {files.length ? (
              <Text size={200} data-testid="files">
                {t.files(files)}
              </Text>
            ) : null}
          </section>
          {note ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{note}</MessageBarBody>
            </MessageBar>
          ) : null}
          {error ? (
            <MessageBar intent="error" layout="multiline" data-testid="error">
              <MessageBarBody>
                <MessageBarTitle>{error.code === "tooLarge" || error.code === "crashed" ? t.tooLargeTitle : t.errorTitle}</MessageBarTitle>
                {error.message}
              </MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={() => setError(undefined)}>
                  {t.dismiss}
                </Button>
              </MessageBarActions>
            </MessageBar>
          ) : null}
          {progress ? (
            <Field label={t.working} validationState="none" validationMessage={stepText} data-testid="progress">
              <ProgressBar value={progress.total ? (progress.done + 0.5) / progress.total : undefined} max={1} thickness="large" aria-valuetext={stepText} />
            </Field>
          ) : null}
          <div role="status" className={s.visuallyHidden}>
            {stepText}
          </div>
          {scan && !busy ? (
            <div className={s.actions}>
              <Button appearance="primary" onClick={() => void score()} data-testid="score">
                {scored ? t.scoreAgain : t.score}
              </Button>
              {scored && !scored.stale ? (
                <>
                  <Button
                    onClick={() =>
                      download(
                        scored.workbook as Uint8Array<ArrayBuffer>,
                        scored.fileName,
                        scored.fileName.endsWith(".xlsm")
                          ? "application/vnd.ms-excel.sheet.macroEnabled.12"
                          : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                      )
                    }
                    data-testid="download-xlsx"
                  >
                    {t.downloadWorkbook(scored.fileName)}
                  </Button>
                  <Button
                    onClick={() => download(`${JSON.stringify(scored.report, null, 2)}\n`, scored.fileName.replace(/\.(xlsx|xlsm)$/, ".json"), "application/json")}
                    data-testid="download-json"
                  >
                    {t.downloadJson}
                  </Button>
                </>
              ) : null}
            </div>
          ) : null}
          {outcome && !busy ? <ScoreSummary outcome={outcome} onSelect={(sheet, address) => setNote(t.whereInDownload(`${sheet}!${address}`))} /> : null}
          {scan && !scan.empty ? (
            <SheetList
              scan={scan}
              busy={busy}
              onKind={(sheet, kind) => void rescan(settingsWithKind(settings, sheet, kind))}
              onColumn={(sheet, field, letter) => {
                const sc = sheetOf(sheet);
                if (sc) void rescan(settingsWithColumn(settings, sc, field, letter));
              }}
              onHeaderRow={(sheet, row) => {
                const sc = sheetOf(sheet);
                if (sc) void rescan(settingsWithHeaderRow(settings, sc, row));
              }}
              onFact={(label, key) => void rescan(settingsWithFact(settings, label, key))}
              onRescan={() => void rescan(settings)}
            />
          ) : null}
          <Text size={200} className={s.muted}>
            {t.offline}
          </Text>
        </main>
      </I18nProvider>
    </FluentProvider>
  );
}
