/**
 * 海丰's table of the county's ten livelihood projects (139th batch): only the programme's line is about it — not
 * the vocational-training project's 2.1万人次 — and its 牵头县领导 leads it. 恩平's integrity-risk register (140th
 * batch): things listed before a verb, joined by 和, are each done ("创建方案和项目基本信息已在…专栏公示"), and the
 * monthly report's count of poor trainees and incomes is the poverty statistics.
 */
import { factsOf } from "../corpus/read-facts";

test("a table of projects: only the programme's line is read, and its 牵头县领导 leads it", () => {
  const line = (n: number, name: string, leader: string, progress: string) => [n, name, "年度目标", leader, "责任单位", 1000, 800, "80%", progress];
  const read = factsOf({
    sheets: [
      {
        name: "民生实事进展",
        rows: [
          ["某县2021年十件民生实事进展情况表", null, null, null, null, null, null, null, null],
          ["县民生实事办　　进展截至2021年8月31日", null, null, null, null, null, null, null, null],
          ["序号", "民生实事项目", "年度目标任务", "牵头县领导", "责任单位", "计划投资（万元）", "累计完成投资（万元）", "投资完成率", "进展情况"],
          line(1, "农村生活污水治理", "副县长 王××", "已完成42个行政村污水管网建设"),
          line(2, "职业技能培训", "副县长 陈××", "累计培训2.1万人次，带动就业创业6,300人"),
          line(
            3,
            "电子商务进农村综合示范县创建",
            "副县长 黄××",
            "县电子商务公共服务中心于2020年12月16日投入运营；全县行政村224个；累计电商培训4,085人次；项目总体进度88%。",
          ),
          line(4, "“四好农村路”建设", "副县长 黄××", "完成改造86公里"),
          line(5, "农村供水保障", "副县长 王××", "完工14宗"),
          ["合计", null, null, null, null, 5000, 4000, "80%", null],
        ],
      },
    ],
  });
  expect(read.facts).toMatchObject({ trainingPersonTimesStated: 4085, adminVillagesStated: 224, centerOpened: "2020-12-16", overallProgress: 0.88 });
  expect(read.leadership).toBe("deputy");
});

test("things listed before the verb, joined by 和, each done; the monthly count of poor trainees the poverty statistics", () => {
  const line = (n: number, step: string, risk: string, measure: string, done: string) => [n, step, risk, measure, done, "分管副局长 岑××"];
  const read = factsOf({
    sheets: [
      {
        name: "廉政风险防控表",
        rows: [
          ["某市电子商务进农村综合示范项目廉政风险点排查及防控措施一览表", null, null, null, null, null],
          ["某市商务局　　“落实情况”统计至考评截止日2021年8月31日", null, null, null, null, null],
          ["序号", "业务环节", "风险点", "防控措施", "落实情况（截至2021年8月31日）", "责任领导"],
          line(
            1,
            "方案制定",
            "暗箱操作",
            "项目清单经领导小组集体研究",
            "《某市电子商务进农村综合示范创建工作方案》2020年4月正式印发；项目清单经领导小组集体研究确定，创建方案和项目基本信息已在市政府网站专栏公示",
          ),
          line(2, "招标采购", "围标串标", "委托代理机构公开招标", "经公开招标确定某电子商务运营有限公司为专业第三方电商运营服务商，未收到投诉"),
          line(3, "电商培训组织", "虚报培训人次、冒名签到", "签到核验身份证", "累计培训5,210人次，签到表、照片齐全；经自查未发现虚报人次问题"),
          line(4, "站点建设与验收", "验收走过场", "镇、市两级验收", "全市行政村172个（其中省定贫困村17个），已建成村级电商服务站点138个"),
          line(5, "公共服务中心运营", "变相收费", "免费服务项目上墙", "市电子商务公共服务中心2020年10月26日投入运营，免费提供培训场所和培训设备"),
          line(6, "数据统计报送", "统计数据不实", "两级审核后报送", "每月向市商务局报送工作月报，统计建档立卡贫困户参训和电商带动增收情况；项目总体进度83%"),
        ],
      },
    ],
  });
  expect(read.facts).toMatchObject({ disclosurePlan: true, disclosureProjects: true, povertyStatisticsStated: true, trainingPersonTimesStated: 5210 });
});
