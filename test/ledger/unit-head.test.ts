/**
 * A nomination form's 负责人 (和平, 107th blind batch: 负责人 | 朱××（股长）) is the section's own head, not the
 * programme's leader: the leader is the one its paragraphs name (由县委书记任组长).
 */
import { factsOf } from "../corpus/read-facts";

test("a unit's 负责人 is no leader of the programme; the group's 组长 named in the prose is", () => {
  const rows = [
    ["推荐对象", "和平县商务局电子商务股", null, "推荐类别", "先进集体"],
    ["现有人数", "4人", null, "负责人", "朱××（股长）"],
    [
      "一是当好参谋，推动机制建起来。推动县委、县政府成立由县委书记任组长、县长任常务副组长，县商务、财政、农业农村、乡村振兴等23个部门为成员的电子商务进农村综合示范工作领导小组；2019年11月，县政府正式印发《和平县电子商务进农村综合示范县创建工作方案》。",
      null,
      null,
      null,
      null,
    ],
    ["累计组织电商培训12,680人次，占全县常住人口（30.8万人）的4.1%。", null, null, null, null],
  ];
  expect(
    factsOf({
      sheets: [
        {
          name: "事迹材料",
          rows,
          merges: [
            { top: 2, left: 0, bottom: 2, right: 4 },
            { top: 3, left: 0, bottom: 3, right: 4 },
          ],
        },
      ],
    }).leadership,
  ).toBe("principal-all");
});
