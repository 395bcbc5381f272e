/**
 * 坡头's park kept as the operator's register of fit-out deposits (128th batch): a firm a row with its
 * 入驻日期, and the deposit's 退还日期 | 退还原因. A deposit returned because the firm left (退园) dates
 * its exit; one returned after the fit-out passed (装修验收合格退还) says the firm is still in.
 */
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("a deposit refunded for 退园 is the firm's exit; one refunded after the fit-out passed is no exit", () => {
  const { ledgers, recognitions } = readLedgers(
    {
      sheets: [
        {
          name: "押金收退登记",
          rows: [
            ["某区电子商务产业园入驻企业装修押金收退登记簿", null, null, null, null, null, null, null],
            ["押金于签订入驻协议时收取；装修验收合格或退园时退还，“退还原因”为“退园”的，退还日期即退园日期", null, null, null, null, null, null, null],
            ["序号", "企业名称", "企业类型", "入驻日期", "押金（元）", "收款日期", "退还日期", "退还原因"],
            [1, "某电商科技有限公司", "电商运营商", "2020.9.1", 5000, "2020.8.25", "2021.1.8", "装修验收合格退还"],
            [2, "某番薯合作社网店", "销售型", "2020.11.2", 3000, "2020.10.29", "2021.3.26", "退园"],
            [3, "某海鲜电子商务有限公司", "销售型", "2020.9.15", 3000, "2020.9.11", null, null],
          ],
        },
      ],
    },
    GD_2019,
  );
  expect(recognitions[0].kind).toBe("enterprises");
  const day = (d: { y: number; m: number; d?: number } | null) => d && `${d.y}-${d.m}-${d.d}`;
  expect(ledgers.enterprises.map((e) => [e.name, day(e.entered), day(e.left)])).toEqual([
    ["某电商科技有限公司", "2020-9-1", null],
    ["某番薯合作社网店", "2020-11-2", "2021-3-26"],
    ["某海鲜电子商务有限公司", "2020-9-15", null],
  ]);
});
