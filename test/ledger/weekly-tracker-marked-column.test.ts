/**
 * 和平's weekly progress table from the supervision office (139th batch): a task a row, a week a column, the clerk
 * marking the column the evaluation takes (截至8月31日（考评取数）) between earlier weeks and a later one. That column
 * is read; the weeks around it are not, nor the column of each task's state against its target (推进中 beside
 * "产业园已建成").
 */
import { factsOf } from "../corpus/read-facts";

test("the column marked as the evaluation's is read, not the weeks before or after it, nor the tasks' states", () => {
  const row = (n: number, task: string, w31: string, cut: string, w36: string, state: string) => [n, task, "县商务局", w31, cut, w36, state];
  const read = factsOf({
    sheets: [
      {
        name: "周调度表",
        rows: [
          ["某县2021年重点工作周调度表（电子商务进农村综合示范县创建）", null, null, null, null, null, null],
          ["说明：“截至8月31日”栏为省考评取数口径，第36周栏为截止日后的调度进度，不作考评数据。", null, null, null, null, null, null],
          ["序号", "工作任务", "责任单位", "第31周（8.2—8.6）", "截至8月31日（考评取数）", "第36周（9.6—9.10）", "完成情况"],
          row(
            1,
            "创建方案",
            "《某县电子商务进农村综合示范县创建工作方案》已于2020年6月印发",
            "《某县电子商务进农村综合示范县创建工作方案》已于2020年6月印发",
            "《某县电子商务进农村综合示范县创建工作方案》已于2020年6月印发",
            "已完成",
          ),
          row(2, "电商产业园", "产业园已建成，在园企业17家", "产业园已建成，在园企业19家", "产业园已建成，在园企业21家", "推进中"),
          row(3, "电商培训", "累计培训3,350人次", "累计培训3,612人次", "累计培训3,790人次", "滞后"),
          row(
            4,
            "资金拨付",
            "下达省级专项资金500万元，累计拨付298万元",
            "下达省级专项资金500万元，累计拨付362.4万元",
            "下达省级专项资金500万元，累计拨付401万元",
            "已完成",
          ),
          row(5, "项目总体进度", "80%", "86%", "89%", "推进中"),
        ],
      },
    ],
  });
  expect(read.facts).toMatchObject({ planIssued: true, parkBuilt: true, trainingPersonTimesStated: 3612, fundSpentStated: 3624000, overallProgress: 0.86 });
});
