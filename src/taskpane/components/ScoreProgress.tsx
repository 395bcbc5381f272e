/** The progress of a scoring run: the current step (读取台账 / 评分 / 写入考评表 / 设置格式) and a bar. */
import { Field, ProgressBar } from "@fluentui/react-components";
import type { Progress } from "../host";
import { useI18n } from "../i18n/context";

const STEPS: Progress["step"][] = ["read", "score", "write", "format"];

/** Overall fraction: each step is a quarter, filled by its own done/total. */
export function overallFraction(p: Progress): number {
  const i = Math.max(0, STEPS.indexOf(p.step));
  const within = p.total > 0 ? Math.min(1, Math.max(0, p.done / p.total)) : 0;
  return (i + within) / STEPS.length;
}

export function ScoreProgress({ progress }: { progress: Progress }) {
  const { t } = useI18n();
  const i = Math.max(0, STEPS.indexOf(progress.step));
  const text = t.step(i + 1, STEPS.length, t.steps[progress.step]);
  return (
    <Field label={t.scoring} validationState="none" validationMessage={text} data-testid="score-progress">
      <ProgressBar value={overallFraction(progress)} max={1} thickness="large" aria-valuetext={text} />
    </Field>
  );
}
