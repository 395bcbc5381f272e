/** The pane's situation when there is nothing to show yet: scanning, an empty workbook, nothing recognised. */
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { useI18n } from "../i18n/context";
import type { WorkbookScan } from "../model/scan";

export function StateMessage({ scanning, scan }: { scanning: boolean; scan?: WorkbookScan }) {
  const { t } = useI18n();
  if (scanning) return <Spinner size="small" labelPosition="after" label={t.scanning} />;
  if (!scan) return null;
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
