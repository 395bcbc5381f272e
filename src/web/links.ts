/**
 * TEMPORARY, with the exceljs seam: exceljs writes a link to "#'Sheet'!A1" as an external
 * relationship, which Excel resolves as a file name. The CLI patches its package for that; the page
 * does the same here with fflate: every worksheet hyperlink whose relationship target starts with
 * "#" becomes `<hyperlink ref location>` with no relationship — what Excel itself writes.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

function attrs(s: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of s.matchAll(/([\w:]+)="([^"]*)"/g)) out.set(m[1], m[2]);
  return out;
}

export function internalLinks(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  let changed = false;
  for (const name of Object.keys(files)) {
    const m = /^xl\/worksheets\/([^/]+\.xml)$/.exec(name);
    const relsName = m ? `xl/worksheets/_rels/${m[1]}.rels` : "";
    if (!m || !files[relsName]) continue;
    const xml = strFromU8(files[name]);
    if (!xml.includes("<hyperlink")) continue;
    const rels = strFromU8(files[relsName]);
    const targets = new Map<string, string>();
    for (const r of rels.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
      const a = attrs(r[1]);
      const target = a.get("Target") ?? "";
      if (/\/hyperlink$/.test(a.get("Type") ?? "") && target.startsWith("#") && a.get("Id")) targets.set(a.get("Id") as string, target.slice(1));
    }
    if (targets.size === 0) continue;
    const dropped = new Set<string>();
    const fixed = xml.replace(/<hyperlink\b([^>]*?)\/>/g, (whole, inner: string) => {
      const a = attrs(inner);
      const id = a.get("r:id");
      const location = id ? targets.get(id) : undefined;
      if (!id || location === undefined) return whole;
      dropped.add(id);
      const tooltip = a.get("tooltip");
      return `<hyperlink ref="${a.get("ref")}" location="${location}"${tooltip ? ` tooltip="${tooltip}"` : ""}/>`;
    });
    const kept = rels.replace(/<Relationship\b([^>]*?)\/>/g, (whole, inner: string) => (dropped.has(attrs(inner).get("Id") ?? "") ? "" : whole));
    files[name] = strToU8(fixed);
    files[relsName] = strToU8(kept);
    changed = true;
  }
  return changed ? zipSync(files as Zippable, { level: 6 }) : bytes;
}
