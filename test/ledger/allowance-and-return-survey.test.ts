/**
 * 罗定's two stand-ins (142nd batch). The poor trainees' lost-earnings allowance sign-off, a block per class: a
 * trainee marked "未到，不发放" never came, and the closing block paying again for an earlier class ("第3期补发
 * （更正卡号）") is no new attendance. The return-to-work survey after the Spring Festival: whether someone is away
 * is what 返岗情况 says (已返岗（市外） away; 市内, 公益性岗位, 未返岗 not), not what they did before it (节前务工情况).
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const head = ["序号", "姓名", "身份证号", "镇（街道）", "补贴标准（元／天）", "参训天数", "补贴金额（元）", "领款人签名", "备注"];
const allowance: Sheet = {
  name: "误工补贴发放表",
  rows: [
    ["某市农村电商培训建档立卡贫困户学员误工补贴发放签领表", null, null, null, null, null, null, null, null],
    ["第1期　农村电商直播带货培训班　　培训时间：2020年11月12日—13日（2天）", null, null, null, null, null, null, null, null],
    head,
    [1, "冯婉婷", "445381196801010005", "罗镜镇", 50, 2, 100, "冯婉婷", null],
    [2, "杨志强", "445381197506140311", "罗镜镇", 50, 2, 100, "杨志强", null],
    [3, "钟家旺", "445381198612082172", "罗镜镇", 50, 0, 0, null, "未到，不发放"],
    [null, "本期小计", "2人", null, null, 4, 200, null, null],
    ["补发名单（2021年4月）：以下人员已在所列期次参训并计入该期，本块只是补发首次退回的补贴", null, null, null, null, null, null, null, null],
    head,
    [1, "冯婉婷", "445381196801010005", "罗镜镇", 50, 2, 100, "冯婉婷", "第1期补发（更正卡号）"],
  ],
};

test("a trainee who never came, and one paid again for an earlier class, are no attendance", () => {
  const read = readLedgers({ sheets: [allowance] }, GD_2019);
  expect(read.recognitions[0].kind).toBe("training");
  expect(read.ledgers.training.map((t) => t.id?.text)).toEqual(["445381196801010005", "445381197506140311"]);
});

const survey: Sheet = {
  name: "返岗摸排表",
  rows: [
    ["某镇建档立卡贫困劳动力2021年春节后返岗复工情况摸排表", null, null, null, null],
    ["序号", "姓名", "身份证号", "劳动能力", "节前务工情况", "返岗情况（截至3月15日）"],
    [1, "冯国华", "445381199204045115", "技能劳动力", "广州市白云区务工", "已返岗（市外）"],
    [2, "杨志强", "445381197506140311", "普通劳动力", "罗定市区务工", "已返岗（市内）"],
    [3, "黄春梅", "445381198211270623", "普通劳动力", "东莞市务工", "未返岗（在家照顾老人）"],
    [4, "麦春梅", "445381197709115482", "弱劳动力或半劳动力", "在家", "公益性岗位"],
    [5, "李翠萍", "445381198004284686", "技能劳动力", "在家务农", "已返岗（市外）"],
  ],
};

test("whether someone is away is what 返岗情况 says, not what they did before the festival", () => {
  const read = readLedgers({ sheets: [survey] }, GD_2019);
  expect(read.recognitions[0].kind).toBe("poorPersons");
  expect(read.ledgers.poorPersons.map((p) => p.migrant)).toEqual([true, false, false, false, true]);
});
