/**
 * The reviewers' panel (loaded lazily: a clerk who only scores never downloads it): 检查, the
 * inspection sample, and review mode — each indicator's computed points, the clerk's claim and
 * the reviewer's 考评得分 / 考评意见 side by side, a score checked (0..weight, whole points) before it
 * is written to its cell, and the reviewer total updated as scores are typed.
 */
import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState, useSyncExternalStore } from "react";
import type { WorkbookHost } from "../host";
import { useI18n } from "../i18n/context";
import { REVIEW_STRINGS } from "../i18n/review-strings";
import { ReviewController } from "../model/review";
import { checkReviewScore, reviewTotal, type ReviewRow } from "../../review/review-table";
import { CommitInput } from "./CommitInput";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  rows: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    minWidth: 0,
  },
  name: { overflowWrap: "anywhere" },
  figures: { color: tokens.colorNeutralForeground2 },
  inputs: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "start", minWidth: 0 },
  score: { flex: "0 0 96px", minWidth: 0 },
  opinion: { flex: "1 1 auto", minWidth: 0 },
  differs: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  total: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
});

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function ScoreCell({
  row,
  label,
  invalid,
  onDraft,
  onCommit,
}: {
  row: ReviewRow;
  label: string;
  invalid?: string;
  onDraft: (id: string, text: string) => void;
  onCommit: (id: string, text: string) => void;
}) {
  const [draft, setDraft] = useState(row.reviewScore === null ? "" : String(row.reviewScore));
  const check = checkReviewScore(draft, row);
  const message = invalid ?? (check.ok ? undefined : check.message);
  return (
    <Field validationState={message ? "error" : "none"} validationMessage={message} size="small">
      <Input
        size="small"
        aria-label={`${row.name} ${label}`}
        placeholder={label}
        value={draft}
        style={{ minWidth: 0, width: "100%" }}
        disabled={row.section === "veto"}
        inputMode="decimal"
        onChange={(_, d) => {
          setDraft(d.value);
          onDraft(row.id, d.value);
        }}
        onBlur={() => onCommit(row.id, draft)}
        onKeyDown={(e) => {
          if (e.key === "Enter") onCommit(row.id, draft);
        }}
      />
    </Field>
  );
}

export default function ReviewPanel({ host }: { host: WorkbookHost }) {
  const { lang } = useI18n();
  const t = REVIEW_STRINGS[lang];
  const s = useStyles();
  const controller = useMemo(() => new ReviewController(host), [host]);
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
  const [seed, setSeed] = useState("");
  // Scores as typed, before they are committed: the total follows them live.
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const rows = state.review?.rows ?? [];
  const live = rows.map((r) => {
    const d = drafts[r.id];
    if (d === undefined) return r;
    const c = checkReviewScore(d, r);
    return c.ok ? { ...r, reviewScore: c.value } : r;
  });
  const total = reviewTotal(live);
  return (
    <section className={s.root} aria-labelledby="review-heading">
      <h2 id="review-heading" className={s.heading}>
        {t.heading}
      </h2>
      <div className={s.bar}>
        <Button disabledFocusable={state.busy} onClick={() => void controller.verify()} title={t.verifyHint}>
          {t.verify}
        </Button>
        <Button disabledFocusable={state.busy} onClick={() => void controller.openReview()}>
          {t.review}
        </Button>
      </div>
      <div className={s.bar}>
        <Field label={t.seed} hint={t.seedHint} size="small">
          <Input size="small" value={seed} onChange={(_, d) => setSeed(d.value)} />
        </Field>
        <Button disabledFocusable={state.busy} onClick={() => void controller.drawSample(seed)}>
          {t.sample}
        </Button>
      </div>
      {state.error ? (
        <MessageBar intent="error">
          <MessageBarBody>{state.error.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.verifyProblem ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{state.verifyProblem}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.verify ? (
        <MessageBar intent={state.verify.ok ? "success" : "warning"} layout="multiline" data-testid="verify-result">
          <MessageBarBody>
            <Text weight="semibold">{state.verify.summary}</Text>
            <ul className={s.list}>
              {[...state.verify.sheets, ...state.verify.points, ...state.verify.typedOver].map((f, i) => (
                <li key={i}>{f.message}</li>
              ))}
              {state.verify.notes.map((n, i) => (
                <li key={`n${i}`}>{n}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.sample ? (
        <MessageBar intent="success" layout="multiline" data-testid="sample-result">
          <MessageBarBody>
            {t.sampleDone(state.sample.seed)}
            {state.sample.shortfalls.map((n, i) => (
              <div key={i}>{n}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.reviewMissing ? <Text>{t.reviewMissing}</Text> : null}
      {state.review ? (
        <>
          <Text className={s.total} role="status" data-testid="review-total">
            {t.reviewTotal(fmt(total.total), total.scored, total.of)}
          </Text>
          <ul className={s.rows} aria-label={t.heading}>
            {rows.map((r) => (
              <li key={r.id} data-id={r.id} className={s.row}>
                <Text weight="semibold" className={s.name}>
                  {r.name}
                </Text>
                <Text size={200} className={s.figures}>
                  {t.weight} <span data-field="weight">{r.section === "veto" ? "—" : r.weight}</span> · {t.computed}{" "}
                  <span data-field="computed">{r.computed ?? "—"}</span>
                  {r.claimed !== null ? (
                    <>
                      {" "}
                      · {t.claimed} <span className={typeof r.computed === "number" && r.claimed !== r.computed ? s.differs : undefined}>{r.claimed}</span>
                    </>
                  ) : null}
                </Text>
                <div className={s.inputs}>
                  <div className={s.score}>
                    <ScoreCell
                      row={r}
                      label={t.reviewScore}
                      invalid={state.invalid[r.id]}
                      onDraft={(id, text) => setDrafts((d) => ({ ...d, [id]: text }))}
                      onCommit={(id, text) => void controller.setReviewScore(id, text)}
                    />
                  </div>
                  <CommitInput
                    className={s.opinion}
                    size="small"
                    placeholder={t.reviewOpinion}
                    aria-label={`${r.name} ${t.reviewOpinion}`}
                    value={r.reviewOpinion}
                    onCommit={(v) => void controller.setReviewOpinion(r.id, v)}
                  />
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
