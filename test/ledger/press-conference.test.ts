/**
 * 五华's press conference transcript (141st batch): 时间 | 发言人 | 发言内容, the speaker blank while the same one
 * goes on. The county's presenters (县商务局局长, 县乡村振兴局副局长, 县财政局副局长) answer; the host welcomes
 * and the reporters ask. A trial run's day is no opening's, and the poor left after the migrants are taken off
 * are those who count.
 */
import { factsOf } from "../corpus/read-facts";
import { factsSaid } from "./said-among-facts";

const said = (time: string, who: string | null, text: string) => [time, who, text];

test("every office of the county speaks for it, the reporters and the host not", () => {
  const read = factsOf({
    sheets: [
      {
        name: "发布会实录",
        rows: [
          ["某县人民政府新闻办公室新闻发布会实录", null, null],
          ["时间", "发言人", "发言内容"],
          said("10:00:12", "主持人 温××", "各位记者朋友，大家上午好！今天我们邀请县商务局负责同志介绍我县电子商务进农村综合示范县创建工作情况。"),
          said("10:01:40", "县商务局局长 曾××", "2019年，我县被确定为省级电子商务进农村综合示范县。2020年3月，县政府正式印发《某县电子商务进农村综合示范县实施方案》。"),
          said("10:03:30", null, "全县农村网络零售额2019年为21.6亿元，2020年为27.3亿元，同比增长26.4%。"),
          said("10:10:05", "梅州日报记者", "听说我县电商培训已经超过1万人次，请问具体情况怎样？"),
          said("10:10:31", "县商务局局长 曾××", "截至8月31日，全县累计开展电商培训8,630人次。"),
          said("10:12:02", "南方+记者", "脱贫群众参加电商培训的情况怎么样？"),
          said(
            "10:12:20",
            "县乡村振兴局副局长 钟××",
            "全县有劳动能力的建档立卡贫困人口9,120人，其中外出务工3,480人。扣除外出务工人员后为5,640人，已参加电商培训2,905人。",
          ),
          said("10:14:02", "县财政局副局长 李××", "省级下达我县示范专项资金500万元。截至8月31日，已拨付412.8万元。"),
          said("10:15:36", "梅州广播电视台记者", "县电商公共服务中心是去年6月就开始运营了吗？"),
          said("10:15:58", "县商务局局长 曾××", "中心2020年6月18日开始试运营，正式投入运营是2020年8月8日。全县410个行政村，其中省定贫困村86个。"),
        ],
      },
    ],
  });
  expect(read.facts).toMatchObject({
    planIssued: true,
    trainingPersonTimesStated: 8630,
    eligiblePoorPersonsStated: 5640,
    trainedPoorPersonsStated: 2905,
    fundAllocated: 5000000,
    fundSpentStated: 4128000,
    centerOpened: "2020-08-08",
    adminVillagesStated: 410,
  });
});

test("a trial run's day is no opening's", () => {
  expect(factsSaid("中心2020年6月18日开始试运营，正式投入运营是2020年8月8日。").centerOpened).toBe("2020-08-08");
  expect(factsSaid("中心于2020年6月18日开始试运营。").centerOpened).toBeUndefined();
});

test("the poor left once the migrants are taken off (扣除外出务工人员后) are the eligible ones", () => {
  const read = factsSaid("全县有劳动能力的建档立卡贫困人口9,120人，其中外出务工3,480人。扣除外出务工人员后为5,640人，已参加电商培训2,905人。");
  expect(read).toMatchObject({ eligiblePoorPersonsStated: 5640, trainedPoorPersonsStated: 2905 });
  // (The migrants' own figure before 后 leaves the one after it to say so: "扣除外出务工2230人后为4120人".)
  expect(factsSaid("有劳动能力建档立卡贫困人口6350人，扣除外出务工2230人后为4120人；已参训2265人。").eligiblePoorPersonsStated).toBe(4120);
});
