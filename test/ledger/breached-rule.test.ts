/**
 * 陆丰's audit evidence form (131st batch): "承建单位未按《管理办法》第十二条要求建立专项资金专用台账" says what the
 * contractor did not do; the rule it cites was issued (the sentence before says so), and the 未 is no answer of it.
 */
import { factsOf } from "../corpus/read-facts";

test("a rule cited as not followed (未按《管理办法》…要求) is no document not issued", () => {
  const read = factsOf({
    sheets: [
      {
        name: "审计取证单",
        rows: [
          ["审计取证单", null],
          ["审计（调查）事项", "某县省级电子商务进农村综合示范专项资金管理使用情况"],
          [null, "某县于2019年列入省级电子商务进农村综合示范县，省财政下达专项资金500万元，全县行政村236个。"],
          [null, "县商务局、县财政局联合印发《某县省级电子商务进农村综合示范专项资金管理办法》，明确资金支持方向、拨付程序和监督责任。"],
          [null, "电商公共服务中心于2020年10月28日投入运营，累计培训3500人次。"],
          [null, "（一）承建单位未建立资金专用台账。某县某电子商务有限公司未按《管理办法》第十二条要求建立专项资金专用台账，专项资金收支与公司其他业务收支混合核算。"],
        ],
      },
    ],
  });
  expect(read.facts).toMatchObject({ fundSystemIssued: true, adminVillagesStated: 236 });
});
