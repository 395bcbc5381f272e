/** One sheet of the workbook: what it was recognised as, and drop-downs to correct kind and columns. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Label,
  makeStyles,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useId, type ReactNode } from "react";
import { NO_COLUMN } from "../../ledger/mapping";
import { LEDGER_KINDS, type LedgerKind } from "../../ledger/records";
import { kindLabel } from "../../ledger/schema";
import { useI18n } from "../i18n/context";
import { fieldName, kindName } from "../i18n/strings";
import type { SheetScan } from "../model/scan";

const useStyles = makeStyles({
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  head: { display: "flex", justifyContent: "space-between", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  name: { minWidth: 0, overflowWrap: "anywhere" },
  badge: { flexShrink: 1, minWidth: 0, maxWidth: "60%", whiteSpace: "normal", height: "auto", textAlign: "end" },
  muted: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
  field: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0 },
  select: { width: "100%", minWidth: 0 },
  panel: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export type KindChoice = LedgerKind | "ignore" | "auto";

interface Props {
  sheet: SheetScan;
  onKind: (sheet: string, kind: KindChoice) => void;
  onColumn: (sheet: string, field: string, letter: string) => void;
  onHeaderRow?: (sheet: string, row: number) => void;
}

export function SheetCard({ sheet, onKind, onColumn, onHeaderRow }: Props) {
  const { t, lang } = useI18n();
  const s = useStyles();
  const name = (k: LedgerKind) => kindName(lang, k, kindLabel(k));
  const ignored = sheet.mapping?.kind === "ignore";
  const status = ignored ? t.ignored : sheet.kind ? name(sheet.kind) : t.notRecognised;
  const meta: string[] = [];
  if (sheet.headerRow) meta.push(t.headerRow(sheet.headerRow));
  meta.push(t.dataRows(sheet.dataRows));
  if (sheet.kind && !ignored) meta.push(sheet.mapping ? t.manual : t.confidence(Math.round(sheet.confidence * 100)));
  else if (ignored) meta.push(t.manual);
  const mappedCount = sheet.fields.filter((f) => f.field in sheet.columns).length;
  const fieldLabel = (field: string) => fieldName(lang, field, sheet.fields.find((f) => f.field === field)?.label ?? field);
  return (
    <li className={s.card} data-sheet={sheet.name}>
      <div className={s.head}>
        <Text weight="semibold" className={s.name}>
          {sheet.name}
        </Text>
        <Badge className={s.badge} appearance="tint" color={sheet.kind ? "brand" : ignored ? "subtle" : "warning"}>
          {status}
        </Badge>
      </div>
      <Text size={200} className={s.muted}>
        {meta.join(" · ")}
      </Text>
      <LabeledSelect
        label={t.kindLabel}
        ariaLabel={`${sheet.name}：${t.kindLabel}`}
        value={sheet.mapping?.kind ?? "auto"}
        onChange={(v) => onKind(sheet.name, v as KindChoice)}
      >
        <option value="auto">{t.kindAuto(sheet.autoKind ? name(sheet.autoKind) : null)}</option>
        {LEDGER_KINDS.map((k) => (
          <option key={k} value={k}>
            {name(k)}
          </option>
        ))}
        <option value="ignore">{t.kindIgnore}</option>
      </LabeledSelect>
      {sheet.missingRequired.length ? (
        <Text size={200} className={s.error}>
          {t.requiredMissing(sheet.missingRequired.map(fieldLabel))}
        </Text>
      ) : null}
      {sheet.fields.length ? (
        <Accordion collapsible defaultOpenItems={sheet.missingRequired.length ? ["columns"] : []}>
          <AccordionItem value="columns">
            <AccordionHeader size="small">{t.headingWith(t.columnsHeading, `${mappedCount}/${sheet.fields.length}`)}</AccordionHeader>
            <AccordionPanel className={s.panel}>
              {onHeaderRow && sheet.headerRow && sheet.headerChoices.length ? (
                <LabeledSelect
                  label={t.headerRowLabel}
                  ariaLabel={`${sheet.name}：${t.headerRowLabel}`}
                  value={String(sheet.headerRow)}
                  onChange={(v) => onHeaderRow(sheet.name, Number(v))}
                >
                  {sheet.headerChoices.map((h) => (
                    <option key={h.row} value={String(h.row)}>
                      {t.headerRowOption(h.row, h.text)}
                    </option>
                  ))}
                </LabeledSelect>
              ) : null}
              {sheet.fields.map((f) => (
                <ColumnSelect
                  key={f.field}
                  sheet={sheet}
                  field={f.field}
                  label={fieldLabel(f.field) + (f.required ? " *" : "")}
                  required={f.required}
                  onColumn={onColumn}
                />
              ))}
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      ) : null}
    </li>
  );
}

function ColumnSelect({ sheet, field, label, required, onColumn }: { sheet: SheetScan; field: string; label: string; required: boolean; onColumn: Props["onColumn"] }) {
  const { t } = useI18n();
  const absent = sheet.mapping?.columns?.[field] === NO_COLUMN;
  const letter = sheet.columns[field] ?? (absent ? NO_COLUMN : "");
  return (
    <LabeledSelect
      label={label}
      ariaLabel={`${sheet.name}：${t.columnFor(label)}`}
      value={letter}
      onChange={(v) => {
        if (v) onColumn(sheet.name, field, v);
      }}
    >
      {letter ? null : <option value="">{t.columnNone}</option>}
      {/* An optional field the sheet does not have: stops a wrong automatic match. */}
      {required ? null : <option value={NO_COLUMN}>{t.columnAbsent}</option>}
      {sheet.choices.map((c) => (
        <option key={c.letter} value={c.letter}>
          {t.columnOption(c.letter, c.header)}
        </option>
      ))}
    </LabeledSelect>
  );
}

/** A small drop-down with its visible label (every correction in the card is one of these). */
function LabeledSelect({ label, ariaLabel, value, onChange, children }: { label: string; ariaLabel: string; value: string; onChange: (value: string) => void; children: ReactNode }) {
  const s = useStyles();
  const id = useId();
  return (
    <div className={s.field}>
      <Label htmlFor={id} size="small">
        {label}
      </Label>
      <Select id={id} className={s.select} size="small" aria-label={ariaLabel} value={value} onChange={(_, d) => onChange(d.value)}>
        {children}
      </Select>
    </div>
  );
}
