/**
 * 翠亨新区's 《政务信息专报》 (118th): a development zone says it has no province-designated poor
 * village in words ("新区无省定贫困村", 0 of them), and its 专栏 takes complaints by email (监督举报邮箱).
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const bulletin: Sheet = {
  name: "政务信息专报",
  rows: [
    ["政务信息专报"],
    ["翠亨新区电子商务进农村综合示范创建工作完成自评"],
    ["【按语】现将创建情况（数据截至2021年8月31日）专报如下，供领导参阅。"],
    [
      "一、高位推动，机制健全。新区成立由新区主要领导（党工委书记、管委会主任）任组长的领导小组，经济发展局（商务）、财政局、农业农村局、乡村振兴局等11个部门为成员单位。2019年11月正式印发《翠亨新区电子商务进农村综合示范创建工作方案》。",
    ],
    ["二、服务体系基本建成。全区28个行政村已建村级电商服务站点24个；新区无省定贫困村。快递物流实现行政村全覆盖。"],
    ["四、人才培训扎实开展。累计开展电商培训9,820人次，占常住人口（21.6万人）的4.5%。"],
    ["五、信息公开和报送规范。新区政府网站开设电商进农村专栏，公开创建方案、项目基本信息和建设进度，设置监督举报邮箱。"],
  ],
};

test("a zone with no province-designated poor village has 0 of them; a complaints email is a 监督举报 window", () => {
  const r = readLedgers({ sheets: [bulletin] }, GD_2019);
  const input = toScoringInput(r.ledgers, GD_2019, r.diagnostics);
  expect((input.facts.poorVillagesStated?.value as { toNumber(): number } | undefined)?.toNumber()).toBe(0);
  expect((input.facts.adminVillagesStated?.value as { toNumber(): number } | undefined)?.toNumber()).toBe(28);
  expect(input.facts.disclosureWindow?.value).toBe(true);
});
