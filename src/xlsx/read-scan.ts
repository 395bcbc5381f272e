/**
 * A small, fast XML scanner for the two big parts of a package: worksheets and shared strings.
 * saxes (./read-xml) is a general parser and spent half of a 300,000-row read on them; these parts
 * are plain elements, attributes and text, so a scanner that knows only that, with the same
 * handlers as ./read-xml, reads them several times faster. It still refuses what is not well formed
 * (unmatched tags, a bad entity, a document type declaration), which the reader reports as a damaged
 * file, like saxes did.
 */
import { XmlReadError, type XmlHandlers } from "./read-xml";

const GT = 62; // >
const SLASH = 47;
const EQ = 61;
const QUOT = 34;
const APOS = 39;
const BANG = 33;
const QUESTION = 63;

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decode(part: string, s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);|&/g, (whole, e: string | undefined) => {
    if (e === undefined) throw new XmlReadError(`${part}: a bare & in text`);
    if (e.charCodeAt(0) === 35) {
      const code = e.charCodeAt(1) === 120 ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      if (!(code > 0 && code <= 0x10ffff)) throw new XmlReadError(`${part}: bad character reference ${whole}`);
      return String.fromCodePoint(code);
    }
    const v = ENTITIES[e];
    if (v === undefined) throw new XmlReadError(`${part}: undefined entity ${whole}`);
    return v;
  });
}

/** Text as an XML parser hands it over: line ends normalised (XML 1.0 §2.11), entities decoded. */
function textOf(part: string, s: string): string {
  if (s.indexOf("\r") >= 0) s = s.replace(/\r\n?/g, "\n");
  return s.indexOf("&") >= 0 ? decode(part, s) : s;
}

/** An attribute value as normalised by an XML parser (§3.3.3: each white-space character a space). */
function attrValue(part: string, s: string): string {
  if (/[\r\n\t]/.test(s)) s = s.replace(/\r\n|[\r\n\t]/g, " ");
  return s.indexOf("&") >= 0 ? decode(part, s) : s;
}

function local(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

/** A scanner fed piece by piece, like xmlParser: `write` each piece of text, then `end`. */
export function fastXmlParser(part: string, h: XmlHandlers): { write(text: string): void; end(): void } {
  let pending = "";
  const stack: string[] = [];
  let seenRoot = false;
  const fail = (why: string): never => {
    throw new XmlReadError(`${part}: ${why}`);
  };

  const emitText = (raw: string) => {
    if (stack.length === 0) {
      if (raw.trim() !== "") fail("text outside the root element");
      return;
    }
    if (h.text) h.text(textOf(part, raw));
  };

  /** Parses an open tag starting at `lt`; returns the index after it, or -1 when it is not complete yet. */
  const openTag = (s: string, lt: number): number => {
    const n = s.length;
    let i = lt + 1;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (isSpace(c) || c === GT || c === SLASH) break;
      i++;
    }
    if (i >= n) return -1;
    const name = s.slice(lt + 1, i);
    if (name === "") fail("an element without a name");
    const attrs: Record<string, string> = {};
    for (;;) {
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i >= n) return -1;
      const c = s.charCodeAt(i);
      if (c === GT) {
        i++;
        break;
      }
      if (c === SLASH) {
        if (i + 1 >= n) return -1;
        if (s.charCodeAt(i + 1) !== GT) fail(`a stray / in <${name}>`);
        open(name, attrs, true);
        return i + 2;
      }
      const a = i;
      while (i < n) {
        const d = s.charCodeAt(i);
        if (d === EQ || isSpace(d) || d === GT || d === SLASH) break;
        i++;
      }
      if (i >= n) return -1;
      const attr = s.slice(a, i);
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i >= n) return -1;
      if (s.charCodeAt(i) !== EQ || attr === "") fail(`an attribute without a value in <${name}>`);
      i++;
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i >= n) return -1;
      const q = s.charCodeAt(i);
      if (q !== QUOT && q !== APOS) fail(`an unquoted attribute in <${name}>`);
      const end = s.indexOf(q === QUOT ? '"' : "'", i + 1);
      if (end < 0) return -1;
      const raw = s.slice(i + 1, end);
      if (raw.indexOf("<") >= 0) fail(`a < in an attribute of <${name}>`);
      attrs[attr] = attrValue(part, raw);
      i = end + 1;
    }
    open(name, attrs, false);
    return i;
  };

  const open = (name: string, attrs: Record<string, string>, selfClosing: boolean) => {
    if (stack.length === 0) {
      if (seenRoot) fail("a second root element");
      seenRoot = true;
    }
    const l = local(name);
    h.open(l, attrs, selfClosing);
    if (selfClosing) h.close?.(l);
    else stack.push(name);
  };

  const scan = (final: boolean) => {
    const s = pending;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const lt = s.indexOf("<", i);
      if (lt < 0) {
        // Text up to the end: keep it until the next piece (an entity may be cut in two).
        if (!final) break;
        emitText(s.slice(i));
        i = n;
        break;
      }
      if (lt > i) emitText(s.slice(i, lt));
      i = lt;
      if (lt + 1 >= n) break;
      const c = s.charCodeAt(lt + 1);
      let next: number;
      if (c === SLASH) {
        const gt = s.indexOf(">", lt + 2);
        if (gt < 0) break;
        const name = s.slice(lt + 2, gt).trim();
        const top = stack.pop();
        if (top !== name) fail(`</${name}> closes <${top ?? "nothing"}>`);
        h.close?.(local(name));
        next = gt + 1;
      } else if (c === BANG) {
        if (s.startsWith("<!--", lt)) {
          const end = s.indexOf("-->", lt + 4);
          if (end < 0) break;
          next = end + 3;
        } else if (s.startsWith("<![CDATA[", lt)) {
          const end = s.indexOf("]]>", lt + 9);
          if (end < 0) break;
          if (stack.length === 0) fail("CDATA outside the root element");
          if (h.text) h.text(s.slice(lt + 9, end));
          next = end + 3;
        } else {
          if (n - lt < 9 && !final) break;
          // A document type declaration could define entities: no xlsx part has one.
          return fail("a document type declaration or an unknown <! construct");
        }
      } else if (c === QUESTION) {
        const end = s.indexOf("?>", lt + 2);
        if (end < 0) break;
        next = end + 2;
      } else {
        next = openTag(s, lt);
        if (next < 0) break;
      }
      i = next;
    }
    pending = i >= n ? "" : s.slice(i);
  };

  return {
    write(text) {
      pending = pending ? pending + text : text;
      scan(false);
    },
    end() {
      scan(true);
      if (pending !== "") fail("the part ends inside a tag");
      if (stack.length > 0) fail(`<${stack[stack.length - 1]}> is not closed`);
      if (!seenRoot) fail("no root element");
    },
  };
}
