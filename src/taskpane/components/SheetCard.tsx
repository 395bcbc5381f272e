/**
 * One sheet of the workbook: what it was recognised as, and drop-downs to correct kind and columns;
 * on a facts sheet, a drop-down for each label not understood (which input it is).
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Dropdown,
  Label,
  makeStyles,
  Option,
  OptionGroup,
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
import type { FactLabelScan, SheetScan } from "../model/scan";
import { IGNORE_FACT } from "../../ledger/settings";

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
  dropdown: { width: "100%", minWidth: 0 },
  optionKey: { marginLeft: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
});

/** An input a facts-sheet label can be mapped to. */
export interface InputChoice {
  key: string;
  label: string;
}

export type KindChoice = LedgerKind | "ignore" | "auto";

interface Props {
  sheet: SheetScan;
  onKind: (sheet: string, kind: KindChoice) => void;
  onColumn: (sheet: string, field: string, letter: string) => void;
  onHeaderRow?: (sheet: string, row: number) => void;
  /** The rubric's inputs, and what to do when a facts-sheet label is mapped ("ignore", "auto"). */
  inputs?: InputChoice[];
  onFact?: (label: string, key: string) => void;
}

export function SheetCard({ sheet, onKind, onColumn, onHeaderRow, inputs = [], onFact }: Props) {
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
      {onFact && sheet.factLabels.length ? <FactLabels sheet={sheet} inputs={inputs} onFact={onFact} /> : null}
    </li>
  );
}

function FactLabels({ sheet, inputs, onFact }: { sheet: SheetScan; inputs: InputChoice[]; onFact: (label: string, key: string) => void }) {
  const { t } = useI18n();
  const s = useStyles();
  const unmapped = sheet.factLabels.filter((l) => l.mapped === undefined).length;
  const mapped = sheet.factLabels.length - unmapped;
  return (
    <Accordion collapsible defaultOpenItems={unmapped ? ["facts"] : []}>
      <AccordionItem value="facts">
        <AccordionHeader size="small">{t.headingWith(t.factLabelsHeading, t.factLabelsCount(unmapped, mapped))}</AccordionHeader>
        <AccordionPanel className={s.panel}>
          {unmapped ? (
            <Text size={200} className={s.muted}>
              {t.factLabelsHint}
            </Text>
          ) : null}
          {sheet.factLabels.map((l) => (
            <FactSelect key={l.cell} sheet={sheet.name} label={l} inputs={inputs} onFact={onFact} />
          ))}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

/** The input of one label: its candidates first, then every input, then 忽略 (and 自动 once chosen). */
function FactSelect({ sheet, label, inputs, onFact }: { sheet: string; label: FactLabelScan; inputs: InputChoice[]; onFact: (label: string, key: string) => void }) {
  const { t } = useI18n();
  const s = useStyles();
  const id = useId();
  const candidateKeys = new Set(label.candidates.map((c) => c.key));
  const rest = inputs.filter((i) => !candidateKeys.has(i.key));
  const names = label.candidates.map((c) => `“${c.label}”`);
  const note =
    label.mapped !== undefined ? t.factMapped : label.ambiguous && names.length > 1 ? t.factAmbiguous(names) : names.length ? t.factNearest(names) : t.factUnused;
  const chosen = label.mapped === IGNORE_FACT ? t.factIgnore : (inputs.find((i) => i.key === label.mapped)?.label ?? "");
  const option = (i: InputChoice) => (
    <Option key={i.key} value={i.key} text={i.label}>
      {i.label}
      <span className={s.optionKey}>{i.key}</span>
    </Option>
  );
  return (
    <div className={s.field} data-label-cell={label.cell}>
      <Label htmlFor={id} size="small">
        {t.factLabelCell(label.cell, label.text)}
      </Label>
      <Dropdown
        id={id}
        className={s.dropdown}
        size="small"
        aria-label={`${sheet}：${t.factLabelFor(label.text)}`}
        placeholder={t.factChoose}
        value={chosen}
        selectedOptions={label.mapped !== undefined ? [label.mapped] : []}
        onOptionSelect={(_, d) => {
          if (d.optionValue && d.optionValue !== label.mapped) onFact(label.text, d.optionValue);
        }}
      >
        {label.candidates.length ? (
          <OptionGroup label={t.factCandidates}>{label.candidates.map((c) => option(inputs.find((i) => i.key === c.key) ?? c))}</OptionGroup>
        ) : null}
        <OptionGroup label={t.factAllInputs}>{rest.map(option)}</OptionGroup>
        <Option value={IGNORE_FACT} text={t.factIgnore}>
          {t.factIgnore}
        </Option>
        {label.mapped !== undefined ? (
          <Option value="auto" text={t.factAuto}>
            {t.factAuto}
          </Option>
        ) : null}
      </Dropdown>
      <Text size={200} className={s.muted}>
        {note}
      </Text>
    </div>
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
function LabeledSelect({
  label,
  ariaLabel,
  value,
  onChange,
  children,
}: {
  label: string;
  ariaLabel: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
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
