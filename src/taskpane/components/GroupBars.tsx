/** One bar per 工作任务 group: its points against its weight. */
import { makeStyles, ProgressBar, Text, tokens } from "@fluentui/react-components";
import type { ScoreReport } from "../../scoring/report";
import type { Rubric } from "../../scoring/rubric";
import { useI18n } from "../i18n/context";
import { fmtPoints, groupScores } from "../model/summary";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  label: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { minWidth: 0, overflowWrap: "anywhere" },
  points: { flexShrink: 0, fontVariantNumeric: "tabular-nums" },
});

export function GroupBars({ report, rubric }: { report: ScoreReport; rubric: Rubric }) {
  const { t } = useI18n();
  const s = useStyles();
  return (
    <ul className={s.list} aria-label={t.groupsHeading}>
      {groupScores(report, rubric).map((g) => {
        const full = g.points >= g.weight;
        return (
          <li key={g.id}>
            <div className={s.label}>
              <Text size={200} className={s.name}>
                {g.name}
              </Text>
              <Text size={200} weight="semibold" className={s.points}>
                {fmtPoints(g.points)} / {fmtPoints(g.weight)}
              </Text>
            </div>
            <ProgressBar
              value={g.weight > 0 ? Math.max(0, g.points) : 0}
              max={g.weight > 0 ? g.weight : 1}
              color={full ? "success" : g.points <= 0 ? "error" : "brand"}
              thickness="large"
              aria-label={t.groupBar(g.name, fmtPoints(g.points), fmtPoints(g.weight))}
            />
          </li>
        );
      })}
    </ul>
  );
}
