/**
 * 开平's tri-fold leaflet (138th batch), typed in as it is printed: three panels side by side, a panel's
 * lines one to a row merged across its own columns, an empty column between panels. Each panel is read
 * top to bottom on its own; a ticked line may open with a brand in quotes, and a list of ticked lines
 * hangs from the line above it ("…专栏，扫码可查看：").
 */
import type { CellValue } from "../../src/core/grid";
import { factsOf } from "../corpus/read-facts";
import type { Merge } from "../../src/core/grid";

const W = 11;
const line = (a: string | null, e: string | null, i: string | null): CellValue[] => {
  const row: CellValue[] = new Array(W).fill(null);
  [row[0], row[4], row[8]] = [a, e, i];
  return row;
};
const across = (t: string): CellValue[] => [t, ...new Array(W - 1).fill(null)];

function leaflet(rows: CellValue[][]) {
  const merges: Merge[] = [];
  rows.forEach((row, r) => {
    // A line across the page, or each panel's line across its own three columns.
    if (row.slice(1).every((v) => v === null)) merges.push({ top: r, bottom: r, left: 0, right: W - 1 });
    else for (const c of [0, 4, 8]) if (row[c] !== null) merges.push({ top: r, bottom: r, left: c, right: c + 2 });
  });
  return { sheets: [{ name: "宣传折页", rows, merges }] };
}

const ROWS: CellValue[][] = [
  across("某县电子商务进农村宣传折页　排版稿"),
  across("【外页】"),
  line("监督与咨询", "某县商务局", "电商进农村　美好新生活"),
  line("县政府门户网站设有电子商务进农村综合示范专栏，扫码可查看：", "某县电子商务公共服务中心", "某县省级电子商务进农村综合示范县"),
  line("✓ 示范创建方案", "地址：某县城南路××号", null),
  line("✓ 项目基本信息", "开放时间：周一至周五", "家门口卖土货"),
  across("【内页】"),
  line("一、身边的电商服务中心", "二、村里的服务站", "三、学电商　有补贴"),
  line(
    "县电子商务公共服务中心已于2020年11月18日正式运营，由专业第三方运营服务商负责运营。",
    "全县152个行政村，已有131个建成村级电商服务站。",
    "已累计免费培训6,420人次。",
  ),
  line("中心免费为您提供：", "快递进村：全县行政村快递服务覆盖率100%。", "县电商产业园为入驻电商企业减免办公场地租金。"),
  line("✓ 电商基础培训（培训室免费使用）", "找服务站：看村委会附近的蓝色招牌。", "直播间累计观看30万人次，欢迎村民来卖货。"),
  line("✓ “某县好物”区域品牌统一推广、商标注册指导", null, null),
];

test("a leaflet's panels are read each top to bottom, never across into the next", () => {
  const read = factsOf(leaflet(ROWS));
  expect(read.facts).toMatchObject({
    centerOpened: "2020-11-18",
    thirdPartyOperator: true,
    adminVillagesStated: 152,
    expressCoverage: true,
    trainingPersonTimesStated: 6420,
    parkBuilt: true,
    centerFreeTraining: true,
  });
});

test("a ticked line opening with a brand in quotes, and ticked lines read with the line they hang from", () => {
  const read = factsOf(leaflet(ROWS));
  expect(read.facts).toMatchObject({ centerBrand: true, disclosurePlan: true, disclosureProjects: true });
});
