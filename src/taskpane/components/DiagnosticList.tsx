/** Diagnostics: counts by severity, then the first ones with a link to where each points. */
import { Badge, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Diagnostic, Severity } from "../../core/diagnostics";
import { DIAGNOSTICS_SHEET } from "../../table";
import { useI18n } from "../i18n/context";
import { diagnosticCounts, diagnosticLink } from "../model/summary";
import { GoToLink, type OnSelect } from "./GoToLink";

const SHOWN = 30;

const BADGE: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };

const useStyles = makeStyles({
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { overflowWrap: "anywhere", lineHeight: tokens.lineHeightBase200, fontSize: tokens.fontSizeBase200 },
  badge: { marginRight: tokens.spacingHorizontalXS, verticalAlign: "text-bottom" },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function DiagnosticList({ diagnostics, onSelect }: { diagnostics: Diagnostic[]; onSelect: OnSelect }) {
  const { t } = useI18n();
  const s = useStyles();
  const counts = diagnosticCounts(diagnostics);
  return (
    <div>
      <div className={s.counts} data-testid="diagnostic-counts" aria-label={t.diagnosticCounts(counts.error, counts.warning, counts.info)}>
        {(["error", "warning", "info"] as const).map((sev) => (
          <Badge key={sev} appearance={counts[sev] ? "filled" : "outline"} color={BADGE[sev]}>
            {t.severity[sev]} {counts[sev]}
          </Badge>
        ))}
      </div>
      {diagnostics.length === 0 ? (
        <Text size={200} className={s.muted}>
          {t.noDiagnostics}
        </Text>
      ) : (
        <ul className={s.list}>
          {diagnostics.slice(0, SHOWN).map((d, i) => {
            const link = diagnosticLink(d, t.rows);
            return (
              <li key={i} className={s.item}>
                <Badge size="small" appearance="tint" color={BADGE[d.severity]} className={s.badge}>
                  {t.severity[d.severity]}
                </Badge>
                {d.message}
                {link ? (
                  <>
                    {" "}
                    <GoToLink target={link} onSelect={onSelect} />
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {diagnostics.length > SHOWN ? (
        <Text size={200} className={s.muted}>
          {t.moreDiagnostics(diagnostics.length - SHOWN, DIAGNOSTICS_SHEET)}
        </Text>
      ) : null}
    </div>
  );
}
