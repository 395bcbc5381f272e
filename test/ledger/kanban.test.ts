/**
 * 乳源's task board typed into a sheet (141st batch): swimlanes down the side, a column for each state, a card a
 * cell. The column is the card's state: a done card says what was done, on the day its 完成 line gives; a card still
 * going or not begun is a task not done, whatever figures it gives so far.
 */
import { factsOf } from "../corpus/read-facts";

const card = (title: string, body: string, owner: string) => `【${title}】\n${body}\n${owner}`;

test("a card's column says whether its task was done; a done card's 完成 day is its day", () => {
  const read = factsOf({
    sheets: [
      {
        name: "任务看板",
        rows: [
          ["某县电子商务进农村综合示范创建任务看板", null, null, null],
          ["看板状态截至2021年8月31日（考评截止日）　　县商务局电商股维护　　项目总体进度：68%", null, null, null],
          ["泳道（工作任务）", "已完成", "进行中", "未开始／暂缓"],
          [
            "组织领导",
            card("示范县工作方案", "县政府正式印发《某县电子商务进农村综合示范县工作方案》", "负责人：电商股　完成：2020.4.20"),
            card("农村电商扶持政策", "《某县农村电子商务发展扶持办法》已征求意见，待县政府常务会议审议", "负责人：电商股　预计：2021.10"),
            null,
          ],
          [
            "县级公共服务中心",
            card("中心投入运营", "县电子商务公共服务中心投入运营", "负责人：电商股　完成：2020.12.28"),
            card("快递进村", "102个行政村已通快递96个，年内实现进村", "负责人：县邮政分公司　预计：2021.12"),
            card("电商产业园", "选址未定，暂缓建设", "负责人：电商股　预计：2022年"),
          ],
          [
            null,
            card("第三方运营服务商", "公开招标确定某电子商务服务有限公司为专业第三方运营服务商", "负责人：电商股　完成：2020.9.25"),
            card("资金拨付", "省级专项资金下达500万元，已拨付326.5万元（65.3%）", "负责人：财务室　预计：2021.12"),
            card("征求意见／监督举报窗口", "待县政府网站改版后开设", "负责人：办公室"),
          ],
          [
            "电商培训",
            card("贫困人口培训", "有劳动能力的建档立卡贫困人口（不含外出务工）1,312人，已参训688人", "负责人：电商股　完成：2021.8.26"),
            card("电商培训人次", "累计培训1,865人次（目标：常住人口的1%，即1,947人次）", "负责人：电商股　预计：2021.10"),
            card("农产品溯源系统", "待申报", "负责人：电商股"),
          ],
        ],
        merges: [{ top: 1, left: 0, bottom: 1, right: 3 }],
      },
    ],
  });
  expect(read.facts).toMatchObject({
    overallProgress: 0.68,
    planIssued: true,
    policyIssued: false,
    centerOpened: "2020-12-28",
    expressCoverage: false,
    parkBuilt: false,
    thirdPartyOperator: true,
    fundAllocated: 5000000,
    fundSpentStated: 3265000,
    disclosureWindow: false,
    eligiblePoorPersonsStated: 1312,
    trainedPoorPersonsStated: 688,
    trainingPersonTimesStated: 1865,
  });
});
