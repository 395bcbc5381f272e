/**
 * 德庆's 一口清 pocket cards for the county's leaders (142nd batch): two cards to a row, each line labelled 口径 (what
 * to say), 数据 (the figure), 出处 (its document), 注意 (a reminder). What to say and the figures are the county's; a
 * source is none, nor a reminder setting its own later figure aside; a reminder stating the county's figure is one.
 */
import { factsOf } from "../corpus/read-facts";

test("each card's lines are read one by one, the sources and the figures set aside left out", () => {
  const read = factsOf({
    sheets: [
      {
        name: "一口清",
        rows: [
          ["某县迎接省级电子商务进农村综合示范创建考评“一口清”口径卡（县领导用）", null, null, null, null, null, null],
          ["县商务局　　答问用“口径”，数字用“数据”（一律截至考评截止日2021年8月31日）", null, null, null, null, null, null],
          ["① 总体", null, null, null, "② 公共服务中心", null, null],
          ["口径", "某县2019年获批省级电子商务进农村综合示范县，项目建设基本完成", null, null, "数据", "2020年9月18日开业运营，到截止日运行近一年", null],
          ["数据", "项目总体进度91%", null, null, "口径", "免费培训（培训室80座、直播设备）、农特产品免费展示展销、免费拍摄美工、区域公用品牌统一推广", null],
          ["出处", "某府办函〔2020〕11号", null, null, "出处", "中心运营合同", null],
          ["③ 人才培训", null, null, null, "④ 资金", null, null],
          ["数据", "常住人口32.9万人（七普）", null, null, "数据", "省级专项资金500万元；截至8月31日拨付381.2万元，支出率76.2%", null],
          ["数据", "培训5,236人次（考评口径），占常住人口1.59%", null, null, "口径", "2020年4月印发专项资金管理办法", null],
          ["注意", "最新累计5,610人次（截至9月10日）只作参考，不报考评组", null, null, "注意", "9月1—10日又付48万元，累计429.2万元，不作考评口径", null],
          ["注意", "农村网络零售额增速只有18%，不到30%", null, null, null, null, null],
        ],
      },
    ],
  });
  expect(read.facts).toMatchObject({
    overallProgress: 0.91,
    centerOpened: "2020-09-18",
    centerFreeTraining: true,
    centerDisplay: true,
    centerPhoto: true,
    residentPopulation: 329000,
    trainingPersonTimesStated: 5236,
    fundAllocated: 5000000,
    fundSpentStated: 3812000,
    fundSystemIssued: true,
    ruralRetailGrowthStated: 0.18,
  });
});
