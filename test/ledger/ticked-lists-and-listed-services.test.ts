/**
 * 台山's wall, its last three unread notes: a note ticking the 专栏's contents one by one
 * (创建方案✔ 项目信息✔ …), the other services named instead of answered (其他增值服务：代办执照、…),
 * and a blue note's items under its topic (卖货（上行）：调研2分，促销2分…).
 */
import type { Sheet } from "../../src/core/grid";
import { markedItemsSaid } from "../../src/ledger/facts/marked-items";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const entry = (rows: Sheet["rows"], key: string) => readFactsSheet({ name: "t", rows }, GD_2019).entries.find((e) => e.key === key);

test("a line of items each ticked after it is said as what its topic has, and has not", () => {
  expect(markedItemsSaid("政府网专栏：创建方案✔，项目信息✔　建设进度✔，监督举报信箱✔")).toBe("政府网专栏设有创建方案、项目信息、建设进度、监督举报信箱");
  expect(markedItemsSaid("专栏：创建方案√ 建设进度×（在做）")).toBe("专栏设有创建方案；专栏未设有建设进度（在做）");
  // Words between the marks make it prose, read as prose.
  expect(markedItemsSaid("方案✔，进度滞后要整改，附件✔")).toBe("方案✔，进度滞后要整改，附件✔");
  // One mark is a remark on its line.
  expect(markedItemsSaid("创建方案✔")).toBe("创建方案✔");
});

test("a wall's note ticking the column's contents answers each of them", () => {
  const wall: Sheet = {
    name: "作战墙",
    rows: [
      ["【黄】常住人口\n90.66万人"],
      ["【绿】政府网专栏：创建方案✔\n项目信息✔　建设进度✔\n监督举报信箱✔"],
      ["【绿】创建方案　已印发"],
      ["【黄】省定相对贫困村 14个"],
      ["【黄】行政村289个"],
      ["【绿】扶持政策　已出台"],
      ["【绿】资金管理办法　已印发"],
      ["【绿】资金专账　已建"],
    ],
  };
  const read = readFactsSheet(wall, GD_2019);
  const answers = ["disclosurePlan", "disclosureProjects", "disclosureProgress", "disclosureWindow"].map((k) => read.entries.find((e) => e.key === k)?.value);
  expect(answers).toEqual(["是", "是", "是", "是"]);
});

test("other services named are other services provided; named as not provided they are not", () => {
  const head = ["项目", "情况"];
  expect(entry([head, ["其他增值服务", "代办执照、金融对接、网店代运营"]], "centerOther")?.value).toBe("代办执照、金融对接、网店代运营");
  // (Said not carried out, they are not provided: a no, read from the sentence under 其他增值服务.)
  expect(entry([head, ["其他增值服务", "暂未开展代办执照、金融对接"]], "centerOther")?.value).toBe("否");
});

test("an item's points after its topic's colon are the item's", () => {
  const rows: Sheet["rows"] = [
    ["卖货（上行）：调研2分，促销2分，第三方1分，快递1分，标准冷链溯源1分，增速2分，合计自评9分"],
    [],
    ["方案自评2分"],
    ["常住人口：42万"],
    ["行政村：120个"],
  ];
  const read = readFactsSheet({ name: "t", rows }, GD_2019);
  const judged = (k: string) => read.entries.find((e) => e.key === `judged:${k}`)?.value;
  expect([judged("work.upward.research"), judged("work.upward.promotion")]).toEqual(["2分", "2分"]);
});
