import type { Sheet } from "../../../src/core/grid";
import { readLedgers } from "../../../src/ledger/read";
import { toSimplified } from "../../../src/ledger/normalize/simplified";
import { GD_2019 } from "../../../src/scoring/rubrics/gd-2019";

test.each([
  ["饒平縣電子商務進農村綜合示範", "饶平县电子商务进农村综合示范"],
  ["2020年農村網絡零售額（萬元）", "2020年农村网络零售额（万元）"],
  ["累計撥付（萬元）", "累计拨付（万元）"],
  ["有勞動能力貧困人口（不含外出務工）", "有劳动能力贫困人口（不含外出务工）"],
])("%s reads as %s", (traditional, simplified) => {
  expect(toSimplified(traditional)).toBe(simplified);
});

test("a text in simplified characters is returned as it is; a character both sets share stays (著名)", () => {
  const s = "常住人口（万人）";
  expect(toSimplified(s)).toBe(s);
  expect(toSimplified("著名品牌")).toBe("著名品牌");
});

test("a ledger whose header is in traditional characters is recognised by its meaning", () => {
  const sheet: Sheet = {
    name: "村（居）委會名單",
    rows: [
      ["序號", "鎮（街道）", "村（居）委會名稱", "是否省定貧困村", "快遞覆蓋"],
      [1, "黃岡鎮", "大澳村委會", "是", "是"],
      [2, "黃岡鎮", "東明村委會", "否", "是"],
    ],
  };
  const { recognitions, ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(recognitions[0]).toMatchObject({ kind: "villages", headerRow: 0 });
  expect(ledgers.villages.map((v) => v.poor)).toEqual([true, false]);
});
