/**
 * From the 169th–172nd blind batches, ledgers: a printed directory of committees several names a row; a
 * postal bureau's table a column per courier; poor villages named in 备注; a village's stations side by
 * side; payments by project and month; two logs side by side under group headers a month a row; a term's
 * 小计 among sessions; a poor roster saying when each person was trained; a site search's results of
 * several columns; a web page's list with its days in brackets.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { scoreGrids } from "../../src/pipeline";

const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);
const sheet = (name: string, rows: CellValue[][], merges?: Sheet["merges"]): Sheet => ({ name, rows, merges });
const m = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });
const day = (d: { date: unknown }) => (d.date ? formatDate(d.date as never) : null);

test("a printed directory: each committee a record under its town, its kind from its row's first cell, the poor ones from the note", () => {
  const r = read(
    sheet("村居名录", [
      ["某区村（居）民委员会名录"],
      ["一、犁市镇（村委会5个，社区居委会1个）"],
      ["村委会", "黄排村", "小寨村", "凤坝村"],
      [null, "桂塘村", "马坳村"],
      ["社区居委会", "犁市社区"],
      ["二、花坪镇（村委会3个，社区居委会1个）"],
      ["村委会", "竹陂村", "长背村", "竹口村"],
      ["社区居委会", "花坪社区"],
      ["合计：村委会8个，社区居委会2个。"],
      ["注：省定贫困村（2个）：犁市镇凤坝村；花坪镇长背村。"],
    ]),
  );
  const v = r.ledgers.villages;
  expect(v.map((x) => [x.town, x.name, x.type, x.poor])).toEqual([
    ["犁市镇", "黄排村", "admin", false],
    ["犁市镇", "小寨村", "admin", false],
    ["犁市镇", "凤坝村", "admin", true],
    ["犁市镇", "桂塘村", "admin", false],
    ["犁市镇", "马坳村", "admin", false],
    ["犁市镇", "犁市社区", "residents", false],
    ["花坪镇", "竹陂村", "admin", false],
    ["花坪镇", "长背村", "admin", true],
    ["花坪镇", "竹口村", "admin", false],
    ["花坪镇", "花坪社区", "residents", false],
  ]);
  // Each record points at the row its name stands on.
  expect(v.map((x) => x.source.row)).toEqual([3, 3, 3, 4, 4, 5, 7, 7, 7, 8]);
});

test("a courier a column: a village reached by any one ticked; 备注 naming the poor villages makes the others not poor", () => {
  const r = read(
    sheet("快递覆盖", [
      ["序号", "镇（街道）", "村（社区）", "类别", "邮政", "中通", "顺丰", "备注"],
      [1, "城西街道", "石塘村", "行政村", "✓", null, "✓", null],
      [2, null, "金岭村", "行政村", null, "✓", null, "省定贫困村"],
      [3, null, "龙洋村", "行政村", null, null, null, "暂未设点"],
    ]),
  );
  expect(r.ledgers.villages.map((x) => [x.name, x.express, x.poor])).toEqual([
    ["石塘村", true, false],
    ["金岭村", true, true],
    ["龙洋村", false, false],
  ]);
});

test("a village's stations side by side (站点一 | 站点二): one record each filled, none for a village with none", () => {
  const r = read(
    sheet(
      "站点分布",
      [
        ["序号", "镇（街道）", "行政村", "站点一", null, "站点二", null, "备注"],
        [null, null, null, "站点名称", "挂牌时间", "站点名称", "挂牌时间", null],
        [1, "城西街道", "石塘村", "石塘村电商服务站", "2020.11.26", null, null, null],
        [2, null, "凤垌村", null, null, null, null, "未建站"],
        [3, "岗列街道", "东岭村", "东岭村电商服务站", "2020/9/25", "东岭村邮乐购服务点", 44285, null],
      ],
      [m(0, 0, 1, 0), m(0, 1, 1, 1), m(0, 2, 1, 2), m(0, 3, 0, 4), m(0, 5, 0, 6), m(0, 7, 1, 7)],
    ),
  );
  expect(r.ledgers.stations.map((s) => [s.village, s.name, s.opened ? formatDate(s.opened) : null])).toEqual([
    ["石塘村", "石塘村电商服务站", "2020-11-26"],
    ["东岭村", "东岭村电商服务站", "2020-09-25"],
    ["东岭村", "东岭村邮乐购服务点", "2021-03-30"],
  ]);
});

test("payments by project and month in 万元, a 累计 column adding each row up: each filled month a payment of that month", () => {
  const r = read(
    sheet(
      "资金支出",
      [
        ["专项资金支出进度表（按月）"],
        ["单位：万元"],
        ["序号", "项目", "合同金额", "2020年", null, null, "2021年", null, null, "累计支出"],
        [null, null, null, "10月", "11月", "12月", "1月", "2月", "3月", null],
        [1, "公共服务中心建设", 120, null, 36, null, 36, null, null, 72],
        [2, "站点建设", 115, null, null, 34.5, null, 10.45, null, 44.95],
        [3, "物流配送", 90, 27, null, null, null, null, 27, 54],
        ["合计", null, 325, 27, 36, 34.5, 36, 10.45, 27, 170.95],
      ],
      [m(2, 3, 2, 5), m(2, 6, 2, 8)],
    ),
  );
  expect(r.ledgers.funds.map((f) => [day(f), f.amount.toNumber()])).toEqual([
    ["2020-11", 360000],
    ["2021-01", 360000],
    ["2020-12", 345000],
    ["2021-02", 104500],
    ["2020-10", 270000],
    ["2021-03", 270000],
  ]);
});

test("two logs side by side a month a row: the reports and the column's updates each read, their days' year from the 月份", () => {
  const r = read(
    sheet(
      "月度登记",
      [
        ["月度报送及专栏更新登记"],
        ["月份", "向市商务局报送", null, null, "区政府网专栏更新", null],
        [null, "报送日期", "报送内容", "含电商扶贫统计", "更新日期", "更新内容"],
        ["2020年9月", "9月8日", "8月工作进展", "√", "9月27日", "8月项目建设进度"],
        ["2020年10月", "10月6日", "9月工作进展", "√", "（国庆长假，本月未更新）", null],
        ["2021年3月", "3月5日", "2月工作进展", "√", "3月7日、3月25日", "项目建设进度；站点名单公示"],
      ],
      [m(1, 0, 2, 0), m(1, 1, 1, 3), m(1, 4, 1, 5)],
    ),
  );
  expect(r.ledgers.reports.map(day)).toEqual(["2020-09-08", "2020-10-06", "2021-03-05"]);
  expect(r.ledgers.disclosures.map(day)).toEqual(["2020-09-27", "2021-03-07", "2021-03-25"]);
});

test("a term's 小计 among the sessions (2021年1—6月小计) is no session", () => {
  const r = read(
    sheet("培训班次", [
      ["期次", "培训班名称", "开班日期", "实到人次"],
      ["第1期", "基础班", "2020.12.22", 178],
      ["2020年小计", null, null, 178],
      ["第2期", "网店班", "2021.3.4", 276],
      ["2021年1—6月小计", null, null, 276],
      ["合计", null, null, 454],
    ]),
  );
  expect(r.ledgers.training.map((t) => t.personTimes.toNumber())).toEqual([178, 276]);
});

test("a poor roster's 参训日期: its persons trained on those days (by the cut-off), counted in the training rate", () => {
  const ids = ["440204197504214660", "44020419800119173X", "440204197605209430"];
  const { report } = scoreGrids({
    sheets: [
      sheet("基本情况", [
        ["项目", "内容"],
        ["考评截止日期", "2021年8月31日"],
      ]),
      sheet("脱贫人口参训", [
        ["序号", "姓名", "身份证号码", "劳动能力", "务工情况", "参训日期"],
        [1, "苏坤燕", ids[0], "有劳动能力", "区内务工", "2020.10.15、2020.11.12"],
        [2, "黄建", ids[1], "有劳动能力", "在家务农", "2021.9.8"],
        [3, "张杰", ids[2], "有劳动能力", "在家务农", null],
      ]),
    ],
  });
  const poor = report.indicators.find((i) => i.id === "work.training")?.items?.find((i) => i.id === "work.training.poor");
  expect(poor?.basis).toContain("已培训 1 人 / 有劳动能力的建档立卡贫困人口（不含外出务工）3 人");
});

test("a site search's results: only the programme's column's posts are its updates", () => {
  const r = read(
    sheet("专栏（站内搜索）", [
      ["在区政府网站内搜索“电子商务进农村”，共找到4条结果"],
      ["1．项目建设进度（2021年2月）"],
      ["所属栏目：专题专栏 > 电子商务进农村综合示范　　发布时间：2021-03-22　　来源：区科工商务局"],
      ["2．项目建设进度（2021年3月）"],
      ["所属栏目：专题专栏 > 电子商务进农村综合示范　　发布时间：2021-04-25　　来源：区科工商务局"],
      ["3．上半年商务工作总结"],
      ["所属栏目：计划总结　　发布时间：2021-07-20　　来源：区融媒体中心"],
      ["4．项目建设进度（2021年4月）"],
      ["所属栏目：专题专栏 > 电子商务进农村综合示范　　发布时间：2021-06-02　　来源：区科工商务局"],
    ]),
  );
  expect(r.ledgers.disclosures.map(day)).toEqual(["2021-03-22", "2021-04-25", "2021-06-02"]);
});

test("a web page's list with its days in brackets beside the titles ([2021-09-07])", () => {
  const r = read(
    sheet("专栏网页", [
      ["某区人民政府门户网站"],
      ["当前位置：首页 > 专题专栏 > 电子商务进农村综合示范"],
      ["· 项目建设进度（2021年8月）", "[2021-09-07]"],
      ["· 项目建设进度（2021年7月）", "[2021-08-07]"],
      ["· 项目建设进度（2021年6月）", "[2021-07-12]"],
      ["共 3 条　　首页　上一页　[1]　下一页　尾页"],
    ]),
  );
  expect(r.ledgers.disclosures.map(day)).toEqual(["2021-09-07", "2021-08-07", "2021-07-12"]);
});

test("a station list placing each station by its village's statistical code: named from the village list's codes", () => {
  const r = read(
    sheet("村居名单", [
      ["序号", "统计用区划代码", "镇（街道）", "村（居）委会名称", "类别"],
      [1, "441702101201", "双捷镇", "大坡村委会", "村委会"],
      [2, 441702101202, "双捷镇", "大湾村委会", "村委会"],
    ]),
    sheet("站点登记", [
      ["序号", "站点编号", "站点名称", "所在村（社区）代码", "站长", "挂牌日期"],
      [1, "JC001", "邮乐购服务点1号", 441702101202, "陈振", "2020.7.16"],
      [2, "JC002", "益农信息社2号", "441702101201", "叶建杰", "2020/07/28"],
      [3, "JC003", "电商服务站3号", "441702999999", "谭亮", "2020.8.1"],
    ]),
  );
  expect(r.ledgers.stations.map((s) => s.village)).toEqual(["大湾村委会", "大坡村委会"]);
  expect(r.diagnostics.list.map((d) => `${d.cell} ${d.message}`)).toContain("D4 所在村代码“441702999999”在村居名单中没有，未计入覆盖");
});

test("a work log told apart by 类别: its 报送市局 rows the reports, 专栏更新 the updates, 经验材料 the materials, the meetings none", () => {
  const r = read(
    sheet("工作日志", [
      ["某区商务局电商股工作日志"],
      ["日期", "类别", "事项", "对象／栏目", "经办人", "备注"],
      ["2020.8.6", "专栏更新", "区政府网专栏发布“项目建设进度（2020年7月）”", "区政府网专栏", "黄××", null],
      ["2020.8.29", "报送市局", "报送2020年8月工作进展", "广州市商务局", "陈××", null],
      ["2020.9.10", "会议", "召开领导小组第二次会议", "领导小组成员单位", "黄××", null],
      ["2020.9.25", "报送市局", "报送2020年9月工作进展", "广州市商务局", "陈××", null],
      ["2021.6.25", "经验材料", "报送《南沙区电商进农村经验做法》", "广州市商务局", "梁××", null],
    ]),
  );
  expect(r.ledgers.reports.map(day)).toEqual(["2020-08-29", "2020-09-25"]);
  expect(r.ledgers.disclosures.map(day)).toEqual(["2020-08-06"]);
  expect(r.ledgers.materials.map(day)).toEqual(["2021-06-25"]);
});

test("a roster in sections whose titles say labour and work away: each person read by the section they stand in", () => {
  const r = read(
    sheet("脱贫人口分类", [
      ["某区脱贫人口劳动能力分类名单"],
      ["序号", "镇（街道）", "村", "姓名", "公民身份号码", "备注"],
      ["一、有劳动能力、未外出务工（2人）"],
      [1, "新韶镇", "桂屋村", "谭伟", "44020419901013650X", null],
      [2, "犁市镇", "大屋村", "邓华玉", "440204198405192878", null],
      ["二、有劳动能力、外出务工（1人）"],
      [1, "犁市镇", "石屋村", "罗妹", "440204198603302767", null],
      ["三、无劳动能力（1人）"],
      [1, "乐园镇", "下田村", "欧国翠", "440204196510175835", null],
      ["四、劳动能力待核实（1人）"],
      [1, "新韶镇", "白坑村", "梁华金", "440204197406155230", null],
    ]),
  );
  expect(r.ledgers.poorPersons.map((p) => [p.id?.text, p.labour, p.migrant])).toEqual([
    ["44020419901013650X", true, false],
    ["440204198405192878", true, false],
    ["440204198603302767", true, true],
    ["440204196510175835", false, null],
    ["440204197406155230", null, null],
  ]);
});

test("a materials sign-for sheet: the centre's spare packs and a replacement pack are no trainees; a postal table of delivery's 是否通达 (its title says 快递) is delivery", () => {
  const r = read(
    sheet("资料领取签收", [
      ["序号", "培训日期", "培训班次", "姓名", "身份证号码", "资料包（份）", "领取人签名", "备注"],
      [1, "2020年11月19日", "第2期", "谭辉", "440204197109305781", 1, "谭辉", null],
      [null, "2020年11月19日", "第2期", "（中心备用）", null, 5, "黄××（中心）", "备用资料，交中心保管"],
      [2, "2021.1.26", "（补领）", "叶嘉少", "440205199909010813", 1, "叶嘉少", "第1期学员补领资料包（原件遗失），不是参训"],
    ]),
    sheet("快递通达", [
      ["某区建制村快递服务通达情况统计表"],
      ["序号", "乡镇（街道）", "村（社区）名称", "类别", "通达方式", "是否通达"],
      [1, "犁市镇", "竹围村", "建制村", "交邮合作", "是"],
      [2, null, "大岗村", "建制村", null, "否"],
    ]),
  );
  expect(r.ledgers.training.map((t) => t.id?.text)).toEqual(["440204197109305781"]);
  expect(r.ledgers.villages.map((v) => [v.name, v.express])).toEqual([
    ["竹围村", true],
    ["大岗村", false],
  ]);
});
