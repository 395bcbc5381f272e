/** Rubric, cut-off date and county: stored as options of the workbook's settings sheet. */
import { Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import type { WorkbookSettings } from "../../ledger/settings";
import { parseDate } from "../../ledger/normalize/date";
import { formatDate } from "../../scoring/dates";
import { useState } from "react";
import { useI18n } from "../i18n/context";
import { OPTION, PANE_RUBRICS, rubricOf, type OptionName } from "../model/options";
import type { WorkbookScan } from "../model/scan";
import { CommitInput } from "./CommitInput";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  full: { width: "100%", minWidth: 0 },
});

interface Props {
  settings: WorkbookSettings;
  scan?: WorkbookScan;
  onOption: (name: OptionName, value: string) => void;
}

export function SettingsPanel({ settings, scan, onOption }: Props) {
  const { t } = useI18n();
  const s = useStyles();
  const rubric = rubricOf(settings);
  const storedAsOf = settings.options[OPTION.asOf];
  const asOfSource = storedAsOf ? "option" : scan?.asOf ? "facts" : "rubric";
  const asOf = storedAsOf ?? scan?.asOf ?? rubric.asOf;
  const [badDate, setBadDate] = useState(false);
  /** Any date form a ledger may hold (2021/8/31, 2021年8月31日 …), stored as 2021-08-31. */
  const commitAsOf = (text: string) => {
    if (text.trim() === "") {
      setBadDate(false);
      return onOption(OPTION.asOf, "");
    }
    const d = parseDate(text.trim());
    const day = d.ok && d.value.d !== undefined ? d.value : undefined;
    setBadDate(!day);
    if (day) onOption(OPTION.asOf, formatDate(day));
  };
  return (
    <section className={s.root} aria-labelledby="settings-heading">
      <h2 id="settings-heading" className={s.heading}>
        {t.settingsHeading}
      </h2>
      <Field label={t.rubric}>
        <Select className={s.full} value={rubric.id} onChange={(_, d) => onOption(OPTION.rubric, d.value)}>
          {Object.values(PANE_RUBRICS).map((r) => (
            <option key={r.id} value={r.id}>
              {r.title}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.asOf} hint={t.asOfHint(asOfSource)} validationState={badDate ? "error" : "none"} validationMessage={badDate ? t.badDate : undefined}>
        <CommitInput className={s.full} value={asOf} placeholder="2021-08-31" onCommit={commitAsOf} />
      </Field>
      {scan?.county ? (
        <Field label={t.county} hint={t.countyFromFacts}>
          <Input className={s.full} value={scan.county} readOnly />
        </Field>
      ) : (
        <Field label={t.county}>
          <CommitInput
            className={s.full}
            value={settings.options[OPTION.county] ?? ""}
            placeholder={t.countyPlaceholder}

            onCommit={(v) => onOption(OPTION.county, v)}
          />
        </Field>
      )}
    </section>
  );
}
