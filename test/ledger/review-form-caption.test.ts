/**
 * A confidentiality review form sent in as the facts sheet (博罗): a header block of the form's own
 * fields, then the table's caption stating the cut-off ("拟公开内容明细（数据截至2021年8月31日…）"),
 * then the table whose approved text says what the county did, a list ending with its count
 * ("…、监督举报四个子栏目"). A reviewer reads the caption's day as the cut-off and every item listed.
 */
import type { Sheet } from "../../src/core/grid";
import { listedItems } from "../../src/ledger/facts/sentences";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("a list ending with its count: the last item without the count, its noun kept", () => {
  expect(listedItems("专栏设有创建方案、项目公示、建设进度、监督举报四个子栏目")).toContain("专栏设有监督举报子栏目");
  expect(listedItems("公开了方案、进度等3项")).toEqual(expect.arrayContaining(["公开了方案", "公开了进度"]));
  // A count of a thing listed stays: "2个直播间" is no tally of the list.
  expect(listedItems("中心设有培训室、展示厅、2个直播间")).toContain("中心设有2个直播间");
});

test("the cut-off in the table's caption below a form's header block", () => {
  const sheet: Sheet = {
    name: "保密审查表",
    rows: [
      ["某县商务局政府信息公开保密审查表", null, null, null, null, null],
      ["信息名称", "某县电子商务进农村综合示范创建工作自评情况（拟在县政府门户网站专栏公开）", null, null, null, null],
      ["拟公开时间", "2021年9月10日", null, "拟公开方式", "县政府门户网站专栏主动公开", null],
      ["经办股室", "电子商务股", null, "经办人", "叶××", null],
      ["审查依据", "《中华人民共和国政府信息公开条例》", null, null, null, null],
      ["拟公开内容明细（数据截至2021年8月31日，即省考评截止日）", null, null, null, null, null],
      ["序号", "信息项", "拟公开内容（经办股室起草）", "数据来源", "保密审查意见", "审查后公开文本"],
      [1, "县情", "全县辖17个镇，行政村319个，其中省定贫困村26个；常住人口129.62万人。", "县统计局", "同意公开", "同左"],
      [2, "方案和政策", "2019年12月印发《某县电子商务进农村综合示范县创建工作实施方案》。", "县政府办", "同意公开", "同左"],
      [3, "电商培训", "累计开展电商培训12,650人次。", "经办股室", "同意公开", "同左"],
      [4, "信息公开", "专栏设有创建方案、项目公示、建设进度、监督举报四个子栏目，建设进度按月更新。", "经办股室", "同意公开", "同左"],
    ],
    merges: [{ top: 5, left: 0, bottom: 5, right: 5 }],
  };
  const facts = Object.fromEntries(readLedgers({ sheets: [sheet] }, GD_2019).ledgers.facts.map((f) => [f.key, f.value]));
  expect(facts).toMatchObject({ asOf: "2021年8月31日", disclosurePlan: "是", disclosureWindow: "是" });
});
