/**
 * The county a title names stands in for a facts sheet that never names it, so the scored table's
 * heading says whose table it is instead of "（未填写县名）".
 */
import { countyInTitle } from "../../src/ledger/title-county";
import { scoreGrids } from "../../src/pipeline";

describe("countyInTitle", () => {
  test.each([
    ["蕉岭县电子商务进农村综合示范工作自评报告", "蕉岭县", "蕉岭"],
    ["广东省梅州市蕉岭县电商进农村台账", "蕉岭县", "蕉岭"],
    ["韶关市乐昌市农村电商培训签到表", "乐昌市", "乐昌"],
    ["连山壮族瑶族自治县服务站点名单", "连山壮族瑶族自治县", "连山"],
    ["  清远市清新区宣传报道统计表", "清新区", "清新"],
    // An email pasted into a sheet names it in its subject line.
    ["主题：揭西县2019年省级电子商务进农村综合示范创建自评情况的报告", "揭西县", "揭西"],
  ])("%s → %s", (title, name, short) => {
    expect(countyInTitle(title)).toEqual({ name, short });
  });

  test.each([
    "韶关市电子商务进农村工作台账",
    "示范县创建工作台账",
    "农村电商服务站点名单",
    "全县培训情况",
    "培训签到表",
    "收件人：揭阳市商务局电子商务科",
    "发件人：揭西县商务局电商股<jx@163.com>",
    "主题：回复：【请核实】武江区考评基础数据表初审问题",
  ])("%s names no county", (title) => {
    expect(countyInTitle(title)).toBeUndefined();
  });
});

describe("a workbook whose facts never name the county", () => {
  const facts = {
    name: "自评报告",
    rows: [["蕉岭县电子商务进农村综合示范工作自评报告"], ["常住人口", "23万人"], ["行政村数", "97个"]],
  };
  const stations = { name: "站点", rows: [["梅州市平远县服务站点名单"], ["序号", "村名", "建成时间"], [1, "长来村", "2020-05-12"]] };

  test("takes it from the facts sheet's title, before a ledger's, and says where", () => {
    const { report } = scoreGrids({ sheets: [stations, facts] });
    expect(report.county).toBe("蕉岭县");
    const note = report.diagnostics.find((d) => d.message.includes("取自工作表"));
    expect(note).toMatchObject({ severity: "info", sheet: "自评报告", cell: "A1" });
  });

  test("takes a ledger's title when the facts sheet has none", () => {
    const { report } = scoreGrids({ sheets: [stations, { ...facts, rows: facts.rows.slice(1) }] });
    expect(report.county).toBe("平远县");
  });

  test("a county written in the facts wins over any title", () => {
    const { report } = scoreGrids({ sheets: [stations, { ...facts, rows: [...facts.rows, ["县（市、区）名称", "大埔县"]] }] });
    expect(report.county).toBe("大埔县");
    expect(report.diagnostics.some((d) => d.message.includes("取自工作表"))).toBe(false);
  });
});

test("a note under the title naming the county by the form's label names it, wherever in the note", () => {
  expect(countyInTitle("电商股说明：片中数字已与报省考评数据逐一核对，县（市、区）：新丰县，数据截至2021年8月31日。")?.name).toBe("新丰县");
  expect(countyInTitle("填报单位：县（市、区）名称：连山壮族瑶族自治县")?.name).toBe("连山壮族瑶族自治县");
  // A note naming no county by that label says nothing of it.
  expect(countyInTitle("电商股说明：字幕文件用记事本打开后全选复制粘贴，未改动。")).toBeUndefined();
});
