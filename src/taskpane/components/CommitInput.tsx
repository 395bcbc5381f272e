/**
 * A text or date input that saves when the user leaves it or presses Enter (not on every key), so
 * typing a county name writes the settings sheet once.
 */
import { Input, type InputProps } from "@fluentui/react-components";
import { useState } from "react";

interface Props extends Omit<InputProps, "value" | "onChange" | "defaultValue"> {
  value: string;
  onCommit: (value: string) => void;
}

export function CommitInput({ value, onCommit, ...rest }: Props) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  // The stored value changed (a rescan, another run): show it.
  if (seen !== value) {
    setSeen(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  return (
    <Input
      {...rest}
      value={draft}
      onChange={(_, d) => setDraft(d.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === "Enter") commit();
      }}
    />
  );
}
