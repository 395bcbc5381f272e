/**
 * Facts sheets of the 69th batch: a report's table of contents pasted with its page numbers
 * (吴川's 报告目录), and an SMS platform's sent messages (海丰's 短信发送记录: a long message in
 * numbered parts, a failed send sent again, a later 更正, the points the county means to claim).
 */
import type { Sheet } from "../../src/core/grid";
import { withContentsRead } from "../../src/ledger/facts/table-of-contents";
import { withSaidColumnOnly } from "../../src/ledger/facts/said-log";
import { listedItems } from "../../src/ledger/facts/sentences";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const entries = (sheet: Sheet) => Object.fromEntries(readFactsSheet(sheet, GD_2019).entries.map((e) => [e.key, String(e.value)]));

const contents: Sheet = {
  name: "报告目录",
  rows: [
    ["吴川市电子商务进农村综合示范创建自评报告"],
    ["目　　录"],
    ["一、吴川市基本情况", 1],
    ["（一）辖5个街道、10个镇，常住人口92.73万人（第七次全国人口普查）", 1],
    ["（二）村（居）委会224个，其中行政村188个、社区（居委会）36个；省定相对贫困村24个", 2],
    ["二、加强组织领导与统筹协调", 3],
    ["（二）2019年12月正式印发《吴川市电子商务进农村综合示范县创建工作方案》", 4],
    ["（二）中心免费提供培训场所和设备、农特产品展示展销、统一推广和品牌指导及其他衍生增值服务", 7],
    ["（三）项目总体进度85%", 19],
  ],
};

test("a table of contents: each heading a sentence, its page number no value", () => {
  const rows = withContentsRead(contents).rows;
  expect(rows[3]).toEqual(["（一）辖5个街道、10个镇，常住人口92.73万人（第七次全国人口普查）。"]);
  const read = entries(contents);
  expect(read.residentPopulation).toBe("92.73万人");
  expect(read.overallProgress).toBe("85%");
  expect(read.centerBrand).toBe("是");
});

test("a list of page numbers going back is no table of contents", () => {
  const sheet: Sheet = { name: "t", rows: [["目录"], ["常住人口", 42], ["行政村", 120], ["贫困村", 12], ["站点", 90], ["培训", 30], ["企业", 20]] };
  expect(withContentsRead(sheet)).toBe(sheet);
});

test("two things named together by 和 are one item too", () => {
  expect(listedItems("中心提供统一推广和品牌指导、农特产品展示")).toEqual(["中心提供统一推广", "中心提供品牌指导", "中心提供农特产品展示", "中心提供统一推广和品牌指导"]);
});

const messages: Sheet = {
  name: "短信发送记录",
  rows: [
    ["序号", "接收人", "短信内容", "提交时间", "发送状态"],
    [1, "张科长", "(1/2)【海丰县商务局】张科长：2020年农村网络零售额21.36亿元（2019年16.", "2021-09-01 10:15:45", "成功"],
    [2, "张科长", "(2/2)88亿元），农产品网络零售额3.92亿元（2019年3.27亿元）。", "2021-09-01 10:15:46", "成功"],
    [3, "陈县长", "【海丰县商务局】陈县长：省级专项资金下达600万元。", "2021-09-02 10:02:10", "失败（用户关机）"],
    [4, "陈县长", "【海丰县商务局】陈县长：有劳动能力的建档立卡贫困人口（不含外出务工）2,864人，已参加电商培训1,309人。", "2021-09-02 10:35:18", "成功"],
    [5, "陈县长", "【海丰县商务局】陈县长：主观项拟自评：方案制定2分、政策支持2分。", "2021-09-02 15:22:40", "成功"],
    [6, "陈县长", "【海丰县商务局】更正：9月1日短信“已参加电商培训1,309人”含9月2日专场19人，按截至8月31日口径应为1,290人。", "2021-09-03 14:30:26", "成功"],
  ],
};

test("sent messages: parts joined, a failed send nothing, a correction made where the figure was said", () => {
  const rows = withSaidColumnOnly(messages).rows;
  expect(rows[1][2]).toBe("【海丰县商务局】张科长：2020年农村网络零售额21.36亿元（2019年16.88亿元），农产品网络零售额3.92亿元（2019年3.27亿元）。");
  expect(rows[2][2]).toBeNull();
  expect(rows[3][2]).toBeNull();
  expect(rows[4][2]).toContain("已参加电商培训1,290人");
  const read = entries(messages);
  expect(read.ruralRetail2019).toBe("16.88亿元");
  expect(read.fundAllocated).toBeUndefined();
  expect(read.trainedPoorPersonsStated).toBe("1,290人");
  expect([read["judged:org.plan"], read["judged:org.policy"]]).toEqual(["2分", "2分"]);
});
