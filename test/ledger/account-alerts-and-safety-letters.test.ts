/**
 * Two stand-in ledgers (三水): the special account's bank alerts as the funds ledger (the day and the
 * amount only inside each text message, its year only in the time received) and the park's register
 * of fire-safety letters as its firms (新签 the day a firm moved in, the whole park's 续签 in January
 * nothing new, a letter voided and signed again the next day).
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const bank = "【某农商银行】您尾号6618的账户于";
const alerts: Sheet = {
  name: "专户动账短信",
  rows: [
    ["序号", "接收时间", "发送号码", "短信内容", "标注"],
    [1, "2020-06-28 15:03:11", "95188", `${bank}06月28日15:03收入（转账）人民币5,000,000.00元，余额5,000,000.00元。对方户名：某区财政局。`, "资金下达"],
    [2, "2020-07-10 10:22:37", "95188", `${bank}07月10日10:22支出（网银转账）人民币680,000.00元，余额4,320,000.00元。对方户名：某网络科技有限公司。`, null],
    [3, "2020-09-21 09:00:05", "95188", `${bank}09月21日09:00收入（结息）人民币3,512.40元，余额4,323,512.40元。`, null],
    [4, "2020-10-16 14:05:49", "95188", `${bank}10月16日14:05支出（手续费）人民币15.00元，余额4,323,497.40元。`, null],
    [5, "2020-12-17 16:40:02", "95188", "【某农商银行】验证码382915，您正在进行网银转账，金额1,020,000.00元，请勿泄露。", null],
    [6, "2021-01-01 00:00:12", "95188", `${bank}12月31日23:56支出（网银转账）人民币340,000.00元，余额3,983,497.40元。对方户名：某网络科技有限公司。`, "次日凌晨收到"],
  ],
};

test("each transfer paid out on the day its message says, in the year it was received (the year before for a December one)", () => {
  const read = readLedgers({ sheets: [alerts] }, GD_2019);
  expect(read.recognitions[0].kind).toBe("funds");
  expect(read.ledgers.funds.map((f) => [f.date && formatDate(f.date), f.amount.toNumber(), f.source.row])).toEqual([
    ["2020-07-10", 680000, 3],
    ["2020-12-31", 340000, 7],
  ]);
});

test("a firm once, in on its 新签 day; a renewal nothing new but the exit it records; a voided letter none", () => {
  const letters: Sheet = {
    name: "消防责任书登记",
    rows: [
      ["序号", "责任书编号", "单位名称", "统一社会信用代码", "经营类别", "签订日期", "签订类型", "退租日期", "备注"],
      [1, "XF-2020-01", "某网络科技有限公司", "91440607MA5000000A", "电商平台", "2020.7.6", "新签", null, null],
      [2, "XF-2020-02", "某仓储物流有限公司", "91440607MA5018519D", "仓储物流", "2020.8.17", "新签", null, null],
      [3, "XF-2020-03", "某星播文化传媒有限公司", "91440607MA5037038G", "直播电商", "2020.11.2", "新签", null, "单位名称写错，本份作废，重签见XF-2020-04"],
      [4, "XF-2020-04", "某区星播文化传媒有限公司", "91440607MA5037038G", "直播电商", "2020.11.3", "新签", null, null],
      [5, "XF-2021-01", "某网络科技有限公司", "91440607MA5000000A", "电商平台", "2021.1.11", "续签", null, "全园统一续签"],
      [6, "XF-2021-02", "某仓储物流有限公司", "91440607MA5018519D", "仓储物流", "2021.1.11", "续签", "2021.9.30", "9月底退租"],
    ],
  };
  const read = readLedgers({ sheets: [letters] }, GD_2019);
  expect(read.ledgers.enterprises.map((e) => [e.name, e.entered && formatDate(e.entered), e.left && formatDate(e.left)])).toEqual([
    ["某网络科技有限公司", "2020-07-06", null],
    ["某仓储物流有限公司", "2020-08-17", "2021-09-30"],
    ["某区星播文化传媒有限公司", "2020-11-03", null],
  ]);
});
