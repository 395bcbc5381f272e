/**
 * 三水's 迎检点检表 (85th blind batch), laid out like a factory's equipment check: No. | 点检部位 | 点检项目 |
 * 点检标准（省考评要求） | 点检方法 | 实测值／记录 | 单位 | 判定 | 异常描述及对策 | 责任人. The standard is the rubric's;
 * the record is the county's; 判定 OK is a yes and NG a no; △ is not judged yet, so its line says nothing; a veto
 * line's OK says that nothing happened.
 */
import type { CellValue } from "../../src/core/grid";
import { factsOf } from "../corpus/read-facts";

const rows: CellValue[][] = [
  ["某区电子商务进农村综合示范创建 迎检点检表（第4次点检）"],
  ["点检对象", "省级电子商务进农村综合示范创建", null, null, "县（市、区）", "某区", "考评截止日", "2021年8月31日"],
  ["判定符号：OK＝符合；NG＝不符合；△＝待确认（本次不判定）；—＝不适用（只记录数值）"],
  ["No.", "点检部位", "点检项目", "点检标准（省考评要求）", "点检方法", "实测值／记录", "单位", "判定", "异常描述及对策", "责任人"],
  [1, "组织保障", "领导小组组长", "区政府主要领导牵头", "查文件", "区委副书记、区长", "—", "OK", null, "办公室"],
  [2, null, "示范县工作方案", "正式印发", "查文件", "某府办〔2020〕18号", "—", "OK", null, "电商股"],
  [3, "服务中心", "免费摄影、美工服务", "免费提供", "现场查看", "摄影棚1间", "—", "NG", "摄影、美工按件收费，不属免费", "中心"],
  [4, null, "其他衍生增值服务", "提供", "查资料", "融资对接（佐证待补）", "—", "△", "佐证待确认", "中心"],
  [5, "资金管理", "累计拨付资金", "支出率≥70%", "查资金台账", "3,946,800.00", "元", "OK", null, "财务"],
  [6, "红线", "弄虚作假", "无", "自查", "无", "—", "OK", null, "办公室"],
];

test("an inspection sheet's 判定 answers its lines, its standards are no figures, a line still to be judged says nothing", () => {
  const got = factsOf({ sheets: [{ name: "迎检点检表", rows }] });
  expect(got.facts).toMatchObject({ planIssued: true, centerPhoto: false, fundSpentStated: 3946800, vetoFraud: false });
  expect(got.facts.centerOther).toBeUndefined();
});
