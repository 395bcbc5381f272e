/** The pane's situation when there is nothing to show yet: scanning, a failed scan, an empty workbook, nothing recognised. */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { useI18n } from "../i18n/context";
import type { WorkbookScan } from "../model/scan";

interface Props {
  scanning: boolean;
  scan?: WorkbookScan;
  busy: boolean;
  onRescan: () => void;
}

export function StateMessage({ scanning, scan, busy, onRescan }: Props) {
  const { t } = useI18n();
  if (scanning) return <Spinner size="small" labelPosition="after" label={t.scanning} />;
  // The scan failed (the error is shown above): offer to try again.
  if (!scan)
    return (
      <div>
        <Button disabledFocusable={busy} onClick={onRescan}>
          {t.rescan}
        </Button>
      </div>
    );
  if (scan.empty)
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.emptyTitle}</MessageBarTitle>
          {t.emptyBody}
        </MessageBarBody>
      </MessageBar>
    );
  if (scan.recognised === 0)
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.noneTitle}</MessageBarTitle>
          {t.noneBody}
        </MessageBarBody>
      </MessageBar>
    );
  return null;
}
