/**
 * A desk's register of all the government information it sent (清城: 报送日期 | 信息标题 | 类别 | 报送对象 |
 * 采用情况 | 备注) handed in as the experience papers' ledger. A reviewer counts only the 经验做法 and 典型案例
 * sent to the city's commerce bureau: not its 工作动态 news items, not what went to other offices, not a
 * paper withdrawn before it went — adopted or not.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const register: Sheet = {
  name: "信息报送登记",
  merges: [{ top: 0, left: 0, bottom: 0, right: 6 }],
  rows: [
    ["某区商务局政务信息（经验材料）报送登记", null, null, null, null, null, null],
    ["序号", "报送日期", "信息标题", "类别", "报送对象", "采用情况", "备注"],
    [1, "2020.9.8", "召开示范创建推进会", "工作动态", "区委办信息科", "采用", null],
    [2, "2020年11月20日", "“电商＋农产品”助农增收的主要做法", "经验做法", "清远市商务局", "采用", null],
    [3, "2021/3/2", "中心开展直播带货培训", "工作动态", "清远市商务局", "未采用", null],
    [4, "20210628", "“一村一品”网络销售经验", "经验做法", "清远市商务局", "采用", null],
    [5, "2021.7.12", "麻竹笋电商上行案例", "典型案例", "清远市商务局", null, "（撤回，未报送）"],
    [6, "2021-08-31", "示范创建典型案例汇编", "典型案例", "清远市商务局", null, null],
  ],
};

test("only the experience and case papers that went to the city's commerce bureau", () => {
  const read = readLedgers({ sheets: [register] }, GD_2019);
  expect(read.ledgers.materials.map((m) => [m.date && formatDate(m.date), m.source.row])).toEqual([
    ["2020-11-20", 4],
    ["2021-06-28", 6],
    ["2021-08-31", 8],
  ]);
});
