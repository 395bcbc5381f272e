/** The workbook's sheets as recognised, each correctable. */
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/context";
import type { WorkbookScan } from "../model/scan";
import { SheetCard, type KindChoice } from "./SheetCard";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  headRow: { display: "flex", justifyContent: "space-between", alignItems: "baseline", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  rescan: { marginLeft: "auto" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

interface Props {
  scan: WorkbookScan;
  onKind: (sheet: string, kind: KindChoice) => void;
  onColumn: (sheet: string, field: string, letter: string) => void;
  onHeaderRow?: (sheet: string, row: number) => void;
  onFact?: (label: string, key: string) => void;
  onRescan: () => void;
  busy: boolean;
}

export function SheetList({ scan, onKind, onColumn, onHeaderRow, onFact, onRescan, busy }: Props) {
  const { t } = useI18n();
  const s = useStyles();
  return (
    <section className={s.root} aria-labelledby="sheets-heading">
      <div className={s.headRow}>
        <h2 id="sheets-heading" className={s.heading}>
          {t.sheetsHeading}
        </h2>
        <Text size={200} className={s.muted}>
          {t.sheetsSummary(scan.recognised, scan.sheets.length)}
        </Text>
        <Button size="small" appearance="subtle" className={s.rescan} disabledFocusable={busy} onClick={onRescan}>
          {t.rescan}
        </Button>
      </div>
      <ul className={s.list}>
        {scan.sheets.map((sheet) => (
          <SheetCard key={sheet.name} sheet={sheet} onKind={onKind} onColumn={onColumn} onHeaderRow={onHeaderRow} inputs={scan.inputs} onFact={onFact} />
        ))}
      </ul>
    </section>
  );
}
