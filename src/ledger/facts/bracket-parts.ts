/**
 * A note's or a summary's parts, cut at ；。，, outside brackets: "摄美＝免费摄影美工（现按成本收费，故✗），推＝…"
 * is two parts, not three. Empty parts are kept; callers trim as they need.
 */
export function partsOutsideBrackets(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let part = "";
  for (const ch of text) {
    if (ch === "（" || ch === "(") depth++;
    else if (ch === "）" || ch === ")") depth = Math.max(0, depth - 1);
    if (depth === 0 && /[；;。，,]/.test(ch)) {
      out.push(part);
      part = "";
    } else part += ch;
  }
  return [...out, part];
}
