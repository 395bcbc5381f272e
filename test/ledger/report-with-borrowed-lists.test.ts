/**
 * 平远's workbook (125th batch): a self-assessment report a paragraph a row, each item named with its
 * full marks in brackets before the clerk's points ("（十三）制度建立（5分），自评4分"); the 专栏's list
 * page copied from the website, titles and days in two cells, two pages with the pager between them,
 * under a note merged across the sheet; the city's call for cases answered (案例名称 | 报送时间).
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);

test("an item's full marks in brackets before its 自评N分 are no points: the clerk's are", () => {
  const r = read({
    name: "自评报告",
    rows: [
      ["某县电子商务进农村综合示范创建工作自评报告"],
      ["一、基本情况"],
      ["　　本报告数据截至2021年8月31日（考评截止日期）。省级下达专项资金500万元。"],
      ["二、自评情况"],
      ["（二）方案制定（2分），自评1分。2020年1月县政府办公室正式印发《某县电子商务进农村综合示范工作方案》。"],
      ["（十三）制度建立（5分），自评4分。制定《某县省级电子商务进农村综合示范专项资金管理办法》并执行。"],
      ["（十四）资金台账（5分），自评3分。各承建单位均建立资金专用台账。"],
    ],
  });
  const input = toScoringInput(r.ledgers, GD_2019, r.diagnostics);
  const judged = Object.fromEntries(Object.entries(input.judgements).map(([k, j]) => [k, j.points.toNumber()]));
  expect(judged).toMatchObject({ "org.plan": 1, "fund.system": 4, "fund.ledger": 3 });
});

test("a 专栏 list page copied with its days in the next cell: every post, across the pager; the note above merged across is no group header", () => {
  const { ledgers, recognitions, diagnostics } = read({
    name: "专栏网页列表",
    rows: [
      ["某县人民政府门户网站 > 专题专栏 > 电子商务进农村综合示范", null],
      ["（2021年9月10日从网站专栏列表页复制，按网页顺序，最新在前；每页3条）", null],
      ["[置顶] 某县电子商务进农村综合示范工作方案", "2020-01-15"],
      ["· 某县电子商务进农村综合示范项目建设进度（2021年8月）", "2021-09-05"],
      ["· 某县电子商务进农村综合示范项目建设进度（2021年7月）", "2021-08-04"],
      ["共5条　第1/2页　首页　上一页　下一页　尾页", null],
      ["· 某县电子商务进农村综合示范项目建设进度（2021年6月）", "2021-07-03"],
      ["· 某县电子商务进农村综合示范项目基本信息公示", "2020-03-10"],
      ["共5条　第2/2页　首页　上一页　下一页　尾页", null],
    ],
    merges: [
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 1, left: 0, bottom: 1, right: 1 },
      { top: 5, left: 0, bottom: 5, right: 1 },
      { top: 8, left: 0, bottom: 8, right: 1 },
    ],
  });
  expect(recognitions[0].kind).toBe("disclosures");
  expect(ledgers.disclosures.map((d) => [d.source.row, d.date && `${d.date.y}-${d.date.m}-${d.date.d}`])).toEqual([
    [3, "2020-1-15"],
    [4, "2021-9-5"],
    [5, "2021-8-4"],
    [7, "2021-7-3"],
    [8, "2020-3-10"],
  ]);
  expect(diagnostics.list.some((d) => d.cell === "6:6" && /翻页栏/.test(d.message))).toBe(true);
});

test("the city's call for cases answered, 案例名称 | 报送时间, is the materials sent — no facts sheet whose case title opens the centre", () => {
  const { recognitions, ledgers } = read({
    name: "案例征集回执",
    rows: [
      ["某市商务局电子商务进农村典型案例征集回执", null, null, null, null, null],
      ["报送单位（盖章）：某县商务局　　联系人：谢××　　（请于2021年6月20日前报市商务局电商科）", null, null, null, null, null],
      ["序号", "案例名称", "案例类型", "报送时间", "报送方式", "备注"],
      [1, "“村站＋合作社＋脱贫户”带动脐橙网络销售", "电商扶贫", "2021年6月18日", "电子邮件＋纸质", null],
      [2, "某县电子商务公共服务中心运营经验", "服务体系建设", "2021年6月18日", "电子邮件＋纸质", null],
    ],
  });
  expect(recognitions[0].kind).toBe("materials");
  expect(ledgers.materials.map((m) => m.source.row)).toEqual([4, 5]);
});
