/**
 * A package written by hand the way Excel and other producers write one (not by exceljs): shared
 * strings with rich runs, phonetic guides and _xHHHH_ escapes, inline strings, formulas with text,
 * boolean and error results, a shared formula, built-in and custom date formats (one with
 * backslashes), style 0 with a date format, a phone number in a date column, a link to a web page
 * and one to a cell, merges over values, cells without an r attribute, a hidden and a very hidden
 * sheet, a chart sheet, and the 1904 date system when asked.
 */
import { strToU8, zipSync } from "fflate";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const SHARED = [
  "<si><t>站点名称</t></si>",
  '<si><r><t>注：</t></r><r><rPr><b/></rPr><t xml:space="preserve">数据截至 2021-08-31 </t></r></si>',
  '<si><t>长来村</t><rPh sb="0" eb="2"><t>ちょうらい</t></rPh><phoneticPr fontId="1"/></si>',
  "<si><t>第一行_x000D_\n第二行</t></si>",
  "<si><t>A &amp; B &lt;C&gt;</t></si>",
  "<si><t/></si>",
  "<si><t>政府网站</t></si>",
];

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet ${NS}>
<numFmts count="3"><numFmt numFmtId="176" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="177" formatCode="&quot;¥&quot;#,##0.00"/><numFmt numFmtId="178" formatCode="[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy"/></numFmts>
<fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="7">
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="177" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="31" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="178" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
</cellXfs>
</styleSheet>`;

const SHEET1 = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet ${NS}><dimension ref="A1:F12"/><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>
<row r="2"><c r="A2" s="1"><v>43905</v></c><c r="B2" s="2"><v>44439.5</v></c><c r="C2" s="3"><v>12500.5</v></c><c r="D2" s="4"><v>44439</v></c><c r="E2" s="5"><v>44439</v></c><c r="F2" s="0"><v>44439</v></c></row>
<row r="3"><c r="A3" s="1"><v>13800138000</v></c><c r="B3" t="inlineStr"><is><t>行内文字</t></is></c><c r="C3" t="inlineStr"><is><r><t>富</t></r><r><t>文本</t></r></is></c><c r="D3" t="b"><v>1</v></c><c r="E3" t="b"><v>0</v></c><c r="F3" t="e"><v>#N/A</v></c></row>
<row r="4"><c r="A4"><f>SUM(A2:A3)</f><v>13800181905</v></c><c r="B4" t="str"><f>"合"&amp;"计"</f><v>合计</v></c><c r="C4" t="b"><f>TRUE()</f><v>1</v></c><c r="D4" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E4" s="1"><f>A2+1</f><v>43906</v></c><c r="F4" s="1" t="str"><f>"x"</f><v>不是日期</v></c></row>
<row r="5"><c r="A5"><f t="shared" ref="A5:A7" si="0">ROW()</f><v>5</v></c><c r="B5"><f>NOW()</f></c><c r="C5" s="3"/><c r="D5" s="6"><v>007</v></c><c r="E5" s="6" t="s"><v>6</v></c><c r="F5" s="3" t="s"><v>6</v></c></row>
<row r="6"><c r="A6"><f t="shared" si="0"/><v>6</v></c><c r="B6"><f t="shared" si="0"/></c></row>
<row r="7"><c r="A7"><f t="shared" si="0"/><v>7</v></c><c r="B7" t="s"><v>6</v></c><c r="C7"><v>-1.5E-3</v></c></row>
<row r="8"><c r="A8" t="s"><v>0</v></c><c r="B8"><v>1</v></c><c r="C8"><v>2</v></c></row>
<row r="9"><c r="A9"><v>3</v></c><c r="B9" t="s"><v>6</v></c><c r="C9" s="2"><v>44000</v></c></row>
<row r="11"><c r="A11" s="3"/><c r="C11" t="s"><v>6</v></c><c r="D11"/></row>
ROW12
</sheetData>
<mergeCells count="2"><mergeCell ref="A8:C8"/><mergeCell ref="A9:B10"/></mergeCells>
<hyperlinks><hyperlink ref="B7" r:id="rId1"/><hyperlink ref="C11" location="Sheet2!A1" display="内部"/><hyperlink ref="D11" r:id="rId1"/></hyperlinks>
<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>
</worksheet>`;

const SHEET1_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/hyperlink" Target="https://www.lechang.gov.cn/?a=1&amp;b=2" TargetMode="External"/></Relationships>`;

const sheet = (rows: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>`;

/** `cellsWithoutRef`: a row whose cells have no r attribute (exceljs cannot read it). */
export function excelStylePackage(options: { date1904?: boolean; cellsWithoutRef?: boolean } = {}): Buffer {
  const row12 = options.cellsWithoutRef === false ? "" : '<row r="12"><c t="s"><v>0</v></c><c t="s"><v>4</v></c><c r="E12"><v>9</v></c><c><v>10</v></c></row>';
  const workbook = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook ${NS}><workbookPr${options.date1904 ? ' date1904="1"' : ""}/><sheets>
<sheet name="台账 &amp; 记录" sheetId="1" r:id="rId1"/>
<sheet name="参数" sheetId="2" state="hidden" r:id="rId2"/>
<sheet name="图表" sheetId="4" r:id="rId6"/>
<sheet name="内部" sheetId="3" state="veryHidden" r:id="rId3"/>
</sheets></workbook>`;
  const wbRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/>
<Relationship Id="rId3" Type="${REL}/worksheet" Target="/xl/worksheets/sheet3.xml"/>
<Relationship Id="rId6" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/>
<Relationship Id="rId4" Type="${REL}/styles" Target="styles.xml"/>
<Relationship Id="rId5" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>`;
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(workbook),
    "xl/_rels/workbook.xml.rels": strToU8(wbRels),
    "xl/styles.xml": strToU8(STYLES),
    "xl/sharedStrings.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst ${NS} count="${SHARED.length}" uniqueCount="${SHARED.length}">${SHARED.join("")}</sst>`,
    ),
    "xl/worksheets/sheet1.xml": strToU8(SHEET1.replace("ROW12", row12)),
    "xl/worksheets/_rels/sheet1.xml.rels": strToU8(SHEET1_RELS),
    "xl/worksheets/sheet2.xml": strToU8(sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>44439</v></c></row>')),
    "xl/worksheets/sheet3.xml": strToU8(sheet("")),
    "xl/chartsheets/sheet1.xml": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><chartsheet ${NS}/>`),
  };
  return Buffer.from(zipSync(files));
}
