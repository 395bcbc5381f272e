/**
 * The 70th batch's ledgers: a poor roster whose labour and work are only in one free-text cell
 * (封开's 备注（劳动力、务工情况）), and the park's firms as a registry's export (英德's 市场主体类型 beside
 * the clerk's own 入园类型).
 */
import type { Sheet } from "../../src/core/grid";
import { parseLabour, parseMigrant } from "../../src/ledger/normalize/status";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("a member's own words on labour and work", () => {
  expect(["在校学生", "学龄前", "有劳力"].map(parseLabour)).toEqual([false, false, true]);
  expect(["已返乡在家（2021.2）", "县城务工", "镇上打零工", "深圳打工（2019年起）", "遂溪县城月镇"].map(parseMigrant)).toEqual([false, false, false, true, undefined]);
});

test("a roster's one cell of labour and work read for both", () => {
  const sheet: Sheet = {
    name: "花名册",
    rows: [
      ["封开县长岗镇建档立卡贫困人口花名册"],
      ["序号", "村委会", "姓名", "与户主关系", "身份证号码", "备注（劳动力、务工情况）"],
      [1, "长岗村", "梁国安", "户主", "441225197003121119", "有劳力，在家务农"],
      [2, null, "梁志斌", "子", "441225199601211316", "有劳动力，深圳打工（2019年起）"],
      [3, null, "梁晓雯", "女", "44122520080917242x", "在校学生"],
      [4, "新塘村", "谭丽珍", "配偶", "441225198307192826", "有劳力，县城务工"],
      [5, null, "邓俊杰", "子", "441225199909302978", "有劳力；外出务工（东莞）"],
      [6, "马欧村", "苏志华", "子", "441225197908282531", "有劳力，已返乡在家（2021.2）"],
    ],
  };
  expect(readLedgers({ sheets: [sheet] }, GD_2019).ledgers.poorPersons.map((p) => [p.labour, p.migrant])).toEqual([
    [true, false],
    [true, true],
    [false, null],
    [true, false],
    [true, true],
    [true, false],
  ]);
});

test("a registry export's form of the firm is not its type in the park", () => {
  const sheet: Sheet = {
    name: "登记信息查询结果",
    rows: [
      ["序号", "统一社会信用代码", "企业名称", "市场主体类型", "登记状态", "入园类型（电商股补填）", "入园日期（电商股补填）"],
      [1, "91441881MA51B2KQ3E", "英德市英红九号茶叶电子商务有限公司", "有限责任公司（自然人投资或控股）", "存续", "销售型", "2020.7.1"],
      [2, "91441800MA52C7LT8P", "广东连樟农产品供应链有限公司", "有限责任公司（自然人独资）", "存续", "平台型", "2020年7月15日"],
    ],
  };
  expect(readLedgers({ sheets: [sheet] }, GD_2019).ledgers.enterprises.map((e) => e.type)).toEqual(["销售型", "平台型"]);
});

test("a registry's 注销 / 迁出 firm left on its 核准日期; a remark's 迁离园区 leaves; a firm never come in is none", () => {
  const sheet: Sheet = {
    name: "登记信息查询结果",
    rows: [
      ["序号", "企业名称", "登记状态", "核准日期", "入园类型", "入园日期", "备注"],
      [1, "英德市茶趣文化传播有限公司", "注销", "2021-04-16", "销售型", "2020.10.12", "经营不善，2021年4月注销"],
      [2, "清远市绿野电子商务有限公司", "迁出", "2021-06-30", "电商运营商", "2020.11", "迁往清远市清城区"],
      [3, "英德市西牛麻竹笋专业合作社", "存续（在营、开业、在册）", "2021-07-01", "销售型", "2020.12.8", "2021年7月1日住所变更，迁离园区"],
      [4, "英德市鲜丰冷链物流有限公司", "存续（在营、开业、在册）", "2021-04-20", "物流企业", "2021.5.6", null],
      [5, "英德市集群注册服务托管一号有限公司", "存续（在营、开业、在册）", "2021-07-05", "—", null, "集群注册（住所托管），未实际入园"],
    ],
  };
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(read.ledgers.enterprises.map((e) => [e.name.slice(3, 7), e.left])).toEqual([
    ["茶趣文化", { y: 2021, m: 4, d: 16 }],
    ["绿野电子", { y: 2021, m: 6, d: 30 }],
    ["西牛麻竹", { y: 2021, m: 7, d: 1 }],
    ["鲜丰冷链", null],
  ]);
  expect(read.diagnostics.list.some((d) => d.message.includes("未实际入园") && d.cell === "B6")).toBe(true);
});
