/**
 * What the 147th and 148th batches' county workbooks and facts sheets needed: a village outline whose
 * towns head their villages (类别 镇) and whose poor villages carry △ after the name, a register of
 * everything sent out told apart by its 类别 column whose lines name facts, a training table with
 * both 参训人数 and 参训人次, an appendix of firms that have not moved in, the poor at home said after
 * the migrants, a system's export answering in codes its legend sheet explains, items marked
 * （有）/（无） in one line of a cell, and a growth written "(+30.9%)" after its figure.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { factsOf } from "../corpus/read-facts";

const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);

test("a village outline: the towns' lines (类别 镇) no villages, △ after a name (per the legend) a poor village", () => {
  const towns: [string, string[]][] = [
    ["湖寮镇", ["龙坪村委会", "双丰村委会△", "梅背村委会", "松岩村委会", "城北社区居委会"]],
    ["茶阳镇", ["大岩村委会△", "石岗村委会", "湖湾村委会", "湖头村委会"]],
    ["三河镇", ["青岭村委会", "枫楼村委会", "梅畲村委会△", "汇城社区居委会"]],
  ];
  const rows: (string | null)[][] = [["某县行政村（社区）名单"], ["（据县民政局资料整理；村名后标“△”的为省定相对贫困村）"], ["编号", "名称", "类别", "村（居）委会主任"]];
  towns.forEach(([town, names], t) => {
    rows.push([`0${t + 1}`, `${"一二三"[t]}、${town}（村（居）委会${names.length}个）`, "镇", null]);
    names.forEach((n, i) => rows.push([`0${t + 1}-0${i + 1}`, `\u3000\u3000${n}`, /居委会/.test(n) ? "居委会" : "村委会", "某某"]));
  });
  const r = read({ name: "村居名单", rows });
  expect(r.recognitions[0].kind).toBe("villages");
  const all = r.ledgers.villages;
  expect(all.map((v) => v.name)).toEqual(towns.flatMap(([, names]) => names.map((n) => n.replace("△", ""))));
  expect(all.filter((v) => v.poor).map((v) => v.name)).toEqual(["双丰村委会", "大岩村委会", "梅畲村委会"]);
  expect(all.filter((v) => v.type === "residents").map((v) => v.name)).toEqual(["城北社区居委会", "汇城社区居委会"]);
});

test("a register told apart by its 类别 column is those logs, though its lines name facts (发布《…创建工作方案》)", () => {
  const r = read({
    name: "综合工作台账",
    rows: [
      ["某县电子商务进农村综合示范综合工作台账（信息公开、数据报送、宣传报道、经验材料）"],
      ["序号", "日期", "类别", "工作内容", "对象／载体", "级别", "备注"],
      [1, "2019-12-05", "信息公开", "发布《某县电子商务进农村综合示范县创建工作方案》", "县政府网专栏", null, null],
      [2, "2019.12.5", "信息公开", "公布项目监督举报电话及邮箱", "县政府网专栏", null, null],
      [3, "2020年5月20日", "信息公开", "公示示范项目基本信息（项目名称、承办单位、资金安排）", "县政府网专栏", null, null],
      [4, "2020-08-07", "数据报送", "报送2020年7月电子商务进农村工作月报", "某市商务局", null, "附电商扶贫统计表"],
      [5, "2020.9.8", "数据报送", "报送2020年8月电子商务进农村工作月报", "某市商务局", null, "附电商扶贫统计表"],
      [6, "2020-12-10", "宣传报道", "《某县：村村有了电商服务站》", "南方日报", "省级", "报纸"],
      [7, "2021-03-22", "宣传报道", "《贫困户直播卖蜜柚》", "广东广播电视台《广东新闻联播》", "省级", "电视；电商扶贫典型案例"],
      [8, "2021年6月15日", "经验材料", "报送《电商助力蜜柚上行的做法》经验材料", "某市商务局", null, "粤政易"],
    ],
  });
  expect(r.recognitions.map((x) => x.kind).sort()).toEqual(["disclosures", "materials", "media", "reports"]);
  expect(r.ledgers.media.map((m) => m.level)).toEqual(["province", "province"]);
  expect(r.ledgers.facts).toEqual([]);
});

test("参训人数 | 参训人次 side by side: the person-times are the 人次 column", () => {
  const r = read({
    name: "培训台账",
    rows: [
      ["某县电子商务培训台账"],
      ["序号", "培训时间", "培训名称", "天数", "参训人数", "参训人次"],
      [1, "2020-06-09", "电商基础知识普及培训班", 1, 93, 93],
      [2, "2020.6.24-26", "网店开设与运营培训班", 3, 77, 231],
    ],
  });
  expect(r.recognitions[0].headers.personTimes).toBe("参训人次");
});

test("an appendix of firms signed to come and not yet in (附：意向入驻企业…) is no list of the park's firms", () => {
  const firm = (i: number): (string | number | null)[] => [i, `某县第${i}电子商务有限公司`, "销售型", `2021-0${1 + (i % 8)}-1${i % 9}`, null];
  const r = read({
    name: "入驻企业",
    rows: [
      ["序号", "企业名称", "企业类型", "入驻日期", "退出日期"],
      ...[1, 2, 3, 4].map(firm),
      [],
      ["附：意向入驻企业（已签意向书，尚未入驻）"],
      ["序号", "企业名称", "企业类型", "意向书签订日期", "备注"],
      [1, "某县冷链物流有限公司", "物流企业", "2021年7月28日", "场地装修中"],
      [2, "某县山茶油专业合作社", "销售型", "2021年8月19日", "场地装修中"],
    ],
  });
  expect(r.ledgers.enterprises.map((e) => e.name)).toEqual(["某县第1电子商务有限公司", "某县第2电子商务有限公司", "某县第3电子商务有限公司", "某县第4电子商务有限公司"]);
});

test("the poor able to work, then the migrants among them, then 在家有劳动能力的4,870人: those at home are the count asked", () => {
  const { facts } = factsOf({
    sheets: [
      {
        name: "自评明细",
        rows: [
          ["项目", "完成情况"],
          ["常住人口", "91.3万人"],
          ["行政村", "236个"],
          ["贫困人口培训", "有劳动能力的建档立卡贫困人口7,185人，其中外出务工2,315人；在家有劳动能力的4,870人中已参训3,506人，培训率72.0%。"],
        ],
      },
    ],
  });
  expect(facts).toMatchObject({ eligiblePoorPersonsStated: 4870, trainedPoorPersonsStated: 3506 });
});

test("a system's export answering in codes its legend sheet explains (是否类 1 是 / 2 否, departments by number)", () => {
  const line = (n: number, code: string, name: string, unit: string, value: string | number) => [n, code, name, unit, value];
  const { facts, leadership } = factsOf({
    sheets: [
      {
        name: "基础数据",
        rows: [
          ["序号", "指标代码", "指标名称", "计量单位", "填报值"],
          line(1, "JB03", "常住人口", "人", 707540),
          line(2, "JB04", "行政村数（不含社区）", "个", 345),
          line(3, "ZZ01", "示范创建工作牵头领导级别", "代码", 1),
          line(4, "ZZ02", "参与部门（多选）", "代码", "01,02,03,05,07"),
          line(5, "FW04", "为电子商务市场主体提供免费摄影、美工服务", "代码", 2),
          line(6, "FW05", "组织农产品统一推广、指导特色农产品品牌建设", "代码", 1),
          line(7, "FJ02", "是否存在弄虚作假情形", "代码", 2),
        ],
      },
      {
        name: "代码说明",
        rows: [
          ["代码类别", "代码", "含义"],
          ["是否类指标", 1, "是"],
          [null, 2, "否"],
          ["牵头领导级别（ZZ01）", 1, "县（市、区）政府主要领导"],
          [null, 2, "县（市、区）政府分管领导"],
          ["参与部门（ZZ02，多选以英文逗号分隔）", "01", "商务"],
          [null, "02", "财政"],
          [null, "03", "农业农村"],
          [null, "04", "扶贫（乡村振兴）"],
          [null, "05", "交通运输"],
          [null, "07", "邮政管理"],
        ],
        merges: [
          { top: 1, left: 0, bottom: 2, right: 0 },
          { top: 3, left: 0, bottom: 4, right: 0 },
          { top: 5, left: 0, bottom: 10, right: 0 },
        ],
      },
    ],
  });
  expect(facts).toMatchObject({ centerPhoto: false, centerBrand: true, vetoFraud: false, residentPopulation: 707540 });
  // The 扶贫 department (04) is not among them: the mayor leads, not every department the rubric names.
  expect(leadership).toBe("principal");
});

test("items marked （有）/（无） in one line of a cell of several lines, and a growth written (+30.9%) after its figure", () => {
  const { facts } = factsOf({
    sheets: [
      {
        name: "情况汇总",
        rows: [
          ["类别", "情况（一行一项）", "佐证材料"],
          ["基本情况", "常住人口：75.37万（七普）\n行政村：248个", "A-01"],
          [
            "服务体系",
            "公共服务中心投入运营：2020年12月\n中心服务：免费培训（有）、免费展示销售（有）、免费摄影美工（有）、统一推广品牌（有）、其他增值服务（无）",
            "B-01",
          ],
          ["农村产品上行", "农村网络零售额：2019年24.3亿元；2020年31.8亿元（+30.9%）", "C-01"],
          ["信息公开", "专栏公示：创建方案√\u3000项目信息√\u3000建设进度√\u3000监督举报窗口√\n月报：每月5日前报某市商务局", "E-01"],
        ],
      },
    ],
  });
  expect(facts).toMatchObject({
    centerFreeTraining: true,
    centerPhoto: true,
    centerOther: false,
    ruralRetailGrowthStated: 0.309,
    disclosureProjects: true,
    disclosureWindow: true,
  });
});
