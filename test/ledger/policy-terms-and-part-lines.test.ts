/**
 * Three things a facts sheet says that a reviewer reads by their place, not their words: a support policy's terms
 * quoted after its title (清城's investment sheet, 105th batch) are what it offers, not what was done; a figure's
 * line read surely as an input in the clerk's own words (2020年网络零售额) keeps its note's growth as that figure's;
 * a numbered 其中 line ("1. 其中参加电商培训") is a part of the line above, as the bare one is.
 */
import { factsOf } from "../corpus/read-facts";

test("a policy's terms after its title are what it offers: its brand subsidy is no brand building by the centre", () => {
  const read = factsOf({
    sheets: [
      {
        name: "招商项目推介表",
        rows: [
          ["某区招商推介会", null],
          ["招 商 项 目 推 介 表", null],
          ["项目名称", "某区农村电子商务产业园（二期）招商"],
          ["【配套条件】", null],
          [
            "　　园区一楼为某区电子商务公共服务中心（2020年9月18日投入运营），免费为入园企业和农户开展电商培训；设特色农产品展销厅，免费展示、代销农产品。园区由第三方专业公司运营管理。",
            null,
          ],
          ["　　区位及市场：某区常住人口约82.4万人，2020年全区农村网络零售额15.3亿元；全区行政村快递覆盖率100%。", null],
          ["【优惠政策】", null],
          [
            "　　依据《某区促进农村电子商务发展扶持办法》（某府办〔2020〕26号）：1．入园企业前两年租金全免、第三年减半；2．年网络销售额超500万元的，一次性奖励5万元；3．新认定区域公用品牌授权企业，给予包装设计补贴。",
            null,
          ],
        ],
      },
    ],
  });
  expect(read.facts.policyIssued).toBe(true);
  expect(read.facts.centerBrand).toBeUndefined();
});

test("a note's growth beside a line named by a synonym (2020年网络零售额) is that line's figure's growth", () => {
  const read = factsOf({
    sheets: [
      {
        name: "用户需求书",
        rows: [
          ["一、项目背景（采购人提供，供投标人了解项目情况）", null, null, null],
          ["序号", "项目", "情况", "备注"],
          [1, "常住人口", "39.8万人", "第七次全国人口普查"],
          [2, "行政村", "257个", "另有社区11个"],
          [3, "省定贫困村", "54个", null],
          [4, "示范县工作方案", "已正式印发", "某府办〔2020〕21号"],
          [5, "2020年网络零售额", "9.6亿元", "同比增长31.2%"],
          [6, "省级示范专项资金", "下达500万元", null],
        ],
      },
    ],
  });
  expect(read.facts).toMatchObject({ ruralRetail2020: 960000000, ruralRetailGrowthStated: 0.312 });
});

test("a numbered 其中 line is a part of the line above: its trainees are the poor's", () => {
  const rows = (part: string) => [
    ["二、重点工作指标完成情况（截至2021年8月31日）", null, null, null, null],
    ["指标", "年度目标值", "完成值", "完成率", "备注"],
    ["县级电商公共服务中心", "2020年9月底前运营", "2020年9月28日投入运营", "100%", null],
    ["电商培训人次", "4,930人次", "5,230人次", "106.1%", null],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "—", "1,890人", "—", null],
    [part, "945人（50%）", "1,126人", "59.6%", null],
    ["省级示范专项资金下达", "—", "500万元", "—", null],
    ["专项资金累计拨付", "≥350万元（70%）", "418.6万元", "83.7%", null],
  ];
  for (const part of ["其中参加电商培训", "1. 其中参加电商培训", "（1）其中：参加电商培训"]) {
    const read = factsOf({ sheets: [{ name: "指标完成情况", rows: rows(part) }] });
    expect([part, read.facts.trainedPoorPersonsStated]).toEqual([part, 1126]);
  }
});
