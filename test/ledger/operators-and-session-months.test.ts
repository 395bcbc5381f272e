/**
 * From the 149th blind batch: a report naming the operator firm before what it became ("引进…有限公司作为
 * 专业运营服务商"), and a session's sign-in sheet whose title block gives only its month (培训时间：2021年1月).
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { factsOf } from "../corpus/read-facts";

test("引进韶关市…有限公司作为专业运营服务商: a third-party operator, whatever the firm's name", () => {
  const report = {
    name: "自评报告",
    rows: [
      ["某县电子商务进农村综合示范工作自评报告"],
      ["\u3000\u3000本报告所用数据截至2021年8月31日。全县常住人口34.2万人，行政村146个。"],
      ["\u3000\u3000（三）推动农村产品上行。举办网络促销活动。引进韶关市粤北优选供应链管理有限公司作为专业运营服务商。全县行政村快递物流覆盖率达100%。"],
    ],
  };
  expect(factsOf({ sheets: [report] }).facts.thirdPartyOperator).toBe(true);
});

test("a sign-in sheet whose title block gives only the month (培训时间：2021年1月): each sign-in in that month", () => {
  const sheet: Sheet = {
    name: "第3期",
    rows: [
      ["某市电子商务进农村综合示范项目培训签到表"],
      ["培训主题：年货节网络促销\u3000\u3000培训时间：2021年1月"],
      ["序号", "姓名", "性别", "身份证号码", "是否建档立卡贫困户", "签名"],
      [1, "吴燕", "男", "441882200212179792", "否", null],
      [2, "李文达", "男", "441882198009222396", "是", null],
    ],
  };
  const r = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(r.ledgers.training.map((t) => (t.date ? `${t.date.y}-${t.date.m}-${t.date.d ?? ""}` : null))).toEqual(["2021-1-", "2021-1-"]);
});
