/**
 * 大亚湾's figures as a data platform's API preview exported to Excel, all text: each field with its
 * type (double printed as Java prints it, 9.8735E8; timestamps as Unix milliseconds at Beijing
 * midnight; null for a field not filled in), and the clerk's remark correcting one figure.
 */
import type { Sheet } from "../../src/core/grid";
import { expandExponent, withTypedValues } from "../../src/ledger/facts/typed-values";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const preview: Sheet = {
  name: "接口返回",
  rows: [
    ["惠州市政务数据共享平台　›　接口服务　›　在线调试", null, null, null, null, null],
    ["序号", "字段名", "字段说明", "类型", "值", "备注（经办人加）"],
    ["1", "regionName", "县（市、区）名称", "string", "大亚湾经济技术开发区", null],
    ["2", "statDeadline", "考评截止日期", "timestamp", "1630339200000", null],
    ["3", "permanentPopulation", "常住人口（人）", "double", "342270.0", "七普数"],
    ["4", "centerOpenTime", "县级电子商务公共服务中心投入运营时间", "timestamp", "1608307200000", null],
    ["5", "ruralRetail2019", "2019年农村网络零售额（元）", "double", "9.8735E8", null],
    ["6", "agriRetail2019", "2019年农产品网络零售额（元）", "double", "null", "统计局未提供"],
    ["7", "trainingPersonTimes", "电商培训人次", "int", "3562", "平台数是7月底同步的，更正为截至8月31日台账数3,618人次（已报市局）"],
  ],
};

test("a double as Java prints it, exactly", () => {
  expect(expandExponent("9.8735E8")).toBe("987350000");
  expect(expandExponent("1.2364E9")).toBe("1236400000");
  expect(expandExponent("1.5E-2")).toBe("0.015");
  expect(expandExponent("342270.0")).toBeUndefined();
});

test("each value read by its type: milliseconds the day in Beijing, null blank", () => {
  const rows = withTypedValues(preview).rows;
  expect(rows[3][4]).toBe("2021年8月31日");
  expect(rows[5][4]).toBe("2020年12月19日");
  expect(rows[6][4]).toBe("987350000");
  expect(rows[7][4]).toBeNull();
});

test("read as the export says: the cut-off, the opening, the retail figure, the person-times the remark corrects", () => {
  const got = Object.fromEntries(readFactsSheet(preview, GD_2019).entries.map((e) => [e.key, e.value]));
  expect(got).toMatchObject({ asOf: "2021年8月31日", centerOpened: "2020年12月19日", ruralRetail2019: "987350000", trainingPersonTimesStated: "3,618人次" });
  expect(got.agriRetail2019).toBeUndefined();
});
