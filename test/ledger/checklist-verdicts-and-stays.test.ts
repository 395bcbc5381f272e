/**
 * From the 161st and 162nd blind batches: a review checklist's 核查结果 (符合 / 不符合，…), an indicator's items'
 * points in its bracket with a long item's name, a media list's form ticked under its group header, a
 * village list's 贫困村类别 of 非贫困村, a station's village corrected in a bracket beside it, and a park's
 * firms each with its stay in one cell.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { factsOf } from "../corpus/read-facts";

const facts = (name: string, rows: CellValue[][]) => factsOf({ sheets: [{ name, rows }] });
const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);
const day = (d: { y: number; m: number; d?: number } | null | undefined) => (d ? formatDate(d) : null);

test("a review checklist's 核查结果: 符合 meets the point, 不符合，… does not", () => {
  const got = facts("核查表", [
    ["评价指标", "核查要点", "核查结果", "分项自评"],
    ["服务体系建设", "有免费培训场所、培训设备，能组织电商基础培训（2分）", "符合", 2],
    [null, "为特色农产品提供免费展示、销售服务（1分）", "符合", 1],
    [null, "为电子商务市场主体提供免费摄影、美工服务（1分）", "不符合，未提供免费美工服务", 0],
    [null, "组织农产品统一推广、指导特色农产品品牌建设（1分）", "符合", 1],
    ["一票否决", "发生安全生产、质量事故，或造成重大经济损失和社会不良影响", "符合", null],
  ]);
  expect(got.facts).toMatchObject({ centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true });
  // (A veto's line checked 符合 passed its check: nothing happened.)
  expect(got.facts.vetoIncident).not.toBe(true);
});

test("an indicator's items' points in its bracket, a long item's name among them (交易标准与冷链溯源1分)", () => {
  const got = facts("自评报告", [
    ["潮南区电子商务进农村综合示范工作自评报告"],
    ["按照考评指标体系逐项自评，合计101分。其中：农村产品上行9分（网销调研2分、网络促销2分、第三方运营1分、快递覆盖1分、交易标准与冷链溯源1分、零售额增速2分）。"],
  ]);
  expect(got.judged).toMatchObject({ "work.upward.research": 2, "work.upward.promotion": 2, "work.upward.standards": 1 });
});

test("a media list's form ticked under its group header (形式 over 电视 | 广播 | 报纸 | 网络): a station's radio item is no television", () => {
  const got = read({
    name: "宣传报道",
    rows: [
      ["宣传报道统计表"],
      ["序号", "报道日期", "媒体", null, "形式", null, null, null, "报道标题"],
      [null, null, "名称", "级别", "电视", "广播", "报纸", "网络", null],
      [1, "2021.1.20", "汕尾广播电视台", "市", null, "√", null, null, "电商助农：海产搭上直播快车"],
      [2, "2021.5.8", "汕尾广播电视台", "市", "√", null, null, null, "城区电子商务公共服务中心见闻"],
      [3, "2021.3.12", "南方+客户端", "省", null, null, null, "√", "电商服务站建到渔村"],
    ],
    merges: [
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 1, right: 3 },
      { top: 1, left: 4, bottom: 1, right: 7 },
      { top: 1, left: 8, bottom: 2, right: 8 },
    ],
  });
  expect(got.ledgers.media.map((m) => [day(m.date), m.form, m.tv])).toEqual([
    ["2021-01-20", "广播", false],
    ["2021-05-08", "电视", true],
    ["2021-03-12", "网络", false],
  ]);
});

test("a village list's 贫困村类别: 省定贫困村 poor, 市定相对贫困村 and 非贫困村 not", () => {
  const got = read({
    name: "村居名单",
    rows: [
      ["端州区村（居）民委员会名单"],
      ["序号", "街道", "村（居）民委员会名称", "贫困村类别", "是否通快递"],
      [1, "睦岗街道", "睦岗村民委员会", "非贫困村", "是"],
      [2, null, "大冲村民委员会", "省定贫困村", "是"],
      [3, null, "龙塘村民委员会", "市定相对贫困村", "是"],
    ],
  });
  expect(got.ledgers.villages.map((v) => [v.name, v.poor])).toEqual([
    ["睦岗村民委员会", false],
    ["大冲村民委员会", true],
    ["龙塘村民委员会", false],
  ]);
});

test("a station's village corrected in a bracket beside it (上瑶村（原误填下瑶村）): the name outside the bracket", () => {
  const got = read({
    name: "站点台账",
    rows: [
      ["站点名称", "所在街道", "所在村（社区）", "投入运营时间"],
      ["睦岗村电商服务站", "睦岗街道", "睦岗村", "2020.9.18"],
      ["上瑶村电商服务站", "睦岗街道", "上瑶村（原误填下瑶村）", "2020.11.6（原登记2020.10.26，以挂牌照片为准）"],
    ],
  });
  expect(got.ledgers.stations.map((s) => [s.village, s.villageKey, day(s.opened)])).toEqual([
    ["睦岗村", "睦岗", "2020-09-18"],
    ["上瑶村", "上瑶", "2020-11-06"],
  ]);
});

test("a park's firms each with its stay in one cell: entered at its start, left at its end (至今, 今 or none: still in)", () => {
  const got = read({
    name: "产业园企业",
    rows: [
      ["电子商务产业园入驻企业名录"],
      ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻期间"],
      [1, "汕头市濠江区海湾优品电子商务有限公司", "91440512TE5PXR2JR4", "平台型电商企业", "2020.9—至今"],
      [2, "汕头市濠江区礐石海鲜干货商行", "9144051247BP9KB2RD", "销售型企业", "2020.10—2021.6"],
      [3, "汕头市濠江区顺捷物流有限公司", "91440512EG0577J1ED", "物流企业", "2020年10月—今"],
      [4, "汕头市濠江区云海电商运营有限公司", "9144051248GE950WC6", "电商运营商", "2020.11.2—"],
      [5, "汕头市濠江区河浦腌制品网店", "9144051209A00XKPAR", "销售型企业", "2020-12-08-2021-04-30"],
    ],
  });
  expect(got.ledgers.enterprises.map((e) => [day(e.entered), day(e.left)])).toEqual([
    ["2020-09", null],
    ["2020-10", "2021-06"],
    ["2020-10", null],
    ["2020-11-02", null],
    ["2020-12-08", "2021-04-30"],
  ]);
});

test("a self-check ticked under 是 | 否 (merged under 自查结果), its figures in 数据或情况说明: a tick under 否 a no, a 是否 question answered by its tick", () => {
  const got = factsOf({
    sheets: [
      {
        name: "自查表",
        rows: [
          ["惠州市惠城区电子商务进农村综合示范创建考评自查表"],
          ["序号", "自查内容", "自查结果", null, "数据或情况说明", "佐证材料"],
          [null, null, "是", "否", null, null],
          [1, "是否由区政府主要领导牵头", "√", null, "区长任领导小组组长", "惠城府办〔2019〕86号"],
          [2, "商务、财政、农业农村、扶贫（乡村振兴）部门是否参与", "√", null, "区商务局、区财政局、区农业农村局、区乡村振兴局等14个成员单位", "同上"],
          [3, "公共服务中心是否建成并投入运营", "✓", null, "投入运营时间：2020年10月→2020年12月16日（按运营合同起始日更正）", "运营合同"],
          [4, "为电子商务市场主体提供免费摄影、美工服务", null, "√", "摄影设备采购中", null],
          [5, "行政村物流快递覆盖率100%", null, "√", "覆盖率96.4%（108/112），4个山区村未通快递", null],
          [6, "2020年农产品网络零售额同比增速≥30%", "√", null, "2019年3.41亿元，2020年4.57亿元，增速34.0%", "省商务厅数据"],
          [7, "发生安全生产、质量事故或造成重大经济损失", null, "√", null, null],
        ],
        merges: [
          { top: 1, left: 0, bottom: 2, right: 0 },
          { top: 1, left: 1, bottom: 2, right: 1 },
          { top: 1, left: 2, bottom: 1, right: 3 },
          { top: 1, left: 4, bottom: 2, right: 4 },
          { top: 1, left: 5, bottom: 2, right: 5 },
        ],
      },
    ],
  });
  expect(got.facts).toMatchObject({
    centerOpened: "2020-12-16",
    centerPhoto: false,
    expressCoverage: false,
    agriRetail2019: 341000000,
    agriRetail2020: 457000000,
    agriRetailGrowthStated: 0.34,
    vetoIncident: false,
  });
  expect(got.leadership).toBe("principal-all");
});

test("sign-in sheets stacked on one sheet, each dated by its 培训时间 line: a month alone dates its block, not the block above's day", () => {
  const block = (title: string, time: string, ids: string[]): CellValue[][] => [
    [title],
    [`${time}\u3000\u3000培训地点：区电子商务公共服务中心`],
    ["序号", "姓名", "性别", "身份证号码", "签到"],
    ...ids.map((id, i): CellValue[] => [i + 1, `学员${i + 1}`, "男", id, "√"]),
    [`应到${ids.length}人，实到${ids.length}人`],
    [],
  ];
  const got = read({
    name: "签到表",
    rows: [
      ...block("第三期农村电商实操班签到表", "培训时间：2021.3.18", ["440404198008029031", "440404197802228666"]),
      ...block("第四期直播带货夜校签到表", "培训时间：2021年5月（共三个晚上）", ["440404196606287488", "440404196506067592"]),
    ],
  });
  expect(got.ledgers.training.map((t) => day(t.date))).toEqual(["2021-03-18", "2021-03-18", "2021-05", "2021-05"]);
});
