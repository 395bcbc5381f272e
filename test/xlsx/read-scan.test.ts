/**
 * The fast scanner for worksheets and shared strings gives the events saxes gives, however the
 * text is cut into pieces, and refuses what saxes refuses.
 */
import { fastXmlParser } from "../../src/xlsx/read-scan";
import { XmlReadError, xmlParser, type XmlHandlers } from "../../src/xlsx/read-xml";

const XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!-- a comment -->
<x:worksheet xmlns:x="urn:x" a='1'><x:sheetData><row r="1" spans="1:3">
<c r="A1" t="s"><v>0</v></c><c r="B1" t="str"><f>"a"&amp;"b"</f><v>a &lt;&gt; b &#x4E2D;&#25991; &quot;q&quot; &apos;</v></c>
<c r="C1" t="inlineStr"><is><t xml:space="preserve"> two
lines\r\nhere </t></is></c><c r="D1"><v><![CDATA[<raw> & text]]></v></c><c r="E1" s="3"/>
</row></x:sheetData><hyperlinks><hyperlink ref="A1" location="S!A1" display="a&amp;b &#9;tab"/></hyperlinks></x:worksheet>`;

function events(make: (h: XmlHandlers) => { write(t: string): void; end(): void }, pieces: string[]): string[] {
  const out: string[] = [];
  let text = "";
  // White space around the root element is no content (saxes reports it, the scanner drops it).
  let depth = 0;
  const flush = () => {
    if (text) out.push(`text ${JSON.stringify(text)}`);
    text = "";
  };
  const p = make({
    open(name, attrs, selfClosing) {
      flush();
      out.push(`open ${name} ${JSON.stringify(attrs)} ${selfClosing}`);
      depth++;
    },
    text(t) {
      if (depth > 0) text += t;
    },
    close(name) {
      flush();
      depth--;
      out.push(`close ${name}`);
    },
  });
  for (const piece of pieces) p.write(piece);
  p.end();
  flush();
  return out;
}

test("the same events as saxes, whole and cut at every position", () => {
  const expected = events((h) => xmlParser("t", h), [XML]);
  expect(expected.length).toBeGreaterThan(20);
  expect(events((h) => fastXmlParser("t", h), [XML])).toEqual(expected);
  for (let i = 1; i < XML.length; i++) expect(events((h) => fastXmlParser("t", h), [XML.slice(0, i), XML.slice(i)])).toEqual(expected);
  expect(events((h) => fastXmlParser("t", h), [...XML])).toEqual(expected);
});

test.each([
  ["an unclosed element", "<a><b></b>"],
  ["mismatched tags", "<a><b></a></b>"],
  ["a bad entity", "<a>&nbsp;</a>"],
  ["a bare &", "<a>x & y</a>"],
  ["a cut-off tag", '<a><b r="1'],
  ["a document type", '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'],
  ["two roots", "<a/><b/>"],
  ["text outside the root", "<a/>x"],
])("refuses %s, as saxes does", (_, xml) => {
  expect(() => events((h) => xmlParser("t", h), [xml])).toThrow(XmlReadError);
  expect(() => events((h) => fastXmlParser("t", h), [xml])).toThrow(XmlReadError);
});
