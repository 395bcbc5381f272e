/**
 * 南澳's poor villages as the work teams' posting list (127th batch): 驻点村 | 所属镇 | 村类别, one
 * team a village; a village the city helps (市级帮扶村（非省定）) is no 省定贫困村.
 */
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("the villages the work teams are posted to are the poor villages, a city-helped one none", () => {
  const { ledgers, recognitions } = readLedgers(
    {
      sheets: [
        {
          name: "驻村工作队",
          rows: [
            ["某县省定相对贫困村及市级帮扶村驻村工作队派驻情况表", null, null, null, null, null],
            ["序号", "驻点村", "所属镇", "村类别", "帮扶单位", "第一书记（队长）"],
            [1, "竹栖肚村委会", "后宅镇", "省定相对贫困村", "某市龙湖区", "郑××"],
            [2, "长山尾村委会", "后宅镇", "市级帮扶村（非省定）", "某市商务局", "蔡××"],
            [3, "叠石村委会", "深澳镇", "省定相对贫困村", "某市濠江区", "洪××"],
            [4, "青澳村委会", "青澳镇", "县级帮扶村", "县商务局", "林××"],
          ],
        },
      ],
    },
    GD_2019,
  );
  expect(recognitions[0].kind).toBe("poorVillages");
  expect(ledgers.poorVillages.map((v) => v.key)).toEqual(["竹栖肚", "叠石"]);
});
