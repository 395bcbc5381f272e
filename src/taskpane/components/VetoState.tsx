/** 一票否决: prominent when triggered (with the reasons), a quiet line when not. */
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from "@fluentui/react-components";
import type { ScoreReport } from "../../scoring/report";
import { useI18n } from "../i18n/context";
import { fmtPoints } from "../model/summary";

const useStyles = makeStyles({
  ok: { color: tokens.colorPaletteGreenForeground1 },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function VetoState({ report }: { report: ScoreReport }) {
  const { t } = useI18n();
  const s = useStyles();
  if (!report.vetoed)
    return (
      <Text size={200} className={s.ok} data-testid="veto-state">
        {t.notVetoed}
      </Text>
    );
  return (
    <MessageBar intent="error" layout="multiline" data-testid="veto-state">
      <MessageBarBody>
        <MessageBarTitle>{t.vetoedTitle}</MessageBarTitle>
        {t.vetoedBody(fmtPoints(report.totalBeforeVeto))}
        <ul className={s.reasons}>
          {report.vetoReasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
