/** 揭西's page of figure cards typed from slides, and its ✔ / ✘ list. */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { withCardsAsPairs } from "../../src/ledger/facts/cards";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const page: Sheet = {
  name: "成效一览",
  rows: [
    ["电子商务进农村综合示范创建成效一览"],
    [null, "68.9万", null, "211个", null, "82.1万", null, "✔ 示范县工作方案正式印发"],
    [null, "常住人口", null, "行政村", null, "户籍人口", null, "✘ 电商产业园"],
    [null, "4.52亿元", null, "+36.4%", null, "2.97亿元", null, "✘ 监督举报窗口"],
    [null, "2020年农村网络零售额", null, "2020年农村网络零售额同比增长", null, "2021年1-8月农村网络零售额", null, null],
    [null, "2020.12.26", null, "县长", null, "商务、财政、农业农村、乡村振兴等14个部门", null, null],
    [null, "县级电商公共服务中心投入运营", null, "领导小组组长", null, "领导小组成员单位", null, null],
  ],
};

test("each caption moves beside the figure above it; the figures stay in their cells", () => {
  const out = withCardsAsPairs(page);
  expect(out.rows[1].slice(0, 4)).toEqual(["常住人口", "68.9万", "行政村", "211个"]);
  expect(out.rows[2].slice(0, 4)).toEqual([null, null, null, null]);
  expect(out.rows[5].slice(2, 4)).toEqual(["领导小组组长", "县长"]);
  // A list of items with their points is no page of cards.
  const list: Sheet = {
    name: "x",
    rows: [
      [null, "方案制定", "1-2", 2],
      [null, "政策支持", "1-2", 2],
      [null, "项目管理制度", "1-2", 1],
    ],
  };
  expect(withCardsAsPairs(list)).toBe(list);
});

test("the cards' figures, the leader, and each ✔ / ✘ item are read; 户籍人口 and the 2021 figure are not facts", () => {
  const r = readLedgers({ sheets: [page] }, GD_2019);
  const input = toScoringInput(r.ledgers, GD_2019, r.diagnostics);
  const num = (k: string) => (input.facts[k]?.kind === "number" ? (input.facts[k]?.value as { toNumber(): number }).toNumber() : undefined);
  expect([num("residentPopulation"), num("adminVillagesStated"), num("ruralRetail2020"), num("ruralRetailGrowthStated")]).toEqual([689000, 211, 452000000, 0.364]);
  expect([input.facts.planIssued?.value, input.facts.parkBuilt?.value, input.facts.disclosureWindow?.value]).toEqual([true, false, false]);
  expect(input.facts.leadershipLevel?.value).toBe("principal-all");
  expect(r.ledgers.facts.find((e) => e.key === "residentPopulation")?.cell).toBe("B2");
});

test("a board's blocks headed by their number and points are no cards: each block's item | content | note stays", () => {
  const board: Sheet = {
    name: "九宫格",
    rows: [
      ["某区电子商务进农村综合示范创建成效“九宫格”", null, null, null, null, null, null, null, null, null, null],
      ["①　组织领导（10分）", null, null, null, "②　县级电商公共服务中心及产业园（15分）", null, null, null, "③　村级电商服务站点（10分）", null, null],
      ["领导小组组长", "区委副书记、区长", null, null, "公共服务中心投入运营", "2020年11月26日", "区电商公共服务中心", null, "行政村", "40个", null],
      ["示范创建工作方案", "已正式印发", null, null, "免费培训场所、培训设备", "✓", null, null, "省定贫困村", "6个", null],
      ["④　农村产品上行（10分）", null, null, null, "⑤　区情及总分（104分）", null, null, null, "⑥　电商人才培训（20分）", null, null],
      ["行政村物流快递覆盖率", "100%", null, null, "常住人口", "48.37万人", null, null, "累计培训", "5,034人次", null],
    ],
  };
  expect(withCardsAsPairs(board)).toBe(board);
  const { ledgers, diagnostics } = readLedgers({ sheets: [board] }, GD_2019);
  expect(toScoringInput(ledgers, GD_2019, diagnostics).facts.centerOpened).toMatchObject({ kind: "date" });
});

test("two label | value pairs to a row, each merged over two columns (五华's 基本情况), are no cards: the merge's right half is no gap", () => {
  const merges = [0, 1, 2].flatMap((r) => [0, 2, 4, 6].map((c) => ({ top: r, left: c, bottom: r, right: c + 1 })));
  const block: Sheet = {
    name: "旬报",
    rows: [
      ["示范创建实施方案", null, "2019年12月县政府正式印发", null, "扶持政策", null, "2020年5月出台《十条措施》", null],
      ["县电子商务公共服务中心", null, "2020年9月18日投入运营", null, "第三方运营服务商", null, "梅州市客都电子商务有限公司", null],
      ["2019年农村网络零售额", null, "21.4亿元", null, "2020年农村网络零售额", null, "26.3亿元（增长22.9%）", null],
      ["2019年农产品网络零售额", null, "3.6亿元", null, "2020年农产品网络零售额", null, "4.9亿元（增长36.1%）", null],
    ],
    merges,
  };
  expect(withCardsAsPairs(block)).toBe(block);
  const r = readLedgers({ sheets: [block] }, GD_2019);
  const input = toScoringInput(r.ledgers, GD_2019, r.diagnostics);
  const num = (k: string) => (input.facts[k]?.kind === "number" ? (input.facts[k]?.value as { toNumber(): number }).toNumber() : undefined);
  expect([num("ruralRetail2020"), num("agriRetail2020")]).toEqual([2630000000, 490000000]);
  expect(r.ledgers.facts.find((e) => e.key === "centerOpened")?.cell).toBe("C2");
});
