/**
 * The bureau's styles part, APPENDED to: the fonts, fills, borders, number formats and cell formats
 * the new sheets use are added at the end of their lists, so every existing index keeps its meaning
 * (the bureau's cells are copied unchanged and still point to their own formats).
 */
import { BODY_FONT_SIZE, STYLES, type StyleName } from "../table/model";
import { BORDER_COLOR as BORDER_RGB, DEFAULT_FONT } from "../table/look";
import { attrs, escapeXml, prefixOf } from "./xml";

export { DEFAULT_FONT };
const BORDER_COLOR = `FF${BORDER_RGB}`;

/** What one written cell asks of the styles part. */
export interface CellFormat {
  style: StyleName;
  numFmt?: string;
  unlocked?: boolean;
}

/** Excel's built-in number formats the model uses (no entry needed in numFmts). */
const BUILTIN_NUMFMTS: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "@": 49 };

/** The order of the stylesheet's children (CT_Stylesheet), for inserting a missing one. */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

const CHILD: Record<string, string> = { numFmts: "numFmt", fonts: "font", fills: "fill", borders: "border", cellStyleXfs: "xf", cellXfs: "xf" };

export const EMPTY_STYLESHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

interface Section {
  /** Children already in the part. */
  count: number;
  added: string[];
}

export class StylesAppender {
  private readonly p: string;
  private readonly sections = new Map<string, Section>();
  private readonly customFormats = new Map<string, number>();
  private nextFormatId = 164;
  private readonly addedFormats: string[] = [];
  private readonly memo = new Map<string, number>();
  private readonly fonts = new Map<string, number>();
  private readonly fills = new Map<string, number>();
  private readonly borders = new Map<string, number>();

  constructor(
    private readonly xml: string,
    private readonly fontName = DEFAULT_FONT,
  ) {
    this.p = prefixOf(xml, "styleSheet");
    for (const name of Object.keys(CHILD)) {
      const body = this.body(name);
      const count = body === undefined ? 0 : [...body.matchAll(new RegExp(`<${this.p}${CHILD[name]}[\\s/>]`, "g"))].length;
      this.sections.set(name, { count, added: [] });
    }
    for (const m of (this.body("numFmts") ?? "").matchAll(new RegExp(`<${this.p}numFmt\\b([^>]*?)/?>`, "g"))) {
      const a = attrs(m[1]);
      const id = Number(a.get("numFmtId"));
      if (!Number.isFinite(id)) continue;
      this.nextFormatId = Math.max(this.nextFormatId, id + 1);
      const code = a.get("formatCode");
      if (code !== undefined) this.customFormats.set(code, id);
    }
  }

  /** The inside of a section (undefined when absent, "" when self-closed). */
  private body(name: string): string | undefined {
    const open = new RegExp(`<${this.p}${name}\\b[^>]*?(/?)>`).exec(this.xml);
    if (!open) return undefined;
    if (open[1] === "/") return "";
    const close = this.xml.indexOf(`</${this.p}${name}>`, open.index);
    return close < 0 ? "" : this.xml.slice(open.index + open[0].length, close);
  }

  private add(section: string, xml: string): number {
    const s = this.sections.get(section)!;
    s.added.push(xml);
    return s.count + s.added.length - 1;
  }

  private numFmtId(code: string | undefined): number {
    if (!code) return 0;
    if (code in BUILTIN_NUMFMTS) return BUILTIN_NUMFMTS[code];
    let id = this.customFormats.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.customFormats.set(code, id);
      this.addedFormats.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    }
    return id;
  }

  private fontId(style: StyleName): number {
    const s = STYLES[style];
    const p = this.p;
    const xml =
      `<${p}font>${s.bold ? `<${p}b/>` : ""}${s.italic ? `<${p}i/>` : ""}${s.underline ? `<${p}u/>` : ""}` +
      `<${p}sz val="${s.size ?? BODY_FONT_SIZE}"/>${s.color ? `<${p}color rgb="FF${s.color}"/>` : `<${p}color theme="1"/>`}` +
      `<${p}name val="${escapeXml(this.fontName)}"/><${p}family val="2"/><${p}charset val="134"/></${p}font>`;
    let id = this.fonts.get(xml);
    if (id === undefined) this.fonts.set(xml, (id = this.add("fonts", xml)));
    return id;
  }

  private fillId(style: StyleName): number {
    const fill = STYLES[style].fill;
    const p = this.p;
    const xml = fill
      ? `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${fill}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`
      : `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`;
    let id = this.fills.get(xml);
    if (id === undefined) this.fills.set(xml, (id = this.add("fills", xml)));
    return id;
  }

  private borderId(style: StyleName): number {
    const p = this.p;
    const side = (n: string) => (STYLES[style].border ? `<${p}${n} style="thin"><${p}color rgb="${BORDER_COLOR}"/></${p}${n}>` : `<${p}${n}/>`);
    const xml = `<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`;
    let id = this.borders.get(xml);
    if (id === undefined) this.borders.set(xml, (id = this.add("borders", xml)));
    return id;
  }

  /** The index of the cell format for `f` (appended on first use). */
  xfIndex(f: CellFormat): number {
    const key = `${f.style}|${f.numFmt ?? ""}|${f.unlocked ? 1 : 0}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const s = STYLES[f.style];
    const p = this.p;
    const xml =
      `<${p}xf numFmtId="${this.numFmtId(f.numFmt)}" fontId="${this.fontId(f.style)}" fillId="${this.fillId(f.style)}" borderId="${this.borderId(f.style)}" xfId="0"` +
      ` applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1">` +
      `<${p}alignment horizontal="${s.hAlign}" vertical="${s.vAlign === "middle" ? "center" : "top"}"${s.wrap ? ' wrapText="1"' : ""}/>` +
      `<${p}protection locked="${f.unlocked ? 0 : 1}"/></${p}xf>`;
    const id = this.add("cellXfs", xml);
    this.memo.set(key, id);
    return id;
  }

  /** The styles part with everything asked for appended. */
  result(): string {
    let xml = this.xml;
    const pending = new Map<string, string[]>([...this.sections].map(([k, s]) => [k, s.added]));
    pending.set("numFmts", this.addedFormats);
    // xfId="0" needs a cell style format to exist.
    const styleXfs = this.sections.get("cellStyleXfs")!;
    if (styleXfs.count === 0 && this.sections.get("cellXfs")!.added.length)
      pending.set("cellStyleXfs", [`<${this.p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`]);
    for (const [name, added] of pending) {
      if (added.length === 0) continue;
      xml = this.appendTo(xml, name, added);
    }
    return xml;
  }

  private appendTo(xml: string, name: string, added: string[]): string {
    const p = this.p;
    const open = new RegExp(`<${p}${name}\\b([^>]*?)(/?)>`).exec(xml);
    const child = new RegExp(`<${p}${CHILD[name]}[\\s/>]`, "g");
    if (open) {
      const selfClosed = open[2] === "/";
      const start = open.index + open[0].length;
      const close = selfClosed ? start : xml.indexOf(`</${p}${name}>`, start);
      const body = selfClosed ? "" : xml.slice(start, close);
      const total = [...body.matchAll(child)].length + added.length;
      const a = open[1].replace(/\s+count\s*=\s*"[^"]*"/, "");
      return `${xml.slice(0, open.index)}<${p}${name}${a} count="${total}">${body}${added.join("")}</${p}${name}>${xml.slice(selfClosed ? start : close + `</${p}${name}>`.length)}`;
    }
    // Absent: inserted before the first later sibling, else before the end of the stylesheet.
    const section = `<${p}${name} count="${added.length}">${added.join("")}</${p}${name}>`;
    for (const later of ORDER.slice(ORDER.indexOf(name) + 1)) {
      const m = new RegExp(`<${p}${later}[\\s/>]`).exec(xml);
      if (m) return xml.slice(0, m.index) + section + xml.slice(m.index);
    }
    const end = xml.lastIndexOf(`</${p}styleSheet>`);
    return xml.slice(0, end) + section + xml.slice(end);
  }
}
