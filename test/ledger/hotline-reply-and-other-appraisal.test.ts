/**
 * Two borrowed forms of the 135th batch. 始兴's 12345 hotline work order: the title names the city's hotline, the
 * 承办单位 the county's bureau answering, its reply a paragraph a row under headings ("三、关于快递进村") that name
 * a matter and answer nothing. 惠来's self-assessment for the city's 乡村振兴 appraisal: its 自评得分 are that
 * appraisal's points, never a line's answer, and 已支付 is spent.
 */
import { factsOf } from "../corpus/read-facts";

const reply = (office: string, express: string) => [
  ["某市12345政务服务便民热线工单处理回复单", null, null, null],
  ["工单编号", "SG12345-20210819-0386", "工单类型", "咨询"],
  ["诉求区域", "始兴县司前镇", "转办时间", "2021-08-19 16:05"],
  ["承办单位", office, "承办人", "邱××"],
  ["办理结果（答复内容）", "邓先生：您好！经核实，现答复如下：", null, null],
  [null, "一、县电子商务公共服务中心于2020年9月28日投入运营，由专业第三方公司运营，免费为群众提供电商培训。", null, null],
  [null, "二、关于村级电商服务站点。全县共有行政村116个（含省定贫困村18个），已建成村级电商服务站点98个。", null, null],
  [null, express, null, null],
  [null, "四、关于电商培训。截至2021年8月，县电子商务公共服务中心已累计开展电商培训3,460人次。", null, null],
];

test("the county whose bureau answers (承办单位 | 始兴县商务局) is the sheet's; a city's office names none", () => {
  const express = "三、关于快递进村。目前全县116个行政村中已有110个通快递，覆盖率94.8%。";
  expect(factsOf({ sheets: [{ name: "工单回复单", rows: reply("始兴县商务局", express) }] }).facts.county).toBe("始兴县");
  expect(factsOf({ sheets: [{ name: "工单回复单", rows: reply("韶关市商务局", express) }] }).facts.county).toBeUndefined();
  // (A label's own answer stands before the office: 县（市、区）名称 | 梅州市梅县区 over 填报单位：梅县区商务局.)
  const named = factsOf({
    sheets: [
      {
        name: "基本情况",
        rows: [
          ["电子商务进农村综合示范县创建基本情况表", null],
          ["填报单位：梅县区商务局（盖章）", "填报日期：2021年9月6日"],
          ["县（市、区）名称", "梅州市梅县区"],
          ["常住人口", "56.8万人"],
          ["行政村", "347个"],
        ],
      },
    ],
  });
  expect(named.facts.county).toBe("梅州市梅县区");
});

test("a reply's heading (三、关于快递进村) answers nothing: 94.8% of villages is no full coverage", () => {
  const read = factsOf({ sheets: [{ name: "工单回复单", rows: reply("始兴县商务局", "三、关于快递进村。目前全县116个行政村中已有110个通快递，覆盖率94.8%。") }] });
  expect(read.facts).toMatchObject({ expressCoverage: false, adminVillagesStated: 116, trainingPersonTimesStated: 3460 });
});

test("another appraisal's 自评得分 is no line's answer; 已支付 is the fund spent", () => {
  const read = factsOf({
    sheets: [
      {
        name: "乡村振兴考核自评",
        rows: [
          ["2021年度某市对县（市、区）推进乡村振兴战略实绩考核自评表", null, null, null, null, null, null],
          ["序号", "考核指标", "分值", "评分标准", "完成情况", "自评得分", "佐证材料"],
          [
            1,
            "电子商务进农村综合示范县创建",
            4,
            "按期推进得4分",
            "县电子商务公共服务中心2020年7月投入运营。省级专项资金500万元，截至2021年8月31日已支付436.2万元。",
            4,
            "资金支付凭证",
          ],
          [2, "行政村电商服务站点覆盖率", 2, "覆盖率70%及以上得2分", "全县行政村261个（不含社区居委会），站点覆盖行政村200个。", 2, "站点清单"],
          [3, "行政村快递服务通达率", 2, "通达率100%得2分", "全县261个行政村快递服务通达率100%（县邮政业发展中心数据）。", 2, "邮政部门证明"],
        ],
      },
    ],
  });
  expect(read.facts).toMatchObject({ expressCoverage: true, fundAllocated: 5000000, fundSpentStated: 4362000 });
});
