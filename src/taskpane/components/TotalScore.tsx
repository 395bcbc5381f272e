/** The headline: total out of 100 (+ bonus), county and cut-off date. */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ScoreReport } from "../../scoring/report";
import type { Rubric } from "../../scoring/rubric";
import { useI18n } from "../i18n/context";
import { fmtPoints } from "../model/summary";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "baseline", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  total: { fontSize: "44px", lineHeight: "52px", fontWeight: tokens.fontWeightBold, color: tokens.colorBrandForeground1 },
  vetoed: { color: tokens.colorPaletteRedForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function TotalScore({ report, rubric }: { report: ScoreReport; rubric: Rubric }) {
  const { t } = useI18n();
  const s = useStyles();
  return (
    <div aria-label={`${t.total} ${fmtPoints(report.total)} ${t.outOf(rubric.totalWeight)}`} role="group">
      <div className={s.row}>
        <Text weight="semibold">{t.total}</Text>
        <span className={`${s.total} ${report.vetoed ? s.vetoed : ""}`} data-testid="total">
          {fmtPoints(report.total)}
        </span>
        <Text>{t.outOf(rubric.totalWeight)}</Text>
        <Text className={s.muted}>{report.bonus > 0 ? t.bonus(fmtPoints(report.bonus)) : t.noBonus}</Text>
      </div>
      <Text size={200} className={s.muted}>
        {t.asOfLine(report.county, report.asOf)}
      </Text>
    </div>
  );
}
