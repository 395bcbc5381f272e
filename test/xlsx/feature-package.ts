/**
 * A small .xlsm package built from raw parts (deterministic, no application needed) holding what an
 * exceljs rewrite used to lose: a note (comment + VML), a picture and a chart in a drawing, a
 * pivot-like table part with its cache, a macro project, an x14 drop-down referring to another
 * sheet, a sheet-level defined name and a print area. Two sheets: 站点台账 and 参数.
 */
import { zipSync, strToU8 } from "fflate";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_R = "http://schemas.openxmlformats.org/package/2006/relationships";
const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const T = (t: string) => `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${t}`;

// A 1×1 PNG.
const PNG = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64"));

export const FEATURE_SHEET = "站点台账";

const rows: string[][] = [
  ["站点名称", "所在村", "开通日期", "联系电话"],
  ["乐城站", "城南村", "2020-09-01", "13800000001"],
  ["北乡站", "北乡村", "2020-10-12", "13800000002"],
];

function sheet1(): string {
  const strings: string[] = [];
  const cells = rows
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row
          .map((v, c) => {
            strings.push(v);
            return `<c r="${String.fromCharCode(65 + c)}${r + 1}" t="s"><v>${strings.length - 1}</v></c>`;
          })
          .join("")}</row>`,
    )
    .join("");
  return (
    `${head}<worksheet xmlns="${MAIN}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">` +
    `<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetData>${cells}<row r="4"><c r="E4"><f>ROWS(A2:A3)</f><v>2</v></c></row></sheetData>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/><legacyDrawing r:id="rId2"/>` +
    `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"><x14:dataValidations count="1"><x14:dataValidation type="list" allowBlank="1" showErrorMessage="1">` +
    `<x14:formula1><xm:f>参数!$A$1:$A$2</xm:f></x14:formula1><xm:sqref>B2:B3</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>`
  );
}

export function sharedStringsXml(): string {
  const all = rows.flat();
  return `${head}<sst xmlns="${MAIN}" count="${all.length + 2}" uniqueCount="${all.length + 2}">${[...all, "城南村", "北乡村"].map((s) => `<si><t>${s}</t></si>`).join("")}</sst>`;
}

export function featurePackage(): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const put = (name: string, text: string) => (files[name] = strToU8(text));
  put(
    "[Content_Types].xml",
    `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Default Extension="png" ContentType="image/png"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>` +
      `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
      `<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>` +
      `<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>` +
      `<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>` +
      `<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"/>` +
      `<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/>` +
      `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
      `</Types>`,
  );
  put(
    "_rels/.rels",
    `${head}<Relationships xmlns="${PKG_R}"><Relationship Id="rId1" Type="${T("officeDocument")}" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="${T("extended-properties")}" Target="docProps/app.xml"/></Relationships>`,
  );
  put(
    "docProps/app.xml",
    `${head}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
      `<Application>Microsoft Excel</Application><HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant>` +
      `<vt:variant><vt:lpstr>命名范围</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
      `<TitlesOfParts><vt:vector size="3" baseType="lpstr"><vt:lpstr>站点台账</vt:lpstr><vt:lpstr>参数</vt:lpstr><vt:lpstr>站点台账!村名</vt:lpstr></vt:vector></TitlesOfParts></Properties>`,
  );
  put(
    "xl/workbook.xml",
    `${head}<workbook xmlns="${MAIN}" xmlns:r="${R}"><workbookPr codeName="ThisWorkbook"/><bookViews><workbookView activeTab="0"/></bookViews>` +
      `<sheets><sheet name="${FEATURE_SHEET}" sheetId="1" r:id="rId1"/><sheet name="参数" sheetId="2" state="hidden" r:id="rId2"/></sheets>` +
      `<definedNames><definedName name="村名" localSheetId="0">站点台账!$B$2:$B$3</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">站点台账!$A$1:$D$3</definedName></definedNames>` +
      `<calcPr calcId="191029"/><pivotCaches><pivotCache cacheId="1" r:id="rId5"/></pivotCaches></workbook>`,
  );
  put(
    "xl/_rels/workbook.xml.rels",
    `${head}<Relationships xmlns="${PKG_R}"><Relationship Id="rId1" Type="${T("worksheet")}" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${T("worksheet")}" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${T("styles")}" Target="styles.xml"/>` +
      `<Relationship Id="rId4" Type="${T("sharedStrings")}" Target="sharedStrings.xml"/><Relationship Id="rId5" Type="${T("pivotCacheDefinition")}" Target="pivotCache/pivotCacheDefinition1.xml"/>` +
      `<Relationship Id="rId6" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>`,
  );
  put(
    "xl/styles.xml",
    `${head}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts>` +
      `<fonts count="2"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font><font><b/><sz val="11"/><name val="宋体"/><charset val="134"/></font></fonts>` +
      `<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/></patternFill></fill></fills>` +
      `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="176" fontId="1" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
      `<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles><dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font></dxf></dxfs></styleSheet>`,
  );
  put("xl/sharedStrings.xml", sharedStringsXml());
  put("xl/worksheets/sheet1.xml", sheet1());
  put(
    "xl/worksheets/_rels/sheet1.xml.rels",
    `${head}<Relationships xmlns="${PKG_R}"><Relationship Id="rId1" Type="${T("drawing")}" Target="../drawings/drawing1.xml"/>` +
      `<Relationship Id="rId2" Type="${T("vmlDrawing")}" Target="../drawings/vmlDrawing1.vml"/><Relationship Id="rId3" Type="${T("comments")}" Target="../comments1.xml"/>` +
      `<Relationship Id="rId4" Type="${T("pivotTable")}" Target="../pivotTables/pivotTable1.xml"/></Relationships>`,
  );
  put(
    "xl/worksheets/sheet2.xml",
    `${head}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>12</v></c></row><row r="2"><c r="A2" t="s"><v>13</v></c></row></sheetData></worksheet>`,
  );
  put(
    "xl/comments1.xml",
    `${head}<comments xmlns="${MAIN}"><authors><author>县商务局</author></authors><commentList><comment ref="B2" authorId="0"><text><r><t>村名待核实</t></r></text></comment></commentList></comments>`,
  );
  put(
    "xl/drawings/vmlDrawing1.vml",
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
      `<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden"><x:ClientData ObjectType="Note"><x:Row>1</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>`,
  );
  put(
    "xl/drawings/drawing1.xml",
    `${head}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
      `<xdr:oneCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="95250" cy="95250"/>` +
      `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="图片 1"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
      `<xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>` +
      `<xdr:twoCellAnchor><xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>12</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="3" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId2"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
  );
  put(
    "xl/drawings/_rels/drawing1.xml.rels",
    `${head}<Relationships xmlns="${PKG_R}"><Relationship Id="rId1" Type="${T("image")}" Target="../media/image1.png"/><Relationship Id="rId2" Type="${T("chart")}" Target="../charts/chart1.xml"/></Relationships>`,
  );
  files["xl/media/image1.png"] = PNG;
  put(
    "xl/charts/chart1.xml",
    `${head}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/>` +
      `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>站点台账!$E$4</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart>` +
      `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>` +
      `</c:plotArea></c:chart></c:chartSpace>`,
  );
  put(
    "xl/pivotTables/pivotTable1.xml",
    `${head}<pivotTableDefinition xmlns="${MAIN}" name="透视表1" cacheId="1" dataCaption="值"><location ref="H20:I22" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/></pivotTableDefinition>`,
  );
  put(
    "xl/pivotTables/_rels/pivotTable1.xml.rels",
    `${head}<Relationships xmlns="${PKG_R}"><Relationship Id="rId1" Type="${T("pivotCacheDefinition")}" Target="../pivotCache/pivotCacheDefinition1.xml"/></Relationships>`,
  );
  put(
    "xl/pivotCache/pivotCacheDefinition1.xml",
    `${head}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}"><cacheSource type="worksheet"><worksheetSource ref="A1:D3" sheet="${FEATURE_SHEET}"/></cacheSource></pivotCacheDefinition>`,
  );
  // Not a real VBA project: bytes that must come back unchanged.
  files["xl/vbaProject.bin"] = Uint8Array.from({ length: 2048 }, (_, i) => (i * 131 + 7) % 256);
  // A fixed date: the package's bytes do not depend on when the test runs.
  return zipSync(files, { level: 6, mtime: new Date(2021, 7, 31, 12, 0, 0) });
}
