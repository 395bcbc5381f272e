/**
 * A thin layer over saxes for package parts: element names without their namespace prefix (some
 * writers spell every element `x:c`), attributes as a plain record, CDATA as text, and one error
 * type for malformed XML.
 */
import { SaxesParser } from "saxes";

export interface XmlHandlers {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** A part whose XML is not well formed (the reader maps it to "corrupt"). */
export class XmlReadError extends Error {
  override readonly name = "XmlReadError";
}

function local(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

/** A parser fed piece by piece: `write` each piece of text, then `end`. */
export function xmlParser(part: string, h: XmlHandlers): { write(text: string): void; end(): void } {
  const p = new SaxesParser({ position: false });
  p.on("opentag", (tag) => h.open(local(tag.name), tag.attributes as Record<string, string>, tag.isSelfClosing));
  if (h.text) {
    const text = h.text;
    p.on("text", text);
    p.on("cdata", text);
  }
  if (h.close) {
    const close = h.close;
    p.on("closetag", (tag) => close(local(tag.name)));
  }
  const fail = (e: unknown): never => {
    if (e instanceof XmlReadError) throw e;
    // saxes reports malformed XML as a plain Error; anything else (a RangeError from a handler) is ours.
    if (e instanceof Error && e.constructor === Error) throw new XmlReadError(`${part}: ${e.message}`);
    throw e;
  };
  return {
    write(text) {
      try {
        p.write(text);
      } catch (e) {
        fail(e);
      }
    },
    end() {
      try {
        p.close();
      } catch (e) {
        fail(e);
      }
    },
  };
}

/** Parses a whole (small) part. */
export function parseXml(part: string, xml: string, h: XmlHandlers): void {
  const p = xmlParser(part, h);
  p.write(xml);
  p.end();
}

/** A string item's text with Excel's escapes undone: characters XML cannot hold are written _xHHHH_ (ST_Xstring). */
export function decodeExcelEscapes(s: string): string {
  return s.indexOf("_x") < 0 ? s : s.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}
