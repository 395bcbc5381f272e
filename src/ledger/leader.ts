/**
 * Who leads the demonstration work, from the title a clerk writes (县长, 县委副书记、县长, 张三（副县长）,
 * 分管副县长…), and which departments take part, from a free list (商务局、财政局、农业农村局、扶贫办).
 * docs/scoring-rules.md: 书记/市长/县长/区长 → 主要领导; 副市长/副县长/副区长 → 分管领导.
 */

export type LeaderLevel = "principal" | "deputy" | "other";

const RANK: Record<LeaderLevel, number> = { other: 0, deputy: 1, principal: 2 };

/** A person's name after a title, "县长陈××", "县长陈建国" (not 县长助理, 县长秘书). */
const NAME_AFTER = /(长|书记)(?!助理|秘书)([\u4e00-\u9fff][×xX*＊某]{1,2}|[\u4e00-\u9fff]{2,3})$/;

/** One title (no separators) → its level. */
function titleLevel(given: string): LeaderLevel {
  // ("县长林××同志": the name and its 同志 after the title.)
  // (…and a form's dictionary code before it, "X01-县长": the option's words are what it says.)
  const t = given
    .replace(/^[A-Za-z0-9]{1,6}[-－]/, "")
    .replace(/同志$/, "")
    .replace(NAME_AFTER, "$1");
  if (/主要领导|主要负责同?志|一把手/.test(t)) return "principal";
  // (A development zone's: its 党工委书记 and 管委会主任 lead it, a 管委会副主任 is a deputy.)
  if (/分管|副(?:县|市|区)长|副书记|副组长|管委会(?:常务)?副主任/.test(t)) return "deputy";
  // 镇长, 局长, 县长助理 are not the county's principal leaders.
  if (/[乡镇村局办所]|助理|秘书/.test(t)) return "other";
  if (/(?:^|[县市区]委|党委|党工委)书记$/.test(t) || /管委会主任$/.test(t)) return "principal";
  if (/(?:^|[县市区旗]|人民政府|代)(?:县|市|区|旗)长$/.test(t) || /^(?:县|市|区)长$/.test(t)) return "principal";
  return "other";
}

/**
 * A leader holding several titles counts at the highest: "县委副书记、县长" is a 县长. Titles are
 * separated by 、，,/；; spaces or brackets (a person's name may stand beside them).
 */
export function leaderLevel(text: string): LeaderLevel {
  let best: LeaderLevel = "other";
  // (An option "区委书记或区长" names either: 或 separates them too.)
  // (A form's title for any county, "县（市、区）长", "分管副县（市、区）长", is the county's: its brackets go first.)
  // (Two titles run together with their 、 left out, "县委副书记县长": the 副 is the 书记's, the 县长 a title of its own.)
  const titles = text.replace(/([县市区])[（(](?:[县市区旗][、，,]?)+[)）]/g, "$1").replace(/书记(?=(?:代|常务)?[县市区旗]长)/g, "书记、");
  for (const part of titles.split(/[、，,/／;；\s()（）[\]【】:：兼或]+/)) {
    const level = titleLevel(part.trim());
    if (RANK[level] > RANK[best]) best = level;
  }
  return best;
}

/**
 * The departments a leadership criterion requires that `text` (a free list: 商务局、财政局、农业农村局、
 * 扶贫办) does not name. The rubric says which departments, and the words that name each
 * (Rubric.leadDepartments).
 */
export function missingDepartments(text: string, departments: { name: string; words: string[] }[]): string[] {
  return departments.filter((d) => !d.words.some((w) => text.includes(w))).map((d) => d.name);
}

const FORMER_LEADER = /[（(][^（()）]*(?:此前|之前|原由|原为|调整前|曾由)[^（()）]*[)）]/g;

/**
 * The leader named in a sentence, as a clerk explains the 组织领导 line of the self-assessment
 * ("县长任领导小组组长，县商务局、财政局…为成员", "由分管副县长牵头"): the title before 任…组长 or
 * 牵头. Undefined when the sentence names no one that way.
 */
export function leaderInSentence(said: string): string | undefined {
  // A bracket telling who led before ("县委副书记、县长（2021年5月调整，此前由常务副县长任组长）") names no leader now.
  // (A command's head is its group's: 总指挥 / 指挥长 lead a 攻坚指挥部 as a 组长 leads a 领导小组.)
  const text = said
    .replace(FORMER_LEADER, "")
    .replace(/副总指挥|副指挥长/g, "副组长")
    .replace(/总指挥|指挥长/g, "组长");
  const m =
    // "成立以县长为组长…的工作领导小组", "成立了以县长任组长，…任副组长的领导小组"
    /以([^，,；;。\s以]{1,20}?)(?:为|任|担任)(?:第一|双)?组长/.exec(text) ??
    // …or with the group's whole name between ("县长任县电子商务进农村综合示范工作领导小组组长"),
    // or after the group's name and a colon ("成立…领导小组：县委副书记、县长任组长").
    // (…or said aloud: "区长是创建工作领导小组组长".)
    // (A 主任 is a title whole, "管委会主任任领导小组组长": its 任 is no verb.)
    // (…or in brackets after the notice that set the group up: "关于成立…领导小组的通知（区长任组长）".)
    /(?:^|[，,；;。\s由:：（(])([^，,；;。\s由:：（(]{1,20}?)(?:担任|(?<!主)任|作为|为|是)(?:[^，,；;。\s]{0,30}?领导小组)?(?:第一|双)?组长/.exec(text) ??
    /由([^，,；;。\s]{1,20}?)(?:牵头|挂帅)/.exec(text) ??
    // "组长由分管商务工作的副市长担任".
    /(?<!副)组长由([^，,；;。\s]{1,20}?)(?:担任|出任|兼任)/.exec(text) ??
    // A list of the group: "组长：县委副书记、县长 陈某某" (the title before the name), not 副组长;
    // the group named before it ("领导小组组长：区党工委书记").
    /(?:^|[\n；;。\s:：]|小组)(?<!副)组长\s*[:：]\s*([^，,；;。\s\n]{1,20})/.exec(text) ??
    // …or spaced from it ("组长 区委副书记、区长 刘××").
    /(?:^|[\n；;。\s:：])(?<!副)组长[\s\u3000]+([^，,；;。\s\n]{1,20})/.exec(text) ??
    // …or the group's 组长 said in brackets after the title and name ("区长 陈××（区…工作领导小组组长）").
    /(?:^|[，,；;。:：])\s*([^，,；;。:：（(]{1,20}?)\s*[（(][^（()）]*领导小组(?<!副)组长[)）]/.exec(text) ??
    // …or a meeting's report naming its chair by role and titles: "领导小组组长、县委常委、常务副县长叶××主持会议".
    /领导小组(?<!副)组长、([^，,；;。\s]{2,30}?)(?:主持|出席|召集|讲话)/.exec(text) ??
    // (Not a member marked in brackets, "区商务局（牵头）、区财政局…": the unit that leads the work, no leader.)
    /(?:^|[，,；;。\s])([^，,；;。\s（(]{1,20}?)牵头/.exec(text);
  // The rubric's own wording (县（市、区）政府主要领导) names a kind of leader, not this county's;
  // nor does a requirement's "由县政府领导牵头" (领导 with no title).
  // A question ("由谁牵头、哪些部门参与？", a checklist's "是否建立…主要领导牵头…") asks for the leader; it names none.
  // "领导小组是区长任组长": the title after the group's 是.
  // "组织：县长任…组长": the line's label before the leader is not part of the title.
  // (A target's "成立市长任组长、多部门参与的领导小组": the group set up, its 成立 no part of the title.)
  const who = m?.[1]
    .replace(/^(?:工作)?领导小组(?:是|由)/, "")
    .replace(/^[\u4e00-\u9fff]{1,6}[:：]/, "")
    .replace(/^(?:成立|组建)了?(?=[\u4e00-\u9fff]{0,8}[长记])/, "");
  // (Nor a criterion's "建立区政府主要领导牵头…的工作协调机制": what is to be set up, no leader; nor a
  // check's "明确牵头领导和成员单位": what is to be named.)
  return who &&
    !/[（(]市、区[)）]/.test(who) &&
    !/^[县市区]?(?:委|政府|人民政府)?领导$/.test(who) &&
    !/^(?:建立|健全|形成|构建|完善|明确|确定)/.test(who) &&
    !/^(?:谁|何人|哪位|哪个|什么|是否|有无|能否)/.test(who)
    ? who
    : undefined;
}
