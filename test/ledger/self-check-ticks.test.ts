/**
 * Layouts met in the 193rd–198th blind batches (and the 192nd's county workbook): a 自查自纠情况表 whose 自查要点 are
 * ticked 符合 or 不符合, a system's export with "项目管理 小计" rows, an achievements list (成果名称 | 成果内容及数据),
 * a Word form's self-scores three to a row, web days as a browser or a publishing system writes them, stations
 * still being built, a 多栏式 account book, a bank's outlets with the station's sign added, a lecturers' fee sheet,
 * the city's own poor villages, a postal outlet register, a town a row with its communities beside its villages.
 */
import type { CellValue, Merge, Sheet } from "../../src/core/grid";
import { Diagnostics } from "../../src/core/diagnostics";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { parseDate } from "../../src/ledger/normalize/date";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const m = (top: number, left: number, bottom: number, right: number): Merge => ({ top, left, bottom, right });
const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);
const factsOf = (sheet: Sheet) => Object.fromEntries(readFactsSheet(sheet, GD_2019).entries.map((e) => [e.key, e.value]));
const claimsOf = (sheet: Sheet) => Object.fromEntries(readFactsSheet(sheet, GD_2019).claims.map((c) => [c.indicator, c.value]));
const derived = (...sheets: Sheet[]) => toScoringInput(read(...sheets).ledgers, GD_2019, new Diagnostics()).facts;
const day = (d: { y: number; m: number; d?: number } | null | undefined) => (d ? formatDate(d) : null);

test("a self-check's points ticked 符合 or 不符合: each 要点得分 is its item's points, the merged 指标自评分 the claim", () => {
  const sheet: Sheet = {
    name: "自查自纠表",
    rows: [
      ["某县电子商务进农村综合示范创建自查自纠情况表"],
      ["序号", "评价指标（分值）", "自查要点", "自查情况", "符合", "不符合", "要点得分", "指标自评分", "佐证材料"],
      [7, "农村产品上行（10分）", "对农产品网络销售进行调研并形成针对性建议（1-2分）", "委托第三方开展调研，形成报告", "✓", null, 2, 7, "A2-3"],
      [null, null, "开展农村产品网络促销活动成效明显（1-2分）", "开展线上促销活动3场", "✓", null, 1, null, null],
      [null, null, "当地有专业第三方电子商务运营或服务商（1分）", "招标确定第三方运营商", "✓", null, 1, null, null],
      [null, null, "出台农产品电商交易标准，建立冷链、溯源系统（1-2分）", "冷链仓在建", null, "✓", 0, null, null],
    ],
    merges: [m(2, 0, 5, 0), m(2, 1, 5, 1), m(2, 7, 5, 7), m(2, 8, 5, 8)],
  };
  const facts = factsOf(sheet);
  expect([facts["judged:work.upward.research"], facts["judged:work.upward.promotion"]]).toEqual([2, 1]);
});

test("a system's export with a 小计 row per indicator (项目管理　小计): the rows above are its items' points, the 小计 its claim", () => {
  const sheet: Sheet = {
    name: "自评打分表",
    rows: [
      ["指标编码", "评价指标", "评分细则", "分值", "自评选项", "自评得分", "自评说明"],
      ["1.1.1", "组织领导", "由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）", 2, "主要领导牵头（2分）", 2, "区长任组长"],
      ["1.1", "组织领导　小计", null, 2, null, 2, null],
      ["1.4.1", "项目管理", "建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）", "1-2", "2分", 2, "制定《项目建设管理办法》"],
      ["1.4.2", null, "建立完整工作台账，详细记录项目建设情况（1-2分）", "1-2", "1分", 1, "建立11类台账"],
      ["1.4", "项目管理　小计", null, 4, null, 3, null],
    ],
  };
  expect(factsOf(sheet)["judged:org.management.system"]).toBe(2);
  expect([claimsOf(sheet)["org.leadership"], claimsOf(sheet)["org.management"]]).toEqual([2, 3]);
});

test("an achievements list (成果名称 | 成果内容及数据 | 取得时间): each achievement answers its fact", () => {
  const sheet: Sheet = {
    name: "成果清单",
    rows: [
      ["序号", "考评指标（分值）", "成果名称", "成果内容及数据", "取得时间", "成果形式", "分项自评", "指标自评分", "备注"],
      [
        5,
        "服务体系建设：县级中心及产业园（15分）",
        "区电子商务公共服务中心投入运营",
        "中心2021年2月26日起对外运营（3月18日举行揭牌仪式）",
        "2021-02-26",
        "平台载体",
        "—",
        14,
        null,
      ],
      [null, null, "中心免费培训场所和设备", "设培训室2间，免费开展电商基础培训", "2021年2月", "平台载体", "—", null, null],
      [null, null, "免费摄影美工服务", "摄影棚、美工室免费为电商企业和农户拍摄产品", "2021年3月", "服务", "—", null, null],
    ],
    merges: [m(1, 0, 3, 0), m(1, 1, 3, 1), m(1, 7, 3, 7)],
  };
  const facts = factsOf(sheet);
  expect(String(facts.centerOpened)).toMatch(/2021.*2.*26/);
  expect([facts.centerFreeTraining, facts.centerPhoto].map((v) => String(v))).toEqual(["是", "是"]);
});

test("some policies still to come (用地、人才政策尚未出台) do not undo the one issued", () => {
  const sheet: Sheet = { name: "事实", rows: [["情况说明"], ["对网店开设、电商培训给予奖补，2021年已兑现奖补资金28.6万元；用地、人才政策尚未出台"]] };
  expect(factsOf(sheet).policyIssued).toBeUndefined();
});

test("a Word form's self-scores three to a row, each name over its points: the county's claims, not judged items", () => {
  const sheet: Sheet = {
    name: "登记表",
    rows: [
      ["资金管理制度自评（1-5分）", 4, null, "资金台账自评（1-5分）", 4, null, "及时拨付自评（1-5分）", 4],
      ["九、自评得分（分）"],
      ["组织领导", null, null, "方案制定", null, null, "政策支持"],
      [2, null, null, 2, null, null, 2],
      ["项目管理", null, null, "农村产品上行", null, null, "电商人才培训"],
      [3, null, null, 8, null, null, 18],
      ["制度建立", null, null, "资金台账", null, null, "资金支出"],
      [4, null, null, 4, null, null, 4],
    ],
  };
  const claims = claimsOf(sheet);
  expect([claims["org.leadership"], claims["work.upward"], claims["fund.spending"]]).toEqual([2, 8, 4]);
  const facts = factsOf(sheet);
  expect([facts["judged:fund.system"], facts["judged:fund.ledger"], facts["judged:fund.spending"]]).toEqual([4, 4, 4]);
});

test("a day as a browser writes it, a page's own words before it, or in a government page's address", () => {
  const of = (t: string) => {
    const r = parseDate(t);
    return r.ok ? formatDate(r.value) : null;
  };
  expect(of("Fri Dec 18 2020 00:00:00 GMT+0800 (中国标准时间)")).toBe("2020-12-18");
  expect(of("Wed Jan 20 2021 00:00:00 GMT+0800 (China Standard Time)")).toBe("2021-01-20");
  expect(of("发布于 2021-03-09 10:21")).toBe("2021-03-09");
  expect(of("http://www.qujiang.gov.cn/zwgk/dzswjnc/content/post_t20201104_2108549.html")).toBe("2020-11-04");
  expect(of("发布会2021")).toBeNull();
});

test("a column's posts dated only in a cell of the page's words or in their addresses: that column is the day", () => {
  const log = (header: string, cells: string[]): Sheet => ({
    name: "专栏信息",
    rows: [
      ["区政府门户网站“电子商务进农村综合示范”专栏信息"],
      ["序号", "标题", header, "浏览量"],
      ...cells.map((c, i) => [i + 1, `项目建设进度（第${i + 1}期）`, c, 100 + i]),
    ],
  });
  const posted = read(log("发布信息", ["发布于 2020-07-14 13:43", "发布于 2020-08-13 12:25", "发布于 2020-09-02 16:57"]));
  expect(posted.ledgers.disclosures.map((d) => day(d.date))).toEqual(["2020-07-14", "2020-08-13", "2020-09-02"]);
  const linked = read(
    log("链接地址", [
      "http://x.gov.cn/content/post_t20200714_1853847.html",
      "http://x.gov.cn/content/post_t20200811_2182714.html",
      "http://x.gov.cn/content/post_t20201104_2108549.html",
    ]),
  );
  expect(linked.ledgers.disclosures.map((d) => day(d.date))).toEqual(["2020-07-14", "2020-08-11", "2020-11-04"]);
});

test("a web list's lines dated in the page's brackets (· 标题　　[2021-08-15]) are the column's updates", () => {
  const sheet: Sheet = {
    name: "专栏文章",
    rows: [
      ["区政府门户网站“电子商务进农村综合示范”专栏　文章列表"],
      ["当前位置：首页 > 专题专栏 > 电子商务进农村综合示范"],
      ["· 某区电子商务进农村综合示范项目建设进度（2021年8月）　　[2021-08-15]"],
      ["· 某区电子商务进农村综合示范项目建设进度（2021年7月）　　[2021-07-07]"],
      ["· 某区电子商务进农村综合示范项目建设进度（2021年6月）　　[2021-06-04]"],
      ["首页　上一页　[1] 2 3　下一页　尾页　　共18条"],
    ],
  };
  expect(read(sheet).ledgers.disclosures.map((d) => day(d.date))).toEqual(["2021-08-15", "2021-07-07", "2021-06-04"]);
});

test("a station still being built is listed with no day and covers no village; a works record's unfinished lines are no stations", () => {
  const villages: Sheet = {
    name: "村居名单",
    rows: [["序号", "镇", "村委会名称", "类别"], ...["甲", "乙", "丙", "丁"].map((v, i) => [i + 1, "某镇", `${v}村`, "村委会"])],
  };
  const stations = (name: string, opened: CellValue[]): Sheet => ({
    name,
    rows: [
      ["序号", "站点名称", "所在镇", "所在行政村", "建成投用时间"],
      ...["甲", "乙", "丙", "丁"].map((v, i) => [i + 1, `${v}村电商服务站`, "某镇", `${v}村`, opened[i]]),
    ],
  });
  const list = stations("站点月度巡检", ["2020-11-02", "2021.1.15", "建设中", "待定"]);
  const { ledgers } = read(villages, list);
  expect(ledgers.stations.map((s) => [s.village, day(s.opened), s.pending ?? null])).toEqual([
    ["甲村", "2020-11-02", null],
    ["乙村", "2021-01-15", null],
    ["丙村", null, "建设中"],
    ["丁村", null, "待定"],
  ]);
  expect(Number(derived(villages, list).coveredVillages?.value)).toBe(2);
  // (On a construction progress chart the same line is a work not finished: no station.)
  expect(read(villages, stations("施工进度横道图", ["2020-11-02", "2021.1.15", "建设中", "2021-03-01"])).ledgers.stations.map((s) => s.village)).toEqual([
    "甲村",
    "乙村",
    "丁村",
  ]);
});

test("a station's village written with its committee and hamlet group (沙坳村委会下坊村民小组) is the committee's", () => {
  const sheet: Sheet = {
    name: "站点清单",
    rows: [
      ["序号", "站点名称", "所在村（社区）", "挂牌日期"],
      [1, "沙坳村下坊电商服务站", "沙坳村委会下坊村民小组", "2021-02-08"],
    ],
  };
  expect(read(sheet).ledgers.stations.map((s) => s.villageKey)).toEqual(["沙坳"]);
});

test("a 多栏式 account book (借方（支出） over a column per project and 借方合计): each payment once, from the total", () => {
  const sheet: Sheet = {
    name: "资金明细账",
    rows: [
      ["科目：专项应付款——省级电子商务进农村综合示范资金　　单位：元"],
      ["月", "日", "凭证号", "摘要", "贷方（收到资金）", "借方（支出）", null, null, "余额"],
      [null, null, null, null, null, "中心建设", "站点建设", "借方合计", null],
      ["2020年"],
      [9, 25, "记-004", "收到省级专项资金", 5000000, null, null, null, 5000000],
      [10, 16, "记-008", "支付中心建设首期款", null, 420000, null, 420000, 4580000],
      [11, 20, "记-011", "支付站点建设首期款", null, null, 356800, 356800, 4223200],
      [null, null, null, "11月合计", null, null, 356800, 356800, 4223200],
    ],
    merges: [m(1, 0, 2, 0), m(1, 1, 2, 1), m(1, 2, 2, 2), m(1, 3, 2, 3), m(1, 4, 2, 4), m(1, 5, 1, 7), m(1, 8, 2, 8)],
  };
  expect(read(sheet).ledgers.funds.map((f) => [day(f.date), f.amount.toNumber()])).toEqual([
    ["2020-10-16", 420000],
    ["2020-11-20", 356800],
  ]);
});

test("a bank's outlets with the station's sign added (是否加挂 | 挂牌时间): only those are stations", () => {
  const sheet: Sheet = {
    name: "金融服务点加挂电商站",
    rows: [
      ["序号", "镇", "普惠金融服务点", null, null, "村级电商服务站", null],
      [null, null, "服务点名称", "所在村（社区）", "设立时间", "是否加挂", "挂牌时间"],
      [1, "井岸镇", "农商银行上湾村普惠金融服务点", "上湾村", "2016/8/11", "是", "2021年4月20日"],
      [2, "井岸镇", "农商银行下岗村普惠金融服务点", "下岗村", "2017/3/1", "否", null],
    ],
    merges: [m(0, 0, 1, 0), m(0, 1, 1, 1), m(0, 2, 0, 4), m(0, 5, 0, 6)],
  };
  expect(read(sheet).ledgers.stations.map((s) => [s.village, day(s.opened)])).toEqual([["上湾村", "2021-04-20"]]);
});

test("a lecturers' fee sheet kept as the training ledger: each class's 学员人数 once, a second lecturer's line none", () => {
  const sheet: Sheet = {
    name: "课时费发放表",
    rows: [
      ["序号", "期次", "授课日期", "培训内容", "授课讲师", "课时", "课时费", "学员人数（签到）", "备注"],
      [1, "第1期", "2020-09-10", "农村电商基础知识", "林晓燕", 4, 1200, 226, null],
      [2, "第2期", "2020-10-09", "直播带货实操（上午）", "何永强", 3, 1200, 180, "上午、下午两位讲师"],
      [null, null, null, "短视频拍摄与剪辑（下午）", "陈秀兰", 3, 900, null, null],
    ],
    merges: [m(2, 0, 3, 0), m(2, 1, 3, 1), m(2, 2, 3, 2), m(2, 7, 3, 7), m(2, 8, 3, 8)],
  };
  expect(read(sheet).ledgers.training.map((t) => [day(t.date), t.personTimes.toNumber()])).toEqual([
    ["2020-09-10", 226],
    ["2020-10-09", 180],
  ]);
});

test("the city's own poor villages (广州市相对贫困村（市定）) are not the province's", () => {
  const sheet: Sheet = {
    name: "村居名单",
    rows: [
      ["序号", "镇（街）", "村（居）委会", "类别", "广州市相对贫困村（市定）"],
      [1, "某街", "甲村", "行政村", "是"],
      [2, "某街", "乙村", "行政村", null],
    ],
  };
  const { ledgers, diagnostics } = read(sheet);
  expect(ledgers.villages.map((v) => v.poor)).toEqual([null, null]);
  expect(diagnostics.list.some((d) => /不是省定贫困村/.test(d.message))).toBe(true);
});

test("a postal outlet register kept as the village list: a village with no outlet (—) has no delivery", () => {
  const sheet: Sheet = {
    name: "快递网点备案",
    rows: [
      ["序号", "镇（街道）", "村（居）委会", "类别", "快递服务网点名称", "入驻快递品牌"],
      [1, "香洲街道", "下岭村委会", "村委会", "下岭村快递综合服务站", "邮政、极兔"],
      [2, "捷胜镇", "新溪村委会", "村委会", "—", "—"],
    ],
  };
  expect(read(sheet).ledgers.villages.map((v) => v.express)).toEqual([true, false]);
});

test("a town a row, its villages in one cell (* the poor ones, legend in the header) and its communities in the next", () => {
  const sheet: Sheet = {
    name: "村居一览",
    rows: [
      ["序号", "镇（街道）", "行政村（带*的为省定贫困村）", "社区"],
      [1, "公馆镇", "公馆村、木头塘村*、良村", "—"],
      [2, "红旗街道", "—", "红旗社区、光华社区"],
    ],
  };
  const { ledgers, recognitions } = read(sheet);
  expect(recognitions[0].kind).toBe("villages");
  expect(ledgers.villages.map((v) => [v.name, v.type, v.poor])).toEqual([
    ["公馆村", "admin", false],
    ["木头塘村", "admin", true],
    ["良村", "admin", false],
    ["红旗社区", "residents", null],
    ["光华社区", "residents", null],
  ]);
});

test("park lease contracts: the firm entered on its 实际进场日期 and left on its 解约日期, not the lease's dates", () => {
  const sheet: Sheet = {
    name: "租赁合同台账",
    rows: [
      ["合同编号", "承租企业", "统一社会信用代码", "业态", "合同起始日", "合同到期日", "实际进场日期", "解约日期"],
      ["HT-001", "某某电子商务有限公司", "91440902DK01D6U1KW", "平台型电商", "2020.10.14", "2023.10.13", "2020-10-21", null],
      ["HT-002", "某某速递有限公司", "91440902MA4UQ1XL2Y", "快递物流", "2020.11.1", "2023.10.31", "2020-11-17", "2021-05-31"],
    ],
  };
  expect(read(sheet).ledgers.enterprises.map((e) => [day(e.entered), day(e.left)])).toEqual([
    ["2020-10-21", null],
    ["2020-11-17", "2021-05-31"],
  ]);
});

test("a report log's blank 附件 says nothing of the poverty statistics; 无 says none went", () => {
  const sheet: Sheet = {
    name: "月报报送",
    rows: [
      ["序号", "报送月份", "报送日期", "报送方式", "附件", "接收单位"],
      [1, "2020年10月", "2020/11/10", "电子邮件", "工作进展月报表；电商扶贫统计表", "市商务局"],
      [2, "2020年11月", "2020/12/7", "电子邮件", null, "市商务局"],
      [3, "2020年12月", "2021/1/4", "电子邮件", "无", "市商务局"],
    ],
  };
  expect(read(sheet).ledgers.reports.map((r) => r.poverty)).toEqual([true, null, false]);
});

test("some policies still to come beside the points (政策支持 | 人才、用地政策未出台) say nothing of the one issued", () => {
  const sheet: Sheet = {
    name: "自评表",
    rows: [
      ["序号", "指标", "分值", "扣分", "得分", "扣分原因及完成情况"],
      [3, "政策支持", 2, 1, 1, "出台《某区电子商务扶持资金管理办法》；用地、人才政策未出台，扣１分。"],
    ],
  };
  expect(factsOf(sheet).policyIssued).toBe("是");
  expect(factsOf(sheet).fundSystemIssued).toBeUndefined();
});

test("a cut-off said of the data in a request's brackets (数据统一截至2021年8月31日) and a mail's sender office's county", () => {
  const sheet: Sheet = {
    name: "邮件正文",
    rows: [
      ["发件人：黄埔区商务局电商科<hpsw_dsk@hp.gov.cn>"],
      ["督办事项", "如实反馈创建完成情况及自评结果（数据统一截至2021年8月31日）。"],
      ["项目", "数据", "单位"],
      ["常住人口", 126.4, "万人"],
    ],
  };
  const facts = factsOf(sheet);
  expect(String(facts.asOf)).toMatch(/2021年8月31日/);
  const { ledgers } = read(sheet);
  expect(ledgers.titleCounty?.name).toBe("黄埔区");
});

test("a village list's communities in a table of their own below (社区居委会 for 村委会) are read on; a table of renamed villages is not", () => {
  const sheet: Sheet = {
    name: "村居名单",
    rows: [
      ["一、行政村"],
      ["序号", "镇", "村委会", "是否省定贫困村", "快递进村"],
      [1, "红旗镇", "前林村", "否", "√"],
      [2, "红旗镇", "前塘村", "是", "√"],
      ["小计", null, "2个"],
      [],
      ["二、社区居委会"],
      ["序号", "镇", "社区居委会", "备注"],
      [1, "红旗镇", "金悦社区居委会", null],
      [],
      ["附：2020年村（居）合并调整情况（原名称已不再使用）"],
      ["序号", "原村（居）名称", "合并后名称", "调整时间"],
      [1, "威溪村", "前林村", "2020年12月"],
    ],
  };
  expect(read(sheet).ledgers.villages.map((v) => [v.name, v.type])).toEqual([
    ["前林村", "admin"],
    ["前塘村", "admin"],
    ["金悦社区居委会", "residents"],
  ]);
});

test("a station's town and village in one cell (镇/村 | 红旗镇／前林村委会) give its village", () => {
  const sheet: Sheet = {
    name: "站点台账",
    rows: [
      ["序号", "站点编号", "站点名称", "镇/村", "开业时间"],
      [1, "JW-001", "前涌村电商服务站", "红旗镇/前涌村", "2020.10.20"],
      [2, "JW-002", "映景社区电商服务站", "平沙镇／映景社区", "2020/12/30"],
    ],
  };
  expect(read(sheet).ledgers.stations.map((s) => s.villageKey)).toEqual(["前涌", "映景"]);
});

test("a poor labour list's 就业状态 read with its 就业地域: work inside the county is not away", () => {
  const sheet: Sheet = {
    name: "脱贫劳动力",
    rows: [
      ["某市脱贫劳动力就业帮扶台账"],
      ["序号", "村", "姓名", "身份证号码", "劳动力状况", "就业状态", "就业地域"],
      [1, "大岭村", "甲", "441481198607088491", "劳动力", "未就业", "—"],
      [2, "新联村", "乙", "441481198110026172", "半劳动力", "已就业", "省外"],
      [3, "溪唇村", "丙", "441481198410303768", "劳动力", "已就业", "县内"],
    ],
  };
  expect(read(sheet).ledgers.poorPersons.map((p) => p.migrant)).toEqual([false, true, false]);
});

test("a park's change log in one cell (2020.11.20 签约；2020.12.15 入驻): the entry, a bracket's move between rooms no day of it", () => {
  const sheet: Sheet = {
    name: "入驻企业变动",
    rows: [
      ["序号", "企业名称", "统一社会信用代码", "业态", "房号", "变动记录"],
      [1, "某某电子商务有限公司", "91440204DHKAY35343", "平台型电商", "105室", "2020.11.20 签约；2020.12.15 入驻；2021.5.31 退园"],
      [2, "某某网店", "91440204JH7AAL089R", "网店销售", "205室", "2021-04-12 入驻（2021-07-01 由301室迁至205室）"],
    ],
  };
  expect(read(sheet).ledgers.enterprises.map((e) => [day(e.entered), day(e.left)])).toEqual([
    ["2020-12-15", "2021-05-31"],
    ["2021-04-12", null],
  ]);
});

test("a training room's register: another office's class on another subject is no e-commerce class; 两天共99人次 is 99", () => {
  const sheet: Sheet = {
    name: "培训室使用登记",
    rows: [
      ["序号", "使用日期", "使用单位", "活动类型", "活动内容", "参加人数"],
      [1, "2020-09-24", "电商公共服务中心", "培训", "农村电商基础知识培训（第1期）", "64人"],
      [2, "2020-10-22", "电商公共服务中心", "培训", "网店开设与运营培训（第2期）", 67],
      [3, "2020-11-26", "区统计局", "培训", "2020年统计年报业务培训", 64],
      [4, "2020-12-10", "电商公共服务中心", "培训", "农产品品牌与包装培训（第3期）", 59],
      [5, "2021-04-08", "电商公共服务中心", "培训", "直播带货实操培训（第4期）", "两天共99人次"],
      [6, "2021-04-20", "区商务局", "会议", "工作推进会", 38],
    ],
  };
  expect(read(sheet).ledgers.training.map((t) => [day(t.date), t.personTimes.toNumber()])).toEqual([
    ["2020-09-24", 64],
    ["2020-10-22", 67],
    ["2020-12-10", 59],
    ["2021-04-08", 99],
  ]);
});

test("a typed-up sign-in sheet's 迟 (came late) is an attendance; 请假 is none", () => {
  const sheet: Sheet = {
    name: "培训签到",
    rows: [
      ["第1期 2021年4月22日 海产品网销培训"],
      ["序号", "姓名", "身份证号", "上午签到", "下午签到"],
      [1, "甲", "440512196905113678", "迟", "迟"],
      [2, "乙", "440512199505182336", "√", "√"],
      [3, "丙", "440512199512102306", "请假", "请假"],
    ],
  };
  expect(read(sheet).ledgers.training.map((t) => t.id?.text)).toEqual(["440512196905113678", "440512199505182336"]);
});

test("the same figures at several days side by side: the column marked as the assessment's is read, the others are notes", () => {
  const sheet: Sheet = {
    name: "分时点数据",
    rows: [
      ["序号", "项目", "单位", "截至2020年12月31日", "截至2021年6月30日", "截至2021年8月31日（考评）", "最新（截至2021年9月15日）", "备注"],
      [1, "培训人次", "人次", 2136, 4210, 5317, 5689, null],
      [2, "累计拨付资金", "万元", 126.5, 298, 361.75, 402, null],
    ],
  };
  const facts = factsOf(sheet);
  expect([String(facts.trainingPersonTimesStated), String(facts.fundSpentStated)]).toEqual(["5317", "361.75"]);
});

test("a support measure drafted and not yet issued (《…扶持农村电子商务发展办法》已起草，尚未印发) is no policy issued; 电商帮扶统计表 is the poverty statistics", () => {
  const sheet: Sheet = {
    name: "查漏补缺对照表",
    rows: [
      ["序号", "评分细则（分值）", "需提供的佐证材料", "佐证是否齐备", "我区情况（截至2021年8月31日）", "拟自评分"],
      [3, "出台政策支持农村电商发展（1-2分）", "出台的支持文件", "✗", "《某区扶持农村电子商务发展办法》已起草，尚未印发", "—"],
      [29, "能统计电商扶贫情况（3分）", "统计表", "✓", "月报附电商帮扶统计表", "—"],
    ],
  };
  const facts = factsOf(sheet);
  expect([facts.policyIssued, facts.povertyStatisticsStated]).toEqual(["否", "是"]);
});
