/** The two commands: score the workbook, insert the template sheets. */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/context";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  primary: { flexGrow: 1, minWidth: "120px" },
});

interface Props {
  busy: boolean;
  scored: boolean;
  onScore: () => void;
  onInsertTemplates: () => void;
}

export function ActionBar({ busy, scored, onScore, onInsertTemplates }: Props) {
  const { t } = useI18n();
  const s = useStyles();
  return (
    <div className={s.bar}>
      <Button className={s.primary} appearance="primary" disabledFocusable={busy} onClick={onScore}>
        {scored ? t.scoreAgain : t.score}
      </Button>
      <Button disabledFocusable={busy} onClick={onInsertTemplates}>
        {t.insertTemplates}
      </Button>
    </div>
  );
}
