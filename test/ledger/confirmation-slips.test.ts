/**
 * Figures sent back to the offices that gave them, a slip each (东源's 数据确认条: 数据项 | 填报数 | 单位 |
 * 提供单位 | 确认意见, the header repeated on every slip, ✂ lines between): "无误" leaves the figure,
 * "应为：…" replaces it, the reason in brackets aside.
 */
import type { Sheet } from "../../src/core/grid";
import { withConfirmationsApplied } from "../../src/ledger/facts/confirmations";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const HEAD = ["编号", "数据项", "填报数", "单位", "提供单位", "确认意见", "确认人"];
const CUT = ["✂- - - - - - - - - - - - - - - -"];
const slips: Sheet = {
  name: "数据确认条",
  rows: [
    ["某县考评基础数据确认条"],
    HEAD,
    ["DY-01", "常住人口", "41.27", "万人", "县统计局", "无误（七普数）", "钟××　9.1"],
    CUT,
    HEAD,
    ["DY-08", "县电商公共服务中心投入运营时间", "2020年9月", "年月", "县商务局", "应为：2020年10月16日（9月为试运营）", "黄××　9.1"],
    CUT,
    HEAD,
    ["DY-20", "2020年农产品网络零售额", "5.71", "亿元", "县商务局", "应为：5.17（录入时数字颠倒）", "黄××　9.1"],
    CUT,
    HEAD,
    ["DY-27", "专栏设立征求意见或监督举报窗口", "否", "—", "县政数局", "应为：是（8月20日已增设监督举报窗口）", "温××　9.2"],
  ],
};

test("a correction replaces the figure typed, its reason aside; a figure confirmed stays", () => {
  const rows = withConfirmationsApplied(slips).rows;
  expect(rows[2][2]).toBe("41.27");
  expect(rows[5][2]).toBe("2020年10月16日");
  expect(rows[8][2]).toBe(5.17);
  expect(rows[11][2]).toBe("是");
  // (The opinion said, it says nothing more.)
  expect(rows[5][5]).toBeNull();
});

test("the slips state the figures as confirmed", () => {
  const got = Object.fromEntries(readFactsSheet(slips, GD_2019).entries.map((e) => [e.key, String(e.value)]));
  expect(got.residentPopulation).toBe("41.27");
  expect(got.centerOpened).toBe("2020年10月16日");
  expect(got.agriRetail2020).toBe("5.17");
  expect(got.disclosureWindow).toBe("是");
});

test("a sheet without a column of confirmations is left as it is", () => {
  const plain: Sheet = {
    name: "x",
    rows: [
      ["数据项", "填报数", "备注"],
      ["常住人口", "41.27", "应为七普数"],
    ],
  };
  expect(withConfirmationsApplied(plain)).toBe(plain);
});
