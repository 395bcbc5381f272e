/**
 * A poor-household roster kept one row per household lists the household's other members in one
 * text cell (家庭成员情况): "谢珍英（妻）441623198104263400，普通劳动力，外出务工（东莞）；谢娇梅（女）…",
 * or one member per line ("1.曾娇娟 妻 441623198203239166 无劳动力 —"). Each member is a person of
 * the roster: the part of the cell naming them, their ID number, and what is said after it
 * (劳动能力, 务工情况), which the labour and migrant readers read as they read their own columns.
 */

export interface Member {
  /** The member's part of the cell, as written. */
  text: string;
  /** The ID number as written (masked ones included). */
  id: string;
  /** The words after the ID number: 劳动能力 and 务工情况. */
  after: string;
}

/** An ID number in running text: 18 characters (a lower-case x too), or masked with *. */
const ID_IN_TEXT = /(?<![0-9])(?:[0-9]{17}[0-9Xx]|[0-9]{6}\*{4,12}[0-9]{0,4}[0-9Xx]?)(?![0-9])/;

/** The members a 家庭成员 cell lists; parts naming no ID number (无（单人户）) are no members. */
export function householdMembers(cell: string): { members: Member[]; withoutId: string[] } {
  const members: Member[] = [];
  const withoutId: string[] = [];
  for (const raw of cell.split(/[；;\n。]/)) {
    const part = raw.replace(/^\s*(?:\d+[.、．)]|[①-⑳])\s*/, "").trim();
    if (part === "" || /^(?:无|—+|-+|\/)(?:[（(].*[)）])?$/.test(part)) continue;
    const m = ID_IN_TEXT.exec(part);
    if (!m) {
      withoutId.push(part);
      continue;
    }
    members.push({ text: part, id: m[0], after: part.slice((m.index ?? 0) + m[0].length) });
  }
  return { members, withoutId };
}
