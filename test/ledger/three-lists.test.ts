/**
 * 茂南's "三张清单" (85th blind batch): a results list (成效事项 | 成效数据 | 单位), a problems list (问题 | 具体表现 | 原因
 * | … | 整改状态) and a task list for after the cut-off (任务 | 目标 | 完成时限) stacked in one sheet. A reviewer takes
 * the results as facts, each problem as a shortfall ("…未开展" is a no, "《…扶持办法》仍在征求意见" is not issued,
 * "除…外无其他服务" is none), and the tasks as plans, nothing done. The header's pairs above the tables are read
 * as they stand (its 考评截止日's day sits where the table's 单位 column is, and is still its value), and an
 * operator named by its company is an operator.
 */
import type { CellValue } from "../../src/core/grid";
import { factsOf } from "../corpus/read-facts";

const rows: CellValue[][] = [
  ["某区电子商务进农村综合示范创建迎检“三张清单”"],
  ["县（市、区）", "某区", "考评截止日", "2021年8月31日", "清单日期", "2021年9月1日"],
  [],
  ["一、成效清单"],
  ["序号", "成效事项", "成效数据", "单位", "佐证材料", "备注"],
  [1, "常住人口（第七次全国人口普查）", 60.41, "万人", "区统计局公报", null],
  [2, "示范创建工作方案", "2020年3月正式印发", "—", "某府办〔2020〕9号", null],
  [3, "电商产业园", "整合建成电商产业园，入驻企业24家", "—", "入驻企业清单", null],
  [4, "专业第三方运营服务商", "茂名市某某优品电子商务有限公司运营中心和产业园", "—", "运营合同", null],
  [],
  ["二、问题清单"],
  ["序号", "问题", "具体表现", "原因", "对应考评指标", "整改状态"],
  [1, "免费摄影、美工服务未开展", "中心摄影棚按次收费（每次200元）", "运营合同未约定免费", "服务体系建设", "整改中"],
  [2, "其他衍生增值服务未开展", "除培训、展示、推广外无其他服务", "运营方人手不足", "服务体系建设", "整改中"],
  [3, "支持农村电商发展的政策尚未出台", "《某区农村电商扶持办法》仍在征求意见", "部门意见未统一", "政策支持", "整改中"],
  [4, "行政村快递未全覆盖", "某镇2个行政村快递未进村", "路远件少", "农村产品上行", "整改中"],
  [],
  ["三、任务清单（9月以后）"],
  ["序号", "任务", "目标", "完成时限", "责任单位", "备注"],
  [1, "摄影、美工改为免费", "运营合同补充协议约定免费", "2021年9月15日", "区商务局、运营方", null],
  [2, "出台农村电商扶持办法", "区政府常务会议审议通过后印发", "2021年9月30日", "区商务局", null],
  [3, "打通某镇2个村快递", "行政村快递覆盖率达100%", "2021年9月30日", "区邮政管理部门", null],
];

test("results are facts, problems are shortfalls, tasks are plans", () => {
  const got = factsOf({ sheets: [{ name: "三张清单", rows }] });
  expect(got.facts).toMatchObject({
    asOf: "2021-08-31",
    residentPopulation: 604100,
    planIssued: true,
    parkBuilt: true,
    thirdPartyOperator: true,
    centerPhoto: false,
    centerOther: false,
    policyIssued: false,
    expressCoverage: false,
  });
});
