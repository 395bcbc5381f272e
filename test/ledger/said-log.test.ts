/**
 * Logs of what was said handed in as the facts sheet: a bureau's 电话记录簿 (a figure corrected by a
 * later call), a press conference's transcript (officials answering, reporters asking).
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { withSaidColumnOnly } from "../../src/ledger/facts/said-log";
import { withOwnMessages } from "../../src/ledger/facts/chat-log";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const facts = (sheet: Sheet) => {
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  const f = toScoringInput(read.ledgers, GD_2019, read.diagnostics).facts;
  return (k: string) => {
    const v = f[k]?.value;
    return typeof v === "object" && v !== null && "toNumber" in v ? (v as { toNumber(): number }).toNumber() : v;
  };
};

const calls: CellValue[][] = [
  ["某市商务局电话记录簿"],
  ["编号", "日期", "来电/去电", "对方单位及姓名", "事由", "通话内容", "处理情况", "记录人"],
  ["DH-082", "2021.8.23", "来电", "市商务局 谭科长", "核对基本情况", "问：常住人口、行政村数？答：全市常住人口75.1万人，行政村228个。", "无", "关××"],
  [
    "DH-083",
    "2021.8.23",
    "去电",
    "市统计局 梁股长",
    "索取农产品网络零售额",
    "统计局提供：2019年农产品网络零售额5.10亿元，2020年农产品网络零售额6.82亿元。",
    "当天已报市局",
    "关××",
  ],
  ["DH-084", "2021.8.25", "来电", "市商务局 谭科长", "核对培训数据", "问：截至8月底培训多少人次？答：按期次台账合计8,062人次。", "复核台账，无误", "司徒××"],
  [
    "DH-086",
    "2021.8.27",
    "去电",
    "市商务局 谭科长",
    "报送资金拨付情况",
    "报告：省下达我市专项资金500万元，截至8月27日累计拨付438.56万元，项目总体进度92%。",
    "市局要求补报凭证清单",
    "司徒××",
  ],
  [
    "DH-087",
    "2021.8.30",
    "来电",
    "市商务局 谭科长",
    "核对公共服务中心",
    "问：中心何时运营、由谁运营？答：市电子商务公共服务中心2020年6月28日正式投入运营，由专业第三方服务商运营。",
    "无",
    "关××",
  ],
  [
    "DH-085",
    "2021.8.26",
    "来电",
    "市统计局 梁股长",
    "更正农产品网络零售额",
    "统计局来电更正：8月23日提供的2020年农产品网络零售额6.82亿元系录入错误，应为6.28亿元；2019年5.10亿元不变。",
    "已告知市局，2020年改为6.28亿元",
    "关××",
  ],
];

test("a call log keeps only what was said, a later call's correction made where the figure was first said", () => {
  const rows = withSaidColumnOnly({ name: "电话记录", rows: calls }).rows;
  expect(rows[1]).toBe(calls[1]);
  expect(rows[2]).toEqual([null, null, null, null, null, calls[2][5], null, null]);
  expect(rows[3][5]).toBe("统计局提供：2019年农产品网络零售额5.10亿元，2020年农产品网络零售额6.28亿元。");
  expect(rows[7].every((v) => v === null)).toBe(true);
});

test("the call log's facts: answers read by their questions, the corrected figure, no other column's words", () => {
  const value = facts({ name: "电话记录", rows: calls });
  expect([value("residentPopulation"), value("adminVillagesStated")]).toEqual([751000, 228]);
  expect([value("agriRetail2019"), value("agriRetail2020")]).toEqual([510000000, 628000000]);
  expect(value("trainingPersonTimesStated")).toBe(8062);
  expect([value("fundAllocated"), value("centerOpened")]).toEqual([5000000, expect.anything()]);
  // The corrected 2020 figure is no 农村 figure; the correction line is gone.
  expect([value("ruralRetail2019"), value("ruralRetail2020")]).toEqual([undefined, undefined]);
});

const transcript: Sheet = {
  name: "发布会实录",
  rows: [
    ["某市电子商务进农村综合示范创建工作新闻发布会（文字实录）"],
    ["序号", "发言人", "发言内容"],
    ["1", "主持人", "各位记者朋友，上午好！今天介绍我市电子商务进农村综合示范创建工作情况。"],
    ["2", "吴××（市商务局局长）", "二是人才培训成效明显。累计开展电商培训5,346人次。有劳动能力且未外出务工的建档立卡贫困人口980人，其中参加电商培训561人。"],
    ["3", "江门日报记者", "请问在电商扶贫方面，我市的统计和帮扶是如何开展的？"],
    ["4", "吴××（市商务局局长）", "我们每月向市商务局报送创建进展时，都单列统计电商扶贫情况。"],
    ["5", "郑××（市农业农村局副局长）", "据统计部门数据，2020年全市农产品网络零售额3.18亿元，比2019年的2.35亿元增长35.3%。"],
    ["6", "吴××（市商务局局长）", "一是服务体系基本建成。市电子商务公共服务中心于2020年11月投入运营，并引进了专业第三方运营服务商负责运营。行政村快递通达率100%。"],
    ["7", "吴××（市商务局局长）", "四是资金使用规范。省下达专项资金500万元，已累计拨付411.2万元。创建期间没有发生安全生产和质量事故。"],
    ["8", "主持人", "本场发布会到此结束。谢谢大家！"],
  ],
};

test("a numbered transcript is no chat among counties: every speaker is read", () => {
  expect(withOwnMessages(transcript)).toBe(transcript);
  const value = facts(transcript);
  expect([value("trainingPersonTimesStated"), value("eligiblePoorPersonsStated"), value("trainedPoorPersonsStated")]).toEqual([5346, 980, 561]);
  expect([value("agriRetail2019"), value("agriRetail2020")]).toEqual([235000000, 318000000]);
  // The reporter's question states nothing; the answer after it does.
  expect(value("povertyStatisticsStated")).toBe(true);
});

test("a bare yes before its account is read after the row's question", () => {
  const sheet: Sheet = {
    name: "依申请公开答复",
    rows: [
      ["序号", "申请公开的内容（照录申请书）", "答复类型", "答复内容"],
      [5, "有没有请专业的第三方电商运营公司？", "予以公开", "有。经公开招标，由广东山里人家电子商务有限公司承担县级公共服务中心及村级站点的运营服务。"],
      [6, "县里行政村一共多少个？", "予以公开", "全县行政村共有118个。"],
    ],
  };
  const rows = withSaidColumnOnly(sheet).rows;
  expect(rows[1][3]).toBe("有没有请专业的第三方电商运营公司？有。经公开招标，由广东山里人家电子商务有限公司承担县级公共服务中心及村级站点的运营服务。");
  expect(rows[2][3]).toBe("全县行政村共有118个。");
  const read = Object.fromEntries(readFactsSheet(sheet, GD_2019).entries.map((e) => [e.key, String(e.value)]));
  expect([read.thirdPartyOperator, read.adminVillagesStated]).toEqual(["是", "118个"]);
});

test("a supervision system's export: each department's 办理情况反馈, an answer sent back (退回) left for the 已办结 one, a bare 有 answering its task", () => {
  const sheet: Sheet = {
    name: "督办事项办理情况",
    rows: [
      ["某县人民政府督查室督办事项办理情况（考评数据收集专项）", null, null, null, null, null],
      ["序号", "督办事项", "承办单位", "办理情况反馈", "办理状态", "审核意见"],
      [1, "提供全县常住人口数", "县统计局", "全县常住人口20.87万人（第七次全国人口普查）。", "已办结", "采用"],
      [2, "报送县电子商务公共服务中心运营情况", "县电商公共服务中心", "中心于2021年3月8日开业，开展电商培训、农产品展示等服务。", "退回", "请核实后重报"],
      [null, null, null, "中心于2020年12月28日通过验收并正式投入运营；为电商主体提供免费摄影、美工服务。", "已办结", "采用"],
      [3, "报送第三方电商运营服务商情况", "县商务局", "有，韶关市丰联电商运营服务有限公司负责县电商公共服务中心和产业园运营。", "已办结", "采用"],
      [4, "提供省级专项资金下达及拨付情况", "县财政局", "下达省级专项资金500万元，累计拨付401.24万元。", "退回", "含9月拨付的40万元，请按8月31日口径重报"],
      [null, null, null, "下达省级专项资金500万元，截至2021年8月31日累计拨付361.24万元。", "已办结", "采用"],
    ],
    merges: [
      { top: 3, left: 0, bottom: 4, right: 0 },
      { top: 3, left: 1, bottom: 4, right: 1 },
      { top: 3, left: 2, bottom: 4, right: 2 },
    ],
  };
  const f = facts(sheet);
  expect(f("residentPopulation")).toBe(208700);
  expect(f("centerOpened")).toEqual({ y: 2020, m: 12, d: 28 });
  expect(f("centerPhoto")).toBe(true);
  expect(f("thirdPartyOperator")).toBe(true);
  expect(f("fundSpentStated")).toBe(3612400);
});

test("a broadcast station's register of scripts: the aired scripts' facts in spoken numerals, a day without its year in the year it aired, a script not passed read as nothing", () => {
  const sheet: Sheet = {
    name: "应急广播播出登记",
    rows: [
      ["某县应急广播（“村村响”）电子商务进农村宣传稿件播出登记表", null, null, null, null],
      ["序号", "拟播日期", "稿件内容（口播稿全文）", "审核结果", "播出情况"],
      [
        1,
        "2020年11月20日",
        "各位乡亲：县电子商务公共服务中心已经在11月16号正式投入运营啦！中心有专门的培训教室和电脑设备，免费教大家开网店；开网店要拍产品照片、做图片设计的，中心也免费帮大家拍、帮大家做。",
        "通过",
        "已播出",
      ],
      [2, "2020年12月10日", "乡亲们：县电子商务公共服务中心开业以来，已经培训了一万二千三百人次。", "不通过（数据未经核实）", "未播出"],
      [3, "2021年3月15日", "乡亲们：全县三百四十一个行政村已经实现快递进村全覆盖。县里还引进了专业的电商运营服务公司，帮大家做网店代运营。", "通过", "已播出"],
      [4, "2021年9月6日", "各位乡亲：截至今年8月31日，全县累计开展电商培训七千零八十六人次；省里下达我县的五百万元专项资金，已经拨付三百九十二万元。", "通过", "已播出"],
    ],
  };
  const f = facts(sheet);
  expect(f("centerOpened")).toEqual({ y: 2020, m: 11, d: 16 });
  // (拍产品照片 is 摄影 and 做图片设计 美工, said aloud.)
  expect(f("centerPhoto")).toBe(true);
  expect(f("adminVillagesStated")).toBe(341);
  expect(f("expressCoverage")).toBe(true);
  expect(f("thirdPartyOperator")).toBe(true);
  // The script not passed never aired: its 12,300 is no one's figure.
  expect(f("trainingPersonTimesStated")).toBe(7086);
  expect(f("fundSpentStated")).toBe(3920000);
});

test("a show's LED subtitles are read, not its lines that round the figures for the rhyme", () => {
  const script: Sheet = {
    name: "三句半台本",
    rows: [
      ["三句半《电商进村样样新》演出台本（LED字幕定稿）", null, null, null],
      ["字幕说明", "台词为押韵取整数，LED大屏字幕为核定的准确数字，读数一律以字幕为准。", null, null],
      ["段", "角色", "台词", "LED大屏字幕"],
      ["一、区情", "甲", "常住人口一百六", "常住人口164.8万人（第七次全国人口普查）"],
      [null, "乙", "培训五千多人次", "累计培训5,236人次"],
      [null, "丙", "农村网销年年涨", "农村网络零售额：2019年38.6亿元 → 2020年51.2亿元"],
      [null, "丁", "数据真实不掺假", "无弄虚作假"],
    ],
  };
  const facts = Object.fromEntries(readFactsSheet(script, GD_2019).entries.map((e) => [e.key, e.value]));
  expect(facts).toMatchObject({ residentPopulation: "164.8万人", trainingPersonTimesStated: "5,236人次", ruralRetail2019: "38.6亿元", ruralRetail2020: "51.2亿元" });
});

test("a veto's case said not to be is read however short (无弄虚作假)", () => {
  const rows: Sheet["rows"] = [
    ["县委县政府挂图作战表", null, null, null],
    ["序号", "任务", "目标", "战果"],
    [1, "常住人口", "—", "常住人口33.58万人"],
    [2, "行政村", "—", "行政村120个"],
    [3, "数据真实", "不弄虚作假", "无弄虚作假"],
  ];
  expect(readFactsSheet({ name: "t", rows }, GD_2019).entries.find((e) => e.key === "vetoFraud")?.value).toBe("否");
});
