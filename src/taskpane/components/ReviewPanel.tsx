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
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, tableLayout: "fixed" },
  th: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, padding: "2px 4px" },
  td: { verticalAlign: "top", padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, overflowWrap: "anywhere" },
  num: { textAlign: "center" },
  differs: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  total: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
});

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function ScoreCell({ row, invalid, onDraft, onCommit }: { row: ReviewRow; invalid?: string; onDraft: (id: string, text: string) => void; onCommit: (id: string, text: string) => void }) {
  const [draft, setDraft] = useState(row.reviewScore === null ? "" : String(row.reviewScore));
  const check = checkReviewScore(draft, row);
  const message = invalid ?? (check.ok ? undefined : check.message);
  return (
    <Field validationState={message ? "error" : "none"} validationMessage={message} size="small">
      <Input
        size="small"
        aria-label={`${row.name} 考评得分`}
        value={draft}
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
          <table className={s.table}>
            <colgroup>
              <col style={{ width: "34%" }} />
              <col style={{ width: "10%" }} />
              <col style={{ width: "12%" }} />
              <col style={{ width: "12%" }} />
              <col style={{ width: "16%" }} />
              <col style={{ width: "16%" }} />
            </colgroup>
            <thead>
              <tr>
                <th className={s.th}>{t.indicator}</th>
                <th className={s.th}>{t.weight}</th>
                <th className={s.th}>{t.computed}</th>
                <th className={s.th}>{t.claimed}</th>
                <th className={s.th}>{t.reviewScore}</th>
                <th className={s.th}>{t.reviewOpinion}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-id={r.id}>
                  <td className={s.td}>{r.name}</td>
                  <td className={`${s.td} ${s.num}`}>{r.section === "veto" ? "—" : r.weight}</td>
                  <td className={`${s.td} ${s.num}`}>{r.computed ?? ""}</td>
                  <td className={`${s.td} ${s.num} ${r.claimed !== null && typeof r.computed === "number" && r.claimed !== r.computed ? s.differs : ""}`}>{r.claimed ?? ""}</td>
                  <td className={s.td}>
                    <ScoreCell
                      row={r}
                      invalid={state.invalid[r.id]}
                      onDraft={(id, text) => setDrafts((d) => ({ ...d, [id]: text }))}
                      onCommit={(id, text) => void controller.setReviewScore(id, text)}
                    />
                  </td>
                  <td className={s.td}>
                    <CommitInput size="small" aria-label={`${r.name} 考评意见`} value={r.reviewOpinion} onCommit={(v) => void controller.setReviewOpinion(r.id, v)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
