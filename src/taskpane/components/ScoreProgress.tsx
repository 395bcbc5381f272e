/** The progress of a scoring run: the current step (读取台账 / 评分 / 写入考评表 / 设置格式) and a bar. */
import { Field, makeStyles, ProgressBar, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Progress } from "../host";
import { useI18n } from "../i18n/context";

const STEPS: Progress["step"][] = ["read", "score", "write", "format"];

/** No progress for this long: perhaps Excel is holding the run while a cell is being edited. */
export const STALL_MS = 3000;

const useStyles = makeStyles({
  hint: { display: "block", marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground3 },
});

/** Overall fraction: each step is a quarter, filled by its own done/total. */
export function overallFraction(p: Progress): number {
  const i = Math.max(0, STEPS.indexOf(p.step));
  const within = p.total > 0 ? Math.min(1, Math.max(0, p.done / p.total)) : 0;
  return (i + within) / STEPS.length;
}

export function ScoreProgress({ progress }: { progress: Progress }) {
  const { t } = useI18n();
  const s = useStyles();
  const i = Math.max(0, STEPS.indexOf(progress.step));
  const text = t.step(i + 1, STEPS.length, t.steps[progress.step]);
  const [stalled, setStalled] = useState(false);
  const at = `${progress.step}:${progress.done}`;
  useEffect(() => {
    setStalled(false);
    const id = setTimeout(() => setStalled(true), STALL_MS);
    return () => clearTimeout(id);
  }, [at]);
  return (
    <div data-testid="score-progress">
      <Field label={t.scoring} validationState="none" validationMessage={text}>
        <ProgressBar value={overallFraction(progress)} max={1} thickness="large" aria-valuetext={text} />
      </Field>
      {stalled ? (
        <Text size={200} className={s.hint} role="status">
          {t.waitingHint}
        </Text>
      ) : null}
    </div>
  );
}
