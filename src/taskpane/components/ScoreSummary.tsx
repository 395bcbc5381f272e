/** The result of a scoring run: total, veto state, group bars, diagnostics and indicators. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from "@fluentui/react-components";
import { INDICATOR_SHEET } from "../../table";
import { useI18n } from "../i18n/context";
import type { ScoreOutcome } from "../model/controller";
import { diagnosticCounts } from "../model/summary";
import { DiagnosticList } from "./DiagnosticList";
import type { OnSelect } from "./GoToLink";
import { GroupBars } from "./GroupBars";
import { IndicatorList } from "./IndicatorList";
import { TotalScore } from "./TotalScore";
import { VetoState } from "./VetoState";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  panel: { margin: `0 0 ${tokens.spacingVerticalS}`, minWidth: 0 },
  header: { minWidth: 0 },
});

export function ScoreSummary({ outcome, onSelect }: { outcome: ScoreOutcome; onSelect: OnSelect }) {
  const { t } = useI18n();
  const s = useStyles();
  const { report, rubric } = outcome;
  const c = diagnosticCounts(report.diagnostics);
  return (
    <section className={s.root} aria-labelledby="result-heading" data-testid="summary">
      <h2 id="result-heading" className={s.heading}>
        {t.resultHeading}
      </h2>
      {outcome.stale ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.staleTitle}</MessageBarTitle>
            {t.staleBody}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <TotalScore report={report} rubric={rubric} />
      <VetoState report={report} />
      <Text size={200} className={s.muted}>
        {t.openTable(INDICATOR_SHEET)}
      </Text>
      <div>
        <h3 className={s.heading}>{t.groupsHeading}</h3>
        <GroupBars report={report} rubric={rubric} />
      </div>
      <Accordion multiple collapsible defaultOpenItems={["diagnostics", "indicators"]}>
        <AccordionItem value="diagnostics">
          <AccordionHeader as="h3" className={s.header}>
            {t.headingWith(t.diagnosticsHeading, t.diagnosticCounts(c.error, c.warning, c.info))}
          </AccordionHeader>
          <AccordionPanel className={s.panel}>
            <DiagnosticList diagnostics={report.diagnostics} onSelect={onSelect} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="indicators">
          <AccordionHeader as="h3" className={s.header}>
            {t.headingWith(t.indicatorsHeading, String(report.indicators.length))}
          </AccordionHeader>
          <AccordionPanel className={s.panel}>
            <IndicatorList report={report} rubric={rubric} onSelect={onSelect} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
