/**
 * 揭西's workbook (143rd batch) and two ledger cases of the 143rd–144th: a consistency check of the
 * drafts whose 采用值（以此为准） column alone answers; a class register whose 审核确认人次 counts over
 * the raw sign-ins and whose one-day classes end 当天; the poor villages' solar stations as the poor
 * villages, its township stations no village; a sitemap export whose articles carry their day in their
 * addresses; a spending plan beside what was paid; the poverty system's export of measures.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { factsOf } from "../corpus/read-facts";

const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);

test("a consistency check of the drafts: only the 采用值（以此为准） column answers, never the drafts beside it", () => {
  const sheet = {
    name: "材料一致性核查表",
    rows: [
      ["某县省级电子商务进农村综合示范创建考评材料一致性核查表"],
      ["同一数据在各份材料中写法不一的，一律以“采用值”列为准，其余各列是旧稿，仅供核对"],
      ["序号", "数据项", "自评报告（9月3日稿）", "工作总结（8月20日稿）", "台账／佐证材料", "是否一致", "采用值（以此为准）", "核查说明"],
      [1, "常住人口", "67.31万人", "96.8万人（户籍）", "七普公报67.31万人", "不一致", "67.31万人", "考评用常住人口"],
      [2, "行政村数", "286个", "264个", "264个", "不一致", "264", "自评报告把22个社区也算进去了，已改"],
      [3, "培训人次", "5,482", "4,414", "培训班备案及审核登记表", "不一致", "4,936", "改用审核确认人次"],
      [4, "资金专用台账（资金台账）", "5分", "4分", "—", "不一致", "4分", null],
    ],
  };
  const got = factsOf({ sheets: [sheet] });
  expect(got.facts).toMatchObject({ residentPopulation: 673100, adminVillagesStated: 264, trainingPersonTimesStated: 4936 });
  expect(got.judged).toMatchObject({ "fund.ledger": 4 });
});

test("a class register: the bureau's 审核确认人次 over the sign-ins, a class ending 当天 on its opening day, one never opened none", () => {
  const sheet: Sheet = {
    name: "培训班备案及审核",
    rows: [
      ["某县农村电商培训班开班备案及结业审核登记表"],
      ["班次", "培训主题", "开班日期", "结业日期", "备案计划人数", "实到人数（签到）", "审核确认人次", "状态"],
      ["PX001", "农村电商基础", "2020-06-08", "当天", 91, 86, 81, "已结业"],
      ["PX003", "直播带货", "2020年6月24日", "2020/6/25", 126, 119, 110, "已结业"],
      ["PX056", "短视频制作", "2021.9.23", "2021年9月24日", 120, null, null, "已备案，未开班"],
    ],
  };
  const { ledgers, diagnostics } = read(sheet);
  expect(ledgers.training.map((t) => [t.date, Number(t.personTimes)])).toEqual([
    [{ y: 2020, m: 6, d: 8 }, 81],
    [{ y: 2020, m: 6, d: 25 }, 110],
  ]);
  expect(diagnostics.list.filter((d) => d.severity !== "info")).toEqual([]);
});

test("the poor villages' solar stations, one a village: the villages; the township stations' section is no village", () => {
  const sheet: Sheet = {
    name: "光伏扶贫电站一览",
    rows: [
      ["某县光伏扶贫电站建设及收益情况一览表"],
      ["全县省定贫困村每村建有一座村级光伏扶贫电站，本表一、即全县省定贫困村名单；二、为镇级联建电站，不属于任何村"],
      ["序号", "镇（乡）", "所在村", "电站地点", "装机容量（kW）", "并网时间"],
      ["一、村级电站（省定贫困村）"],
      [1, "龙潭镇", "黄冲村", "黄冲村委会办公楼屋顶", 100, "2018.6.20"],
      [2, "龙潭镇", "下围村委会", "下围村委会办公楼屋顶", 150, "2018.7.13"],
      [3, "南山镇", "竹涌村", "竹涌村委会办公楼屋顶", 200, "2018年8月5日"],
      ["二、镇级联建电站（不属于村）"],
      [1, "灰寨镇", "—（镇区）", "灰寨镇政府屋顶", 300, "2019.5.16"],
    ],
  };
  expect(read(sheet).ledgers.poorVillages.map((v) => v.key)).toEqual(["黄冲", "下围", "竹涌"]);
});

test("a sitemap export: each article's day from its address, never the lastmod a site's move rewrote; list pages none", () => {
  const sheet: Sheet = {
    name: "专栏sitemap",
    rows: [
      ["某县人民政府门户网站　电子商务进农村综合示范专栏　sitemap.xml 导出"],
      ["序号", "loc", "lastmod", "changefreq", "priority"],
      [1, "http://www.example.gov.cn/zwgk/dzsjnc/index.html", "2021-09-16T22:41:07+08:00", "daily", 0.8],
      [2, "http://www.example.gov.cn/zwgk/dzsjnc/art/2020/6/12/art_2161_870231.html", "2021-09-16T22:41:00+08:00", "monthly", 0.5],
      [3, "http://www.example.gov.cn/zwgk/dzsjnc/art/2021/8/27/art_2161_895053.html", "2021-09-17T22:44:06+08:00", "monthly", 0.5],
    ],
  };
  expect(read(sheet).ledgers.disclosures.map((d) => d.date)).toEqual([
    { y: 2020, m: 6, d: 12 },
    { y: 2021, m: 8, d: 27 },
  ]);
});

test("a spending plan beside what was paid: only the 实际支付 day and 支付金额, not the request or its approval", () => {
  const sheet: Sheet = {
    name: "用款计划执行",
    rows: [
      ["某市电子商务进农村综合示范项目资金用款计划申请及执行情况表"],
      ["编制单位：某市商务局", null, null, null, null, null, null, "单位：元"],
      ["序号", "用款计划", null, null, "实际支付", null, null, "备注"],
      [null, "申请月份", "申请金额", "财政批复金额", "支付日期", "支付金额", "收款单位", null],
      [1, "2020年5月", 2200000, 2000000, "2020.5.29", 2000000, "某电子商务有限公司", "批复调减20万"],
      [2, "2020年7月", 800000, 800000, "2020年7月30日", 645000, "某科技有限公司", "余款待验收"],
      [3, "2020年10月", 1000000, 1000000, null, null, null, "计划调减，未支付"],
      [4, "2020年12月", 125000, 125000, "2020.12.30", "12.5万", "某职业培训学校", null],
    ],
    merges: [
      { top: 2, left: 1, bottom: 2, right: 3 },
      { top: 2, left: 4, bottom: 2, right: 6 },
    ],
  };
  expect(read(sheet).ledgers.funds.map((f) => [f.date, Number(f.amount)])).toEqual([
    [{ y: 2020, m: 5, d: 29 }, 2000000],
    [{ y: 2020, m: 7, d: 30 }, 645000],
    [{ y: 2020, m: 12, d: 30 }, 125000],
  ]);
});

test("the poverty system's measures: only 农村电商培训 done, at its 结束日期; other measures and a cancelled one none", () => {
  const sheet: Sheet = {
    name: "帮扶措施明细",
    rows: [
      ["广东省精准扶贫信息管理系统　帮扶措施明细查询结果"],
      ["序号", "户主姓名", "成员姓名", "证件号码", "措施类别", "措施名称", "开始日期", "结束日期", "状态"],
      [1, "何德才", "何德才", "441821196901011010", "产业帮扶", "种养奖补（养鸡）", "2020-03-01", "2020-12-31", "已完成"],
      [2, "何德才", "张海燕", "441821197206121247", "技能培训", "农村电商培训（直播带货）", "2021-04-15", "2021-04-15", "已完成"],
      [3, "梁翠萍", "梁翠萍", "441821197604061702", "技能培训", "家政服务培训", "2020-11-09", "2020-11-13", "已完成"],
      [4, "林国栋", "陈凤娇", "441821198412222625", "技能培训", "农村电商培训", "2020-12-08", "2020-12-09", "已完成"],
      [5, "林国栋", "林国栋", "441821198307112395", "技能培训", "农村电商培训", "2021-05-24", "2021-05-25", "已取消"],
    ],
  };
  expect(read(sheet).ledgers.training.map((t) => [t.name, t.date])).toEqual([
    ["张海燕", { y: 2021, m: 4, d: 15 }],
    ["陈凤娇", { y: 2020, m: 12, d: 9 }],
  ]);
});

test("the column's posts copied page by page: each byline's 发布时间 one update, the tables inside the posts no records", () => {
  const post = (title: string, day: string) => [
    [title],
    [`来源：某县商务局\u3000\u3000发布时间：${day}\u3000\u3000栏目：专题专栏＞电子商务进农村综合示范＞项目进度`],
    ["序号", "项目名称", "承建单位", "计划投资（万元）", "本月主要进展", "累计形象进度"],
    [1, "县电子商务公共服务中心建设及运营", "某县电子商务运营有限公司", 130, "按计划推进", "35%"],
    [2, "村级电商服务站点建设", "中国邮政集团有限公司某县分公司", 120, "按计划推进", "25%"],
    [],
  ];
  const sheet: Sheet = {
    name: "专栏进度公开稿",
    rows: [
      ["某县政府门户网站“电子商务进农村综合示范”专栏　项目建设进度公开稿汇编"],
      [],
      ...post("某县电子商务进农村综合示范项目建设进度（2021年2月）", "2021-03-08 09:28"),
      ...post("某县电子商务进农村综合示范项目建设进度（2021年3月）", "2021-05-06 09:31"),
      ...post("某县电子商务进农村综合示范项目建设进度（2021年4月）", "2021-05-12 09:34"),
    ],
  };
  const { ledgers } = read(sheet);
  expect(ledgers.disclosures.map((d) => d.date)).toEqual([
    { y: 2021, m: 3, d: 8 },
    { y: 2021, m: 5, d: 6 },
    { y: 2021, m: 5, d: 12 },
  ]);
  expect(ledgers.funds).toEqual([]);
});
