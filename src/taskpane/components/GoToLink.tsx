/** A link-styled button that selects a cell or rows in the workbook. */
import { Link } from "@fluentui/react-components";
import { useI18n } from "../i18n/context";
import type { Target } from "../model/summary";

export type OnSelect = (sheet: string, address: string) => void;

export function GoToLink({ target, onSelect }: { target: Target; onSelect: OnSelect }) {
  const { t } = useI18n();
  return (
    <Link as="button" inline title={t.goTo(`${target.sheet}!${target.address}`)} onClick={() => onSelect(target.sheet, target.address)}>
      {target.text}
    </Link>
  );
}
