/** 从化's 接龙 pasted line by line: "N. 单位 姓名 数据", and the 专栏's items each marked ✅ / ❌. */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { withChainLines } from "../../src/ledger/facts/chain-lines";
import { withMarkedItemsSaid } from "../../src/ledger/facts/marked-items";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const chain: Sheet = {
  name: "接龙原文",
  rows: [
    ["#接龙"],
    ["各位同事好！请各成员单位接龙报送示范创建考评数据，口径统一截至2021年8月31日，本周五前报齐"],
    ["例：单位 姓名 数据"],
    ["1. 区统计局 陈志坚 常住人口71.74万人（七普）"],
    ["2. 区农业农村局 何文辉 行政村221个（另有社区居委会40个）"],
    ["3. 区邮政管理局 欧阳涛 行政村快递覆盖率100%"],
    ["4. 区政务服务数据管理局 李晓 政府网站专栏：创建方案✅ 项目基本信息✅ 建设进度✅ 监督举报窗口❌（下周上线）"],
    ["5. 区商务局 刘敏 区电商公共服务中心2020年7月投入运营；电商培训累计6,385人次"],
    ["6. 区财政局 谢国强 省级专项资金下达500万元，截至8月底已拨付412.7万元"],
  ],
};

test("each line without its number and reporter; marked items as what the topic has and has not", () => {
  const rows = withMarkedItemsSaid(withChainLines(chain)).rows;
  expect(rows[3][0]).toBe("常住人口71.74万人（七普）");
  expect(rows[6][0]).toBe("政府网站专栏设有创建方案、项目基本信息、建设进度；政府网站专栏未设有监督举报窗口（下周上线）");
  expect(rows[2][0]).toBe("例：单位 姓名 数据");
});

test("every line of the chain is read, short as it is", () => {
  const read = readLedgers({ sheets: [chain] }, GD_2019);
  const f = toScoringInput(read.ledgers, GD_2019, read.diagnostics).facts;
  const n = (k: string) => (f[k]?.value as { toNumber(): number } | undefined)?.toNumber();
  expect([n("residentPopulation"), n("adminVillagesStated")]).toEqual([717400, 221]);
  // The request's 口径 is the cut-off, though the line asks to report (报送).
  expect(f.asOf?.value).toEqual({ y: 2021, m: 8, d: 31 });
  expect(f.asOf?.evidence?.[0]?.cell).toBe("A2");
  expect([f.expressCoverage?.value, f.disclosurePlan?.value, f.disclosureProgress?.value, f.disclosureWindow?.value]).toEqual([true, true, true, false]);
});
