/**
 * Facts sheets of the 68th batch: a paper form's choices typed with the struck-out options in
 * brackets (大埔), a tool's settings file opened in Excel (龙川's 县情参数.ini), a film's subtitles
 * pasted cue by cue (新丰's 专题片字幕).
 */
import type { Sheet } from "../../src/core/grid";
import { withStruckOptionsChosen } from "../../src/ledger/facts/struck-options";
import { iniLabel, withIniRead } from "../../src/ledger/facts/ini-file";
import { withSubtitlesJoined } from "../../src/ledger/facts/subtitles";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const valueOf = (sheet: Sheet, key: string) => readFactsSheet(sheet, GD_2019).entries.find((e) => e.key === key)?.value;

const form: Sheet = {
  name: "基础情况登记表",
  rows: [
    ["序号", "登记事项", "选择／填写", "单位"],
    [1, "领导小组组长为", "县长／（常务副县长）／（分管副县长）", null],
    [2, "参与部门（未参与的划去）", "县商务局／县财政局／县农业农村局／县乡村振兴局（原县扶贫办）／（县交通运输局）", null],
    [3, "方案制定：工作方案因地制宜，可操作性较强（1-2分）", "（1）／2", "分"],
    [4, "为电子商务市场主体提供免费摄影、美工服务", "（有）／无", null],
    [5, "为电子商务发展提供其他衍生增值服务", "有／无", null],
    [6, "建立科学有效的资金管理制度且得到有效落实（1-5分）", "(1)／(2)／(3)／4／(5)", "分"],
    [7, "常住人口", "31.58", "万人"],
  ],
};

test("a paper form's choices: the options left standing; a yes / no with neither struck is unanswered", () => {
  const rows = withStruckOptionsChosen(form).rows;
  expect(rows.map((r) => r[2])).toEqual(["选择／填写", "县长", "县商务局、县财政局、县农业农村局、县乡村振兴局（原县扶贫办）", "2", "无", null, "4", "31.58"]);
  expect(valueOf(form, "centerPhoto")).toBe("无");
  expect(valueOf(form, "judged:fund.system")).toBe("4");
  expect(valueOf(form, "centerOther")).toBeUndefined();
});

test("a sheet with a choice or two in brackets keeps its cells as written", () => {
  const sheet: Sheet = {
    name: "t",
    rows: [
      ["项目", "情况"],
      ["覆盖", "15/(20)"],
      ["方案", "是/否"],
    ],
  };
  expect(withStruckOptionsChosen(sheet)).toBe(sheet);
});

const ini: Sheet = {
  name: "县情参数.ini",
  rows: [
    ["; 规则：以分号(;)或井号(#)开头的行是注释"],
    [";       是否类填 1=是 0=否"],
    ["[基本信息]"],
    [";常住人口_万人=70.12      ; 旧值，停用"],
    ["常住人口_万人=68.37       ; 第七次全国人口普查"],
    ["行政村数=326"],
    ["省定贫困村数=0"],
    ["[服务中心]"],
    ["免费摄影美工=0          ; 摄影棚在装修"],
    ["第三方运营=1"],
    ["[网络零售]  ; 本节单位：万元"],
    ["农村网零_2019=128650"],
    ["农村网零_2020=156020"],
    ["[资金]  ; 本节金额单位：元"],
    ["下达资金=5000000"],
    ["总体进度=0.86"],
    ["[主观项自评]  ; 本节填分值"],
    ["方案制定=2"],
  ],
};

test("a settings file is read as a table of label and value: comments gone, units and yes / no as the file says", () => {
  expect(iniLabel("常住人口_万人")).toBe("常住人口（万人）");
  expect(iniLabel("农村网零_2019")).toBe("2019年农村网零");
  expect(iniLabel("有劳动力贫困人口_不含外出")).toBe("有劳动力贫困人口（不含外出）");
  const rows = withIniRead(ini).rows.filter((r) => r.length === 2);
  expect(rows).toEqual([
    ["常住人口（万人）", "68.37"],
    ["行政村数", "326"],
    ["省定贫困村数", "0"],
    ["免费摄影美工", "否"],
    ["第三方运营", "是"],
    ["2019年农村网零", "128650万元"],
    ["2020年农村网零", "156020万元"],
    ["下达资金", "5000000元"],
    ["总体进度", "0.86"],
    ["方案制定", "2分"],
  ]);
  expect(valueOf(ini, "residentPopulation")).toBe("68.37");
  expect(valueOf(ini, "judged:org.plan")).toBe("2分");
});

test("a sheet with a line or two of key=value is no settings file", () => {
  const sheet: Sheet = { name: "t", rows: [["[说明]"], ["a=1"], ["常住人口", "42万"]] };
  expect(withIniRead(sheet)).toBe(sheet);
});

const cue = (n: number, from: string, to: string, ...text: string[]) => [[n], [`00:${from},000 --> 00:${to},000`], ...text.map((t) => [t]), []];

test("a film's subtitles are read as its narration, a sentence to a row", () => {
  const srt: Sheet = {
    name: "专题片字幕",
    rows: [
      ["《新丰电商这两年》专题片字幕.srt"],
      ...cue(1, "00:01", "00:04", "全县户籍人口28.2万人，", "常住人口25.5万人。"),
      ...cue(2, "00:04", "00:08", "2019年，全县农村网络零售额3.32亿元；"),
      ...cue(3, "00:08", "00:12", "2020年，达到4.36亿元，", "同比增长31.3%。"),
      ...cue(4, "00:12", "00:15", "截至今年8月底，"),
      ...cue(5, "00:15", "00:18", "全县累计开展电商培训112期、"),
      ...cue(6, "00:18", "00:21", "2,736人次。"),
      ...cue(7, "00:21", "00:25", "县政府正式印发", "《新丰县电子商务进农村综合示范县工作方案》。"),
      ...cue(8, "00:25", "00:29", "县里建成县电子商务产业园，入驻企业23家，", "并引进专业运营团队"),
      ...cue(9, "00:29", "00:33", "——韶关市丰创电子商务有限公司负责中心运营。"),
      ...cue(10, "00:33", "00:36", "新丰电商，正在路上。"),
    ],
  };
  expect(withSubtitlesJoined(srt).rows).toEqual([
    ["《新丰电商这两年》专题片字幕.srt"],
    ["全县户籍人口28.2万人，常住人口25.5万人。"],
    ["2019年，全县农村网络零售额3.32亿元；2020年，达到4.36亿元，同比增长31.3%。"],
    ["截至今年8月底，全县累计开展电商培训112期、2,736人次。"],
    ["县政府正式印发《新丰县电子商务进农村综合示范县工作方案》。"],
    ["县里建成县电子商务产业园，入驻企业23家，并引进专业运营团队——韶关市丰创电子商务有限公司负责中心运营。"],
    ["新丰电商，正在路上。"],
  ]);
  expect(valueOf(srt, "residentPopulation")).toBe("25.5万人");
  expect(valueOf(srt, "ruralRetail2020")).toBe("4.36亿元");
  expect(valueOf(srt, "trainingPersonTimesStated")).toBe("2,736人次");
  // A professional operating team brought in is the third-party operator the rubric asks for.
  expect(valueOf(srt, "thirdPartyOperator")).toBe("是");
});
