/** Text for screen readers only (a live status line): out of sight, still read aloud. */
import type { GriffelStyle } from "@fluentui/react-components";

export const VISUALLY_HIDDEN: GriffelStyle = {
  position: "absolute",
  width: "1px",
  height: "1px",
  margin: "-1px",
  padding: 0,
  overflow: "hidden",
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
  border: 0,
};
