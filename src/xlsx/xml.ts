/** Small XML helpers for package parts (pure). */

/** Attributes of a start tag's inside ("r=\"A1\" s=\"3\"") by name. */
export function attrs(s: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const a of s.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) m.set(a[1], a[2] ?? a[3]);
  return m;
}

/** Text content as an XML parser gives it: line ends normalised (XML 1.0 §2.11), entities decoded. */
export function unescapeXml(s: string): string {
  return s
    .replace(/\r\n?/g, "\n")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, "&");
}

/** Escapes text or an attribute value (quotes and apostrophes too, as Excel writes them). */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&apos;"));
}

/**
 * Cell text as SpreadsheetML stores it: characters XML 1.0 cannot hold (control characters, lone
 * surrogates) as Excel's _xHHHH_ escapes, and a literal "_xHHHH_" guarded so that it reads back as
 * itself.
 */
export function escapeCellText(s: string): string {
  const guarded = s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    // eslint-disable-next-line no-control-regex -- these are exactly the characters XML cannot hold
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`)
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
  return escapeXml(guarded);
}

/** The namespace prefix ("" or "x:") a part uses for the element `local` ("sheets", "Relationship"). */
export function prefixOf(xml: string, local: string): string {
  const m = new RegExp(`<([\\w.-]+:)?${local}[\\s/>]`).exec(xml);
  return m?.[1] ?? "";
}

/** The prefix bound to `namespace` in `xml` (undefined when none is, "" when it is the default one). */
export function prefixForNamespace(xml: string, namespace: string): string | undefined {
  for (const m of xml.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*"([^"]*)"/g)) if (m[2] === namespace) return m[1] ?? "";
  return undefined;
}
