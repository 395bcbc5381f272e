/**
 * Reads a facts / self-assessment sheet written the clerk's way. Every text cell is compared by
 * meaning with what the rubric knows of each input (label, synonyms, official clauses); labels are
 * assigned to inputs one-to-one, best matches first, and a label whose two best inputs are too
 * close is reported, never guessed. A label's value is the first cell near it that has the type
 * the input expects: in a column headed 自评 / 内容 / 数值…, else to its right, else below it, or
 * after a colon in the same cell. When the sheet is the official indicator table with the clerk's
 * points in a 自评 column, those points are read as the county's claims per indicator.
 */
import { Q } from "../../scoring/rational";
import type { Rubric, RubricIndicator, RubricInput } from "../../scoring/rubric";
import { cellAddress, mergeAt, parseAddress, type CellValue, type Sheet } from "../../core/grid";
import { cellText, chinesePart, halfWidthDigits, isNoteText, isTotalText, normalizeLabel, spacelessText, splitUnit } from "../normalize/text";
import { parseNumber, parsePoints } from "../normalize/number";
import { parseDate } from "../normalize/date";
import { boxedOptions, markedAfterOptions, parseYesNo, tickedOptions } from "../normalize/yesno";
import type { FactEntry } from "../records";
import { chargedPart, dateInRemark, fitsType, figureAnswer, trailingPoints, unhedged, unitOf } from "./values";
import { matchKey } from "./similarity";
import { factsVocabulary, ownerOf, restingOn, type FactsVocabulary, type Scored } from "./vocabulary";
import { deductionEntries } from "./deductions";
import { stripAndTableBelow, surveyTurned, turnedBack, withJudgedRowAcross } from "./on-its-side";
import { untransposeAddress } from "../sideways";
import { oneAboveTheOther, panelsAcross, sideBySide, twoColumnsOfBlocks } from "./side-by-side";
import { withOwnPointsTitled } from "./score-title";
import { claimsByPlace } from "./claims-by-place";
import { pointsSpelledOut } from "./item-points-note";
import { bonusNamed, claimLines, indicatorNamed, SELF_SCORE_WORDS } from "./claim-lines";
import { withInfographicRead } from "./infographic-draft";
import { withReconciledBalances } from "./reconciliation";
import { withConsolidationCollapsed } from "./consolidation";
import { withYamlRead } from "./yaml-settings";
import { withVoidRecordsLeftOut } from "./void-records";
import { withYearColumn } from "./year-column";
import { withUncoveredCountsAnswered } from "./uncovered-count";
import { withReviewsSettled } from "./review-replies";
import { withConfirmationsApplied } from "./confirmations";
import { withoutScenarioResults } from "./scenario-summary";
import { subtotalClaims } from "./subtotal-claims";
import { summaryLines } from "./summary-lines";
import { withDotOptionsAsBoxes } from "./dot-options";
import { withFormControlsRead } from "./form-controls";
import { headingClaims } from "./heading-claims";
import { withBookmarkOutline } from "./bookmark-outline";
import { withIndicatorCards } from "./indicator-cards";
import { withIndicatorHead } from "./indicator-head";
import { withScoreLineColumn } from "./score-line-column";
import { isListedContentsCell, withListedContents } from "./listed-contents";
import { withFixedWidthLines } from "./fixed-width";
import { withManuscriptPaperRead } from "./manuscript-paper";
import { withMandarin } from "./cantonese";
import { withFullYears } from "./year-shorthand";
import { withDotLeadersAsColons } from "./dot-leaders";
import { ownCountyPairLaidOut, withOwnCountyColumn } from "./own-county-column";
import { ownCountyRowTurned } from "./own-county-row";
import { withCutOffNamed } from "./cut-off-named";
import { isDatedVersionHeader, isFinalVersionHeader, withVersionsReferenced } from "./versions";
import { withStatedYearDated, withThisYearDated } from "./this-year";
import { VERDICT_HEADER, verdictOf } from "./verdict";
import { fullMarkInNames, headerKey, withoutTrailingBracket } from "./header-key";
import { leaderInSentence, missingDepartments } from "../leader";
import { withEditsMade } from "./edited-draft";
import { withProgrammeRowsOnly } from "./programme-rows";
import { rememberCounted, withAntecedents } from "./antecedents";
import { DATED_LINE, FIGURE_FIRST, LABELLED, saysMore, sentenceCellsOf, type SentenceCell } from "./sentence-cells";
import { HEADER_WORDS, isLabelLike, labelUnit } from "./labels";
import { withCorrections, withEachCell } from "./corrections";
import { withAmendmentsApplied, withHandledValues } from "./amendment-log";
import { withQuestionsReplied } from "./reply-email";
import { markdownParts, withMarkdownRendered } from "./markdown";
import { withLaterDraft } from "./drafts";
import { sectionTables } from "./section-tables";
import { appendixPairs } from "./appendix-pairs";
import { firstFilledRow } from "../stacked";
import { withEventLog } from "./event-log";
import { withMarkCellsJoined, withMarkPairsTurned } from "./mark-cells";
import { withStatusColumn } from "./status-column";
import { withStepRows } from "./step-rows";
import { withSplitDotsJoined } from "./split-dots";
import { withFlowchartRead } from "./flowchart";
import { stickyWallColumns } from "./sticky-notes";
import { swimlaneLines } from "./swimlane";
import { withFreeServices } from "./free-columns";
import { withPriceBoard } from "./price-board";
import { withPdfLinesJoined } from "./pdf-lines";
import { withoutMigrants } from "./migrants-aside";
import { partsOfWholes } from "./parts-of-wholes";
import { withTrackedChangesApplied } from "./tracked-changes";
import { withMemberListsLabelled } from "./member-lists";
import { withLegend } from "./legend";
import { withScoreWords } from "./score-words";
import { withoutTargetRows } from "./target-rows";
import { withoutChartBars } from "./gantt-bars";
import { kanbanLines } from "./kanban";
import { withoutPageNumbers } from "./page-numbers";
import { pocketCardLines } from "./pocket-cards";
import { withMergedAnswers } from "./merged-answers";
import { withoutTownColumns } from "./town-columns";
import { withPartParagraphsJoined } from "./part-paragraphs";
import { withReferredTotals } from "./referred-totals";
import { officeColumnsLaidOut } from "./office-columns";
import { correctionTablesLaidOut } from "./correction-tables";
import { withCardsAsPairs } from "./cards";
import { toSimplified } from "../normalize/simplified";
import { breakdownClaims, combinedClaim, pointsBeforeBreakdown } from "./combined-claims";
import { groupAbove, isGroupHeader, withGroup } from "./group-headers";
import { ownPointsSection } from "./score-section";
import { pastedTable } from "./pasted-table";
import { cardParts } from "./card-grid";
import { withTypedValues } from "./typed-values";
import { withQuotedCorrections } from "./quoted-corrections";
import { withResubmissionsOnly } from "./resubmissions";
import { figuresOverLabels } from "./figures-over-labels";
import { boxesRejoined, linesAsRows } from "./lines-as-rows";
import { withClaimStrips } from "./claim-strips";
import { withBoxDrawnTable } from "./box-drawn";
import { doneItemsIn, GROWTH_CRITERION, listedItems, NEXT_STEPS, statementsOf, type Statement } from "./sentences";
import { continuedLabel, leaderBlank, unitAfterBlank } from "./fill-in";
import { indicatorByShortName } from "./short-names";
import { withQuestionsAnswered } from "./questions";
import { withCutOffMonth } from "./month-columns";
import { withLatestProgress } from "./progress-columns";
import { dayOfEvent } from "./document-day";
import { withDutyUnits } from "./responsibility-matrix";
import { withColumnReferences, withReferredAnswers } from "./referred-answers";
import { withNumberedAnswers } from "./numbered-answers";
import { withGroupRoster } from "./group-roster";
import { withoutSuggestedPoints } from "./suggested-points";
import { withVerifiedValues } from "./verified-values";
import { withPointsFromDeductions } from "./deduction-column";
import { withSectionYears } from "./section-years";
import { withGrades } from "./grades";
import { withMarkedPoints } from "./marked-points";
import { withTickedPoints } from "./ticked-points";
import { withJudgedPointsColumn } from "./judged-points-column";
import { withPerformancePointsNamed } from "./performance-form";
import { DATED_HEADS, LEFT_OUT, withRowAtCutOff } from "./dated-rows";
import { isItemPointsList, withBarePointsNamed, withCircledItemPoints, withItemPointsLists } from "./item-points-lists";
import { addressBack, figuresFirst, wordsFirst } from "./values-first";
import { withoutExamples } from "./example-columns";
import { withoutRatings } from "./ratings";
import { withChosenOptionsTicked, withOptionsUnnumbered } from "./dropdown-choices";
import { withOptionLetters } from "./option-letters";
import { withDeletedOptionsRead } from "./deleted-options";
import { withDittoResolved } from "./ditto";
import { withRoundsUnderGroups } from "./round-columns";
import { withOwnMessages } from "./chat-log";
import { withBubblesAnswered } from "./bubble-chat";
import { withEnglishLabels } from "./english-labels";
import { withoutTranslationColumn } from "./translation-column";
import { withoutSlideMarkers } from "./slide-markers";
import { withGrowthHeadersNamed } from "./growth-headers";
import { withTickedDepartments } from "./ticked-departments";
import { withSaidColumnOnly } from "./said-log";
import { inTimeOrder, timeColumn } from "./log-order";
import { withYearArrowsWritten } from "./year-arrows";
import { withChainLines } from "./chain-lines";
import { withMarkedItemsSaid } from "./marked-items";
import { withIniRead } from "./ini-file";
import { withSubtitlesJoined } from "./subtitles";
import { withScriptLinesJoined } from "./teleprompter";
import { withSpeakerNamed } from "./speaker";
import { withContentsRead } from "./table-of-contents";
import { withCountersignedStatements } from "./countersign";
import { withReplyForms } from "./reply-forms";
import { withOthersProblemsLeftOut } from "./others-problems";
import { withErrataApplied } from "./errata";
import { withMarkedFiguresOnly } from "./marked-figures";
import { withColumnArticles } from "./web-column";
import { withStruckOptionsChosen } from "./struck-options";
import { withLeftBlank } from "./left-blank";
import { withBlanksFilled, withQuestionnaireAnswered } from "./questionnaire";
import { withLastYearInRemarks } from "./last-year-column";
import { withCountsOverBase, withScoreOverFull } from "./score-over-full";
import { subHeader, yearRowsTables, type YearRowsTable } from "./year-rows";
import { tableEnd } from "./table-end";
import { pairLabelCols } from "./pair-columns";
import { withInstructions } from "./instructions";
import { withIndentedChildren, withNumberedParents } from "./numbered-parents";
import { withGlossary } from "./glossary";
import { withJapaneseLeftOut } from "./japanese-translation";
import { withLatinTranslationLeftOut } from "./latin-translation";
import { withTriplesRead } from "./triples";
import { withVotesSettled } from "./vote-results";
import { withStarsCounted } from "./stars";
import { withSettledEntries } from "./double-entry";
import { withMilestonesAnswered } from "./milestones";

export type FactsEntry = FactEntry & { key: string; unit?: string };

/** The clerk's own points for an indicator (the official table with a 自评 column). */
export interface Claim {
  indicator: string;
  value: CellValue;
  sheet: string;
  row: number;
  cell: string;
  note?: string;
}

export interface UnknownLabel {
  cell: string;
  text: string;
  /** The closest inputs, best first (keys and labels), for the message and the pane's drop-down. */
  candidates: { key: string; label: string; score: number }[];
  /** Two inputs fit almost equally well: the label was not used. */
  ambiguous?: boolean;
}

export interface FactsSheetResult {
  entries: FactsEntry[];
  claims: Claim[];
  unknownLabels: UnknownLabel[];
  /** Long text cells read as nothing (说明 rows): kept for what a reviewer reads in them. */
  remarks: { row: number; cell: string; text: string }[];
  /** Judged items whose line is on the sheet with its points left blank (not to be inferred from a total). */
  blankItems: string[];
}

/** The `via` of a match standing for a judged item's underlying fact (see withUnderlying). */
const UNDERLYING = "\u0000underlying";

/** A label matched to an input from here up; below, it is at best a candidate to name. */
export const MATCH_MIN = 0.62;
/** A person's name alone, masked as sign-off tables copied for others write it: 蔡××, 王某某. (Not 县长: a post.) */
const PERSON_NAME_ONLY = /^[\u4e00-\u9fff](?:[×xX＊*]{1,2}|某{1,2})$/;
/** A problems list's other columns: how each shows, why, and how its repair stands. */
const PROBLEM_DETAIL = /^(?:具体表现|原因|问题原因|整改状态|整改措施)$/;
/** How a shortfall is to be explained to the reviewers (应对口径, 应对措施): a plan, no fact. */
const RESPONSE_HEADER = /^应对(?:口径|措施|方案|说法)$/;
/** A form's label spaced out to its column's width: "班 级", "学 生" (not a label stacked a character to a line). */
const SPACED_LABEL = /^[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,3}$/;
/** Two inputs closer than this for one label: ambiguous unless one is an exact wording. */
const MARGIN = 0.06;
/** A judged item's range of points in a 分值 column: "1-5", "1—2分". */
const POINTS_RANGE = /^\s*\d(?:\.\d+)?\s*[-—–~～至]\s*\d{1,2}\s*分?\s*$/;
/** A judged item named this well by the words before points the clerk gave is theirs (when clearly the best). */
const POINTS_NAMED_MIN = 0.5;

/** The words naming the leading group's members (成员单位：市商务局、…, 成员单位有…). */
const MEMBER_WORDS = "成员单位|成员|参与部门|参与单位";
/** A cell naming the leading group's members: 成员单位：市商务局、…. */
const MEMBERS_PAIR = new RegExp(`^\\s*(?:${MEMBER_WORDS})\\s*[:：]`);
/** …and the members said with a verb after the group's leader (成员单位有…), to be read as that pair. */
const MEMBERS_WITH_VERB = new RegExp(`^\\s*(${MEMBER_WORDS})(?:有|包括|包含|为)`);
/** A data-resource catalogue's description of each item (信息资源编目表): its code, type, length and sharing. */
const CATALOGUE_HEADERS = ["数据项标识符", "数据类型", "数据长度", "共享属性"];
/** Note columns whose 是 / 否 is about the line, never its answer: a catalogue's descriptions, an appeal's 是否申诉. */
const NEVER_ANSWERS = [...CATALOGUE_HEADERS, "是否申诉"];
const NOTE_HEADERS = [
  // (A catalogue's descriptions of its items and an appeal's 是否申诉 are notes, never answers: see valueFor.)
  ...NEVER_ANSWERS,
  // A yearbook entry's length and level say how it is printed, never what it states.
  "字数",
  "层级",
  // An integrity-risk register's risks, their grade and the measures against them: what might happen and how it is
  // to be prevented, never what was done (its 落实情况 says that); each line's 责任领导 answers for the line only.
  "风险点",
  "风险描述",
  // (…as an operator's score estimate warns of each point's risk, 风险提示: what to check, never what is.)
  "风险提示",
  "风险等级",
  "防控措施",
  "责任领导",
  "责任股室",
  // A record's state in a shared table (飞书多维表格's 核实状态 已核实 / 已作废): about the record, no answer.
  "核实状态",
  "审核状态",
  "记录状态",
  "数据状态",
  // An inspection sheet's method and its findings' remedies say how it was checked, not what was found.
  "点检方法",
  "检查方法",
  "异常描述",
  // (An interview's or a programme's speaker, 说话人 | 内容: who is talking, the words being the account.)
  "说话人",
  "发言人",
  // (A fact-check slip's verdict on the draft, its source and checker: how the wording was checked.)
  "核查结论",
  "核查依据",
  "核查人",
  // (An internal audit checklist's clause of the standard, its method and its verdict, 符合 / 轻微不符合（NC-01）:
  // where and how it looked, and the auditor's judgement, which the finding beside it states in words.)
  "标准条款",
  "审核方法",
  "判定",
  // A test-case table's steps and verdict (检查步骤 | … | 结论 通过 / 部分通过): how it was checked, and
  // the tester's pass or fail, which the result beside it says in words.
  "检查步骤",
  "测试步骤",
  "结论",
  "测试结论",
  "用例编号",
  // …and a problems list's details, causes and state of repair say why and how, not what stands.
  "具体表现",
  "原因",
  "问题原因",
  "整改状态",
  // …its A角 / B角 (who speaks) and 点位 (where the inspectors look) are notes.
  "A角",
  "B角",
  "点位",
  // …its why and where say no more than the line's purpose and place.
  "为什么做",
  "为什么",
  "在哪里",
  "why",
  "where",
  "自评情况说明",
  "完成情况说明",
  "完成情况及佐证材料",
  "佐证材料",
  "自评说明",
  "自评依据",
  "得分依据",
  "评分依据",
  "得分说明",
  // (A clerk's worksheet, the arithmetic worked out beside the data: 测算过程.)
  "测算过程",
  "计算过程",
  "扣分说明",
  "扣分原因及说明",
  "情况说明",
  "佐证说明",
  "佐证",
  "依据",
  // (A blind-scoring summary's basis for the scorers, 主要依据（电商股提供）, each scorer's points and their mean,
  // and the meeting's note on the agreed points.)
  "主要依据",
  "个人打分",
  "去掉最高最低后平均",
  "去掉最高分和最低分后平均",
  "平均分",
  "合议说明",
  // (A risk register's columns beside the line's state: what could go wrong, how likely, how bad, what is done.)
  "风险描述",
  "可能性",
  "影响",
  "风险等级",
  "应对措施",
  "说明",
  // (A ticked scoring table's 实际情况 beside its 勾选: the clerk's account of each option, read as one: ./sentence-cells.)
  "实际情况",
  // (A meeting record's 记录人备注: the note-taker's, beside what was said.)
  "记录人备注",
  "备注",
  "证明材料",
  // An appeal against the city's preliminary review: why a line is appealed (whether, above).
  "申诉理由",
  // A 亮灯 self-check's light (●绿 / ●黄 / ●红): the clerk's worry about a point, not the county's answer.
  "灯",
  "亮灯",
  "灯号",
  "亮灯情况",
  "佐证资料",
  "支撑材料",
  "评价方式及佐证材料",
  "计算依据",
  // Where a line's words were found (出处／佐证: a document's number, no answer).
  "出处/佐证",
  "出处／佐证",
  // …and the words quoted from it (出处文件 | 原文摘录 | 采用数): copied as written, with figures of other
  // things and years in them; the 采用数 beside is the answer.
  "原文摘录",
  "原文照录",
  // …in the clerk's own words.
  "怎么算的/依据",
  "怎么算的",
  "怎么算",
  // Who commands a task and who carries it out (指挥长 | 作战单位): no answer.
  "指挥长",
  "作战单位",
  "牵头领导（指挥长）",
  // A tender-style form's verdict on each answer (无偏离 / 负偏离): the answer beside it says what is so.
  "偏离情况",
  "偏离",
  "偏离说明",
  // A PDCA table's C and A columns (对照省考评标准 | 自评分 | 存在问题及改进措施): the standard checked
  // against and what is to be done next, no answers.
  "对照省考评标准",
  "对照考评标准",
  "对照标准",
  "存在问题及改进措施",
  "问题及改进措施",
  "改进措施",
  // Where a figure was taken from (七普公报, 乡村振兴局): no value, nor a label.
  "数据来源",
  "资料来源",
  "来源",
  // A 对照检查表's other columns: how it was checked, what is wrong and the plan to mend it (a plan's
  // figures are no facts), who answers for it.
  "检查方式",
  "核查方式",
  "存在问题",
  "整改措施",
  "整改情况",
  "整改时限",
  "责任单位",
  "责任股室",
  "责任科室",
  "责任人",
  // …and the part the person played in it (本人角色 | 牵头 / 参与): no answer.
  "本人角色",
  // Who reported a figure (汇报单位 | 市统计局): no value.
  "汇报单位",
  "报送单位",
  "提供单位",
  "数据提供单位",
  // A statistical form's line codes (代码 | 01) and its last year's column (上年同期): not the answers.
  "代码",
  "指标代码",
  "行次",
  // A return's line numbers (栏次 | 5=3+4) and its month's column beside the running total (本月数 |
  // 累计数): the 累计数 answers.
  "栏次",
  "本月数",
  "本期数",
  "上年同期",
  "上年同期数",
  // A template's check of each answer (校验 | ✔ / 未填 / 日期格式有误): the template's, not the county's.
  "校验",
  "校验结果",
  "数据校验",
  // An English tracker's evidence, remarks and status (Done / Ongoing: the Actual column answers).
  "evidence",
  "remarks",
  "status",
  // A tracker's 督办意见 (已办结, 继续督办): the office's remark, no answer.
  "督办意见",
  "督办情况",
  // A self-check's verdict against the standard (✔ 达标 / △ 部分达标) and its plan to close the gap:
  // the 现状 beside them answers.
  "对标结果",
  "对标情况",
  "对照结果",
  "差距及下步措施",
  "差距分析",
  "下步措施",
  // A weekly report's week and next week beside the running total (累计完成情况): a week's work is
  // part of the total, the next week's none yet.
  "本周进展",
  "本周工作",
  "本周完成情况",
  "本周工作进展",
  "下周计划",
  "下周工作计划",
  "下一步计划",
  "下步计划",
  // A gap analysis (对标找差): the gap, and whether it can be closed before the inspection — a plan,
  // not the county as it stands.
  "差距和问题",
  "差距与问题",
  "差距",
  "迎检前能否补齐",
  "能否补齐",
  "能否整改到位",
  // A clerk's own columns beside the answer: what to show the inspectors, how sure the points are
  // (稳 / 悬 / 冇把握), where the points fall short — none an answer.
  "拿什么给他看",
  "拿什么给他们看",
  "给他看什么",
  "拿什么证明",
  "把握",
  "有无把握",
  "差在哪",
];
/**
 * A column of another round's points than the clerk's own now: an earlier self-assessment, a reviewer's
 * (the city's 初评得分 copied onto an appeal against it).
 */
// (…or a section's first score before the bureau reviewed it, 股室初评 beside 局复核.)
// (…or another county's on a cross-check form, 互查意见 符合: theirs, not the checked county's own account.)
// (…or the provincial team's on its own 现场核查记录表, filled in by the county before the visit: 核查组评分, and
// 核查情况（考评组填写） □属实 □不属实 by FILLED_BY_REVIEWERS, left for the team.)
const OTHER_ROUND =
  /^(?:(?:19|20)\d{2}年?)?(?:中期|上次|上年|上一轮|年中|初次)(?:自评|自评分|得分)$|^(?:市级|市)?(?:初审|初评|复核|复审)(?:得分|意见)?$|^(?:股室|科室|部门|责任股室)(?:初评|自评|初审|审核)(?:分|得分)?$|^经办人(?:自评|初评)(?:分|得分)?$|^(?:省)?考评组(?:初评|现场|反馈)?(?:分|得分|评分)?$|^(?:交叉)?互查(?:意见|结论|核查情况|情况)$|^核查组(?:评分|得分|意见)$/;
/** A column the header says is the reviewers' to fill in: 核查情况（考评组填写）. (A checklist's bare 核查结果 is the county's.) */
const FILLED_BY_REVIEWERS = /[（(](?:由)?(?:省)?(?:考评组|核查组|评估组|专家组)(?:现场)?填写?[)）]/;

/** An earlier round's answers beside the final ones (中期评估填报 | 终期自评填报). */
// (…and a monthly progress form's 上月末累计 beside 本月末累计: the month before's standing.)
// (…the month too: 2020年10月中期评估.)
const EARLIER_ROUND = /^(?:(?:19|20)\d{2}年?(?:\d{1,2}月)?)?(?:中期|上次|上年|上一轮|年中|初次|首次|上月末|上期末|上季末)/;
const LATER_ROUND = /^(?:(?:19|20)\d{2}年?(?:\d{1,2}月)?)?(?:终期|本次|最终|期末|末期|复核后|现|考评|终评|本月末|本期末|本季末)/;

/** The clerk's points for an indicator: a column of them is a value column and, beside a 分值, the claims. */
const CLAIM_HEADER_WORDS = [
  // The points for the province's rubric a clerk adds beside another office's form (省考评自评分 beside the
  // finance bureau's 评价得分).
  "省考评自评分",
  "省考评自评得分",
  // A risk review before the inspection: its points as things stand are the claim (按现状自评得分), not those it
  // hopes for once the evidence is filled in (补充材料后可争取得分).
  "按现状自评得分",
  "按现状自评分",
  "按现状自评",
  "现状自评得分",
  // The points a scoring group agreed to report after scoring apart (合议自评分（报省）).
  "合议自评分",
  "合议得分",
  "合议分",
  // A district's or a county-level city's own points (区自评分).
  "区自评",
  "区自评分",
  "区自评得分",
  "市自评分",
  "市自评得分",
  // (…in the county's own voice: 我市自评（小计）.)
  "我市自评",
  "我县自评",
  "我区自评",
  "我市自评分",
  "我县自评分",
  "我区自评分",
  // An annex of 考核项目 with each clause's points beside the project's (分项自评 | 项目自评分).
  "项目自评分",
  "项目自评得分",
  // (The bureau's review of its sections' first scores, the points it reports: 局复核 beside 股室初评.)
  "局复核",
  "局复核分",
  "局审核",
  "局审定",
  // (…or its meeting's, after the clerk's and the section's: 经办人自评 | 股室审核 | 局务会审定.)
  "局务会审定",
  "本次自评",
  "本次自评分",
  "本次得分",
  // (…and the final round's beside last year's mid-term points on a form reused, 2021年终期自评分.)
  "终期自评",
  "终期自评分",
  "终期得分",
  "自评",
  "自评分",
  "自评得分",
  "自评分数",
  // (A hosting plan's points the county means to claim before the inspection: 拟自评分.)
  "拟自评",
  "拟自评分",
  "拟自评得分",
  "得分",
  "县级自评",
  "县级自评分",
  "县级自评得分",
  // A city's form with its own column beside (县自评分 | 市局初审).
  "县自评",
  "县自评分",
  "县自评得分",
  "自评分值",
  "自查得分",
  "自评分(分)",
  "自评分（分）",
  "指标自评",
  "指标得分",
  "指标自评分",
  "合计自评",
  "自评小计",
  // Points over the full mark ("9/15"; ./score-over-full reads the points).
  "得分/满分",
  "自评得分/满分",
  "自评分/满分",
  // The bureau's approved points when an operator proposed its own (运营方建议分 | 局审定分).
  "审定分",
  "局审定分",
  "审定得分",
  // …or the head's, after editing the draft (送审稿自评分 | 审定自评分).
  "审定自评分",
  "审定自评得分",
  "核定自评分",
  // …in the clerk's own words (能拿几分: what the points should come to).
  "能拿几分",
  "能得几分",
  "估分",
  // The clerk's estimate before the bureau approves it (预计得分, 报局务会审定): still the claim.
  "预计得分",
  "预估得分",
  "预计自评分",
  // (…an indicator's beside its items', 评分项预计得分 | 指标预计得分, as a risk register keeps them.)
  "指标预计得分",
  // Graded instead of scored (优 / 良 / 中), by a rule on the sheet (./grades).
  "自评等次",
  "自评等级",
];
/** The clerk's own estimate of the points beside a facts table (能拿几分): points, never a figure. */
const POINTS_ESTIMATE = /^(?:能拿几分|能得几分|估分)$/;
const VALUE_HEADERS = [
  // A self-check's one column for figures and remarks alike (填报数据/情况说明 beside 是 | 否).
  "填报数据/情况说明",
  "填报数据/说明",
  "数据/情况说明",
  "数据或情况说明",
  "数据及情况说明",
  // An evidence index's 要点摘录 beside each document's name: what the document shows, the facts.
  "要点摘录",
  "内容摘要",
  "主要内容摘录",
  // A yearbook's entry form (层级 | 条目标题 | 条目内容 | 字数 | 资料来源): each entry's text is the account.
  "条目内容",
  // A meeting's minutes, a speaker a row (发言人 | 单位及职务 | 发言要点): what each said is the account.
  "发言要点",
  "发言内容",
  "发言摘要",
  // An inspection's briefing sheet (迎检分工及统一口径表): the agreed wording is the answer.
  "统一口径",
  "口径",
  "汇报口径",
  // A 5W2H table (What | Why | Who | When | Where | How | How much): who, when, how and how much answer each line.
  "怎么做",
  "做多少",
  "谁来做",
  "什么时候",
  "how",
  "how much",
  "who",
  "when",
  // The clerk's own words for the answer column: 我们的情况（截至8月31日）.
  "我们的情况",
  "我县情况",
  "我区情况",
  "我市情况",
  "本县情况",
  "金额",
  "资金",
  "金额数",
  "完成时间",
  "完成日期",
  "建成时间",
  "运营时间",
  "投入运营时间",
  "时间",
  "日期",
  "填报值",
  "完成数",
  // A cadre's performance record (工作内容 | 履职情况及量化成效 | 佐证材料 | 本人角色): the account of each task.
  "履职情况及量化成效",
  "履职情况",
  "量化成效",
  // A source-excerpt table's figure used (出处文件 | 原文摘录 | 采用数): what the county filled in.
  "采用数",
  "采用数据",
  "采用值",
  // "数 / 情况": the figure or the answer, whichever the line has.
  "数/情况",
  "数据/情况",
  // (A 晴雨表's 关键数据／情况 beside its weather marks; not a bare 关键数据①, a pair's label over its 数值.)
  "关键数据/情况",
  "数值/情况",
  // (…or a questionnaire's 是 | 否 | 数量/内容: the figure or the words of a line not ticked.)
  "数量/内容",
  "数值/内容",
  "内容/数量",
  "情况/数据",
  // A data-resource catalogue's value (信息资源编目表: 数据项名称 | … | 当前值).
  "当前值",
  // A shared table's export, a column per field type (数值 | 单位 | 日期 | 判断 | 文本内容): each record fills its own.
  "判断",
  "文本内容",
  // A dropdown form's answer column: 填报（选择）.
  "填报",
  "选择",
  "具体情况",
  // (…or a Word form's 项目 | 基本情况, each block's account in one cell of lines.)
  "基本情况",
  // A statistical form's figure for the period reported (本期 | 上年同期).
  "本期",
  "本期数",
  "填报数",
  "填报数据",
  "填报内容",
  "填写内容",
  "填报情况",
  "填写情况",
  "数值",
  "数量",
  "值",
  "内容",
  "完成情况",
  // (A list of achievements, 成果名称 | 成果内容及数据 | 取得时间: what each achieved, and when.)
  "成果内容及数据",
  "成果内容",
  "成果数据",
  "取得时间",
  // (A pledge's annex, 评价指标 | 分值 | 主要数据和事实 | 数据提供单位 | 自评得分: the data and facts.)
  "主要数据和事实",
  "主要数据及事实",
  "数据和事实",
  "主要事实和数据",
  "基础数据／完成情况",
  "基础数据/完成情况",
  "基础数据",
  // (A finance bureau's performance evaluation form: 指标解释（目标值） | 实际完成情况 | 评价得分.)
  "实际完成情况",
  // A 督查 notice's answer column, 落实情况（县（市、区）填写）.
  "落实情况",
  // A city's cross-check form: the checked county's own account (被查单位自查情况 | 核查方式 | 互查核查情况).
  "被查单位自查情况",
  "被查单位填报情况",
  // (…or the province's own 现场核查记录表, the county filling in its column before the visit: 县级填报情况.)
  "县级填报情况",
  "县级填报内容",
  // A meeting's minutes confirming the figures reported (数据项 | 会议确认情况 | 提供单位).
  "会议确认情况",
  "确认情况",
  "会议确认",
  "核定情况",
  // A work tracker's account of each task, 推进情况（截至8月31日）.
  "推进情况",
  // A score sheet laid out as a bid evaluation's: the facts each line's points rest on, 事实依据（截至…）.
  "事实依据",
  "进展情况",
  // …asked as plainly as a 亮晒比 晾晒单 asks it: 做到哪一步了.
  "做到哪一步了",
  "做到哪一步",
  "进展到哪一步",
  // The county speaking of itself: 我县完成情况, 本市完成情况.
  "我县完成情况",
  "我市完成情况",
  "我区完成情况",
  "本县完成情况",
  "本市完成情况",
  "本区完成情况",
  // A wall chart's results (战役 | 指挥长 | 目标 | 战果（截至8月31日） | 进度 | 状态): the results.
  "战果",
  // A response-and-deviation form's answers (考评要求 | 我县响应 | 偏离情况), as a tender's.
  "响应",
  "响应情况",
  "我县响应",
  "我市响应",
  "我区响应",
  // The county's own answer (内容 | 我市情况 | 佐证材料).
  "我县情况",
  "我市情况",
  "我区情况",
  "本县情况",
  "本市情况",
  "本区情况",
  // A self-check against the standard (对标要求 | 我区现状 | 对标结果): the county as it stands.
  "现状",
  "我县现状",
  "我市现状",
  "我区现状",
  // (An operator's score estimate: our figures or how things stand, beside the bar each scoring point must reach.)
  "我方数据/现状",
  "我方数据",
  "本县现状",
  "本市现状",
  "本区现状",
  "目前现状",
  // (A 亮灯 self-check's 目前情况（我区）: where the county stands on each scoring point.)
  "目前情况",
  "现状情况",
  // …beside what each year did (2019年 | 2020年 | 现状／累计): where it stands at the cut-off.
  "现状/累计",
  "现状／累计",
  "累计/现状",
  "累计",
  "累计数",
  "累计完成情况",
  "累计完成",
  // (A finance bureau's performance-monitoring form: 年度指标值 | 累计完成值（截至…） | 全年预计完成值.)
  "累计完成值",
  // (…or a call for the government work report's material: 2021年主要工作成效, beside next year's plans.)
  "主要工作成效",
  "工作成效",
  "主要成效",
  "完成值",
  // (…and an inspection sheet's measured value or record: 实测值／记录.)
  "实测值",
  "实测值/记录",
  // (…and a self-check laid out as software test cases: 预期结果（评分标准） | 实际结果 | 结论.)
  "实际结果",
  "成效数据",
  "实际完成值",
  "实际值",
  "实际完成",
  "数据",
  "情况",
  "结果",
  "自评情况",
  "自评结果",
  ...CLAIM_HEADER_WORDS,
  "自查情况",
  "是否完成",
  "达标情况",
  "是否达标",
  "是否达到",
  "是否落实",
  "完成数量",
  "完成数据",
  "完成数量/数据",
  "数量/数据",
  "自查结果",
  "检查结果",
  "核查结果",
  // (An internal audit checklist's findings, 审核发现（客观证据）: what the auditors saw.)
  "审核发现",
  // (A pledge board's 践诺情况, what was delivered; a fact-check slip's 采用表述, the wording checked.)
  "践诺情况",
  "采用表述",
  "回答",
  "回答情况",
  // A consultant's tracker in English: Target | Actual.
  "actual",
  "actual value",
  // A task tracker's column of progress (./progress-columns keeps the one at the cut-off).
  "进展情况",
  "工作进展",
  "完成进度",
  // A task list's 状态 (已完成 / 推进中 / 未完成): whether the line's task is done.
  "状态",
  "完成状态",
  "答复",
  "答复情况",
];
/** A column of the figures at a day: 截至2021年8月31日（考评）, 最新（截至2021年9月15日）, 截至2021-06-30. */
const AT_DAY_HEADER = /^(?:最新)?[（(]?(?:截至|截止)(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-./]\d{1,2}[-./]\d{1,2})[)）]?(?:[（(][^（()）]{1,6}[)）])?$/;

/** Points per scoring clause beside the indicator's total ("分项自评 | 自评得分"): items' points, never claims. */
const ITEM_POINT_HEADERS = [
  // (An operator's estimate per scoring point, 得分点预计, beside the indicator's 指标预计得分.)
  "得分点预计",
  "得分点预计得分",
  "得分点得分",
  "分项自评",
  // (…each 核查要点's on an inspection form, beside its 项目自评分; each 自查要点's on a self-check, beside 指标自评分.)
  "要点自评分",
  "要点得分",
  "评分项预计得分",
  "评分项得分",
  "分项得分",
  "分项分",
  "分项分数",
  "单项分",
  "小项分",
  "分项自评分",
  "分项自评得分",
  "单项自评",
  "单项得分",
  "小项得分",
  "小项自评",
  // A 亮灯 self-check's 分项 beside each indicator's 小计 merged down.
  "分项",
  "细项得分",
  "细项自评",
  // A table of the work done with the subjective items' points beside it (主观评分项自评: 网销调研2分；…).
  "主观评分项自评",
  "主观项自评",
  // (An internal audit checklist's points per scoring clause beside the indicator's 指标自评分.)
  "评分项自评分",
  // (A clerk's worksheet, each item's points worked out, 测算过程 | 测算得分, beside the indicator's 自评小计.)
  "测算得分",
  "测算分",
];
const WEIGHT_HEADERS = ["分值", "权重", "标准分", "分数", "满分", "权重(分)", "分值(分)", "标准分值"];
/** A judged items' table's column of ranges (分值范围 1-2): it marks a score table, but holds no indicator's weight. */
const RANGE_HEADERS = ["分值范围", "评分范围", "分值区间", "range"];
const TABLE_HEADERS = [
  // The province's indicator a clerk names beside another office's line (对应省考评指标).
  "对应省考评指标",
  // (…or the step of the work a risk register's line is about, or a yearbook entry's title.)
  "业务环节",
  "条目标题",
  // An equipment-style inspection sheet (点检表): its 点检项目 names the line, under its 点检部位.
  "点检项目",
  "点检部位",
  "检查项目",
  // A list of results (成效清单: 成效事项 | 成效数据 | 单位).
  "成效事项",
  // …and its what names the line.
  "做什么",
  "what",
  "评分标准",
  "评分细则",
  "评价指标及评分标准",
  "考评指标及评分标准",
  "指标及评分标准",
  "评价指标",
  "评价指标名称",
  "指标名称",
  "二级指标",
  "一级指标",
  "考评内容",
  "评价内容",
  "评分项",
  "指标解释",
  "考核内容",
  "考核指标",
  // A 责任书's annex: its projects with their points (考核项目（分值）), then their targets.
  "考核项目",
  "考评指标",
  // The province's requirement quoted beside the indicator (省考评要求（摘要）).
  "考评要求",
  "省考评要求",
  "工作任务",
  "工作事项",
  "指标",
  "自查问题",
  "自查事项",
  // The province's 政务公开标准目录: what is to be made public, by level (公开事项 | 一级事项 | 二级事项).
  "公开事项",
  "一级事项",
  "二级事项",
  // A 对照检查表: what was checked, answered in 检查结果.
  "检查内容",
  "检查项目",
  "检查事项",
  "核查内容",
  "核查事项",
  // (…an internal audit checklist's 审核内容（考评评分项）: the scoring clause audited.)
  "审核内容",
  // A 督查 notice answered line by line: the matter checked and the points checked of it.
  "督查事项",
  "督查要点",
  "督查内容",
  // (…or an achievement listed under its indicator: 成果名称 | 成果内容及数据.)
  "成果名称",
  // (…or a self-check's points checked, each a row under its indicator merged down: 自查要点 | 符合 | 不符合.)
  "自查要点",
  "核查要点",
  "检查要点",
  // A score sheet laid out as a bid evaluation's: 评审因素 the indicator, 评分细项 its items.
  "评审因素",
  "评分细项",
  // A 亮灯 self-check's scoring points, a row each under the indicator merged down.
  "评分要点",
  // (…or an operator's score estimate's, 得分点, with each point's estimate beside it.)
  "得分点",
  // A self-check laid out as software test cases: as each case's expected result, the scoring clause
  // it checks (预期结果（评分标准）).
  "预期结果",
  // The demonstration's own lines added under another programme's form (序号 | 补充项目 | 填报情况 | 自评分).
  "补充项目",
  "补充事项",
];
// (A form's 单位/方式 says a line's unit, or how it is answered: 下拉, 日期, 文字.)
const UNIT_HEADERS = ["单位", "计量单位", "unit", "单位/方式", "单位或方式", "单位/填报方式"];
/** What was planned or how far it got, beside the value done (目标值 | 完成值 | 完成率): neither a label nor a value. */
const TARGET_HEADERS = [
  // (The bar a scoring point must reach on an operator's estimate, 达标线 ≥70% / ≥20家: the rubric's, not the county's.)
  "达标线",
  "达标标准",
  // (The standard an inspection checks against, 点检标准（省考评要求）: the rubric's, not the county's.)
  "点检标准",
  "检查标准",
  // (…and another programme's scoring method beside its own points, 评分办法: its words, not the county's.)
  "评分办法",
  "目标值",
  "目标",
  "目标数",
  // (A director's report's year targets, 年度目标值 beside 完成值.)
  "年度目标值",
  // (…or the performance-monitoring form's 年度指标值, with the year's forecast and its likelihood beside what is done.)
  "年度指标值",
  "全年预计完成值",
  "全年预计完成",
  "全年预计支付数",
  "完成目标可能性",
  "年度目标",
  "年度目标任务",
  "计划值",
  "计划数",
  "任务目标",
  "目标任务",
  "完成率",
  "完成比例",
  "完成率(%)",
  "完成时限",
  "时限",
  // A work tracker's target and deadline for each task (量化目标 | 时限要求): no answers.
  "量化目标",
  "时限要求",
  "计划完成时间",
  // …and a PDCA table's P column, the plan's targets and deadlines (方案目标及时限).
  "方案目标及时限",
  "方案目标",
  "计划目标",
  "目标及时限",
  // (…and next year's plan beside this year's work, 2022年工作计划, 2022年工作打算（含量化目标）.)
  "工作计划",
  "工作打算",
  // (…and a shortfalls list's 应对口径, what to say of each to the reviewers.)
  "应对口径",
  "应对措施",
  "应对说法",
  // (…and what the county's application promised, 申报书承诺（2019年8月）, beside what was done at the cut-off.)
  "申报书承诺",
  "申报承诺",
  "承诺内容",
  "承诺目标",
  // (A 旬报's progress table: the plan's target and the ten days' increase beside 截至8月31日累计.)
  "创建目标",
  "本旬新增",
  "本月新增",
  // (…and a monthly progress form's month alone, 上月末累计 | 本月完成 | 本月末累计.)
  "本月完成",
  "本期完成",
  "本期新增",
  "本周新增",
  // (A party branch's pledge board: what was pledged and by when, beside 践诺情况, what was delivered.)
  "承诺事项",
  "承诺时限",
  // (A news story's fact-check slip: the reporter's draft wording, which 采用表述 corrects.)
  "稿件原文表述",
  "原文表述",
  "target",
];
/** Value headers that say nothing of the value: before a column of answers they head the items. */
const GENERIC_VALUE = new Set(["内容", "事项", "情况", "数据", "值"]);

/** A value column of days: 完成时间, 建成日期… */
const DAY_HEADER = /时间|日期/;

/** A cell saying "nothing here": —, -, / or 不适用 stand where no value is. */
const DASH = /^(?:|[—–\-－/／\\、]+|不适用)$/;

/** The name column of a list of scoring items (not of indicators). */
const ITEM_NAME_HEADER = /^评分(?:项目?|细项|细则)$/;

const inList = (list: string[]) => {
  const set = new Set(list.map((h) => normalizeLabel(h)));
  return (v: unknown) => {
    const key = headerKey(v);
    const bare = withoutTrailingBracket(key);
    if (set.has(key) || set.has(bare)) return true;
    // (A work plan's columns carry their year, 2021年目标任务 | 2021年完成情况（截至8月31日） | 2022年工作计划:
    // each the column it names. A bare year, 2020年, is a year's column: nothing is left of it here.)
    const unyeared = bare.replace(LEADING_YEAR, "");
    return unyeared !== bare && unyeared !== "" && set.has(unyeared);
  };
};
const LEADING_YEAR = /^(?:19|20)\d{2}年度?/;
// (The cell's key made once, not once per note header; the headers' keys once per process.)
const NOTE_KEYS = NOTE_HEADERS.map((h) => normalizeLabel(h));
const isNoteHeader = (v: unknown) => {
  const key = headerKey(v);
  return NOTE_KEYS.some((h) => key.startsWith(h));
};
/** Words quoted from a source document (原文摘录): a note beside the figure used, else the answers. */
const EXCERPT_HEADER = /^(?:原文摘录|原文照录)/;
/** A round's answers: 中期评估填报, 终期自评填报, 本次填报数据 (the rounds told apart in layoutOf). */
// (…or named by the round and its evaluation only, as a form reused from the mid-term heads them: 2020年中期评估 |
// 2021年考评; or a monthly progress form's standing at the month's end, 上月末累计 | 本月末累计.)
const ROUND_VALUE =
  /^(?:19|20)\d{2}年度?(?:填报|填报数|填报数据|填报值|数据)$|^(?:(?:19|20)\d{2}年?(?:\d{1,2}月)?)?(?:中期|终期|上次|本次|最终|期末|年中|初次|首次)(?:(?:评估|自评|考评)?(?:填报|数据|填报数据|填报值|填报内容|情况|填报情况)|评估|考评)$|^(?:19|20)\d{2}年?(?:考评|终评)$|^(?:上月末|本月末|上期末|本期末|上季末|本季末)(?:累计)?(?:数|值)?$/;
/** A year's answers, one of two years' side by side: 2020年度填报, 2021年度填报（本次）. */
const YEAR_ROUND = /^(?:19|20)\d{2}年度?(?:填报|填报数|填报数据|填报值|数据)$/;
const inValueList = inList(VALUE_HEADERS);
/** A document's number (丰府办〔2020〕3号) beside its 是否出台: what proves it, no answer. */
const DOC_NUMBER_HEADER = /^(?:文号|发文字号|文件文号|文件编号)$/;
/** A column of answers named by its question: 是否出台/建立, 是否具备, 是否完成 (a 情况 column too). */
// (A day's column with its two events in brackets, 开始（建成）时间, 印发（建立）时间, is one too.)
const ANSWER_HEADER =
  /^(?:是否(?:出台|建立|印发|具备|具有|提供|完成|开展|设立|制定|建成|达到|实现|落实)(?:[/／、](?:出台|建立|印发|具备|完成|开展|设立|制定|建成))?|情况|[\u4e00-\u9fff]{1,4}[（(][\u4e00-\u9fff]{1,4}[)）](?:时间|日期))$/;
/**
 * A 关键数据 column with a remark on how its lines are written, 关键数据（项目：数据，一行一项）: each
 * line's figures. (Not a bare 关键数据, what a pair's label 关键数据① | 数值 is read as.)
 */
const isKeyDataColumn = (v: unknown) => typeof v === "string" && headerKey(v) === "关键数据" && /[（(][^（()）]+[)）]\s*$/.test(v);
/** A progress table's running total to a day, 截至8月31日累计: what stands at the cut-off. */
const CUMULATIVE_TO_DAY = /^截[至止][^，,；;]{0,12}?累计(?:完成|完成数|数|值)?$/;
/** A query's reply column, by the county or in its name: 浈江区答复, 县（区）回复, 答复情况 (the city's queries the labels). */
const REPLY_HEADER = /^(?:[\u4e00-\u9fff]{1,4}(?:县|市|区)|县[（(]?(?:市、?)?区[)）]?|我[县市区])?(?:答复|回复)(?:情况|内容|意见)?$/;
const isValueHeader = (v: unknown) =>
  inValueList(v) || ROUND_VALUE.test(headerKey(v)) || isKeyDataColumn(v) || CUMULATIVE_TO_DAY.test(headerKey(v)) || REPLY_HEADER.test(headerKey(v));
const isClaimHeader = inList(CLAIM_HEADER_WORDS);
const isItemPointHeader = inList(ITEM_POINT_HEADERS);
const isWeightHeader = inList(WEIGHT_HEADERS);
const isRangeHeader = inList(RANGE_HEADERS);
const isTableHeader = inList(TABLE_HEADERS);
const isUnitHeader = inList(UNIT_HEADERS);
const isTargetHeader = inList(TARGET_HEADERS);

export interface Layout {
  /** The row holding the column headers (-1: none). */
  headerRow: number;
  /** The first row of a later section, past a blank row (三、资金管理情况): the header's columns hold down to there only. */
  end?: number;
  valueCols: number[];
  noteCols: number[];
  unitCols: number[];
  /** The official indicator table: the 自评 column and the 分值 column. */
  claimCol?: number;
  /** A column of points per scoring clause beside the claim column (see ITEM_POINT_HEADERS). */
  itemCol?: number;
  /** The clerk's points on a facts table with no 分值 (我们的情况 | … | 能拿几分): an item's points, never a figure. */
  pointsCol?: number;
  weightCol?: number;
  /** A 扣分原因 column: why points were taken off ("交易标准…扣1分；其余各项满分"). */
  deductCol?: number;
  nameCols: number[];
  /** A checklist marked in 是 | 否 columns (√ under one of them). */
  yesCol?: number;
  noCol?: number;
  /** An inspection's 判定 column (OK / NG / △ / —): whether each line meets its standard. */
  verdictCol?: number;
  /** 目标值, 完成率: columns whose cells are neither labels nor values. */
  targetCols?: number[];
  /** "单位：万元" above the table: the unit of amounts given as bare numbers. */
  moneyUnit?: string;
  /** "单位：万元、万人…" above the table: the population, given as a bare number, is in 万人. */
  peopleUnit?: "万人";
  /** A value column's own unit ("金额（万元）"): value column → unit. */
  colUnits?: Map<number, string>;
  /** A 数据时点 column: the year or period each line's figure is of (2019年度, 2021年1-8月). */
  periodCol?: number;
  /** Label columns of label | value pairs across each line (./pair-columns). */
  pairCols?: Set<number>;
  /** Columns of another round's or another party's (OTHER_ROUND): never the county's answers, whatever they hold. */
  otherCols?: number[];
}

/** A column saying when each line's figure stands: 数据时点 | 2019年度. */
const PERIOD_HEADER = /^(?:数据时点|时点|统计时点|数据时间|数据年度|所属年度|统计年度|统计期间?|数据期间)$/;

function wrappedLabel(sheet: Sheet, r: number, c: number, v: string): string {
  if (r === 0 || !/^\s*[（(][^）)]*[)）]\s*$/.test(v)) return v;
  const above = sheet.rows[r - 1] ?? [];
  const head = above[c];
  return isLabelLike(head) && above.every((x, i) => i <= c || text(x) === "") ? `${head.trim()}${v.trim()}` : v;
}

/** A column headed 是否达标 / 是否完成 / 是否建成 right of c, in the nearest header row below the table's own and above r. */
function verdictColumnAbove(sheet: Sheet, headerRow: number, r: number, c: number): number | undefined {
  for (let h = r - 1; h > headerRow; h--) {
    const row = sheet.rows[h] ?? [];
    const col = row.findIndex((v, i) => i > c && typeof v === "string" && /^是否(?:达标|完成|落实|建成|实现|合格|符合要求?)$/.test(headerKey(v)));
    if (col >= 0) return col;
    // Only the header of this block: a blank row ends the search.
    if (!row.some((v) => text(v) !== "")) return undefined;
  }
  return undefined;
}

/** The nearest 是 | 否 header row between the table's header and row r (exclusive), if any. */
function yesNoHeaderAbove(sheet: Sheet, headerRow: number, r: number): { yes: number; no: number } | undefined {
  for (let h = r - 1; h > headerRow; h--) {
    const keys = (sheet.rows[h] ?? []).map((v) => (typeof v === "string" ? headerKey(v) : ""));
    const yes = keys.findIndex((k) => k === "是");
    const no = keys.findIndex((k) => k === "否");
    if (yes >= 0 && no >= 0) return { yes, no };
  }
  return undefined;
}

/** A 数据时点 cell as the label's period: a whole year ("2019年度", "2020年末") or a part of one ("2021年1-8月"). */
function periodOf(v: CellValue | undefined): { label: string; part: boolean } | undefined {
  const t = text(v).replace(/\s+/g, "");
  const whole = /^((?:19|20)\d{2})年(?:度|末|底|全年)?$/.exec(t);
  if (whole) return { label: `${whole[1]}年`, part: false };
  if (/^(?:19|20)\d{2}年(?:\d{1,2}[-—–~～至]\d{1,2}月|上半年|前三季度)$/.test(t)) return { label: t, part: true };
  return undefined;
}

/** Most of the filled cells under a header, down to the first blank row, are ranges of points ("1-2分"). */
function rangesUnder(sheet: Sheet, header: number, c: number): boolean {
  let ranges = 0;
  let filled = 0;
  for (let r = header + 1, end = tableEnd(sheet, header); r < end; r++) {
    const t = text(sheet.rows[r]?.[c]);
    if (t === "") continue;
    filled++;
    if (POINTS_RANGE.test(t)) ranges++;
  }
  return filled > 0 && ranges * 2 > filled;
}

/**
 * Row r as a header: a head merged down over two header rows (指标（满分） over both the P | D | C | A row
 * and the 方案目标及时限 | 完成情况 | 自评分 row under it) heads its column in each.
 */
function withHeadsMergedDown(sheet: Sheet, r: number): CellValue[] {
  const row = sheet.rows[r] ?? [];
  const merges = (sheet.merges ?? []).filter((m) => m.top < r && m.bottom >= r && m.left === m.right);
  if (merges.length === 0) return row;
  const out = [...row];
  for (const m of merges) if (text(out[m.left]) === "") out[m.left] = sheet.rows[m.top]?.[m.left] ?? null;
  return out;
}

/** Column headers in the first rows: which columns hold values, notes, units, claimed points. */
/**
 * A row of headers in the clerk's own words, each with the table's word in brackets — 科目（评价指标） | 满分 |
 * 成绩（自评分） | 老师评语（完成情况） on a report card — is read by the bracketed words. (Only when they name
 * different columns, a name and points: "方案制定（自评分） | 政策支持（自评分）" are items with their points, and
 * 指标（满分）, its own words a header already, stays 指标.)
 */
function headersInTheirBrackets(row: readonly CellValue[]): readonly CellValue[] {
  const kinds = new Set<string>();
  const read = row.map((v) => {
    if (typeof v !== "string" || isAnyHeader(v)) return v;
    const inner = /[（(]([^（()）]{2,10})[)）]\s*$/.exec(v.replace(/\s+/g, ""))?.[1];
    const kind = inner === undefined ? undefined : headerKind(inner);
    if (kind === undefined) return v;
    kinds.add(kind);
    return inner as string;
  });
  return kinds.size >= 2 ? read : row;
}
const headerKind = (v: string): string | undefined =>
  isClaimHeader(v) ? "claim" : isTableHeader(v) ? "name" : isValueHeader(v) ? "value" : isWeightHeader(v) ? "weight" : isNoteHeader(v) ? "note" : undefined;
const isAnyHeader = (v: string) =>
  isNoteHeader(v) ||
  isValueHeader(v) ||
  isClaimHeader(v) ||
  isWeightHeader(v) ||
  isTableHeader(v) ||
  isUnitHeader(v) ||
  isTargetHeader(v) ||
  isItemPointHeader(v) ||
  HEADER_WORDS.test(headerKey(v));

/** A claim header's bracket marking the final round (定稿, 终稿, 调整后, 论证后) or a draft's (初稿, 调整前). */
const FINAL_ROUND = /定稿|终稿|最终|调整后|修正后|审定|复核后|论证后/;
const DRAFT_ROUND = /初稿|草稿|一稿|调整前|修正前|论证前|^原/;
const bracketOf = (v: CellValue | undefined) => /[（(]([^（()）]+)[)）]\s*$/.exec(text(v))?.[1] ?? "";

/** The final round's claim column when `claim` is headed as a draft and another claim column as final; else -1. */
function finalRoundOf(row: readonly CellValue[], claim: number): number {
  if (!DRAFT_ROUND.test(bracketOf(row[claim]))) return -1;
  return row.findIndex((v, c) => c !== claim && typeof v === "string" && isClaimHeader(v) && FINAL_ROUND.test(bracketOf(v)));
}

/** An office's column of the figures it gave: 县商务局, 县统计局, 区乡村振兴局, 县邮政管理局. */
const OFFICE_HEADER = /^[县市区][\u4e00-\u9fff]{1,8}(?:局|办|委)$/;

function layoutOf(sheet: Sheet): Layout {
  let best: Layout = { headerRow: -1, valueCols: [], noteCols: [], unitCols: [], nameCols: [] };
  let bestHits = 0;
  // The first 30 rows of the table (a score table read apart from the facts above it starts low).
  const first = firstFilledRow(sheet);
  const top = Math.min(sheet.rows.length, first + 30);
  for (let r = first; r < top; r++) {
    const row = headersInTheirBrackets(withHeadsMergedDown(sheet, r));
    const l: Layout = { headerRow: r, valueCols: [], noteCols: [], unitCols: [], nameCols: [] };
    let claim = -1;
    let hits = 0;
    /** Name columns headed 评分项: the points beside them are items', not indicators'. */
    let itemNames = 0;
    // Plain header words beside the typed ones ("类别 | 项目 | 填报内容"): they make the row a header
    // only together with a typed one, and only when nothing else stands in the row.
    let plain = 0;
    let other = 0;
    // A schedule's versions side by side (8月23日（D-9） | … | 定稿（9月1日）): the final one answers (./versions).
    const finalCol = row.findIndex(isFinalVersionHeader);
    // (…or each office's figure in a column of its own beside the one adopted, 县商务局 | 县统计局 | … | 最终采用.)
    const officeCols = finalCol >= 0 ? new Set(row.flatMap((v, c) => (OFFICE_HEADER.test(spacelessText(v ?? null)) ? [c] : []))) : new Set<number>();
    const offices = officeCols.size >= 2;
    const versions = finalCol >= 0 && (row.some(isDatedVersionHeader) || offices);
    // (Figures at several days side by side: two such headers at least, counted once for the row.)
    const atDayColumns = row.filter((x) => AT_DAY_HEADER.test(spacelessText(x ?? null))).length >= 2;
    // (Only for points headers not read otherwise: 预计得分 | 指标预计得分 is a risk register's, its claims as they were.)
    const twins = indicatorTwins(row.map((v) => (isClaimHeader(v ?? null) ? null : v)));
    row.forEach((v, c) => {
      if (text(v) === "") return;
      // (Points beside the same points of the indicator, 核定分 | 指标核定分: the items' and the indicator's claim.)
      if (twins && (c === twins.item || c === twins.indicator)) {
        if (c === twins.item) l.itemCol ??= c;
        else if (claim < 0) claim = c;
        l.valueCols.push(c);
        hits++;
        return;
      }
      if (versions && c === finalCol) {
        l.valueCols.push(c);
        hits++;
        return;
      }
      if (versions && (isDatedVersionHeader(v) || (offices && officeCols.has(c)))) {
        l.noteCols.push(c);
        hits++;
        return;
      }
      // (A header may carry its period in brackets on a second line: 中期评估填报（截至2020年12月31日）.)
      if (typeof v !== "string" || (v.length > 20 && headerKey(v).length > 12)) {
        other++;
        return;
      }
      const yn = headerKey(v);
      // A problems list's 问题 beside its details and causes: each a shortfall the county states ("免费摄影、美工服务
      // 未开展"). (Not a Q&A's 问题 | 填写内容, where it names the lines, nor a check's 检查结果 | 存在问题, where the
      // result answers and the problems are notes.)
      // (…or the 问题 of a shortfalls list set beside a table of strengths, with its 应对口径 right after it.)
      const answered = RESPONSE_HEADER.test(headerKey(row[c + 1] ?? null));
      if (
        /^(?:存在)?问题$/.test(yn) &&
        ((row.some((x) => PROBLEM_DETAIL.test(headerKey(x))) && !row.some((x) => typeof x === "string" && isValueHeader(x))) || answered)
      ) {
        l.valueCols.push(c);
        hits++;
        return;
      }
      if (VERDICT_HEADER.test(yn)) {
        l.verdictCol ??= c;
        hits++;
        return;
      }
      // 是 / 否 columns count as header cells only once the row is seen to be a header (below).
      if (/^(?:是|有|已完成|已落实|符合)$/.test(yn)) l.yesCol ??= c;
      else if (/^(?:否|无|未完成|未落实|不符合)$/.test(yn)) l.noCol ??= c;
      if (c === l.yesCol || c === l.noCol) return;
      // Another round's points ("2020年中期自评", 上次自评, the city's 市级初审): kept apart, read as nothing.
      if (OTHER_ROUND.test(yn) || FILLED_BY_REVIEWERS.test(v)) {
        l.noteCols.push(c);
        (l.otherCols ??= []).push(c);
        hits++;
        return;
      }
      // (The same figures at several days side by side, 截至2020年12月31日 | … | 截至2021年8月31日（考评）: each a value
      // column, the one at the cut-off kept below.)
      if (atDayColumns && AT_DAY_HEADER.test(spacelessText(v))) {
        l.valueCols.push(c);
        hits++;
        return;
      }
      if (PERIOD_HEADER.test(yn)) {
        l.periodCol ??= c;
        l.noteCols.push(c);
      } else if (isNoteHeader(v)) l.noteCols.push(c);
      // A question's answers (是否出台/建立) and a document's number beside them are columns of a table
      // whose header is told by its other words: they alone make no row a header (组长 | 是否印发 | 文号
      // in a wide table's second header row).
      else if (DOC_NUMBER_HEADER.test(yn) || (ANSWER_HEADER.test(spacelessText(v)) && !isValueHeader(v))) {
        (DOC_NUMBER_HEADER.test(yn) ? l.noteCols : l.valueCols).push(c);
        plain++;
        return;
      } else if (isItemPointHeader(v) || (isClaimHeader(v) && /^(?:分项|细项|小项)/.test(bracketOf(v)))) {
        // (…or the clerk's points told apart in brackets, 我市自评（分项） | 我市自评（小计）: the first the points'.)
        l.itemCol ??= c;
        l.valueCols.push(c);
      } else if (isValueHeader(v)) {
        l.valueCols.push(c);
        const unit = splitUnit(v).unit;
        if (unit) (l.colUnits ??= new Map()).set(c, unit);
      } else if (isUnitHeader(v)) l.unitCols.push(c);
      // (承诺事项 is a pledge board's pledges, but beside the application's promise in a column of its own
      // (申报书承诺) it names the items.)
      else if (yn === "承诺事项" && row.some((x) => /^申报书?承诺/.test(headerKey(x)))) l.nameCols.push(c);
      else if (isTargetHeader(v)) (l.targetCols ??= []).push(c);
      else if (isWeightHeader(v)) l.weightCol ??= c;
      else if (isTableHeader(v)) {
        l.nameCols.push(c);
        if (ITEM_NAME_HEADER.test(yn)) itemNames++;
      } else {
        if (HEADER_WORDS.test(yn)) plain++;
        else other++;
        return;
      }
      hits++;
      if (isClaimHeader(v) && claim < 0 && c !== l.itemCol) claim = c;
    });
    // (The versions of a score table, 满分 beside them: the final one the clerk's claims.)
    if (versions && claim < 0 && l.weightCol !== undefined) claim = finalCol;
    // A score table redone after a review, 自评分（初稿） | 专家论证意见 | 自评分（定稿）: the final points are
    // the claims, the draft's a note.
    const final = claim >= 0 ? finalRoundOf(row, claim) : -1;
    if (final >= 0) {
      l.valueCols = l.valueCols.filter((vc) => vc !== claim);
      l.noteCols.push(claim);
      claim = final;
    }
    // A 亮灯 self-check's 分项 | 小计: the 小计 merged down over an indicator's scoring points is its claim.
    // (Only beside a column of items' points: a bare 小计 is as often a table's subtotal of figures.)
    const subtotal = claim < 0 && l.itemCol !== undefined ? row.findIndex((v, c) => c > (l.itemCol as number) && headerKey(v) === "小计") : -1;
    if (subtotal >= 0) {
      claim = subtotal;
      l.valueCols.push(subtotal);
      hits++;
    }
    // Points written twice, 得分（小写） | 得分（大写）, as a bid evaluation's: where they differ, 大写 prevails.
    const capital = row.findIndex((v, c) => c !== claim && isClaimHeader(v) && /[（(]\s*大写\s*[)）]\s*$/.test(text(v)));
    if (claim >= 0 && capital >= 0 && /[（(]\s*小写\s*[)）]\s*$/.test(text(row[claim]))) {
      l.valueCols = l.valueCols.filter((vc) => vc !== claim);
      l.noteCols.push(claim);
      claim = capital;
    }
    // A source-excerpt table with no figure used beside its quotes (德庆: 文件（出处） | 原文摘录 | 页码): the
    // quotes are all it says, its answers.
    const excerpt = l.valueCols.length === 0 ? l.noteCols.find((c) => EXCERPT_HEADER.test(headerKey(row[c] ?? null))) : undefined;
    if (excerpt !== undefined) {
      l.noteCols = l.noteCols.filter((c) => c !== excerpt);
      l.valueCols.push(excerpt);
    }
    // A list of 评分项 with their points and no 分值 column (方案制定（1-2分）| 2分) scores items:
    // its rows are judged points, not the clerk's claims for indicators.
    // So does a list with a 分值范围 column (方案制定 | 1-2 | 2): each line a judged item's range.
    // …or a 分值 column of ranges ("1-2分", "1-5") under 评分项: the same list, headed 分值.
    // (Ranges under a 分值 are judged items' whatever the name column is headed: 项 | 分值 | 自评, 方案制定 | 1-2 | 2.)
    const ranged = row.some((v) => typeof v === "string" && isRangeHeader(v)) || (l.weightCol !== undefined && rangesUnder(sheet, r, l.weightCol));
    // (分项自评 beside 指标自评: the clauses' points and the indicator's, its weight only in its name.)
    // (A task tracker's 自评分 beside its 量化目标, no 分值: each task's line is one item's points, no indicator's claim.)
    // (Not an indicator table whose names carry their 满分, 指标（满分） beside a PDCA's 方案目标: its points are claims.)
    const weighedNames = l.nameCols.some((c) => /满分|分值/.test(text(row[c])));
    const tracker = l.weightCol === undefined && (l.targetCols?.length ?? 0) > 0 && !weighedNames;
    if (claim >= 0 && !ranged && !tracker && (l.weightCol !== undefined || l.nameCols.length > itemNames || (l.itemCol !== undefined && l.itemCol !== claim))) {
      l.claimCol = claim;
      // With points per clause beside it, the claim column holds indicator totals only: no item's value.
      if (l.itemCol !== undefined) l.valueCols = l.valueCols.filter((vc) => vc !== claim);
    } else if (claim >= 0 && (tracker || POINTS_ESTIMATE.test(headerKey(row[claim] ?? null)))) l.pointsCol = claim;
    // (Without a claim column, a clause's points column stays one: its points answer judged items only.)
    // 是 | 否 make a checklist's header only in a row of header words ("序号 | 自查内容 | 是 | 否 | 说明"),
    // not in a data row answered 有 | 无.
    // (…or a task list's, 序号 | 任务 | 已完成 | 未完成 | 完成时间/情况说明.)
    // (…or of columns this row's other words were just read as: 自查要点 | 自查情况 | 符合 | 不符合 | 要点得分 | 指标自评分.)
    const named = new Set([...l.valueCols, ...l.nameCols, ...l.noteCols, ...l.unitCols, ...(l.targetCols ?? []), l.itemCol, l.weightCol, claim]);
    const headerOnly = row.every(
      (v, c) =>
        c === l.yesCol ||
        c === l.noCol ||
        text(v) === "" ||
        named.has(c) ||
        (typeof v === "string" && HEADER_WORDS.test(headerKey(v))) ||
        // (…and a 修改说明 beside them, the city's corrections.)
        // (…or a 佐证材料及说明 after them, the evidence for each line.)
        /内容|事项|项目|^任务$|(?:情况|材料及)说明$|^(?:修改|更正)说明$/.test(text(v)),
    );
    if (l.yesCol !== undefined && l.noCol !== undefined && headerOnly) hits += 2;
    else {
      delete l.yesCol;
      delete l.noCol;
    }
    const deduct = row.findIndex((v) => typeof v === "string" && /^扣分(?:原因|说明|理由|情况|依据)$/.test(headerKey(v)));
    if (deduct >= 0) l.deductCol = deduct;
    // "内容 | 是否达到": a generic 内容 before a column of answers holds the items, not their values.
    // (After a column of its own that names the items, 事项 | 情况 | 数值, a 情况 column is answers.)
    const itemsBefore = (vc: number) => row.slice(0, vc).some((v, i) => text(v) !== "" && !l.valueCols.includes(i) && !/^(?:序号|编号|No\.?)$/i.test(headerKey(v)));
    const answerCol = l.valueCols.find((vc) => !GENERIC_VALUE.has(headerKey(row[vc] ?? null)));
    if (answerCol !== undefined) l.valueCols = l.valueCols.filter((vc) => !(vc < answerCol && GENERIC_VALUE.has(headerKey(row[vc] ?? null)) && !itemsBefore(vc)));
    // Figures at several days side by side: the column marked as the assessment's (（考评）), else the one at the
    // rubric's cut-off; the others are notes.
    const atDays = l.valueCols.filter((vc) => AT_DAY_HEADER.test(spacelessText(row[vc] ?? null)));
    if (atDays.length >= 2) {
      const now = atDays.find((vc) => /考评|考核|评估|本次/.test(text(row[vc]))) ?? atDays.find((vc) => /8月31日|0?8[-./]31/.test(spacelessText(row[vc] ?? null)));
      if (now !== undefined) {
        l.valueCols = l.valueCols.filter((vc) => vc === now || !atDays.includes(vc));
        l.noteCols.push(...atDays.filter((vc) => vc !== now));
      }
    }
    // Two rounds side by side (中期评估填报 | 终期自评填报): the later answers, the earlier is a note.
    const earlier = l.valueCols.filter((vc) => EARLIER_ROUND.test(headerKey(row[vc] ?? null)));
    if (earlier.length > 0 && l.valueCols.some((vc) => !earlier.includes(vc) && LATER_ROUND.test(headerKey(row[vc] ?? null)))) {
      l.valueCols = l.valueCols.filter((vc) => !earlier.includes(vc));
      l.noteCols.push(...earlier);
    }
    // …or two years' (2020年度填报 | 2021年度填报（本次）): the one marked 本次, else the later year's.
    const yearly = l.valueCols.filter((vc) => YEAR_ROUND.test(headerKey(row[vc] ?? null)));
    if (yearly.length >= 2) {
      const yearOf = (vc: number) => Number(/(?:19|20)\d{2}/.exec(text(row[vc]))?.[0]);
      const now = yearly.find((vc) => /本次|本年/.test(text(row[vc]))) ?? yearly.reduce((a, b) => (yearOf(b) > yearOf(a) ? b : a));
      l.valueCols = l.valueCols.filter((vc) => vc === now || !yearly.includes(vc));
      l.noteCols.push(...yearly.filter((vc) => vc !== now));
    }
    if (hits === 1 && plain >= 1 && other === 0) hits = 1.5;
    if (hits >= 1.5 && hits > bestHits) {
      best = l;
      bestHits = hits;
    }
  }
  for (const row of sheet.rows.slice(0, Math.max(best.headerRow, 0) + 3))
    for (const v of row) {
      // "单位：万元", or a 填报说明 line "金额类指标单位均为万元".
      const unit =
        typeof v === "string"
          ? (/单位[:：]\s*(万元|亿元|元)/.exec(v) ?? /(?:金额|资金)[^。；;]{0,8}单位[^。；;\d]{0,4}?(?:均为|均是|为|是)\s*(万元|亿元|元)/.exec(v))?.[1]
          : undefined;
      if (unit) best.moneyUnit = unit;
      // "单位：万元、万人、个、%": people counted in 万 too; so in a 填报说明's "人口单位为万人".
      if (typeof v === "string" && (/单位[:：][^。；;]*万人/.test(v) || /人口[^。；;，,\d]{0,6}单位[^。；;，,\d]{0,4}?(?:均为|为|是)\s*万人/.test(v)))
        best.peopleUnit = "万人";
    }
  // (A checklist's 是 | 否 marks are its answers too: a section ticked there goes on with the table.)
  // An evidence index (佐证材料名称 | 要点摘录): each document's name says what its points show, a label, no note.
  const head = sheet.rows[best.headerRow] ?? [];
  const excerpt = best.valueCols.find((c) => /^(?:要点摘录|内容摘要|主要内容摘录)$/.test(headerKey(head[c] ?? null)));
  if (excerpt !== undefined) best.noteCols = best.noteCols.filter((c) => c > excerpt || !/材料名称|文件名称/.test(headerKey(head[c] ?? null)));
  const answered = [...best.valueCols, ...[best.yesCol, best.noCol].filter((c): c is number => c !== undefined)];
  if (best.headerRow >= 0) best.end = nextSection(sheet, best.headerRow, answered);
  return best;
}

/**
 * A points column beside the same points of the indicator (部门自评 | 核定分 | 指标核定分, an indicator split into its
 * scoring points a row each): the first is each point's, the second the indicator's claim merged down beside them.
 */
function indicatorTwins(row: readonly (CellValue | undefined)[]): { item: number; indicator: number } | undefined {
  for (let c = 0; c < row.length; c++) {
    const k = headerKey(row[c] ?? null);
    if (!k.startsWith("指标") || !POINTS_HEADER.test(k)) continue;
    const item = row.findIndex((v, i) => i !== c && headerKey(v ?? null) === k.slice(2));
    if (item >= 0) return { item, indicator: c };
  }
  return undefined;
}
const POINTS_HEADER = /(?:分|得分|分数)$/;

/** A system export's column of the items filled in, right of their groups' names: 填报项, 数据项. */
const ITEM_HEADER = /^(?:填报项|填报项目|填报指标|指标项|数据项)$/;
const POINTS_WORDS = /自评|评判|得分|分值|\d\s*分/;

const BARE_YEAR = /^\s*(?:19|20)\d{2}\s*年度?(?:\s*\d{1,2}\s*[—–\-－~～至]+\s*\d{1,2}\s*月)?\s*$/;

/** Row r is a year's under a header of years down (年度 | …, 年份 | …), the years above it filled in the same column. */
function yearsDown(sheet: Sheet, r: number): boolean {
  for (let k = r - 1; k >= 0 && k >= r - 12; k--) {
    const first = text(sheet.rows[k]?.[0]);
    if (/^(?:年度|年份|年|时间|期间|统计期间)$/.test(first.replace(/\s+/g, ""))) return (sheet.rows[k] ?? []).filter((x) => text(x) !== "").length >= 2;
    if (!BARE_YEAR.test(first)) return false;
  }
  return false;
}

/** A section's heading (三、资金管理情况, 四、主观评分项自评…): a numbered line standing alone. */
const SECTION_HEADING = /^[一二三四五六七八九十]+\s*[、.．]/;

/**
 * The row where a form's next section begins below a table's header, when the table's columns no
 * longer hold there: a blank row, then a line standing alone numbered as a section, whose lines have
 * nothing in the table's value columns (三、资金管理情况 | 资金管理制度 | 已制定… under 完成情况 | 完成时间).
 * A section going on in the same columns (化州's 三、 under 内容 | 我市情况) is the same table.
 */
function nextSection(sheet: Sheet, header: number, valueCols: number[]): number | undefined {
  const heading = (r: number) => {
    const filled = (sheet.rows[r] ?? []).filter((v) => text(v) !== "");
    return filled.length === 1 && SECTION_HEADING.test(text(filled[0]));
  };
  /** The section's lines: down to a blank row or the next section's heading. */
  const linesOf = (r: number) => {
    let end = r + 1;
    while (end < sheet.rows.length && !heading(end) && (sheet.rows[end] ?? []).some((v) => text(v) !== "")) end++;
    return sheet.rows.slice(r + 1, end);
  };
  /** Lines leaving the table's value columns empty: no more of the table. */
  const noValues = (lines: readonly (readonly CellValue[] | undefined)[]) => !lines.some((row) => valueCols.some((c) => text(row?.[c]) !== ""));
  // (…or a heading over a header row of its own, 二、评判项自评 over 序号 | 评判项 | 分值范围 | 自评分 | 依据: a new
  // table, whatever its columns hold under the first one's.)
  // (Only where its values stand in another column than the table's, 自评分 under 2020年度填报 now a note: a
  // repeated header, or one whose answers stand where the table's did, 情况 under 自评分, goes on with the table.)
  const valuesHead = (v: CellValue | undefined) => isValueHeader(v) || isClaimHeader(v ?? null);
  const headerUnder = (r: number) => {
    const head = sheet.rows[r + 1] ?? [];
    const filled = head.filter((v) => text(v) !== "");
    return (
      filled.length >= 3 &&
      filled.every((v) => typeof v === "string") &&
      filled.filter((v) => HEADER_WORDS.test(headerKey(v))).length >= 2 &&
      valueCols.every((c) => !valuesHead(head[c]) && text(head[c]) !== text(sheet.rows[header]?.[c])) &&
      head.some((v, c) => !valueCols.includes(c) && valuesHead(v))
    );
  };
  const ends = (r: number) => heading(r) && (noValues(linesOf(r)) || headerUnder(r));
  // (…or straight under the table's last line, no blank row between: 五华's 旬报, 三、 a progress table, 四、 a checklist
  // of its own shape.)
  for (let r = header + 1, end = tableEnd(sheet, header); r < end; r++) if (ends(r)) return r;
  for (let r = tableEnd(sheet, header); r < sheet.rows.length; r++) {
    if (!(sheet.rows[r] ?? []).some((v) => text(v) !== "")) continue;
    const end = tableEnd(sheet, r);
    if (heading(r) && (noValues(sheet.rows.slice(r + 1, end)) || headerUnder(r))) return r;
    r = end - 1;
  }
  return undefined;
}

/** A figure, a day or points with nothing said after them (not "2020年6月18日投入运营": a sentence, read as one). */
function plainAnswer(input: RubricInput, answer: string): boolean {
  if (input.type === "judged") return /^\s*[0-9０-９.]+\s*分\s*$/.test(answer);
  if (input.type === "bool" || input.type === "text") return true;
  return answer.replace(/[（(][^（()）]*[)）]/g, "").replace(/[0-9０-９.,:：\-/\s年月日号万亿千元人次个户家%％]/g, "").length === 0;
}

/** A claim row's own line: its label's column (after the indicator's name) and its short answer's. */
function claimRowAnswer(row: readonly (CellValue | undefined)[], layout: Layout, r: number): { label: number; value: number; text: string } | undefined {
  if (!underHeader(layout, r) || layout.claimCol === undefined) return undefined;
  const value = layout.valueCols.find((c) => text(row[c]) !== "" && c < (layout.claimCol as number));
  if (value === undefined) return undefined;
  const answer = text(row[value]).replace(/[（(][^（()）]*[)）]/g, "");
  if (answer.length > 24 || /[，,；;。]/.test(answer)) return undefined;
  // (Not a note's column before it: an earlier round's answer beside the final one, 500万元 | 同左.)
  const labels = row.slice(0, value).flatMap((v, c) => (isLabelLike(v) && !layout.noteCols.includes(c) ? [c] : []));
  if (labels.length < 2) return undefined;
  const label = labels[labels.length - 1];
  return { label, value, text: text(row[label]) };
}

/** Is row r in the table under the layout's header (below it, above the next section)? */
function underHeader(layout: Layout, r: number): boolean {
  return r > layout.headerRow && (layout.end === undefined || r < layout.end);
}

interface Candidate {
  r: number;
  c: number;
  label: string;
  input: RubricInput;
  score: number;
  exact: boolean;
  value: { r: number; c: number; v: CellValue; inline?: string };
  unit?: string;
  /** Which pair of a cell holding several ("常住人口：42万；行政村：195个"), or which statement of a sentence. */
  part?: number;
  /** The sentence the value was read from (a 完成情况 written as prose). */
  sentence?: string;
}

/**
 * Columns headed by years or by a growth ("2019年 | 2020年 | 同比增速"), at least two in one header
 * row: the sheet is a table of figures by year. Undefined when there is none.
 */
interface CrossTable {
  row: number;
  /** The first row after the table (a blank row ends it), or the sheet's end. */
  end: number;
  first: number;
  cols: Map<number, { text: string; year: boolean }>;
  /** The labels of its lines marked as parts of the line above (#农村网络零售额). */
  parts: string[];
  /** "（单位：万元）" in the table's title or header: the unit of its bare amounts. */
  moneyUnit?: string;
  /** A year's column → the column of its amounts' units (2019年 over 金额 | 单位). */
  unitCols?: Map<number, number>;
  /** Its own 单位 column before the years (指标 | 单位 | 2019年 | 2020年), each line's unit. */
  rowUnitCol?: number;
}

/** The latest year's column of a table by year whose cell on `row` answers `input` (a title, a yes, points), if any. */
function latestFitting(cross: CrossTable, row: CellValue[], input: RubricInput): number | undefined {
  return [...cross.cols]
    .filter(([c, head]) => head.year && text(row[c]) !== "" && !DASH.test(text(row[c])) && fitsType(input, row[c] ?? null))
    .sort((a, b) => a[1].text.localeCompare(b[1].text))
    .pop()?.[0];
}

function crossColumns(sheet: Sheet): CrossTable | undefined {
  // (A part of a sheet cut into tables keeps its rows' places: the 40 rows are counted from its first.)
  let top = 0;
  while (top < sheet.rows.length && !(sheet.rows[top] ?? []).some((v) => text(v) !== "")) top++;
  for (let r = top; r < Math.min(sheet.rows.length, top + 60); r++) {
    const cols = new Map<number, { text: string; year: boolean }>();
    // The report's year a title line above states (表2 统计数据（报告期：2020年）).
    const reportYear = [r - 1, r - 2]
      .map((k) => /报告期\s*[:：]?\s*((?:19|20)\d{2})\s*年/.exec((sheet.rows[k] ?? []).map((v) => text(v)).join(" "))?.[1])
      .find((y) => y !== undefined);
    // (…as wide as the row above: its last headers may be merged down into this one, the row's own cells ending before.)
    const width = Math.max((sheet.rows[r] ?? []).length, r > 0 ? (sheet.rows[r - 1] ?? []).length : 0);
    Array.from({ length: width }, (_, c) => sheet.rows[r]?.[c] ?? null).forEach((v, c) => {
      // (A column's header merged down from the row above, 截至2021年8月31日累计 beside 年度数据 over the years.)
      const down = text(v) === "" ? mergeAt(sheet.merges, r, c) : undefined;
      const t = text(down && down.top < r && down.left === c ? sheet.rows[down.top]?.[c] : v).replace(/\s+/g, "");
      // (…with the form's own word for it in brackets: 2020年 | 2019年（上年）.)
      // (…or the year so far, 2021年（截至8月31日）: the latest year's column, its figures what stands now.)
      const year = /^((?:19|20)\d{2})年?度?(?:[（(](?:上年|本年|当年|去年|上年度|本年度|报告期|基期|上年同期|(?:截至|截止)[^（()）]*)[)）])?$/.exec(t);
      // (…or 本期 | 上年同期 under a title stating the report's year, 报告期：2020年.)
      const period =
        /^(?:本期|本期数|本年|本年数)$/.test(t) && reportYear
          ? Number(reportYear)
          : /^(?:上年同期|上年同期数|上年|上年数)$/.test(t) && reportYear
            ? Number(reportYear) - 1
            : undefined;
      if (year) cols.set(c, { text: `${year[1]}年`, year: true });
      else if (period) cols.set(c, { text: `${period}年`, year: true });
      // "2020年同比增长" beside 2019年 | 2020年 is the growth column, its year the table's last.
      // (A yearbook's "2020年比上年增长（%）" too; its "“十三五”年均增长" is an average, no growth of the year.)
      // (…and the English shorthand an operator's report uses for it, YoY.)
      // (…or a statistics system's 同比增减（%）.)
      else if (/^(?:(?:19|20)\d{2}年?度?)?(?:比上年|较上年)?(?:同比(?:增速|增长率|增幅|增长|增减)?|增速|增长率|增幅|增长|yoy)(?:[（(]%[)）])?$/i.test(t))
        cols.set(c, { text: "同比增速", year: false });
      // "累计" beside the years: the total, what an input without a year (培训人次, 累计拨付) is.
      // So is "截至考评日（累计/现状）": what stands at the cut-off (not a 目标 or an average's column).
      else if (/^(?:累计|合计|总计|累计完成)$/.test(t) || (/累计|截至|截止|现状/.test(t) && !/目标|计划|均|参考/.test(t))) cols.set(c, { text: "", year: false });
    });
    const years = [...cols].filter(([, h]) => h.year).map(([c]) => c);
    // (One year with its growth beside it, a yearbook's 2020年 | 比上年增长（%）, is such a table too.)
    if (years.length < 2 && !(years.length === 1 && [...cols.values()].some((h) => h.text === "同比增速"))) continue;
    // Years under a group header merged above them (农村网络零售额 over 2019年 | 2020年) are a wide
    // table's sub-headers, read each with its group and its value below (withContext) — unless the
    // group says only what the columns hold (完成情况 over 2019年 | 2020年 | 累计).
    // (…nor one saying only that they are years, 年度数据 over 2019年 | 2020年 | 2021年1—8月.)
    if (
      years.every((c) => {
        const g = groupAbove(sheet, r, c);
        return g !== undefined && !isValueHeader(g) && !YEARS_GROUP.test(headerKey(g));
      })
    )
      continue;
    const end = tableEnd(sheet, r);
    let moneyUnit: string | undefined;
    for (let u = Math.max(0, r - 2); u <= r; u++)
      for (const v of sheet.rows[u] ?? []) moneyUnit = (typeof v === "string" ? /单位[:：]\s*(万元|亿元|元)/.exec(v)?.[1] : undefined) ?? moneyUnit;
    // …or in the brackets of the header's first words ("网络零售额（亿元） | 2019年 | 2020年").
    const head = (sheet.rows[r] ?? []).find((v, c) => c < Math.min(...cols.keys()) && typeof v === "string" && v.trim() !== "");
    moneyUnit ??= typeof head === "string" ? /[（(]\s*(万元|亿元|元)\s*[)）]/.exec(head)?.[1] : undefined;
    // Each year over 金额 | 单位 (a sub-header row): the amount's unit is the cell beside it.
    const sub = (sheet.rows[r + 1] ?? []).map((v) => text(v).replace(/\s+/g, ""));
    const unitCols = new Map<number, number>();
    for (const c of years) if (/^(?:金额|数额|数值|数据)$/.test(sub[c] ?? "") && /^(?:单位|计量单位)$/.test(sub[c + 1] ?? "")) unitCols.set(c, c + 1);
    // The labels of the lines marked as parts (#农村网络零售额, 其中：…).
    const first = Math.min(...cols.keys());
    // (A table under another's header has its own 单位 column, not the sheet's first table's.)
    const rowUnitCol = (sheet.rows[r] ?? []).findIndex((v, c) => c < first && isUnitHeader(v));
    const parts = sheet.rows
      .slice(r + 1, end)
      .flatMap((row) => (row ?? []).slice(0, first).filter((v): v is string => typeof v === "string" && PART_MARK.test(v) && v.replace(PART_MARK, "").trim() !== ""))
      .map((v) => v.replace(PART_MARK, "").trim());
    return {
      row: unitCols.size > 0 ? r + 1 : r,
      end,
      first,
      parts,
      cols,
      ...(moneyUnit ? { moneyUnit } : {}),
      ...(unitCols.size > 0 ? { unitCols } : {}),
      ...(rowUnitCol >= 0 ? { rowUnitCol } : {}),
    };
  }
  return undefined;
}

/** A group header over year columns that says only that they are years. */
const YEARS_GROUP = /^(?:年度|分年度|各年度?|历年|逐年)(?:数据|数值|情况)?$/;

/** A line marked as a part of the one above: 其中, or a yearbook's "#". */
const PART_MARK = /^\s*(?:其中\s*[:：]?|[#＃])\s*/;

/** The answer beside a line says each thing the line lists was done: "三项均已公示", "均已公示", "全部公开". */
function allAnswered(sheet: Sheet, layout: Layout, r: number, c: number): boolean {
  const row = sheet.rows[r] ?? [];
  const answer = layout.valueCols
    .filter((vc) => vc > c)
    .map((vc) => text(row[vc] ?? null))
    .find((t) => t !== "");
  return answer !== undefined && ALL_DONE_ANSWER.test(answer) && !/[未没无]|尚|暂/.test(answer);
}
// (…or the things counted and said complete, "专栏已设立，四项内容齐全": each of the four.)
const ALL_DONE_ANSWER =
  /(?:[二两三四]项|以上|上述)?(?:均|都|全部|全)(?:已经?|有|已经?在?专栏)?(?:公示|公开|挂网|发布|上网|齐全|完成|设立)|[二两三四五]项(?:内容)?(?:均|都)?(?:已经?)?(?:齐全|公示|公开)/;

/** The year a line's label names, or the years it asks for together ("2019年、2020年"). */
const LINE_YEARS = /(?:19|20)\d{2}年(?:\s*[、和及与]\s*(?:19|20)\d{2}年)*/;

/** One label's place: its cell, and the pair within the cell when it holds several. */
const placeOf = (x: { r: number; c: number; part?: number }) => `${x.r}:${x.c}:${x.part ?? 0}`;

const text = (v: CellValue | undefined) => cellText(v ?? null);

export function readFactsSheet(given: Sheet, rubric: Rubric, factMappings: Record<string, string> = {}): FactsSheetResult {
  // A city's shared sheet, a county a pair of columns (填报数 | 自评分): laid out with the own county's pair only, before
  // the sheet is cut by its 自评分 columns (another county's would be taken for the claims).
  const pairs = ownCountyPairLaidOut(given);
  if (pairs) return cellsBack(readFactsSheet(pairs.sheet, rubric, factMappings), pairs.cellOf);
  // A form filled in by the leading group's offices, a column each, each line answered in one: its answers in one column.
  const joint = officeColumnsLaidOut(given);
  if (joint) return cellsBack(readFactsSheet(joint.sheet, rubric, factMappings), joint.cellOf);
  // A facts table with its review round beside it (首次填报 | 复核意见 | 整改后, by 对应表一序号): the first table as changed.
  const reviewed = correctionTablesLaidOut(given);
  if (reviewed) return cellsBack(readFactsSheet(reviewed.sheet, rubric, factMappings), reviewed.cellOf);
  // Judged items ticked among their point values in one cell (□1分 ☑2分): the points ticked.
  // Judged items marked ● under a column per point value (5分 | 4分 | … | 1分): the points marked,
  // under a 自评分 header — before the sheet is cut into tables, so such a table under the facts is
  // read as a score table of its own (its 自评说明 the basis of its points).
  // A draft on a 呈批表 as its head's 批示 changed it (附表第13项…改为“无”), the head over every table below.
  // Grades turned into points by the sheet's rule before the sheet is cut, the rule often standing
  // at its top, far from the graded table.
  // A report with its head's edits beside each paragraph (送审稿原文 | 审改意见): each paragraph as edited.
  // A bureau's whole work tracker with the programme's lines marked (示范考评 √): those lines only.
  // A score table headed 分 under a 自评分 title (a pocket card's back): its points the county's claims.
  // The speaker of a record in the first person named where 我 heads the group, before the sheet is cut
  // (a pitch's record: 路演人 in its head lines, 以我为组长 in its slides' narration further down).
  const original = withOwnPointsTitled(withGrades(withInstructions(withEditsMade(withMarkedPoints(withTickedPoints(withProgrammeRowsOnly(withSpeakerNamed(given))))))));
  // A table pasted from Word into one cell, a tab between columns: laid out as the table it was.
  const pasted = pastedTable(original);
  if (pasted) return cellsBack(readFactsSheet(pasted.sheet, rubric, factMappings), pasted.cellOf);
  // Cards printed several to a row (evidence boxes' covers): each read as a form of its own, across then down.
  const cards = cardParts(original);
  if (cards) return cards.map((p) => cellsBack(readFactsSheet(p.sheet, rubric, factMappings), p.cellOf)).reduce(both);
  // A wall of sticky notes (【黄】常住人口\n90.66万人, 【蓝】方案\n2分): each note as its line, struck-out and
  // covered ones gone, each column of notes read down on its own.
  const wall = stickyWallColumns(original);
  if (wall) return wall.map((p) => readOneTable(p, rubric, factMappings)).reduce(both);
  // A swimlane chart (a lane per office, ▶ done / ▷ not items in its cells): its items one to a line.
  const lanes = swimlaneLines(original);
  if (lanes) return cellsBack(readFactsSheet(lanes.sheet, rubric, factMappings), (r) => lanes.cellOf(r));
  // A task board's columns of cards (已完成 | 进行中 | 未开始): its cards one to a line, each saying done or not.
  const board = kanbanLines(original);
  if (board) return cellsBack(readFactsSheet(board.sheet, rubric, factMappings), (r) => board.cellOf(r));
  // A leaders' pocket cards (口径 | 数据 | 出处 | 注意 lines, two cards to a row): what to say and the figures, a line each.
  const pocket = pocketCardLines(original);
  if (pocket) return cellsBack(readFactsSheet(pocket.sheet, rubric, factMappings), (r) => pocket.cellOf(r));
  // A block's name beside one cell of "标签：值" lines: each line a row of its own, named back to its cell.
  const lines = linesAsRows(original, (label) => factsVocabulary(rubric).inputs.match(chinesePart(label))[0]?.score ?? 0, MATCH_MIN);
  if (lines) return cellsBack(readFactsSheet(lines.sheet, rubric, factMappings), lines.cellOf);
  // A dashboard's cards, each figure over its label: read label row first, each value named back.
  const cardRows = figuresOverLabels(original);
  if (cardRows) return rowsBack(readFactsSheet(cardRows.sheet, rubric, factMappings), cardRows.rowOf);
  // A log newest first (an office app's 日志 export): read in time order, each row named back.
  const log = inTimeOrder(original);
  if (log) return withLogCutOff(rowsBack(readFactsSheet(log.sheet, rubric, factMappings), log.rowOf), original);
  // The indicator table on its side (评价指标 across, 权重 and 自评得分 under it): read turned back.
  // …or a survey's export, questions across and the answer under them.
  // (…a table of its own under it, past a blank row, read as it stands.)
  const stripped = stripAndTableBelow(original);
  if (stripped) {
    const [strip, below] = stripped;
    return both(onRealSheet(readOneTable(turnedBack(strip) as Sheet, rubric, factMappings)), readOneTable(below, rubric, factMappings));
  }
  const turned = turnedBack(original) ?? surveyTurned(original);
  if (turned) return onRealSheet(readOneTable(turned, rubric, factMappings));
  // A city's template, one row per county: the county's own row turned, its headers the labels
  // (the lines above the tables read as they are).
  // Each figure written before what it is (数字 | 单位 | 这个数字是什么): read words first.
  const pair = figuresFirst(original);
  if (pair) return namedBack(readFactsSheet(wordsFirst(original, pair), rubric, factMappings), pair);
  const inputs = factsVocabulary(rubric).inputs;
  const score = (t: string) => inputs.match(t)[0]?.score ?? 0;
  const template = ownCountyRowTurned(original, (joined, own) => score(joined) > score(own));
  if (template) {
    const read = both(readOneTable(template.above, rubric, factMappings), onRealSheet(readOneTable(template.turned, rubric, factMappings)));
    // (…its group of the county's own points per indicator apart, read as a score table.)
    return template.claims ? both(read, onRealSheet(readOneTable(template.claims, rubric, factMappings))) : read;
  }
  // A facts table with its 自评得分汇总 beside it: each read as its own table.
  // …or with its score table under it, each under its own header.
  // A Markdown note: its pipe tables apart from its lines, each read alone.
  const note = markdownParts(original);
  if (note) return note.map((p) => readOneTable(p, rubric, factMappings)).reduce(both);
  // A table with the county's basic figures appended under it in label | value pairs (附：基本数据): each read alone.
  const appended = appendixPairs(original);
  if (appended) return appended.map((p) => readOneTable(p, rubric, factMappings)).reduce(both);
  // Small tables one under another, each section under a header of its own: each read by its header
  // (the score table among them, 五、晒自评 under 晒目标 and 晒进度, one section of several).
  const sections = sectionTables(original);
  // (…a section on its side, 项目 | 方案制定 | … over its 自评分 row, read turned back.)
  if (sections)
    return sections
      .map((p) => {
        const sideways = turnedBack(p);
        return sideways ? onRealSheet(readOneTable(sideways, rubric, factMappings)) : readOneTable(p, rubric, factMappings);
      })
      .reduce(both);
  // A leaflet's panels side by side: each read down on its own.
  const panels = panelsAcross(original);
  if (panels) return panels.map((p) => readOneTable(p, rubric, factMappings)).reduce(both);
  const parts =
    sideBySide(original, isClaimHeader) ??
    // (…or the table's last section of the county's own points, 十、自评得分, in its own columns.)
    ownPointsSection(original) ??
    twoColumnsOfBlocks(original) ??
    // (A score table's versions, 8月30日（D-2） | 定稿（9月1日）: its final one the claims.)
    oneAboveTheOther(
      original,
      (v) => isClaimHeader(v) || isFinalVersionHeader(v),
      (v) => isWeightHeader(v) || isRangeHeader(v),
    );
  if (!parts) return readOneTable(original, rubric, factMappings);
  const [a, b] = parts.map((p) => readOneTable(p, rubric, factMappings));
  return both(a, b);
}

/** What two parts of a sheet state, the first's before the second's. */
function both(a: FactsSheetResult, b: FactsSheetResult): FactsSheetResult {
  return {
    entries: [...a.entries, ...b.entries],
    claims: [...a.claims, ...b.claims],
    unknownLabels: [...a.unknownLabels, ...b.unknownLabels],
    remarks: [...a.remarks, ...b.remarks],
    blankItems: [...a.blankItems, ...b.blankItems],
  };
}

/** What was read with its columns reordered, every cell named where it is on the real sheet. */
function namedBack(read: FactsSheetResult, pair: [number, number]): FactsSheetResult {
  const back = (a: string) => addressBack(a, pair);
  return {
    entries: read.entries.map((e) => ({ ...e, cell: back(e.cell) })),
    claims: read.claims.map((c) => ({ ...c, cell: back(c.cell) })),
    unknownLabels: read.unknownLabels.map((u) => ({ ...u, cell: back(u.cell) })),
    remarks: read.remarks.map((m) => ({ ...m, cell: back(m.cell) })),
    blankItems: read.blankItems,
  };
}

/** What was read with its rows reordered, every cell and row named where it is on the real sheet. */
function rowsBack(read: FactsSheetResult, rowOf: (r: number) => number): FactsSheetResult {
  return cellsBack(read, (r, c) => ({ r: rowOf(r), c }));
}

/** What was read from a sheet made of another's cells, every cell and row named where it is on the real sheet. */
/** A sheet laid out as a reviewer reads it (a pasted table's lines as rows, cards one under another), each of its cells named back to the real sheet's (0-based). */
export interface LaidOut {
  sheet: Sheet;
  cellOf: (r: number, c: number) => { r: number; c: number };
}

function cellsBack(read: FactsSheetResult, cellOf: LaidOut["cellOf"]): FactsSheetResult {
  const back = (a: string) => {
    const at = parseAddress(a);
    if (!at) return a;
    const real = cellOf(at.row, at.col);
    return cellAddress(real.r, real.c);
  };
  const row = (n: number) => cellOf(n - 1, 0).r + 1;
  return {
    entries: read.entries.map((e) => ({ ...e, cell: back(e.cell), source: { ...e.source, row: row(e.source.row) } })),
    claims: read.claims.map((c) => ({ ...c, cell: back(c.cell), row: row(c.row) })),
    unknownLabels: read.unknownLabels.map((u) => ({ ...u, cell: back(u.cell) })),
    remarks: read.remarks.map((m) => ({ ...m, cell: back(m.cell), row: row(m.row) })),
    blankItems: read.blankItems,
  };
}

/** Each yes / no answer taken, or the latest line after it naming the same input clearly and answering otherwise. */
function laterAnswers(assigned: Candidate[], found: Candidate[]): Candidate[] {
  return assigned.map((a) => {
    if (a.input.type !== "bool") return a;
    const was = parseYesNo(a.value.v);
    let latest = a;
    for (const c of found)
      if (c.input.key === a.input.key && c.r > latest.r && c.score >= MATCH_MIN && parseYesNo(c.value.v) !== was && parseYesNo(c.value.v) !== undefined) latest = c;
    return latest;
  });
}

/** A log's cut-off said in its newest line ("数据截至2021年8月31日"), at the top of the real sheet. */
function withLogCutOff(read: FactsSheetResult, original: Sheet): FactsSheetResult {
  if (read.entries.some((e) => e.key === "asOf")) return read;
  const cutOff = titleCutOff(original);
  if (!cutOff) return read;
  return { ...read, entries: [...read.entries, cutOffEntry(original.name, cutOff)] };
}

/** A day a round's header states it is "as of": 本次考评（截至2021年8月31日）. */
const ROUND_DAY = /(?:截至|截止)\s*((?:19|20)\d{2}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*日?)/;

/**
 * The cut-off read from one round's header when the values read are another round's (上期 | 本期, 中期评估 | 本次考评):
 * the read round's, which the facts are as of.
 */
function roundCutOff(sheet: Sheet, layout: Layout, said: FactsEntry): FactsEntry | undefined {
  const at = parseAddress(said.cell);
  if (!at || at.row !== layout.headerRow || layout.valueCols.includes(at.col)) return undefined;
  const head = sheet.rows[layout.headerRow] ?? [];
  const own = layout.valueCols.map((c) => ({ c, m: ROUND_DAY.exec(text(head[c])) })).find((x) => x.m !== null);
  if (!own?.m) return undefined;
  return { ...said, cell: cellAddress(layout.headerRow, own.c), value: own.m[1] };
}

/** The cut-off a sheet's title or opening clause states, as the facts entry it is. */
function cutOffEntry(sheet: string, cutOff: NonNullable<ReturnType<typeof titleCutOff>>): FactsEntry {
  return { key: "asOf", source: { sheet, row: cutOff.r + 1 }, cell: cellAddress(cutOff.r, cutOff.c), label: cutOff.label, value: cutOff.value };
}

/** What was read from a turned grid, with every cell and row named as on the real sheet. */
function onRealSheet(read: FactsSheetResult): FactsSheetResult {
  const row = (a: string) => parseAddress(untransposeAddress(a))?.row ?? 0;
  return {
    entries: read.entries.map((e) => ({ ...e, cell: untransposeAddress(e.cell), source: { ...e.source, row: row(e.cell) + 1 } })),
    claims: read.claims.map((c) => ({ ...c, cell: untransposeAddress(c.cell), row: row(c.cell) + 1 })),
    unknownLabels: read.unknownLabels.map((u) => ({ ...u, cell: untransposeAddress(u.cell) })),
    remarks: read.remarks.map((m) => ({ ...m, cell: untransposeAddress(m.cell), row: row(m.cell) + 1 })),
    blankItems: read.blankItems,
  };
}

function readOneTable(original: Sheet, rubric: Rubric, factMappings: Record<string, string>): FactsSheetResult {
  const sheet = AS_A_REVIEWER_READS.reduce((s, read) => read(s), original);
  const vocab = factsVocabulary(rubric);
  const layout = layoutOf(sheet);
  layout.pairCols = pairLabelCols(sheet, layout);
  const byKey = new Map(rubric.inputs.map((i) => [i.key, i]));
  const mapped = new Map(Object.entries(factMappings).map(([label, key]) => [matchKey(label), key]));
  const matches = new Map<string, Scored<RubricInput>[]>();
  const matchOf = (t: string): Scored<RubricInput>[] => {
    let m = matches.get(t);
    if (!m) {
      const key = mapped.get(matchKey(t));
      const input = key ? byKey.get(key) : undefined;
      // A label the user mapped: that input only ("ignore" or an unknown key: nothing).
      m = key !== undefined ? (input ? [{ target: input, score: 1, via: t }] : []) : vocab.inputs.match(chinesePart(partOfWhole(t)));
      // "资金拨付（自评分）": the bracket says the line is points, not the figure its words would name as well.
      // (…as do a 自评： before the words and the item's range after them, "自评：资金及时拨付（1-5）".)
      const asPoints = POINTS_IN_BRACKET.test(t) ? t.replace(POINTS_IN_BRACKET, "自评分") : POINTS_NAMED.test(t) ? `${t.replace(POINTS_NAMED, "$1")}自评分` : undefined;
      if (key === undefined && asPoints !== undefined) {
        const points = vocab.inputs.match(chinesePart(partOfWhole(asPoints)));
        if (points[0]?.target.type === "judged" && points[0].score >= MATCH_MIN) m = points;
      }
      // "截至考评截止日累计拨付（万元）": the cut-off bounds what the words after it name; no cut-off itself.
      const bound = key === undefined ? BOUND_TO_CUT_OFF.exec(t) : null;
      if (bound && /[\u4e00-\u9fff]{2}/.test(t.slice(bound[0].length))) m = vocab.inputs.match(chinesePart(partOfWhole(t.slice(bound[0].length))));
      // "2．全市共有行政村": the scope and its verb say nothing of what is counted; read without them.
      const bare = key === undefined && (m[0]?.score ?? 0) < MATCH_MIN ? withoutCompanyName(withoutScope(documentTitle(t))) : t;
      if (bare !== t) {
        const again = vocab.inputs.match(chinesePart(bare));
        // Only when that reads it: a label still not understood keeps its own candidates.
        if ((again[0]?.score ?? 0) >= MATCH_MIN) m = again;
      }
      // "农产品网络零售额占农林牧渔业总产值比重": a share of another whole, no growth of the figure.
      if (key === undefined && SHARE_OF.test(t)) m = m.filter((x) => !/增速|增长/.test(x.target.label));
      // A document's own day (报告日期 of a survey report, 编制日期): not the evaluation's cut-off.
      if (key === undefined && DOCUMENT_DAY.test(t.trim())) m = m.filter((x) => x.target.key !== "asOf");
      // A unit's own head, 负责人 | 朱××（股长） on a nomination form: no leader of the programme (牵头负责人 is).
      if (key === undefined && UNIT_HEAD.test(t.trim())) m = m.filter((x) => x.target.key !== "leadTitle");
      // "乡村常住人口" (another programme's form, its rural part): no county's resident population.
      if (key === undefined && RURAL_PART.test(t)) m = m.filter((x) => x.target.key !== "residentPopulation");
      // "村（居）委会", 村居: villages and communities together, not the administrative villages (村委会) alone.
      if (key === undefined && VILLAGES_WITH_COMMUNITIES.test(t)) m = m.filter((x) => x.target.key !== "adminVillagesStated");
      matches.set(t, m);
    }
    return m;
  };
  // A judged item's criterion answered 是 / 已建立 instead of with points states the fact the item
  // rests on (its zeroWhen input: "建立健全资金台账… | 是" is 已建立资金专用台账).
  const underlying = new Map<string, RubricInput>();
  for (const [judgedKey, fact] of restingOn(rubric)) {
    const input = byKey.get(fact);
    if (input) underlying.set(judgedKey, input);
  }
  /** The other way: a fact → the judged item resting on it. */
  const judgedOn = new Map<string, RubricInput>();
  for (const [judgedKey, fact] of underlying) {
    const j = byKey.get(judgedKey);
    if (j) judgedOn.set(fact.key, j);
  }
  const isUnderlying = (m: Scored<RubricInput>) => m.via === UNDERLYING;
  const withUnderlying = (found: Scored<RubricInput>[]): Scored<RubricInput>[] => {
    const extra = found.flatMap((m) => {
      const u = underlying.get(m.target.key);
      // (Just under the judged item's reading, yet read whenever that one is: a label read as the item
      // at the threshold stands for its fact as surely.)
      const score = m.score >= MATCH_MIN ? Math.max(MATCH_MIN, m.score - 0.01) : m.score - 0.01;
      return u && !found.some((o) => o.target === u && o.score >= score) ? [{ ...m, target: u, score, via: UNDERLYING }] : [];
    });
    return extra.length ? [...found, ...extra].sort((a, b) => b.score - a.score) : found;
  };
  /** "标签：值" cells, for a value written as prose ("计划4000人次，实际完成4,512人次"), read as sentences. */
  const pairCells: { r: number; c: number; label: string; text: string; part?: number }[] = [];
  /**
   * "6.示范县工作方案：已印发（…），自评2分": the points after a line's answer are the judged item the line
   * names (or the one resting on the fact it answers), beside that fact.
   */
  const selfScored = (label: string, value: string, r: number, c: number, part: number): void => {
    const said = [...value.matchAll(SELF_SCORED)].find((m) => !m[1]);
    if (!said) return;
    const found = matchOf(label);
    const top = found[0];
    const judged =
      found.find((m) => m.target.type === "judged" && m.score >= MATCH_MIN)?.target ??
      (top && top.score >= MATCH_MIN && top.target.type === "bool" ? judgedOn.get(top.target.key) : undefined);
    const points = Number(said[2]);
    if (!judged || !inItemRange(judged, points)) return;
    addCandidate(
      { r, c, part: 800 + part, label, input: judged, score: top?.score ?? MATCH_MIN, exact: false, value: { r, c, v: points, inline: `self${part}` } },
      undefined,
    );
  };
  /**
   * A value that says what it is ("农产品网络零售额同比增长32.6%" under a criterion naming both
   * 农村 and 农产品 零售额): its own words, before the figure, decide between close inputs.
   */
  const valueNames = (v: CellValue, input: RubricInput): boolean => {
    const words = typeof v === "string" ? /^([^\d０-９]{4,})[\d０-９]/.exec(v.trim())?.[1] : undefined;
    const best = words ? matchOf(words)[0] : undefined;
    return best !== undefined && best.score >= 0.8 && best.target === input;
  };
  /** The indicators named outright (项目管理, merged down its lines) in the row's label cells left of column c, nearest first. */
  const indicatorsLeftOf = (row: CellValue[], c: number): RubricIndicator[] => {
    const out: RubricIndicator[] = [];
    for (let p = c - 1; p >= 0; p--) {
      const v = row[p];
      if (!isLabelLike(v)) continue;
      const named = vocab.indicators.match(v, 0.95)[0];
      if (named && named.score >= 0.99) out.push(named.target);
    }
    return out;
  };
  /**
   * Two readings alike ("建立项目管理制度…" is 项目管理制度 or 资金管理制度), the line naming an indicator
   * to its left (项目管理, merged down its lines): the reading that is that indicator's.
   */
  const inIndicator = (found: Scored<RubricInput>[], row: CellValue[], c: number): Scored<RubricInput>[] => {
    const [a, b] = found;
    if (!a || !b || b.score < a.score - MARGIN) return found;
    // The indicator's own name (项目管理) beside its criterion: the criterion says which item; the name, none.
    const self = vocab.indicators.match(text(row[c]), 0.95)[0];
    const criterionAfter = row.slice(c + 1).some((v) => isLabelLike(v) && !isShortAnswer(v));
    if (self && self.score >= 0.99 && criterionAfter && [a, b].every((m) => ownerOf(vocab.rubric, m.target.key)?.id === self.target.id)) return [];
    for (const named of indicatorsLeftOf(row, c)) {
      const theirs = found.filter((m) => m.score >= a.score - MARGIN && ownerOf(vocab.rubric, m.target.key)?.id === named.id);
      if (theirs.length === 1) return [theirs[0], ...found.filter((m) => m !== theirs[0] && m.score < theirs[0].score - MARGIN)];
    }
    return found;
  };
  /**
   * A criterion in words any of several indicators could use ("建立制度并严格落实": 项目管理's or 资金管理's), the
   * indicator it belongs to merged down the column to its left (考评项 | 预期结果（评分标准）): read with that
   * indicator's name before it, as the reviewer reads the row. Only where the words alone name no input surely.
   */
  const underNamedIndicator = (found: Scored<RubricInput>[], label: string, row: CellValue[], c: number): Scored<RubricInput>[] => {
    const [a] = found;
    if (!a || a.score >= 0.9) return found;
    const [named] = indicatorsLeftOf(row, c);
    if (!named || ownerOf(vocab.rubric, a.target.key)?.id === named.id) return found;
    const [theirs] = matchOf(`${named.name}${label}`);
    if (theirs && theirs.score >= MATCH_MIN && ownerOf(vocab.rubric, theirs.target.key)?.id === named.id && found.some((m) => m.target === theirs.target))
      return [theirs, ...found.filter((m) => m.target !== theirs.target && ownerOf(vocab.rubric, m.target.key)?.id === named.id)];
    return found;
  };
  /** Each option of the label cell (r, c) a label answered by its own box (in column vc); how many named a fact. */
  const readOptions = (options: { ticked: boolean; option: string }[], context: string, r: number, c: number, vc: number): number => {
    let named = 0;
    options.forEach((o, i) => {
      const label = `${context}${o.option}`;
      for (const m of matchOf(label).slice(0, 2))
        if (m.target.type === "bool" && m.score >= MATCH_MIN) {
          named++;
          addCandidate(
            { r, c, part: 700 + i, label, input: m.target, score: m.score, exact: false, value: { r, c: vc, v: o.ticked ? "是" : "否", inline: `box${i}` } },
            undefined,
          );
        }
    });
    return named;
  };
  const strongLabel = (v: CellValue | undefined, min = 0.8) => isLabelLike(v) && !isShortAnswer(v) && (matchOf(v)[0]?.score ?? 0) >= min;

  const claims: Claim[] = [];
  const claimRows = new Set<number>();
  const answering = new Set<number>();
  if (layout.claimCol !== undefined) readClaims(sheet, layout, vocab, claims, claimRows, matchOf, answering);
  // A report's 自评得分情况 in lines of prose ("1.组织领导（2分）：…，自评2分。"); their words are read
  // for the items' own points too ("项目管理制度2分，工作台账2分").
  const claimLineCells = new Set<string>();
  /** Judged items' points in a 小结's brackets (./summary-lines). */
  let summaryItems: FactsEntry[] = [];
  if (layout.claimCol === undefined) {
    // A section's 小结 ("组织领导2分；方案制定2分；…") first: the points it gives are claims, said without 自评.
    const summary = summaryLines(sheet, vocab, (w) => indicatorNamed(w, vocab), matchOf);
    summaryItems = summary.items;
    claims.push(...summary.claims);
    for (const r of summary.rows) claimRows.add(r);
    // Excel's 分类汇总 rows ("组织领导 汇总 | 2") under each indicator's lines.
    const subtotals = subtotalClaims(
      sheet,
      (w) => indicatorNamed(w, vocab),
      (w) => bonusNamed(w, vocab),
    );
    claims.push(...subtotals.claims.filter((c) => !claims.some((x) => x.indicator === c.indicator)));
    for (const r of subtotals.rows) claimRows.add(r);
    const said = claimLines(sheet, vocab);
    claims.push(...said.claims.filter((c) => !claims.some((x) => x.indicator === c.indicator)));
    for (const r of said.rows) claimRows.add(r);
    // A form in sections by indicator, each heading's points in the 自评得分 column ("二、组织领导（2分） | | | 2分").
    const head = sheet.rows[layout.headerRow] ?? [];
    const selfScored = layout.valueCols.find((c) => isClaimHeader(head[c] ?? null));
    if (selfScored !== undefined) {
      const headings = headingClaims(sheet, selfScored, layout.headerRow + 1, (w) => indicatorNamed(w, vocab));
      claims.push(...headings.claims.filter((c) => !claims.some((x) => x.indicator === c.indicator)));
      for (const r of headings.rows) claimRows.add(r);
    }
    for (const c of said.claims) {
      const a = parseAddress(c.cell);
      if (a) claimLineCells.add(`${a.row}:${a.col}`);
    }
  }

  const candidates: Candidate[] = [];
  /** A candidate with its unit; a value in % is a rate, one in 元 an amount, whatever the label shares with the other. */
  const addCandidate = (cand: Candidate, unit: string | undefined, to = candidates): void => {
    if (unit === "%" && (cand.input.type === "money" || cand.input.type === "number")) return;
    // A figure under a 自评分 header is points: no amount, count or rate (英德's city columns, 电商市场主体培育 | 10 | 8).
    const underClaimHeader = cand.value.c !== cand.c && cand.value.r > layout.headerRow && isClaimHeader(sheet.rows[layout.headerRow]?.[cand.value.c] ?? null);
    if (underClaimHeader && cand.input.type !== "judged" && cand.input.type !== "bool" && parseNumber(cand.value.v).ok) return;
    // An amount is no rate, count or points.
    if (unit && /元$/.test(unit) && cand.input.type !== "money") return;
    if (unit) cand.unit = unit;
    // A veto item's line saying it did not happen ("创建期间未发生安全生产、质量事故 | ✔ / 是"): a no.
    const said = cand.value.v;
    if (
      cand.input.key.startsWith("veto") &&
      cand.input.type === "bool" &&
      NOT_HAPPENED.test(cand.label) &&
      typeof said === "string" &&
      /^(?:是|✔|✓|√|有|属实|确认)$/.test(said.trim())
    )
      cand = { ...cand, value: { ...cand.value, v: "否", inline: "否" } };
    // A person's name alone (a sign-off table's 负责人 | 蔡××) is no leader's post (县长, 副县长), nor a department.
    if ((cand.input.key === "leadTitle" || cand.input.key === "departments") && typeof said === "string" && PERSON_NAME_ONLY.test(said.trim())) return;
    // A line that names the leader itself ("…，县委副书记、县长任组长，…") is the leader's line: the
    // cell under or beside it (成员单位：…) says something else.
    // (A label naming the post, 领导小组牵头领导职务, names no leader.)
    const elsewhere = cand.value.r !== cand.r || cand.value.c !== cand.c;
    // (…or names the group between, "市委副书记、市长任创建工作领导小组组长".)
    const leader =
      cand.input.key === "leadTitle" && elsewhere && /任组长|为组长|[任为][^，,。；;]{0,16}领导小组组长/.test(cand.label) ? leaderInSentence(cand.label) : undefined;
    const lacking = (t: string) => missingDepartments(t, rubric.leadDepartments ?? []).length;
    if (leader && !/领导小组|领导职务/.test(leader) && !String(cand.value.v ?? "").includes(leader)) {
      cand = { ...cand, value: { r: cand.r, c: cand.c, v: leader, inline: leader } };
      // (…and the departments it names with the leader, "…组长，市商务局、财政局、…乡村振兴局等18个部门协同作战".)
      const departments = byKey.get("departments");
      if (departments && lacking(cand.label) < (rubric.leadDepartments ?? []).length)
        to.push({ ...cand, part: 700 + (cand.part ?? 0), input: departments, value: { r: cand.r, c: cand.c, v: cand.label, inline: cand.label } });
    }
    // So is a line that lists the members itself ("…领导小组成员单位县商务局、县财政局…的主要负责同志"): the
    // paragraph under it ("我县创建工作由县长任组长…") is no list of them.
    if (cand.input.key === "departments" && elsewhere && /成员/.test(cand.label) && lacking(cand.label) < lacking(String(said ?? "")))
      cand = { ...cand, value: { r: cand.r, c: cand.c, v: cand.label, inline: cand.label } };
    to.push(cand);
  };
  const labelCells: { r: number; c: number; text: string; hasValue: boolean }[] = [];
  /**
   * A row of a table by year (see ./year-rows): each figure labelled with the row's year and its
   * column's header. An input of no year (培训人次, 累计拨付) is the 合计 row's figure, or, in a
   * column without one, the latest row's; an input of a year is that whole year's row.
   */
  const readYearRow = (t: YearRowsTable, r: number): void => {
    const k = t.rows.get(r);
    const row = sheet.rows[r] ?? [];
    if (!k) return;
    for (let c = t.yearCol + 1; c < row.length; c++) {
      const v = row[c];
      if (!isFigure(v)) continue;
      // (A unit may head a column under its group: 人次 under 电商培训.)
      const sub = subHeader(sheet, t, c);
      if (!/[\u4e00-\u9fff]/.test(sub)) continue;
      const column = withGroup(sheet, t.headerRow, c, sub, matchOf);
      const figureAt = (x: number) => isFigure(sheet.rows[x]?.[c]);
      const rowsOf = (...kinds: string[]) => [...t.rows].filter(([x, y]) => kinds.includes(y.kind) && figureAt(x)).map(([x]) => x);
      const hasTotal = rowsOf("total").length > 0;
      const latest = rowsOf("year", "part").pop() === r;
      const label = k.kind === "growth" ? `${k.year}${column.replace(/\s*[（(][^）)]*[）)]\s*/g, "")}同比增速` : k.kind === "year" ? `${k.year}${column}` : column;
      for (const m of matchOf(label).slice(0, 2)) {
        if (!fitsType(m.target, v ?? null)) continue;
        const inputYear = /(?:19|20)\d{2}\s*年/.exec(m.target.label)?.[0].replace(/\s+/g, "");
        if (k.kind === "growth" ? m.target.type !== "percent" : inputYear ? k.kind !== "year" || inputYear !== k.year : k.kind === "total" ? false : hasTotal || !latest)
          continue;
        addCandidate(
          { r, c, label, input: m.target, score: m.score, exact: m.score >= 0.99, value: { r, c, v: v ?? null } },
          m.target.type === "money" ? (labelUnit(column) ?? layout.moneyUnit) : k.kind === "growth" ? undefined : labelUnit(column),
        );
      }
    }
  };
  /** The judged item of `indicator` its short name names best (促销活动 for 网络促销活动). */
  const itemsOf = (indicator: string, label: string) =>
    vocab.inputs
      .match(label, 0.1)
      .filter((m) => m.target.type === "judged" && (m.target.key === `judged:${indicator}` || m.target.key.startsWith(`judged:${indicator}.`)))
      .slice(0, 1);
  const cross = crossColumns(sheet);
  const yearTables = yearRowsTables(sheet);
  const pairCols = layout.pairCols;
  sheet.rows.forEach((row, r) => {
    if ((r === layout.headerRow && !DATED_HEADS.has(row)) || r === cross?.row) return;
    const yearTable = yearTables.find((t) => r >= t.top && r <= t.last);
    if (yearTable) {
      // A table with a row per year: its headers are read with each figure, not as labels of their own.
      if (r > yearTable.headerRow) readYearRow(yearTable, r);
      return;
    }
    if (cross && r > cross.row && r < cross.end) {
      // A table of figures by year ("指标 | 2019年 | 2020年 | 同比增速"): each cell's label is its
      // row's label read with its column's ("2019年" + "农村网络零售额").
      const c = row.findIndex((v, i) => i < cross.first && (isLabelLike(v) || (typeof v === "string" && /^\s*[#＃]\s*[\u4e00-\u9fff]/.test(v))));
      if (c >= 0) {
        // ("#农村网络零售额": a yearbook's "#" marks a part of the line above, as 其中 does.)
        const partLabel = (row[c] as string).replace(PART_MARK, "").trim();
        // (A part of the line above, 其中：参加电商培训 under 有劳动能力的建档立卡贫困人口, is read with its whole
        // when that names it better: the trained poor persons, not a training's person-times.)
        const partOf = PART_MARK.test(row[c] as string) ? labelAbove(sheet, r, c) : undefined;
        const topScore = (t: string) => matchOf(t)[0]?.score ?? 0;
        const rowLabel =
          partOf === undefined ? partLabel : [partLabel, `${partOf}${partLabel}`, `${partOf}中${partLabel}`].reduce((a, b) => (topScore(b) > topScore(a) ? b : a));
        // A whole whose parts are lines of their own (网络零售额, then #农村网络零售额): the parts say
        // what is asked, not the whole.
        if (cross.parts.some((p) => p !== rowLabel && p.endsWith(rowLabel))) return;
        // The row's own unit ("亿元", "%") in a 计量单位 column.
        const rowUnit = [...(cross.rowUnitCol === undefined ? [] : [cross.rowUnitCol]), ...layout.unitCols]
          .map((u) => unitOf(row[u] ?? null))
          .find((u) => u !== undefined);
        let any = false;
        // The row's total at the cut-off, when it has one: an input of no year (培训人次, 累计拨付) is that, not a year's part.
        const whole = [...cross.cols].some(([vc, head]) => !head.year && head.text === "" && isFigure(row[vc]));
        // …else its latest year's (a yearbook's 2016年 … 2020年 | 年末常住人口: 2020's).
        const latestYear = [...cross.cols]
          .filter(([vc, head]) => head.year && isFigure(row[vc]))
          .sort((a, b) => a[1].text.localeCompare(b[1].text))
          .pop()?.[0];
        const yearFigures = [...cross.cols].filter(([vc, head]) => head.year && isFigure(row[vc])).length;
        // Its unit in the label's brackets ("农村网络零售额（万元）", "常住人口（万人）").
        const ownUnit = labelUnit(rowLabel);
        for (const [vc, head] of cross.cols) {
          const v = row[vc];
          if (text(v) === "") continue;
          const label = head.year ? `${head.text}${rowLabel}` : `${rowLabel}${head.text}`;
          for (const m of matchOf(label).slice(0, 2)) {
            if (!fitsType(m.target, v ?? null)) continue;
            // (A pivot's 总计 beside a line's years adds them up: of amounts or of rates, no growth rate.)
            if (m.target.type === "percent" && whole && latestYear !== undefined && !head.year && head.text === "") continue;
            // (A day or a yes is told in the year it happened, whichever column that is.)
            // (…but a yes read from figures in several years, 快递覆盖率 92.7 then 100, is the latest year's.)
            const figure = m.target.type === "number" || m.target.type === "money" || m.target.type === "percent" || (m.target.type === "bool" && yearFigures > 1);
            if (head.year && (whole || (figure && vc !== latestYear)) && !/(?:19|20)\d{2}\s*年/.test(m.target.label)) continue;
            // (…and an answer given for several years, 副县长 in 2019 and 2020 and 县长 in 2021年（截至8月31日）: the latest
            // year's answer of its kind stands.)
            if (head.year && !figure && vc !== latestFitting(cross, row, m.target) && !/(?:19|20)\d{2}\s*年/.test(m.target.label)) continue;
            any = true;
            addCandidate(
              { r, c: vc, label, input: m.target, score: m.score, exact: m.score >= 0.99, value: { r, c: vc, v: v ?? null } },
              // (The row's 亿元 is its amounts' unit, not its growth's.)
              m.target.type === "money"
                ? ((cross.unitCols?.has(vc) ? unitOf(row[cross.unitCols.get(vc) as number] ?? null) : undefined) ??
                    rowUnit ??
                    ownUnit ??
                    cross.moneyUnit ??
                    layout.moneyUnit)
                : m.target.type === "percent" && !head.year
                  ? undefined
                  : (rowUnit ?? ownUnit),
            );
          }
        }
        if (any) return;
      }
    }
    // A claim row is the indicator's total, unless the sheet gives each clause its own points too.
    // (Its items listed with their points in a cell of their own are read still: ./item-points-lists.)
    const onlyItemLists = claimRows.has(r) && layout.itemCol === undefined && !answering.has(r);
    // (…but a row that reads as the lines below it do, the indicator's name, then a line's own label
    // and its short answer in the value column, answers that line too: 组织领导（2分） | 领导小组组长 |
    // 区委副书记、区长 | … | 2. Only a label naming its input outright: the official clause's words
    // on such a row are read with their sentences, as before.)
    if (onlyItemLists) {
      const answer = claimRowAnswer(row, layout, r);
      if (answer) {
        const v = row[answer.value] ?? null;
        for (const m of matchOf(answer.text).slice(0, 1))
          if (m.score >= 0.9 && plainAnswer(m.target, text(v)) && fitsType(m.target, v))
            addCandidate(
              { r, c: answer.label, label: answer.text, input: m.target, score: m.score, exact: m.score >= 0.99, value: { r, c: answer.value, v } },
              labelUnit(answer.text) ?? (m.target.type === "money" ? layout.moneyUnit : undefined),
            );
      }
    }
    if (onlyItemLists && !row.some(isItemPointsList) && !row.some((_, c) => pairCols.has(c))) return;
    // The cells giving a judged item's range of points ("资金管理制度 | 1-5 | 4"), once per line.
    const rangeCols = row.flatMap((x, i) => (POINTS_RANGE.test(text(x)) ? [i] : []));
    for (let c = 0; c < row.length; c++) {
      let v = row[c];
      if (onlyItemLists && !isItemPointsList(v) && !pairCols.has(c)) continue;
      // An indicator's name merged down over its scoring points (信息公开（4分） over 专栏内容齐全 and 按月更新): on a
      // line below its first, the line's own point names it; the indicator's name answers nothing there.
      if (
        underHeader(layout, r) &&
        layout.nameCols.includes(c) &&
        (mergeAt(sheet.merges, r, c)?.top ?? r) < r &&
        layout.nameCols.some((n) => n > c && isLabelLike(row[n]))
      )
        continue;
      // (A value cell holding a pair of its own, "成 员：区商务局、…" on the 领导小组's third line, is read as that pair.)
      // (…and so is a note naming the group's members beside its leader, 领导小组组长 | 市长 | 成员单位：市商务局、….)
      const members = layout.noteCols.includes(c) && typeof v === "string" && MEMBERS_PAIR.test(v);
      const ownPair = underHeader(layout, r) && (layout.valueCols.includes(c) || members) && isLabelLike(v) ? namedPair(v) : undefined;
      // (A running-totals table's header lower on the sheet labels every column: ./dated-rows.)
      const ownColumns = underHeader(layout, r) && !ownPair && !DATED_HEADS.has(row);
      // (A sub-item named in the value column with its answer beside it, the header merged over both — 中心服务功能 |
      // 其他衍生增值服务 | 暂未开展 under 项目 | 情况 — is that answer's label.)
      const subItem = ownColumns && layout.valueCols.includes(c) && subItemLabel(sheet, layout, r, c);
      // (A claim line's items with their points are read in whatever column the clerk listed them, a
      // PDCA's C（检查） too.)
      const itemList = onlyItemLists && isItemPointsList(v);
      // A form's multiple choice one option a line under its lead ("■为特色农产品提供免费展示、销售服务" under "服务功能（可多选）："): each option's own box
      // answers it. (Not label-like, a line of one box is no label otherwise.)
      const boxedLine = typeof v === "string" && /^\s*[☑☒■□☐]/.test(v) ? boxedOptions(v) : [];
      const boxedLead = boxedLine.length === 1 ? markedListLead(sheet, r, c) : undefined;
      if (boxedLead !== undefined && readOptions(boxedLine, boxedLead.replace(/[（(][^（()）]*[)）]/g, ""), r, c, c) > 0) continue;
      if (
        typeof v !== "string" ||
        (!itemList && (!isLabelLike(v) || (ownColumns && (layout.noteCols.includes(c) || (layout.valueCols.includes(c) && !subItem) || layout.targetCols?.includes(c)))))
      )
        continue;
      // "单位：万元" says the table's unit (see layoutOf), it is no fact.
      if (/^\s*(?:金额|计量)?单位\s*[:：]/.test(v)) continue;
      // A year down a table of years (年度 | 期数 | 培训人次, 2020年 | 34 | 1,187) names no subject: its figures are
      // its columns', never a retail sum its year resembles.
      if (c === 0 && BARE_YEAR.test(v) && yearsDown(sheet, r)) continue;
      // What follows a form's label spaced out to its width is that label's value ("班 主 任 | 区委副书记、区长…"), no label.
      if (c > 0 && typeof row[c - 1] === "string" && SPACED_LABEL.test((row[c - 1] as string).trim()) && !SPACED_LABEL.test(v.trim())) continue;
      // A wide table's group header (农村网络零售额（万元） over 2019年 | 2020年): its sub-headers say what it holds.
      if (isGroupHeader(sheet, r, c, layout.headerRow)) continue;
      v = withGroup(sheet, r, c, v, matchOf);
      // A filled-in sentence's next words, after the last blank's unit ("万人（户籍人口" → 户籍人口; ./fill-in).
      v = continuedLabel(v, row, c) ?? v;
      // A label wrapped onto the next line, its bracket there with the value ("有劳动能力的建档立卡贫困人口数"
      // over "(不含外出务工人员) | 312人"): the two lines are one label.
      v = wrappedLabel(sheet, r, c, v);
      // A line dated in its own column (农村网络零售额 | 235.6 | 亿元 | 2019年度): its label is that year's.
      const period = underHeader(layout, r) && layout.periodCol !== undefined && c < layout.periodCol ? periodOf(row[layout.periodCol]) : undefined;
      if (period && !/(?:19|20)\d{2}\s*年/.test(v)) v = `${period.label}${v}`;
      // "领导小组由 | 市长 | 任组长，": the blank before 任组长 is the leader (the words after it are no label of the next blank).
      const lead = leaderBlank(row, r, c, byKey.get("leadTitle"));
      if (lead) {
        addCandidate(lead, undefined);
        continue;
      }
      // A short answer (已制定, 未建, 已公示) is a value, unless a figure follows it ("已拨付 | 361万")
      // or it is an input's own wording ("已拨付资金").
      if (isShortAnswer(v) && !figureAfter(row, c) && !isFigure(sheet.rows[r + 1]?.[c]) && (matchOf(v)[0]?.score ?? 0) < 0.99) continue;
      // A form's multiple choice ("专栏公示内容（可多选）：" above "☑创建方案  ☑项目基本信息  □监督举报窗口"):
      // each option is a label, answered by its own box.
      // "✔ 示范县工作方案正式印发", "✘ 电商产业园": a done / not-done mark before what it says of.
      const marked = /^\s*([✔✓√✅✘✗×❌])\s*([\u4e00-\u9fff“「《].{1,40})$/s.exec(v);
      const option = marked ? [{ ticked: /[✔✓√✅]/.test(marked[1]), option: marked[2].trim() }] : [];
      if (marked && readOptions(option, "", r, c, c) > 0) continue;
      // (…under a lead line, "…设有专栏，扫码可查看：" over "✓ 示范创建方案": the option read with the lead's words.)
      const listLead = marked ? markedListLead(sheet, r, c) : undefined;
      if (listLead && readOptions(option, listLead, r, c, c) > 0) continue;
      // (…or after its lead in the same cell: "区政府网站专栏公开内容（可多选）：■创建方案 ■项目基本信息 □项目建设进度".)
      const leadInCell = /^([^:：☑☒■□☐]{2,40})[:：]\s*([☑☒■□☐].*)$/s.exec(v);
      const optionsAfterLead = leadInCell ? boxedOptions(leadInCell[2]) : [];
      if (leadInCell && optionsAfterLead.length >= 2 && optionsAfterLead.every((o) => typeof parseYesNo(o.option) !== "boolean")) {
        const context = optionsLead(leadInCell[1]);
        if (readOptions(optionsAfterLead, context, r, c, c) > 0) continue;
      }
      const options = /^\s*[☑☒■□☐]/.test(v) ? boxedOptions(v) : [];
      if (options.length >= 2 && options.every((o) => typeof parseYesNo(o.option) !== "boolean")) {
        const above = text(sheet.rows[r - 1]?.[c]);
        const context = /[:：]\s*$/.test(above) ? above.replace(/[（(][^（()）]*[)）]/g, "").replace(/(?:内容)?\s*[:：]\s*$/, "") : "";
        readOptions(options, context, r, c, c);
        continue;
      }
      // A yes / no answer's boxes ("☑已制定 ☐未制定" beside 资金管理制度) answer their line; they are no label,
      // however near their words come to an input's (已制定资金管理制度).
      if (options.length >= 2 && options.every((o) => typeof parseYesNo(o.option) === "boolean")) continue;
      // …or in the cell beside its label ("政府网站专栏公示内容 | ☑创建方案 ☑项目基本信息 ☐征求意见或监督举报窗口").
      // (Past a unit column's "—": 服务（多选） | — | ☑免费电商培训 ☑….)
      // (…or each option followed by its mark: "创建方案√ 项目基本信息√ 监督举报窗口×".)
      // (…or each after a tick: "✔方案 ✔项目 ✔进度".)
      const optionsIn = (t: string) => {
        const ticked = tickedOptions(t);
        return /^\s*[☑☒■□☐]/.test(t) ? boxedOptions(t) : ticked.length > 0 ? ticked : markedAfterOptions(t);
      };
      // (…or past the official wording beside it, in the answer column: 专栏 | 在县政府网站设立公开专栏… | 创建方案✓ 项目基本信息✓.)
      // (Not the inspectors' own column on their form, 核查情况 □属实 □不属实: left for them to tick.)
      const besides = row
        .flatMap((x, i) =>
          i > c && text(x) !== "" && !(layout.unitCols.includes(i) && DASH.test(text(x))) && !(underHeader(layout, r) && layout.otherCols?.includes(i)) ? [i] : [],
        )
        .slice(0, 2);
      const besideAt = besides.find((i) => optionsIn(text(row[i])).length >= 2) ?? besides[0] ?? -1;
      const besideText = besideAt > c ? text(row[besideAt]) : "";
      const beside = optionsIn(besideText);
      // (Not where the line asks for a text, 牵头领导 | ☐县委书记 ☑县长: its ticked options are that text.)
      const asksText = matchOf(v)[0]?.target.type === "text" && (matchOf(v)[0]?.score ?? 0) >= MATCH_MIN;
      if (!asksText && beside.length >= 2 && beside.every((o) => typeof parseYesNo(o.option) !== "boolean")) {
        const context = optionsLead(v);
        if (readOptions(beside, context, r, c, besideAt) > 0) continue;
      }
      // Several "标签：值" in one cell, separated by ； or a wide space (县（市、区）：阳西县   考评截止日期：…):
      // each pair read on its own.
      // (After the group's leader, "领导小组：市长任组长；成员单位有市商务局、…": the members said with a
      // verb are such a pair too.)
      const group = /^\s*领导小组[:：]/.test(v);
      const pairs = pairParts(v)
        .map((t) => inlinePair(group ? t.replace(MEMBERS_WITH_VERB, "$1：") : t))
        .filter((p): p is { label: string; value: string } => p !== undefined);
      // (A header line spaced out by wide spaces may hold a remark among its pairs, "县（市、区）：和平县 ‖ 编制单位：…
      // ‖ “落实情况”栏由电商股填写" with ‖ for the wide spaces: its pairs are still read, each on its own.)
      const spacedOnly = !/[；;\n]/.test(v);
      if (pairs.length >= 2 && (pairs.length === pairParts(v).filter((t) => t.trim()).length || spacedOnly)) {
        // On an indicator's claim row, its items by their short names (促销活动 for 网络促销活动).
        const rowIndicator = onlyItemLists ? claims.find((x) => x.row === r + 1)?.indicator : undefined;
        // (Each item by the pair naming it best: 第三方运营 and 快递 name no judged item, however near.)
        const items = rowIndicator ? pairs.map((p) => itemsOf(rowIndicator, p.label)) : [];
        const bestFor = (key: string) => Math.max(...items.map((ms) => ms.find((m) => m.target.key === key)?.score ?? 0));
        // (Pairs by year, "2019年：3.12\n2020年：3.86" beside 农村网络零售额（亿元）: each year's figure of the line's
        // label on their left, in its unit.)
        const lineLabel = row
          .slice(0, c)
          .reverse()
          .find((x) => isLabelLike(x));
        const yearOf = (label: string) => (BARE_YEAR.test(label) && typeof lineLabel === "string" ? `${label}${lineLabel.replace(/\s+/g, "")}` : label);
        pairs.forEach((given, part) => {
          const p = { ...given, label: yearOf(given.label) };
          for (const m of rowIndicator ? items[part].filter((x) => x.score >= bestFor(x.target.key)) : matchOf(p.label).slice(0, 4)) {
            if (!fitsType(m.target, p.value)) continue;
            // (An item's short name among its indicator's items only, 调研 for 网销调研: sure enough when
            // it is half the item's words and no other pair names the item better.)
            const score = rowIndicator && m.score >= 0.5 ? Math.max(m.score, MATCH_MIN) : m.score;
            addCandidate(
              { r, c, part, label: p.label, input: m.target, score, exact: m.score >= 0.99, value: { r, c, v: p.value, inline: p.value } },
              labelUnit(p.label),
            );
          }
          selfScored(p.label, p.value, r, c, part);
          pairCells.push({ r, c, label: p.label, text: p.value, part });
          // "成立…领导小组：区委副书记、区长任组长，…；成员单位：…": the pair naming the leader names the leadership.
          // (A pair labelled as the leader, 组长：区长, is read as that already.)
          const leader = leaderInSentence(`${p.label}：${p.value}`);
          const leadTitle = byKey.get("leadTitle");
          if (leader && leadTitle && !matchOf(p.label).some((m) => m.target === leadTitle && m.score >= MATCH_MIN))
            addCandidate({ r, c, part: 600 + part, label: p.label, input: leadTitle, score: 1, exact: true, value: { r, c, v: leader, inline: leader } }, undefined);
        });
        continue;
      }
      // "标签：值" in one cell, when the part before the colon is a label ("其中：省定贫困村数" is not).
      // When the part after it is no value for any input ("方案制定：工作方案因地制宜…" with its
      // points in the next column), the whole cell is the label.
      // (A remark after the value, "33.61万人（七普）；户籍不要用！", is no part of it.)
      const pair = withoutRemark(inlinePair(v));
      const asPair = pair && (matchOf(pair.label)[0]?.score ?? 0) >= MATCH_MIN ? pair : undefined;
      if (asPair) {
        selfScored(asPair.label, asPair.value, r, c, 0);
        pairCells.push({ r, c, label: asPair.label, text: asPair.value });
        // "市长任组长，…；成员单位：商务局、财政局…": the words before the departments name the leader.
        const leader = leaderInSentence(asPair.label);
        const leadTitle = byKey.get("leadTitle");
        if (leader && leadTitle)
          addCandidate({ r, c, part: 1, label: asPair.label, input: leadTitle, score: 1, exact: true, value: { r, c, v: leader, inline: leader } }, undefined);
      }
      let inline: { label: string; value: string } | undefined;
      let labelText = v;
      let anyValue = false;
      for (const reading of asPair ? [asPair, undefined] : [undefined]) {
        const label = reading ? reading.label : v;
        const unitCol = layout.unitCols.find((u) => u > c);
        // The label's own unit: no other label between them (a heading in column A is no count's label).
        const ownUnit = unitCol !== undefined && row.slice(c + 1, unitCol).every((x) => !isLabelLike(x));
        const countUnit = ownUnit && isCountUnit(text(row[unitCol])) ? text(row[unitCol]) : undefined;
        // (A form's label spaced out to its width, "班 级", is whole: it takes no words from the cells around it.)
        const inContext = SPACED_LABEL.test(label.trim())
          ? matchOf(label)
          : underNamedIndicator(inIndicator(withContext(label, row, c, matchOf, labelAbove(sheet, r, c), countUnit), row, c), label, row, c);
        // Only a criterion's own words stand for its fact, not a fragment read with its neighbour.
        const own = underlying.has(matchOf(label)[0]?.target.key ?? "") ? withUnderlying(inContext) : inContext;
        // (A document's own day, 编制日期, stays no cut-off when read with the pair before it, 报告期.)
        const found = DOCUMENT_DAY.test(label.trim()) ? own.filter((x) => x.target.key !== "asOf") : own;
        let fits = false;
        for (const m of found.slice(0, 4)) {
          // A part of a year's figure (2021年1-8月) is no year's.
          if (period?.part && /(?:19|20)\d{2}\s*年/.test(m.target.label)) continue;
          const value = reading
            ? fitsType(m.target, reading.value)
              ? { r, c, v: reading.value as CellValue, inline: reading.value }
              : undefined
            : valueFor(sheet, layout, r, c, m.target, strongLabel);
          if (!value) continue;
          // "信息公开专栏 | 已设立，公示创建方案、项目基本信息和建设进度": a list of things done answers each of
          // them (read as a sentence below), not the one input the line's topic resembles most.
          if (
            !reading &&
            m.target.type === "bool" &&
            typeof value.v === "string" &&
            /[，,；;]/.test(value.v) &&
            (listedItems(value.v).length >= 2 || (m.score < 0.99 && doneItemsIn(value.v).length >= 2))
          )
            continue;
          // Points beside a criterion are the judged item's, not a 是 / 否 for the fact it rests on.
          if (isUnderlying(m) && parseNumber(value.v).ok) continue;
          // A count in its own unit ("农产品冷链、溯源系统 | 套 | 0") is no item's points (one right after it:
          // valueFor). (A unit column before a value is its own only with no value column in between:
          // 完成值 | 单位 | … | 自评分's unit is the 完成值's.)
          const unitOfValue = (u: number) => u < value.c && !layout.valueCols.includes(u - 1) && !layout.valueCols.some((vc) => vc > u && vc < value.c);
          if (m.target.type === "judged" && layout.unitCols.some((u) => u > c && unitOfValue(u) && isCountUnit(text(row[u])))) continue;
          // Nor is a figure in a unit other than 分 right after it ("资金拨付率 | 79.7 | %").
          const after = unitOf(row[value.c + 1] ?? null);
          if (m.target.type === "judged" && after !== undefined && after !== "分") continue;
          fits = true;
          // A column's unit ("金额（万元）") is a figure's, not a sentence's ("已制定《…办法》").
          const colUnit = parseNumber(value.v).ok ? layout.colUnits?.get(value.c) : undefined;
          const unit =
            labelUnit(label) ??
            // (…or its item's, merged down over the years under it: 农村网络零售额（万元） | 2019年 | 356,800.)
            (m.target.type === "money" ? parentUnit(sheet, r, c) : undefined) ??
            unitBetween(sheet, layout, r, c, value.c) ??
            (typeof value.v === "number" ? unitAfterBlank(row, value.c) : undefined) ??
            colUnit ??
            (m.target.type === "money" && value.r > r ? rowHeadUnit(row, c) : undefined) ??
            (m.target.type === "money" ? (sectionUnit(sheet, layout, r) ?? layout.moneyUnit) : m.target.key === "residentPopulation" ? layout.peopleUnit : undefined);
          // A line whose 分值 is a range of points ("资金管理制度 | 1-5 | 4") scores a judged item: its
          // figure is no fact's answer.
          const judgedLine = rangeCols.some((i) => i !== c);
          if (judgedLine && m.target.type !== "judged" && value.r === r && parseNumber(row[value.c] ?? null).ok) continue;
          // A count of persons told in 人次 ("贫困人口参训 | 人次 | 1,312") counts attendances, not persons.
          if (/人数|人口/.test(m.target.label) && !/人次/.test(m.target.label) && (unit === "人次" || /人次\s*$/.test(text(value.v)))) continue;
          addCandidate({ r, c, label, input: m.target, score: m.score + (valueNames(value.v, m.target) ? MARGIN + 0.02 : 0), exact: m.score >= 0.99, value }, unit);
        }
        // A checklist line ticked 是 with points in its 自评分 ("已正式印发示范县工作方案 | √ | | 2"): the
        // points are the judged item resting on that fact (方案制定), the tick is the fact.
        // So is a line answered in 填报值 with points in 自评分 ("示范县工作方案是否印发 | 是 | 2").
        if (reading === undefined) {
          const top = found[0];
          const judged = top && top.score >= MATCH_MIN && top.target.type === "bool" ? judgedOn.get(top.target.key) : undefined;
          const head = sheet.rows[layout.headerRow] ?? [];
          const pointsCol = judged
            ? layout.valueCols.find(
                (vc) =>
                  vc > c &&
                  vc !== layout.yesCol &&
                  vc !== layout.noCol &&
                  (layout.yesCol !== undefined || isClaimHeader(head[vc] ?? null) || isItemPointHeader(head[vc] ?? null)),
              )
            : undefined;
          // (Points typed as text, "2" or "2分", as a table pasted from Word writes them, are points still.)
          const typed = pointsCol !== undefined ? row[pointsCol] : undefined;
          const points = typeof typed === "string" && /^\s*\d{1,2}(?:\.\d+)?\s*分?\s*$/.test(typed) ? parseFloat(typed) : typed;
          // Only beside the fact's own answer (是 / √), and within the item's range: "资金管理 | 15 | 10" is a group's total.
          const answer = judged && pointsCol !== undefined ? valueFor(sheet, layout, r, c, top.target, strongLabel) : undefined;
          const answered = answer !== undefined && answer.c !== pointsCol && typeof parseYesNo(answer.v) === "boolean";
          if (judged && pointsCol !== undefined && answered && typeof points === "number" && inItemRange(judged, points))
            addCandidate({ r, c, part: 900, label, input: judged, score: top.score, exact: false, value: { r, c: pointsCol, v: points } }, undefined);
          // "已正式印发示范县工作方案 | 已印发（…），2分": the points after the fact's answer, in its own cell.
          const said = judged && pointsCol === undefined ? valueFor(sheet, layout, r, c, top.target, strongLabel) : undefined;
          const after = said && typeof said.v === "string" ? trailingPoints(said.v) : undefined;
          if (judged && said && after !== undefined && inItemRange(judged, Number(after)))
            addCandidate({ r, c, part: 900, label, input: judged, score: top.score, exact: false, value: { ...said, inline: "points" } }, undefined);
          // …or in a cell of their own further on, "自评 2分" (a checklist with no header: 示范县工作方案正式印发 | 是 | 文号 | 自评 2分).
          const own = judged && said && typeof parseYesNo(said.v) === "boolean" ? row.findIndex((x, i) => i > said.c && OWN_POINTS.test(text(x))) : -1;
          const ownPoints = own >= 0 ? Number(OWN_POINTS.exec(text(row[own]))?.[1]) : undefined;
          if (judged && ownPoints !== undefined && after === undefined && inItemRange(judged, ownPoints))
            addCandidate({ r, c, part: 900, label, input: judged, score: top.score, exact: false, value: { r, c: own, v: ownPoints } }, undefined);
        }
        if (fits || reading === undefined) {
          inline = reading;
          labelText = label;
          anyValue = fits;
          break;
        }
      }
      // "公示创建方案、项目基本信息、项目建设进度 | 是": a list of things done, each answered by the one 是
      // (a one-clause list, not an official sentence — unless the answer says all of them were done:
      // "在县政府网站设立公开专栏，公示创建方案、项目基本信息、项目建设进度 | 已设立，三项均已公示").
      const listLabel = v.length <= 40 && !/[，。；,;]/.test(v);
      if (inline === undefined && (listLabel || (v.length <= 60 && !/[。；;]/.test(v) && allAnswered(sheet, layout, r, c))))
        listedItems(v).forEach((item, i) => {
          for (const m of matchOf(item).slice(0, 2)) {
            if (m.target.type !== "bool" || m.score < MATCH_MIN) continue;
            // (A list standing in a table's value column, "专栏公示内容 | 创建方案、项目基本信息…" under 数据, is the line's
            // answer itself: each item shown, never answered by the next line's 能统计 under it.)
            // (…or beside the label naming what the column shows, 专栏公示内容, as a form without a header lays it out.)
            const own = (underHeader(layout, r) && layout.valueCols.includes(c)) || isListedContentsCell(row, c);
            const value = own ? { r, c, v: "是" } : valueFor(sheet, layout, r, c, m.target, strongLabel);
            if (value)
              addCandidate({ r, c, part: 500 + i, label: item, input: m.target, score: m.score, exact: false, value: { ...value, inline: `item${i}` } }, undefined);
          }
        });
      if (!anyValue && inline === undefined) anyValue = hasValueNear(sheet, layout, r, c);
      // A label the user mapped to "ignore" is neither read nor reported again.
      if (mapped.get(matchKey(labelText)) === "ignore") continue;
      labelCells.push({ r, c, text: labelText, hasValue: anyValue || inline !== undefined });
    }
  });

  // "资金管理制度 | 是 | 5" (填报值 | 自评分): the answer is the fact, the points the judged item resting on
  // it — two values of one line, not two readings of one label competing for it.
  // So are "已印发（…），2分" in one cell: the answer and, after it, the points.
  for (const j of candidates) {
    const fact = j.input.type === "judged" ? underlying.get(j.input.key) : undefined;
    if (!fact) continue;
    const sameCell = (b: Candidate) => b.value.r === j.value.r && b.value.c === j.value.c;
    const pointsAfter = trailingPoints(text(j.value.v)) !== undefined;
    if (candidates.some((b) => b.input === fact && placeOf(b) === placeOf(j) && (!sameCell(b) || pointsAfter))) {
      j.part = 900 + (j.part ?? 0);
      if (pointsAfter) j.value = { ...j.value, inline: "points" };
    }
  }
  const { assigned, ambiguous } = assign(withoutUnqualified(candidates));

  // The same label written twice ("常住人口" on two rows): the second is kept too, so reading the
  // facts warns that it was filled twice instead of listing it as not understood.
  const taken = new Set(assigned.map(placeOf));
  const takenKeys = new Set(assigned.map((a) => a.input.key));
  for (const cand of candidates) {
    const cell = placeOf(cand);
    if (cand.exact && !taken.has(cell) && takenKeys.has(cand.input.key) && !ambiguous.has(cell)) {
      assigned.push(cand);
      taken.add(cell);
    }
  }
  // Values inside sentences (a 完成情况 in prose, an official table's 自评情况说明, paragraphs under
  // headings), for the inputs nothing else gave.
  // (Points after an answer, "…已拨付395.2万元，支出率79%，4分", leave the cell's prose to be read.)
  const pointsOnly = (a: Candidate) => a.input.type === "judged" && trailingPoints(text(a.value.v)) !== undefined && !/^\s*\d/.test(text(a.value.v));
  // (Nor does another year's figure in brackets, "96850000元（2019年为7120万元）": that one is read from the prose.)
  // (The cell's whole text: its figure alone may be the value, "12.8亿元" of "12.8亿元（2019年10.1亿元），增长26.7%".)
  const otherYearAside = (a: Candidate) => /[（(]\s*(?:19|20)\d{2}\s*年度?\s*[:：为]?\s*\d/.test(text(sheet.rows[a.value.r]?.[a.value.c]));
  // (Nor does an item's own 自评N分 inside the answer, "已正式印发（…）。方案制定自评2分。": read from the prose.)
  const selfScoredInside = (a: Candidate) => typeof a.value.v === "string" && a.value.v.length > 12 && SELF_SCORED_ONCE.test(a.value.v);
  // (Nor does a document's dated issuing told in the answer of another line, "已公开：《…方案》（…，2019年12月正式印发）"
  // answering 创建方案's disclosure: the prose says it was issued too.)
  const issuedInside = (a: Candidate) =>
    typeof a.value.v === "string" &&
    a.value.v.length > 12 &&
    !/印发|出台|制定/.test(a.input.label) &&
    /(?:19|20)\d{2}\s*年[^，。；,;]{0,8}?(?:正式)?(?:印发|出台)/.test(a.value.v);
  // (Nor does one line of a cell of several, "1.产业园：…已挂牌运营；\n2.第三方运营：…": its other lines are read.)
  const lineOfSeveral = (a: Candidate) => {
    const cell = sheet.rows[a.value.r]?.[a.value.c];
    return a.value.inline !== undefined && typeof cell === "string" && /\n\s*\S/.test(cell.trim());
  };
  const usedCells = new Set([
    ...assigned
      .filter((a) => !pointsOnly(a) && !otherYearAside(a) && !selfScoredInside(a) && !issuedInside(a) && !lineOfSeveral(a))
      .map((a) => `${a.value.r}:${a.value.c}`),
    ...assigned.filter((a) => !lineOfSeveral(a)).map((a) => `${a.r}:${a.c}`),
  ]);
  const sentences: SentenceCell[] = sentenceCellsOf(sheet, layout, usedCells, claimLineCells);
  // A "标签：值" whose value nothing took: its prose, read with its label as the line's.
  // (Once per cell: a cell already read as a paragraph is not read again.)
  const inSentences = new Set(sentences.map((x) => `${x.r}:${x.c}`));
  // (A pair of several in one cell is its own: "开业运营：2020年10月16日\u3000\u3000运营单位：…第三方…", the day taken
  // from the first pair, leaves the second's prose to be read.)
  const pairTaken = new Set(assigned.filter((a) => a.value.inline !== undefined).map(placeOf));
  const cellTaken = new Set(assigned.filter((a) => a.value.inline === undefined || a.part === undefined).map((a) => `${a.value.r}:${a.value.c}`));
  const pairUnused = (p: (typeof pairCells)[number]) =>
    p.part === undefined ? !usedCells.has(`${p.r}:${p.c}`) : !pairTaken.has(placeOf(p)) && !cellTaken.has(`${p.r}:${p.c}`);
  for (const p of pairCells)
    // (Not what comes next: "下一步：…全年培训突破3,500人次" is plans.)
    if (pairUnused(p) && !inSentences.has(`${p.r}:${p.c}`) && p.text.length >= 6 && !NEXT_STEPS.test(p.label))
      sentences.push({ r: p.r, c: p.c, text: p.text, label: p.label });
  const fromSentences: Candidate[] = [];
  /** Statements named only through their line's label (the clause alone names nothing). */
  const viaLine = new Set<Candidate>();
  const remarkCells = new Set(sentences.filter((x) => x.remark).map((x) => `${x.r}:${x.c}`));
  /** Persons the sentences counted so far, by their figure ("上述215人中" on a later line: ./antecedents). */
  const counted = new Map<string, string>();
  for (const { r, c, text: v, remark, label: own } of sentences) {
    // The labels of the sentence's line, left of it (or its own, before the colon); a label merged down
    // over several lines is each one's (建档立卡贫困人口 over "有劳动能力…1,386人" and "参加电商培训：702人").
    const ownLabels =
      own !== undefined ? [own] : labelCells.filter((l) => l.c < c && (l.r === r || (l.r < r && mergeAt(sheet.merges, r, l.c)?.top === l.r))).map((l) => l.text);
    // The indicator this line claims points for, if it is a claim line.
    const lineClaim = claims.find((x) => x.row === r + 1)?.indicator;
    // (On an indicator's claim line the indicator is the line's topic: 信息公开 | 4 | …，设监督举报邮箱.)
    const claimedName = ownLabels.length === 0 && lineClaim !== undefined ? rubric.indicators.find((ind) => ind.id === lineClaim)?.name : undefined;
    const labelled = claimedName !== undefined ? [claimedName] : ownLabels;
    // (…or, where the line's own label is only its group's, "组织领导 | 印发示范创建工作方案 | 已于2020年4月印发", the task the
    // account answers: a task table's 目标任务, what was to be done, names what its 完成情况 says was.)
    const task = layout.targetCols?.find((t) => t < c && text(sheet.rows[r]?.[t]) !== "");
    const taskLabel =
      task === undefined
        ? undefined
        : text(sheet.rows[r]?.[task])
            .replace(/[（(][^（()）]*[)）]/g, "")
            .trim();
    const scoreOf = (l: string | undefined) => (l ? (matchOf(l)[0]?.score ?? 0) : 0);
    const byTask = taskLabel !== undefined && scoreOf(taskLabel) >= MATCH_MIN && scoreOf(taskLabel) > scoreOf(labelled[labelled.length - 1]);
    const lineLabels = byTask ? [...labelled, taskLabel] : labelled;
    // A 备注 tells of its own line's topic only ("培训率 | 56.3 | 有劳动能力贫困人口3862人，已培训2174人"), not
    // of the background it mentions in passing ("快递覆盖率 | 100% | 常住人口36万，行政村234个，均已通快递").
    const topics = remark ? lineTopics(lineLabels, matchOf) : undefined;
    if (topics?.size === 0) continue;
    // The line's own label, for a figure or an answer its sentence leaves unnamed ("电商培训 | 二十三期、共计
    // 五千二百人次"; 能统计电商扶贫情况 | 已统计建档立卡贫困户电商培训及带动增收情况).
    const lineLabel = lineLabels[lineLabels.length - 1];
    // A bare list answering its line ("专栏公示了哪些内容？ | 创建方案、项目基本信息、项目建设进度"): each item done.
    // (…its first clause, the rest telling more: "创建方案、项目基本信息、项目建设进度，并公布监督举报电话".)
    const list = /[，。；,;：:]/.test(v) ? /^([^，。；,;：:]+)[，,；;]\s*(?:并|还|另|同时|以及)/.exec(v)?.[1] : v;
    const items = lineLabel && list !== undefined ? list.split("、").map((t) => t.trim()) : [];
    const listed =
      // (Not a list said undone: "金融、代办等增值服务尚未开展".)
      items.length >= 2 && items.every((t) => /^[\u4e00-\u9fff]{2,12}$/.test(t)) && !/未|没有|暂无|尚无|不/.test(list ?? "")
        ? items.map((t): Statement => ({ label: `${lineLabel}${t}`, value: "是", kind: "answer" }))
        : [];
    const canonicalLine = (joined: string, line: string, said: string, value: CellValue): string => {
      const line0 = matchOf(line)[0];
      if (!line0 || line0.score < 0.99 || line0.target.label === line) return joined;
      const fitting = matchOf(joined).filter((m) => fitsType(m.target, value));
      return fitting.length > 1 && fitting[0].score - fitting[1].score < MARGIN ? `${line0.target.label}${said}` : joined;
    };
    // (A sentence opening on its line's figure, "6.61亿元，同比增长27.1%" beside 2020年农村网络零售额: the figure is the
    // line's, read with its label before it as a sentence naming it would be.)
    const sentence = lineClaim !== undefined ? pointsSpelledOut(v) : lineLabel && /[\u4e00-\u9fff]$/.test(lineLabel) && FIGURE_FIRST.test(v) ? `${lineLabel}${v}` : v;
    const statements = statementsOf(withAntecedents(sentence, counted), matchOf, MATCH_MIN, MARGIN);
    rememberCounted(statements, counted);
    [...statements, ...listed].forEach((said, i) => {
      const st = withoutHeading(said, matchOf);
      // (A figure after ≥ is a criterion's bar, "网络零售额增速≥30%（2分）", no figure of the county's.)
      if (/[≥≤＞＜><]\s*$/.test(st.label)) return;
      const own = matchOf(st.label);
      // Named by the line when the statement alone names nothing, or names two things its value fits
      // alike: a 备注's "同比增长33.1%" beside 2020年农村网络零售额 is that figure's growth, not the 农产品 one's.
      const fitting = own.filter((m) => fitsType(m.target, st.value));
      const ownScore = own[0]?.score ?? 0;
      const unsure = ownScore < MATCH_MIN || (fitting.length > 1 && fitting[0].score - fitting[1].score < MARGIN);
      // Another year's figure of the line's own subject ("（2019年：1.55亿元）" on the 2020 line): the line's label in that year.
      // (…or each year's of a line asking for both, "2019年、2020年农村网络零售额？": the years named, one.)
      // (…a sum's year on a line asking for its growth, "2020年农产品网络零售额同比增速≥30%" | "2019年3.41亿元，…": the sum's.)
      const yearOnly =
        /^(?:19|20)\d{2}年$/.test(st.label) && lineLabel && /(?:19|20)\d{2}年/.test(lineLabel)
          ? lineLabel.replace(LINE_YEARS, st.label).replace(/元$/.test(st.unit ?? "") ? GROWTH_CRITERION : /$^/, "")
          : undefined;
      // (A statement dated by its own sentence, "2021年同比增长", keeps its year: the line's is another.)
      const dated = /^(?:19|20)\d{2}年/.test(st.label);
      const joined = yearOnly ?? (lineLabel && st.kind !== "points" && unsure && !dated ? `${lineLabel}${st.label}` : st.label);
      // A line read surely as an input in the clerk's own words (2020年网络零售额, a synonym) is that input's subject:
      // its note's "同比增长31.2%" is told in the rubric's words when the clerk's leave two growths alike.
      const label = joined !== st.label && !yearOnly && lineLabel ? canonicalLine(joined, lineLabel, st.label, st.value) : joined;
      // Points the clerk gave ("…有效落实（自评5分）") are surely some judged item's: the one the words
      // name best, when clearly ahead of the next, is taken even if named loosely.
      const judgedOnes = st.kind === "points" ? matchOf(label).filter((m) => m.target.type === "judged") : [];
      const surely =
        judgedOnes[0] && judgedOnes[0].score >= POINTS_NAMED_MIN && judgedOnes[0].score - (judgedOnes[1]?.score ?? 0) >= MARGIN ? judgedOnes[0].target : undefined;
      // Points in a claim line's note ("项目管理 | 4 | 制度2分、台账2分") are that indicator's items', by
      // their short names: not 资金管理制度's for the word 制度.
      const lineIndicator = st.kind === "points" ? lineClaim : undefined;
      // (A short name is a part of the item's own words: 制度 of 项目管理制度; "倒扣5分" names none.)
      const shortName = (m: Scored<RubricInput>) =>
        (label.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 2 && [m.target.label, ...(m.target.synonyms ?? [])].some((w) => w.includes(label));
      const ownItems = lineIndicator
        ? itemsOf(lineIndicator, label)
            .filter((m) => m.score >= MATCH_MIN || shortName(m))
            .map((m) => ({ ...m, score: Math.max(m.score, MATCH_MIN) }))
        : undefined;
      // (A statement naming two things alike, "公示创建方案和项目基本信息", names those two: not a third some way behind.)
      const labelMatches = matchOf(label);
      const [first, second] = labelMatches;
      const pair = first !== undefined && second !== undefined && first.score - second.score < 0.01 && second.score >= MATCH_MIN;
      // A figure naming, clearly, an input another line answered already ("2020年农村网络零售额同比增长31.4%" beside
      // the table's 增长率 | 31.4%) is that input said again: it answers no other the rubric asks alike (农产品's growth).
      const [best, runnerUp] = labelMatches.filter((m) => fitsType(m.target, st.value) && (st.kind === "points") === (m.target.type === "judged"));
      // (A figure only: a clause saying a thing was done may answer two things at once, "已公开：《…方案》（…正式印发）".)
      const saidAgain =
        !ownItems?.length &&
        best !== undefined &&
        (best.target.type === "number" || best.target.type === "money" || best.target.type === "percent") &&
        best.score >= MATCH_MIN &&
        takenKeys.has(best.target.key) &&
        (runnerUp === undefined || runnerUp.score < best.score - MARGIN);
      if (saidAgain) return;
      for (const found of ownItems?.length ? ownItems : labelMatches.slice(0, 3)) {
        if (pair && !ownItems?.length && found.score < second.score - MARGIN) continue;
        const m = found.target === surely ? { ...found, score: Math.max(found.score, MATCH_MIN) } : found;
        if (topics && !topics.has(m.target.topic ?? "")) continue;
        // Points ("网销调研2分") are a judged item's; every other statement is a fact's.
        if ((st.kind === "points") !== (m.target.type === "judged")) continue;
        if (takenKeys.has(m.target.key) || !SAID_IN_SENTENCES.has(m.target.type) || SAID_ELSEWHERE.test(m.target.key) || !fitsType(m.target, st.value)) continue;
        // "2021年1-7月同比增长" is no 2020 figure, however its words resemble one.
        if (otherYear(label, m.target.label)) continue;
        // (Person-times, "贫困户参训500余人次", are no count of persons: 参训贫困人口 is people.)
        if (st.unit === "人次" && /人口|人数/.test(m.target.label) && !/人次/.test(m.target.label)) continue;
        // (…nor are households, "有劳动能力的6,208户19,874人": the 户 is no count of persons.)
        if (st.unit === "户" && /人口|人数|人次/.test(m.target.label)) continue;
        // "行政村快递物流覆盖率达到98.5%" said as a whole: the rate answers a 100% criterion, not the clause's 是.
        const rate = st.kind === "answer" ? /\d+(?:\.\d+)?\s*[%％](?!.*\d\s*[%％])/.exec(st.label)?.[0] : undefined;
        const byRate = rate !== undefined ? figureAnswer(m.target, rate) : undefined;
        // "提供免费摄影服务，美工设计按成本收费": a clause of the sentence charging for one of the services
        // asked for together answers for the whole (no), however freely its first clause speaks.
        const charged = st.kind === "answer" && parseYesNo(st.value) === true && chargedPart(m.target.label, v);
        const said = charged ? "否" : byRate === undefined ? st.value : byRate ? "是" : "否";
        const value = { r, c, v: said, inline: `${i}:${said}` };
        // (A statement that is the whole cell, on a line whose own label names the same input: named by that label,
        // "农产品统一推广、品牌建设指导 | “茂南优品”区域公用品牌统一推广".)
        const named = label.trim() === v.trim() && lineLabel !== undefined && matchOf(lineLabel)[0]?.target.key === m.target.key ? lineLabel : label;
        const before = fromSentences.length;
        addCandidate(
          { r, c, part: 1000 + i, label: named, input: m.target, score: m.score, exact: false, value, sentence: v },
          st.kind === "points" ? undefined : st.unit,
          fromSentences,
        );
        if (label !== st.label) for (const added of fromSentences.slice(before)) viaLine.add(added);
      }
    });
  }
  /** Inputs a sentence stated: a label naming one of them exactly was answered there. */
  const saidInSentences = new Set<string>();
  // A line's own answer states its figures; its 备注 the background ("全县建档立卡贫困人口11,962人，其中有劳动
  // 能力6,870人" beside "有劳动能力且未外出务工的…2,486人，已参加电商培训1,318人"): where both state an input, the answer's.
  const answered = new Set(fromSentences.filter((a) => !remarkCells.has(`${a.value.r}:${a.value.c}`)).map((a) => `${a.r}:${a.input.key}`));
  // A clause naming the thing itself answers it over one its line names for it: "…其他衍生增值服务 | 中心服务目录只有
  // 培训、展销、摄影美工三类，未见…其他衍生增值服务" is a no, however the first clause reads under the line's words.
  const selfNamed = new Set(
    fromSentences.filter((a) => !viaLine.has(a) && a.input.type === "bool").map((a) => `${a.value.r}:${a.value.c}:${a.input.key}:${parseYesNo(a.value.v)}`),
  );
  const contradicted = (a: Candidate) => {
    const yes = viaLine.has(a) && a.input.type === "bool" ? parseYesNo(a.value.v) : undefined;
    return yes !== undefined && selfNamed.has(`${a.value.r}:${a.value.c}:${a.input.key}:${!yes}`);
  };
  // A thing asked as one of two ("征求意见或监督举报窗口"), one said done and the other not in the same cell ("未设征求意见
  // 窗口，已公布监督举报电话"): it is there. (Each statement naming only its own of the two: "没有设置征求意见或监督举报
  // 窗口" says neither is.)
  const alone = (a: Candidate): number | undefined => {
    const [left, right] = eitherOf(a.input.label);
    if (left === undefined || right === undefined) return undefined;
    const named = [a.label.includes(left), a.label.includes(right)];
    return named[0] !== named[1] ? (named[0] ? 0 : 1) : undefined;
  };
  const eitherDone = new Set(
    fromSentences.flatMap((a) => {
      const which = a.input.type === "bool" && parseYesNo(a.value.v) === true ? alone(a) : undefined;
      return which === undefined ? [] : [`${a.value.r}:${a.value.c}:${a.input.key}:${which}`];
    }),
  );
  const eitherNot = (a: Candidate) => {
    const which = a.input.type === "bool" && parseYesNo(a.value.v) === false ? alone(a) : undefined;
    return which !== undefined && eitherDone.has(`${a.value.r}:${a.value.c}:${a.input.key}:${1 - which}`);
  };
  const parts = partsOfWholes(fromSentences);
  const ownLines = fromSentences.filter(
    (a) => (!remarkCells.has(`${a.value.r}:${a.value.c}`) || !answered.has(`${a.r}:${a.input.key}`)) && !contradicted(a) && !eitherNot(a) && !parts.has(a),
  );
  const fromSentencesAssigned = assign(ownLines).assigned;
  // A dated log's later line saying otherwise of whether a thing is done takes the place of the earlier
  // ("专栏未设监督举报窗口" on the 20th, "已增设监督举报电话和邮箱" on the 27th). (A figure's later line may be
  // of a part — "8月份开展培训3期286人次" after the total — and is weighed as any other.)
  for (const a of timeColumn(sheet) !== undefined ? laterAnswers(fromSentencesAssigned, fromSentences) : fromSentencesAssigned) {
    assigned.push(a);
    saidInSentences.add(a.input.key);
    // The topic on the left ("二、常住人口") or the heading above a paragraph was read through it.
    for (const l of labelCells) if (l.r === a.r || (l.r === a.r - 1 && !labelCells.some((o) => o.r === a.r))) taken.add(placeOf(l));
  }
  assigned.sort((a, b) => a.r - b.r || a.c - b.c || (a.part ?? 0) - (b.part ?? 0));
  // The county's name is as the clerk wrote it: "斗門區", read in simplified characters, is reported as typed.
  // (Other texts stay simplified: a leader's post, 常務副縣長, is told by its simplified words.)
  const asWritten = (a: Candidate): CellValue => {
    const typed = original.rows[a.value.r]?.[a.value.c];
    return a.input.key === "county" && typeof a.value.v === "string" && typeof typed === "string" && typed !== a.value.v && toSimplified(typed) === a.value.v
      ? typed
      : a.value.v;
  };
  const entries: FactsEntry[] = assigned.map((a) => {
    const e: FactsEntry = { key: a.input.key, source: { sheet: sheet.name, row: a.r + 1 }, cell: cellAddress(a.value.r, a.value.c), label: a.label, value: asWritten(a) };
    // A line worded as not having happened (未发生安全生产、质量事故 | 是, 无弄虚作假 | ☑) confirmed: it did not
    // happen. (An answer of 无 / 否 to it says the same, and stays. So does a question asked that way, 是否未发生… | 是（未发生）.)
    if (a.input.type === "bool" && !a.sentence && NOT_SO.test(a.label.trim().replace(/^是否/, "")) && !NOT_SO.test(a.input.label) && parseYesNo(a.value.v) === true)
      e.value = "否";
    if (a.unit) e.unit = a.unit;
    if (a.sentence) e.sentence = a.sentence;
    // Points read from the clerk's account have that account as their note.
    const note = noteFor(sheet, layout, a.r, a.value.c) ?? (a.input.type === "judged" ? a.sentence : undefined);
    if (note) e.note = note;
    return e;
  });
  // Items' points told by what was taken off an indicator's claim (…扣1分；其余各项满分).
  const stated = new Set(entries.map((e) => e.key));
  for (const e of deductionEntries(sheet, layout.deductCol, claims, vocab.rubric, matchOf)) if (!stated.has(e.key)) entries.push(e);
  for (const e of summaryItems) if (!stated.has(e.key)) entries.push(e);
  const used = new Set([...taken, ...assigned.flatMap((a) => [placeOf(a), `${a.value.r}:${a.value.c}:0`])]);
  const unknownLabels: UnknownLabel[] = [];
  // (A line listing things, each read with the one answer: no label left unread.)
  const listReadItemByItem = new Set(assigned.filter((a) => (a.part ?? 0) >= 500 && (a.part ?? 0) < 600).map((a) => `${a.r}:${a.c}`));
  // A topic whose sentence names the leader (四、组织领导 | 成立以县长为组长…) was read through it.
  const ledRows = new Set(sentences.filter((x) => leaderInSentence(x.text) !== undefined).map((x) => x.r));
  for (const l of labelCells) {
    if (used.has(placeOf(l)) || !l.hasValue || isNoteText(l.text) || ledRows.has(l.r) || listReadItemByItem.has(`${l.r}:${l.c}`)) continue;
    // ("专栏公示项目基本信息" under a line whose sentence said 创建方案、项目基本信息、建设进度均已公示.)
    const named = matchOf(l.text)[0];
    if (named && named.score >= 0.99 && saidInSentences.has(named.target.key)) continue;
    const cands = matchOf(l.text)
      .slice(0, 2)
      .map((m) => ({ key: m.target.key, label: m.target.label, score: Math.round(m.score * 100) / 100 }));
    const u: UnknownLabel = { cell: cellAddress(l.r, l.c), text: l.text, candidates: cands };
    // (Ambiguous between two inputs it names; a figure left over, 6.42亿元 beside its quote, names none.)
    if (ambiguous.has(placeOf(l)) && cands.length > 1) u.ambiguous = true;
    unknownLabels.push(u);
  }
  // "农产品电商交易标准、冷链及溯源系统自评（1-2分）" with nothing under or beside it: the clerk left it blank.
  const blankItems = labelCells.flatMap((l) => {
    // (An account of the line, "自评说明：资金支出率78.6%，按创建进度及时拨付。", is no item left blank.)
    const account = /^(?:自评|扣分|得分)?(?:说明|备注|依据)\s*[:：]/.test(l.text);
    const found = used.has(placeOf(l)) || l.hasValue || account ? [] : matchOf(l.text);
    const [top, second] = found;
    const clear = top !== undefined && top.score >= MATCH_MIN && (second === undefined || second.score < top.score - MARGIN);
    return clear && top.target.type === "judged" && top.target.item ? [top.target.item] : [];
  });
  // A sentence, not the rubric's own wording of an input (a template's 由县（市、区）政府主要领导牵头… row).
  // Sentences are remarks too: the leader told as prose (成立以县长为组长…) is read from them, or
  // from the remark beside a 成立领导小组 | 是 line (县政府常务副县长任组长…).
  const notes = sheet.rows.flatMap((row, r) =>
    r <= layout.headerRow
      ? []
      : layout.noteCols.flatMap((c) => (typeof row[c] === "string" && (row[c] as string).trim().length >= 8 ? [{ r, c, text: (row[c] as string).trim() }] : [])),
  );
  // A leader named in a short answer (市委副书记、市长任组长), the members in the line's 备注: the line's words together.
  const ledShort = sentences.flatMap((x) => {
    const notes = layout.noteCols.filter((nc) => nc > x.c).map((nc) => text(sheet.rows[x.r]?.[nc]));
    return x.text.length < 20 && notes.some((n) => /成员/.test(n)) && leaderInSentence(x.text) !== undefined
      ? [{ r: x.r, c: x.c, text: [x.text, ...notes.filter(Boolean)].join("；") }]
      : [];
  });
  const remarks = [
    ...[...labelCells.filter((l) => !used.has(placeOf(l)) && (matchOf(l.text)[0]?.score ?? 0) < 0.9), ...sentences, ...notes].filter((l) => l.text.length >= 20),
    ...ledShort,
  ]
    .sort((a, b) => a.r - b.r || a.c - b.c)
    .map((l) => ({ row: l.r + 1, cell: cellAddress(l.r, l.c), text: l.text }));
  // "注：常住人口以第七次全国人口普查数据为准，为33.18万人": the note corrects the table's figure.
  const rulings = rulingsInNotes(sheet, layout);
  for (const fix of [...noteCorrections(sheet), ...rulings]) {
    const [top, second] = matchOf(fix.label);
    // (A ruling names what the meeting spoke of, said before on a line: named clearly, it need not be named in full.)
    const clear = rulings.includes(fix) ? top && top.score >= MATCH_MIN && (second === undefined || second.score < top.score - MARGIN) : top && top.score >= 0.9;
    const e = clear ? entries.find((x) => x.key === top.target.key) : undefined;
    if (!e || !fitsType(top.target, fix.value)) continue;
    e.value = fix.value;
    e.cell = fix.cell;
    e.source = { sheet: sheet.name, row: fix.r + 1 };
    delete e.unit;
    e.note = `按注释更正：${fix.text}`;
  }
  // "平台数是7月底同步的，更正为截至8月31日台账数3,618人次": a remark beside a figure correcting it.
  for (const fix of remarkCorrections(sheet, layout)) {
    const e = entries.find((x) => x.source.row === fix.r + 1 && x.cell !== fix.cell && typeof x.value !== "boolean" && parseNumber(x.value as CellValue).ok);
    const input = e ? byKey.get(e.key) : undefined;
    if (!e || !input || !fitsType(input, fix.value)) continue;
    e.value = fix.value;
    e.cell = fix.cell;
    delete e.unit;
    e.note = `按备注更正：${fix.text}`;
  }
  // "有劳动能力的建档立卡贫困人口 | 2,416 | 其中外出务工1,032人，在家1,384人": the count without the migrants.
  const eligible = entries.find((x) => x.key === "eligiblePoorPersonsStated" && x.sentence === undefined && (x.unit === undefined || x.unit === "人"));
  const atHome = eligible ? withoutMigrants(sheet, eligible) : undefined;
  if (eligible && atHome) {
    eligible.value = atHome.value;
    eligible.note = `按备注扣除外出务工：${atHome.text}`;
  }
  // The date the sheet's title or an opening clause gives its data: before any "截至…" a sentence
  // dates an account by (截至2021年8月31日累计拨付…).
  const said = entries.findIndex((e) => e.key === "asOf");
  const cutOff = said < 0 || entries[said].sentence !== undefined ? titleCutOff(sheet, layout.headerRow) : undefined;
  if (cutOff) {
    if (said >= 0) entries[said] = cutOffEntry(sheet.name, cutOff);
    else entries.push(cutOffEntry(sheet.name, cutOff));
  }
  // A round's day in its column's header (上期（截至2021年6月30日） | 本期（截至2021年8月31日）): the day of the round read.
  const dated = entries.findIndex((e) => e.key === "asOf");
  const round = dated >= 0 ? roundCutOff(sheet, layout, entries[dated]) : undefined;
  if (round) entries[dated] = round;
  return { entries, claims, unknownLabels, remarks, blankItems };
}

/** The cut-off bounding the words after it: "截至考评截止日", "截止到考评截止日期". */
const BOUND_TO_CUT_OFF = /^\s*(?:截至|截止)(?:到|至)?\s*(?:省级?)?(?:考评|评价|考核|评估)?截[止至](?:日期|日|时间)\s*/;

/** A multiple choice's lead as its options are read with it: "专栏公开内容（可多选）：" → 专栏公开. */
function optionsLead(lead: string): string {
  return lead.replace(/[（(][^（()）]*[)）]/g, "").replace(/(?:内容|情况)?\s*[:：]?\s*$/, "");
}

/** A ticked or crossed line: "✓ 项目基本信息", "✘ 电商产业园". */
const MARKED_LINE = /^\s*[✔✓√✅✘✗×❌☑☒■□☐]/;

/**
 * The line a list of ticked lines hangs from, in the same column, when it ends with a colon ("…专栏，扫码可
 * 查看："), as the words its options are read with: where it says the items can be seen (查看, 查阅), they
 * are published (公开).
 */
function markedListLead(sheet: Sheet, r: number, c: number): string | undefined {
  let k = r - 1;
  while (k >= 0 && MARKED_LINE.test(text(sheet.rows[k]?.[c]))) k--;
  const lead = k >= 0 ? text(sheet.rows[k]?.[c]) : "";
  if (!/[:：]\s*$/.test(lead)) return undefined;
  return lead.replace(/\s*[:：]\s*$/, "").replace(/(?:扫码|点击)?(?:即可|可以|可)?(?:查看|查阅|浏览)$/, "公开");
}

/** "常住人口以第七次全国人口普查数据为准，为33.18万人": what a note says a figure is instead. */
const NOTE_CORRECTION = /([\u4e00-\u9fff（）()]{2,16}?)以[^，,；;。]{1,24}为准[，,]?\s*(?:为|是|应为)\s*([\d.,]+\s*(?:万人次|万人|万元|亿元|人次|人|元|个|家|%|万)?)/g;

/** A figure or points a note says instead of what the table or a line said, where it says it. */
interface NoteFix {
  r: number;
  cell: string;
  label: string;
  value: string;
  text: string;
}

function noteCorrections(sheet: Sheet): NoteFix[] {
  const out: NoteFix[] = [];
  sheet.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v !== "string" || !isNoteText(v)) return;
      for (const m of v.matchAll(NOTE_CORRECTION)) out.push({ r, cell: cellAddress(r, c), label: m[1].replace(/^\d+[.、．]/, ""), value: m[2].trim(), text: m[0] });
    }),
  );
  return out;
}

/** A remark's corrected figure: "更正为截至8月31日台账数3,618人次" (the words between it and 更正为 say where it is from). */
const CORRECTED_TO = /(?:更正为|更正后为|应更正为|核实后为)[^，,。；;]*?(\d[\d,，.]*\s*(?:万人次|人次|万人|人|万元|亿元|元|个|家|%))/;

function remarkCorrections(sheet: Sheet, layout: Layout): NoteFix[] {
  return noteTexts(sheet, layout).flatMap(({ r, c, v }) => {
    const m = CORRECTED_TO.exec(v);
    return m ? [{ r, cell: cellAddress(r, c), label: "", value: m[1].replace(/\s+/g, ""), text: m[0] }] : [];
  });
}

/** The texts in the table's note columns, under its header. */
function noteTexts(sheet: Sheet, layout: Layout): { r: number; c: number; v: string }[] {
  const out: { r: number; c: number; v: string }[] = [];
  for (let r = layout.headerRow + 1; r < sheet.rows.length; r++)
    for (const c of layout.noteCols) {
      const v = sheet.rows[r]?.[c];
      if (typeof v === "string") out.push({ r, c, v });
    }
  return out;
}

/**
 * A minute-taker's ruling in the remark column ("贫困人口参训人数以287人为准", "会议议定：资金台账自评按4分"):
 * what the meeting settled, over what a speaker said on the line.
 */
const RULED_FIGURE = /([\u4e00-\u9fff（）()]{2,16}?)以\s*([\d.,]+\s*(?:万人次|万人|万元|亿元|人次|人|元|个|家|%|万))\s*为准/g;
const RULED_POINTS = /(?:议定|决定|确定|商定)\s*[:：]?\s*([\u4e00-\u9fff]{2,12}?)(?:自评)?(?:按|为|改为|定为|调整为)\s*(\d+(?:\.\d+)?\s*分)/g;

function rulingsInNotes(sheet: Sheet, layout: Layout): NoteFix[] {
  return noteTexts(sheet, layout).flatMap(({ r, c, v }) =>
    [...v.matchAll(RULED_FIGURE), ...v.matchAll(RULED_POINTS)].map((m) => ({ r, cell: cellAddress(r, c), label: m[1], value: m[2].trim(), text: m[0] })),
  );
}

/** "…基本情况表（数据截至2021年8月31日）": the cut-off a title states, when no line of the sheet does. */
// (…or the day in brackets after the word for it: "“现状”按考评截止日（2021年8月31日）数据填写".)
// (…or the data said counted up to it: "（各项数据统计至2021年8月31日）".)
const TITLE_CUT_OFF =
  /(?:数据|统计|考评|口径)?(?:统一|均|都|一律)?(?:截至|截止|(?<=数据)统计至)(?:时间|日期|日)?\s*[:：为（(]?\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2})/;

/** A day the words after it name the assessment's cut-off, wherever it stands: "截至2021年8月31日考评截止日：". */
const NAMED_CUT_OFF = new RegExp(String.raw`${TITLE_CUT_OFF.source}\s*[（(]?\s*(?:省级?)?(?:考评|评价|考核|评估)截[止至]日`);

function titleCutOff(sheet: Sheet, headerRow = -1): { r: number; c: number; label: string; value: string } | undefined {
  // The title lines; a little further down, a report's opening paragraph ("…（本报告数据截至2021年8月31日）")
  // when it says whose date it is (数据 / 统计 / 考评), not any "截至…" of an account.
  // (Below a form's header block, the table's own caption is a title line too: "拟公开内容明细（数据截至…）".)
  // (…or a page's footer, its last line: "数据截至2021年8月31日（考评截止日）｜数据来源：…".)
  let footer = sheet.rows.length - 1;
  while (footer > 0 && !(sheet.rows[footer] ?? []).some((x) => text(x) !== "")) footer--;
  // (…or the opening paragraph of minutes under their head block, "…听取县商务局…的汇报（数据截至2021年8月31日），…".)
  const opening = sheet.rows.findIndex((row) => {
    const filled = (row ?? []).filter((x) => text(x) !== "");
    return filled.length === 1 && typeof filled[0] === "string" && filled[0].trim().length >= 40;
  });
  for (let r = 0; r < sheet.rows.length; r++)
    for (const [c, v] of (sheet.rows[r] ?? []).entries()) {
      // (Further down, only a section's heading alone in its row: "四、县长汇报要点（…数据截至2021年8月31日…）".)
      // (…or a paragraph's opening clause under its number: "一、基本情况（数据截至2021年8月31日）。湘桥区辖…".)
      if (
        r >= Math.max(6, headerRow) &&
        r !== footer &&
        r !== opening &&
        !(typeof v === "string" && NAMED_CUT_OFF.test(v)) &&
        !(
          typeof v === "string" &&
          SECTION_HEADING.test(v.trim()) &&
          ((sheet.rows[r] ?? []).filter((x) => text(x) !== "").length === 1 || TITLE_CUT_OFF.test(v.split(/[。；;]/)[0]))
        )
      )
        continue;
      // (A request to report says whose date it is by 口径: "请…接龙报送考评数据，口径统一截至2021年8月31日".)
      const m = typeof v === "string" ? TITLE_CUT_OFF.exec(v) : null;
      // (Nor is one said of the data, "数据截至2021年8月31日", a filing date for sharing its line with 填报日期.)
      // (…or in a bracket after the data it dates, "考评数据（截至2021年8月31日）已核定".)
      const ofData = m !== null && (/^(?:口径|数据|统计|考评)/.test(m[0]) || /(?:数据|统计|考评)\s*[（(]\s*$/.test((v as string).slice(0, m.index)));
      const named = m !== null && NAMED_CUT_OFF.test(v as string);
      if (!m || (/填报|填表|报送|制表|打印/.test(v as string) && !ofData && !named)) continue;
      // (A footer's only when it says the data's day: 数据截至….)
      const footerOnly = r === footer && r >= Math.max(6, headerRow);
      if (r < 3 || (ofData && (!footerOnly || /^(?:数据|统计)/.test(m[0]))) || named) return { r, c, label: m[0].replace(m[1], "").trim(), value: m[1] };
    }
  return undefined;
}

/**
 * The parts of the table (RubricInput.topic) a line's labels are about: their best match's, and the
 * runner-up's when nearly as good (培训率 names both 有劳动能力贫困人口 and 参训贫困人口).
 */
function lineTopics(labels: string[], matchOf: (t: string) => Scored<RubricInput>[]): Set<string> {
  const out = new Set<string>();
  for (const l of labels) {
    const [best, next] = matchOf(l);
    for (const m of [best, next]) if (m && m.score >= TOPIC_MIN && m.score >= best.score - TOPIC_MARGIN && m.target.topic) out.add(m.target.topic);
  }
  return out;
}
const TOPIC_MIN = 0.5;
const TOPIC_MARGIN = 0.15;

/** The two things an input asks for as either ("征求意见或监督举报窗口" → 征求意见, 监督举报): the words either side of 或. */
function eitherOf(label: string): [string?, string?] {
  const m = /([\u4e00-\u9fff]{2,4})或([\u4e00-\u9fff]{2,4})/.exec(label);
  return m ? [m[1], m[2]] : [];
}

/** Input types a sentence states: figures, dates, done / not done, an item's points (not names). */
const SAID_IN_SENTENCES = new Set<RubricInput["type"]>(["number", "money", "percent", "date", "bool", "judged"]);
/** The leadership is read from the sentence's leader and departments (leaderInSentence), not as an answer. */
const SAID_ELSEWHERE = /^lead/;

/**
 * A fragment label ("同比增速" after "2020年农村网络零售额 | 28.3亿元") means little alone: when its
 * own matches are weak or tied, it is read together with the label before it in the row.
 */
function withContext(
  label: string,
  row: CellValue[],
  c: number,
  matchOf: (t: string) => Scored<RubricInput>[],
  above?: string,
  countUnit?: string,
): Scored<RubricInput>[] {
  const own = matchOf(label);
  const tied = own.length > 1 && own[1].score >= own[0].score - MARGIN;
  // "其中参加电商培训的" under "有劳动能力的贫困人口": a part of the line above, read with it (numbered or not) —
  // or of the caption before it in the row, where figures stand side by side as tiles (3,520人 | 1,874人 over
  // 有劳动能力的建档立卡贫困人口 | 其中参加电商培训): whichever whole reads it better.
  if (PART_LINE.test(label)) {
    // (Joined as "…中参加…", the words a part of a whole is named by; its aside in brackets, 培训率53.2%, left out.)
    const part = label.replace(PART_LINE, "").replace(/[（(][^（()）]*[)）]/g, "");
    const before = row
      .slice(0, c)
      .reverse()
      .find((v) => isLabelLike(v) && !isFigure(v) && !PART_LINE.test(v));
    // (The row's own caption first: a tile row has its whole beside the part, the line above another tile's.)
    for (const whole of [before, above]) {
      if (whole === undefined) continue;
      // (Both ways of joining them, each input at its better score: joined bare, 有劳动能力贫困人口（不含外出务工）参加电商培训
      // reads as the whole again, and the whole is taken by its own line; "…中参加电商培训" says which part.)
      const best = new Map<RubricInput, Scored<RubricInput>>();
      for (const m of [...matchOf(`${whole}${part}`), ...matchOf(`${whole}中${part}`)]) if ((best.get(m.target)?.score ?? -1) < m.score) best.set(m.target, m);
      const candidates = [...best.values()].sort((a, b) => b.score - a.score);
      const joined = candidates.length > 0 && candidates[0].score > (own[0]?.score ?? 0) ? candidates : undefined;
      if (joined) return joined;
    }
  }
  // (A bare question, "电商产业园 | 是否建设 | 已建成", asks of the subject left of it, however its
  // words alone resemble another input's: 建设进度.)
  const question = /^\s*是否/.test(label);
  if (own.length > 0 && own[0].score >= MATCH_MIN && !tied && !question) return own;
  // "累计开展电商培训 | 人次 | 5,126": what is counted is said by the 单位 column; read the label with it.
  if (countUnit) {
    const joined = matchOf(`${label}${countUnit}`);
    if (joined.length > 0 && joined[0].score > (own[0]?.score ?? 0) && joined[0].score >= MATCH_MIN) return joined;
  }
  for (let p = c - 1; p >= 0; p--) {
    const v = row[p];
    // A label with its own value between ("考评截止 | 2021.8.31 | 打分日期"): a pair of its own, no context.
    if (text(v) !== "" && !isLabelLike(v)) break;
    if (!isLabelLike(v) || (matchOf(v)[0]?.score ?? 0) < MATCH_MIN) continue;
    const joined = matchOf(`${v}${label}`);
    return joined.length > 0 && joined[0].score > (own[0]?.score ?? 0) ? joined : own;
  }
  return own;
}

/** A checklist line answered √ with its date in the remark ("投入运营时间：2020年8月18日"). */
function dateInNote(row: CellValue[], layout: Layout, r: number, c: number): Candidate["value"] | undefined {
  const noteCol = ownNoteCol(layout, c);
  const note = noteCol !== undefined ? row[noteCol] : undefined;
  if (noteCol === undefined || typeof note !== "string") return undefined;
  const value = note.replace(/^[^:：]*[:：]\s*/, "");
  return dateInRemark(value) ? { r, c: noteCol, v: value } : undefined;
}

/** A line that is part of the one above, "其中参加电商培训", "（1）其中：…". */
const PART_LINE = /^\s*(?:(?:\d+\s*[.、．]|[(（][0-9一二三四五六七八九十]+[)）]|[①-⑳]|[一二三四五六七八九十]+、)\s*)?(?:其中|含|包括)[:：]?/;

/** The nearest label above in the same column (within a few rows): what a 其中 line is part of. */
// (Empty rows between do not count: a collapsed outline's hidden rows leave the part far below its whole.)
function labelAbove(sheet: Sheet, r: number, c: number): string | undefined {
  for (let p = r - 1, seen = 0; p >= 0 && seen < 4 && p >= r - 30; p--) {
    const row = sheet.rows[p];
    if (!row || row.every((v) => v === null || v === undefined || v === "")) continue;
    seen++;
    const v = row[c];
    if (isLabelLike(v) && !PART_LINE.test(v)) return v;
  }
  return undefined;
}

/** A unit cell of a count (套, 个, 家), not of points (分, "1-2分" in a 单位 column used for the range). */
function isCountUnit(t: string): boolean {
  // (A dash in the unit column, "—", says the line has none; "points", a bilingual sheet's 分, are points.)
  return t.trim() !== "" && !/分|\d/.test(t) && !DASH.test(t) && unitOf(t) !== "分";
}

/** An answer, not a label: 已制定, 未建, or an answer with a remark after it ("已整合建设（…产业园）"). */
function isShortAnswer(v: CellValue | undefined): boolean {
  if (typeof v !== "string" || typeof parseYesNo(v) !== "boolean") return false;
  // "已拨付：358.4万元" is a label with its figure.
  const pair = inlinePair(v);
  if (pair && parseNumber(unhedged(pair.value)).ok) return false;
  return v.trim().length <= 8 || /^[^（(，,；;：:]{1,8}[（(，,；;：:]/.test(v.trim());
}

/**
 * The money unit a section's heading states for its lines ("五、网络零售额（单位：万元）", "【三】农村产品
 * 上行（本段金额单位：万元；比率单位：%）"): the nearest heading above the line (a row of one text,
 * numbered 一、 / 【一】 / （一） / 第一部分), if it names one.
 */
function sectionUnit(sheet: Sheet, layout: Layout, r: number): string | undefined {
  for (let p = r - 1; p > layout.headerRow; p--) {
    const texts = (sheet.rows[p] ?? []).map((v) => text(v)).filter((t) => t !== "");
    // (…or a line of its own saying the unit of the lines under it, "（以下金额单位：元；“是否”项：1＝是，0＝否）": until the
    // next such line, whatever the heading above said.)
    if (texts.length !== 1 || !(SECTION_NUMBER.test(texts[0]) || UNIT_LINE.test(texts[0]))) continue;
    return /单位[:：]\s*(万元|亿元|元)/.exec(texts[0])?.[1];
  }
  return undefined;
}
const UNIT_LINE = /^[（(]\s*(?:以下|下列|本段|本节)[^（()）]{0,6}单位[:：]/;
const SECTION_NUMBER = /^(?:[一二三四五六七八九十]+[、．.]|[【〔［[（(][一二三四五六七八九十]+[】〕］\]）)]|第[一二三四五六七八九十]+(?:部分|段|节))/;

/**
 * A label dated only after the input's year ("2021年1-7月同比增长" for 2020年农村网络零售额同比增速). (An
 * earlier year is often the sentence's context: "2019年为2.51亿元，同比增长36.3%" is 2020's growth.)
 */
function otherYear(label: string, inputLabel: string): boolean {
  // (A part of a year, "1—8月举办电商培训21期1,238人次", is no whole year's figure nor the total since the start.)
  if (MONTHS_OF_A_YEAR.test(label) && !MONTHS_OF_A_YEAR.test(inputLabel)) return true;
  const own = /(?:19|20)\d{2}(?=\s*年)/.exec(inputLabel)?.[0];
  const said: string[] = label.match(/(?:19|20)\d{2}(?=\s*年)/g) ?? [];
  return own !== undefined && said.length > 0 && said.every((y) => Number(y) > Number(own));
}

/** A share of another whole: 占…比重, 占比. */
const SHARE_OF = /比重|占比|占[^，,。；;]{1,16}的?比例/;

/** A few months of a year: 1—8月, 1-7月份, 一至八月. */
const MONTHS_OF_A_YEAR = /(?:^|[^\d])(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*(?:[—\-－~～]|至|到)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月/;

/**
 * A statement whose words start with its paragraph's heading, "3．村级电商服务站（●/○）：全县行政村345个": named by
 * what follows the heading when only that names an input ("全县行政村" is the number of villages; the heading
 * says under which point of a list it stands). A heading that itself helps name it is kept.
 */
function withoutHeading(st: Statement, matchOf: (label: string) => Scored<RubricInput>[]): Statement {
  const colon = Math.max(st.label.lastIndexOf("："), st.label.lastIndexOf(":"));
  if (colon < 0) return st;
  const rest = st.label.slice(colon + 1);
  if (!/[\u4e00-\u9fff]{2}/.test(rest) || (matchOf(st.label)[0]?.score ?? 0) >= MATCH_MIN) return st;
  return (matchOf(rest)[0]?.score ?? 0) >= MATCH_MIN ? { ...st, label: rest } : st;
}

/** Between pairs in one cell: ；, or two spaces or more (an ideographic one counts as two), or a board's ｜. */
const PAIR_SEPARATOR = /[；;\n｜]|\u3000+|\s{2,}/;
/** A cell's "标签：值" parts (a pair's boxes spaced out by wide spaces kept one part: ./lines-as-rows boxesRejoined). */
const pairParts = (v: string): string[] => boxesRejoined(v.split(PAIR_SEPARATOR));

/**
 * The sheet as a reviewer reads it, before its labels and values are: each step returns the same
 * sheet when it has nothing to do, and keeps every value's row and column (evidence points at them).
 */
const AS_A_REVIEWER_READS: ((sheet: Sheet) => Sheet)[] = [
  // In simplified characters (縣 → 县).
  withSimplified,
  // Figures typed in full-width digits (３，２０８人次, ７７．３％) as figures.
  withHalfWidthFigures,
  // A day its bracket calls the cut-off (比对时点：2021年8月31日（考评截止日）) as the cut-off.
  withCutOffNamed,
  // A questionnaire answered by option letters (选项 | 答案: "A.是 B.否" | A) as the options' words.
  withOptionLetters,
  // The judged items across the sheet over their 自评分 row, below other tables: each item's points as a pair.
  withJudgedRowAcross,
  // A statistical form's 上年同期 of the retail sums: that year's figure, in the line's 备注.
  withLastYearInRemarks,
  // A checklist's 评判项自评分 column: its points the judged items' of its lines, never claims.
  withJudgedPointsColumn,
  // The finance bureau's performance form: its 分值 and 得分 are its own scoring, no claims.
  withPerformancePointsNamed,
  // A report copied out of a PDF, a printed line to a row: its paragraphs, the converter's spaces out of its figures.
  withPdfLinesJoined,
  // Word's tracked changes exported into the cells (〔删：11〕〔增：12〕): the revised text.
  withTrackedChangesApplied,
  // Without a post's emoji before its lines (👉, 📍).
  withoutLeadingEmoji,
  // 今年2月26日 in a sheet written in 2021: 2021年2月26日.
  withThisYearDated,
  // …and 9月28日 in a yearbook's entries whose note says bare days are 2020's: 2020年9月28日.
  withStatedYearDated,
  // A schedule's final version saying "同8月30日": that column's value.
  withVersionsReferenced,
  // A borrowed form's 数据年份 column, a figure given for two years on two lines: each line with its year.
  withYearColumn,
  // A shared table's records marked 已作废 in their state column: left out, a later record replacing them.
  withVoidRecordsLeftOut,
  // A tool's settings file opened as it is ([section], key=value ; comment): a table of label and value.
  withIniRead,
  // …or YAML (sections by indentation, keys explained in # comments, &anchors, ~ unanswered): the same.
  withYamlRead,
  // A platform's fields exported as text by type (9.8735E8, Unix milliseconds, null): each value as its type reads.
  withTypedValues,
  // A comparison with another county (对比项目 | 遂昌县（浙江丽水） | 连平县): the own county's column only.
  withOwnCountyColumn,
  // A booklet's label……value lines: label：value.
  withDotLeadersAsColons,
  // A film's subtitles pasted cue by cue (number, timecode, text): the narration, a sentence to a row.
  withSubtitlesJoined,
  // …or a speech typed for a teleprompter (屏 | 行 | 提词 | 提示（不念）): the speech, a sentence to a row.
  withScriptLinesJoined,
  // A speech or an interview's "由我任组长": the speaker its head lines name (汇报人：台山市市长 李××). (Named once
  // before the sheet is cut too, in readFactsSheet; again here for the words a prompter's lines split, 由我任 | 组长的.)
  withSpeakerNamed,
  // A checklist's marks before their items, two to a row (√ | 中心有免费培训场所… | √ | 专栏已公示创建方案): each
  // after its item (./mark-cells; the one-to-a-row kind is read further down, withMarkCellsJoined).
  withMarkPairsTurned,
  // A report's table of contents (heading | page): each heading a sentence, its page number gone.
  withContentsRead,
  // …or an evidence binder's PDF bookmarks (一级书签 | 二级书签 | … | 页码): each bookmark's title a line.
  withBookmarkOutline,
  // A draft's statements countersigned by each office (稿中表述 | 会签意见): the opinion where it differs.
  withCountersignedStatements,
  // Work-request forms stacked with each office's reply (请提供事项 | 回复内容): the replies, a sentence to a row.
  withReplyForms,
  // A self-check against a notice of others' problems (通报指出的问题 | 我县是否存在同类问题 | 我县情况): the quotes left out.
  withOthersProblemsLeftOut,
  // An erratum table (原文（误） | 更正为（正）): each line's correction alone, the words it replaces gone.
  withErrataApplied,
  // A correction sent after the paper on the same sheet ("“…4,386人次”更正为“…4,268人次”"): the paper as corrected.
  withQuotedCorrections,
  // Quotes with the figures used marked (【】内为…采用的数据): the marked words only, the background figures never.
  withMarkedFiguresOnly,
  // A site's column page copied whole (▌section, "· 标题 | 发布日期"): each article a sentence, published there.
  withColumnArticles,
  // A list split by Excel's 分列 on "." (全县常住人口：33 | 58万人): each figure's pieces joined again.
  withSplitDotsJoined,
  // A line's options a cell each, the chosen one ● and the rest ○: as ticked boxes (☑ / ☐).
  withDotOptionsAsBoxes,
  // A web form's controls copied with it ("(•) 是 ( ) 否", "2分 ▾"): the buttons as boxes, the arrows gone.
  withFormControlsRead,
  // A paper form's choices with the struck-out options in brackets (有／（无）, （1）／2): the options left standing.
  withStruckOptionsChosen,
  // An answer left to be filled in later ("（空着）", "待定"): no answer.
  withLeftBlank,
  // A Markdown note as its rendered page (boxes ☑ / ☐, tables over columns, struck words gone).
  withMarkdownRendered,
  // Milestones as done (on the day in 实际完成时间) or not, their planned days left out.
  withMilestonesAnswered,
  // …and in Mandarin (方案印咗未 → 方案印了未, 冇 → 无).
  withMandarin,
  // Short forms the sheet explains above its table (农网零＝农产品网络零售额) written out.
  withGlossary,
  // A table written in English only (for a visiting delegation): its lines in the rubric's Chinese.
  withEnglishLabels,
  // …or in Chinese and Japanese side by side: the Japanese left out.
  withJapaneseLeftOut,
  // …or in Chinese and Portuguese (or another European language): that language left out, figures as its notes say.
  withLatinTranslationLeftOut,
  // …or in Chinese and English line by line (项目 | Item): the Chinese read, the translation left out.
  withoutTranslationColumn,
  // A presentation's notes pages: the slide numbers and 备注： markers in column A left out, the points read as sentences.
  withoutSlideMarkers,
  // A table by year with a growth column after each amount: each 同比增长 named for the amount left of it.
  withGrowthHeadersNamed,
  // A knowledge-graph export (头实体 | 关系 | 尾实体, replaced facts 已失效): each valid fact a line.
  withTriplesRead,
  // A leading group's vote on the figures (表决事项 | 同意 | 不同意 | 弃权 | 表决结果): the items passed, no tally.
  withVotesSettled,
  // A year in two digits in a label (网零 19年) as the year it is (2019年).
  withFullYears,
  // A year's retail figure and the next as an arrow (农村：2019年8.62亿元→2020年10.95亿元（+27.0%）) written out.
  withYearArrowsWritten,
  // A table copied out of a PDF, one line to a cell, its columns lined up by spaces: cut into its cells.
  withFixedWidthLines,
  // …or drawn with box characters (┌┬┐ │序号│指标名称│ ├┼┤): the rows it draws, wrapped lines joined.
  withBoxDrawnTable,
  // A statement on manuscript paper typed square by square: each paragraph joined into its first square.
  withManuscriptPaperRead,
  // Excel's scenario summary without its result cells and notes (a 资金支出率 is no input).
  withoutScenarioResults,
  // Excel's 合并计算 result with links (each source's row, then the item's total): the totals only.
  withConsolidationCollapsed,
  // Coverage answered by the count of what it misses (快递未通达行政村 | 3): 否.
  withUncoveredCountsAnswered,
  // Figures reconciled like a bank statement (台账方 | 系统方, 加： / 减：): each block as its 调节后余额.
  withReconciledBalances,
  // An infographic's text draft (元素 数 / 单 / 注 / ✔ / ✘): each figure beside its caption, each mark a 是 / 否.
  withInfographicRead,
  // The city's review written into the value cells and the county's replies ("256【市审：…】【县复：同意】"): the value settled.
  withReviewsSettled,
  // Figures confirmed by the offices that gave them (确认意见: 无误, or 应为：…): the figure as confirmed.
  withConfirmationsApplied,
  // A sheet of one indicator's (按指标分册): its head 分值 | 2 | 自评分 | 2 as the claim, its 评分标准 as not there.
  withIndicatorHead,
  // …or a card per indicator down one sheet (title, 评分标准, 完成情况, 自评得分 2/2): each 自评得分 a claim line, the
  // criteria not there.
  withIndicatorCards,
  // "专栏公开内容 | 创建方案、项目基本信息…": each item as shown on the column.
  withListedContents,
  // The official table whose 自评情况 cells end with their points ("自评得分：1分"): those in a column of their own.
  withScoreLineColumn,
  // A work group's chat as the county's own messages, corrections applied.
  withOwnMessages,
  // A private chat laid out by its bubbles (左 | 中 | 右): each answer under the question before it.
  withBubblesAnswered,
  // A log of what was said (calls, a transcript, replies) as its said column, corrections made.
  withSaidColumnOnly,
  // A 接龙's lines without their numbers and reporters.
  withChainLines,
  // A line of items each marked after it (创建方案✔ 项目信息✔ 监督举报窗口❌) said as what the topic has and has not.
  withMarkedItemsSaid,
  // A checklist's marks in a column before its lines (☑ | 免费培训场所 | …) as each line's answer (是 / 否).
  withMarkCellsJoined,
  // "〃" / 同上 as what it repeats (是, 个, 亿元 on the line above).
  withDittoResolved,
  // Last year's form with each column group split into 2020年中期 | 2021年终期: each half named by its round.
  withRoundsUnderGroups,
  // 17.3 同比增速 under 17 农村网络零售额, wherever the parent stands, as 农村网络零售额同比增速.
  withNumberedParents,
  // (…and "\u3000同比增长" indented under 农村网络零售额 with no number of its own.)
  withIndentedChildren,
  // A Word cell's paragraph of a part pasted on a row of its own (其中已参加电商培训2,047人) as said with its whole above.
  withPartParagraphsJoined,
  // A section whose title says what its columns are there (创建前栏为2019年，现状栏为2020年): a table by year.
  withSectionYears,
  // A worksheet by steps (查 / 算 / 评): the arithmetic left out, each 评 row as the claim line it is.
  withStepRows,
  // A flowchart (◇ question | 是 → | □ the county's facts | ○ points | 小计): each box with its answer, each subtotal a claim.
  withFlowchartRead,
  // A claims table's items listed with their points in one cell (网销调研 2；促销活动 2): as pairs.
  withItemPointsLists,
  // …or in its account with bare points (调研2、促销2、第三方1): as points (调研2分、促销2分…).
  withBarePointsNamed,
  // …or each after a circled number (①调研2分 ②促销2分 …): as pairs too.
  withCircledItemPoints,
  // Judged items graded (优 / 良 / 中) by a rule written on the sheet: the points the rule gives.
  withGrades,
  // …or rated in stars (★★★★☆): the ★ counted.
  withStarsCounted,
  // Tasks broken down by department, a column per member unit: those units as the group's members.
  withDutyUnits,
  // A 核实单's county column as the figures it confirms (一致: the city's prefilled figure).
  withVerifiedValues,
  // A self-assessment kept by deductions (分值 | 扣分 | 加分): each line's points its 分值 less its 扣分.
  withPointsFromDeductions,
  // A service the centre has but charges for (是否具备 | 是否免费: 是 | 否) as no free one.
  withFreeServices,
  // A centre's posted board of services and prices: each service free or charged (否（收费）).
  withPriceBoard,
  // Two drafts side by side (A稿 | B稿): the later where it is filled, the earlier elsewhere.
  withLaterDraft,
  // Figures as first sent with a 修改记录 under them: each as its last change left it.
  withAmendmentsApplied,
  // A validation report's errors as its 处理情况 notes settled them ("已改为613600").
  withHandledValues,
  // A system's export with entries sent back and filled in again under the same code: each as last submitted.
  withResubmissionsOnly,
  // The county's points laid across a strip under its 自评得分 heading: each indicator's a claim line.
  withClaimStrips,
  // A reply to the city's quoted questions: each 答： with what its question is about.
  withQuestionsReplied,
  // A 双录比对表 as its first entries, the 核定值 where the two differ.
  withSettledEntries,
  // A 更正稿's values as they stand now ("原填…，更正为…", "407（更正）", "105.04※").
  withCorrections,
  // A checklist's own marks as the legend under it explains them (“绿”表示已落实).
  withLegend,
  // Points over the full mark (得分/满分 | 9/15) as the points.
  withScoreOverFull,
  // Counts over their base (完成数/基数 | 5,216/5,000) as the count (a coverage line's as its whole).
  withCountsOverBase,
  // A self-scoring sheet's 满分 / 扣1分 / 不得分 as the points they are of each line's 分值.
  withScoreWords,
  // A Gantt chart's bars (□ 计划, ■ 实际, ◆ done) say when, not what: left out.
  withoutChartBars,
  // A table of contents' page numbers (标题 | 页码) say where, not what: left out.
  withoutPageNumbers,
  // A 目标 / 完成 pair of lines as its 完成 line.
  withoutTargetRows,
  // An answer merged down over several criteria as each one's.
  withMergedAnswers,
  // A table by town as its 全县 column.
  withoutTownColumns,
  // A page of figure cards (figure over caption) as caption | figure pairs.
  withCardsAsPairs,
  // Questions and answers (问N | …, then 说明 | …) as question | answer lines.
  withQuestionsAnswered,
  // A questionnaire's answer sheet: choices by letter and blanks filled in, each in its answer cell.
  withQuestionnaireAnswered,
  // …or answered in blanks in the answer's own cell ("＿＿146＿＿个"): the words they make.
  withBlanksFilled,
  // A progress table by year beside 现状／累计: the standing state, each year's days in their year.
  withStatusColumn,
  // A progress report by month as its cut-off month's column.
  withCutOffMonth,
  // A 推进流水账 (日期 | 事项 | 本次 | 累计 …) as a sentence per row, the rows after the cut-off left out.
  withEventLog,
  // Running totals one row per date (统计时点 | 培训人次 | 累计拨付 …) as the row at the cut-off.
  withRowAtCutOff,
  // A task tracker's progress columns (截至3月 | 6月 | 8月, 同上期) as the one at the cut-off.
  withLatestProgress,
  // A 填报值 saying 见说明 as the 说明 it refers to.
  withReferredAnswers,
  // …or saying 见表二“合计”行: the total of that table's column the line names.
  withReferredTotals,
  // Answers numbered after a list beside them (①已具备；②…): each said of its item (./numbered-answers).
  withNumberedAnswers,
  // …or saying 同月报: the answer in the column so named.
  withColumnReferences,
  // The members asked in the clerk's words ("哪些单位在里面") and answered with a list of bureaus: 成员单位.
  withMemberListsLabelled,
  // The leading group listed member by member as one line of its departments.
  withGroupRoster,
  // …or its departments asked one by one (参与部门：商务 | 是): those answered yes as one list.
  withTickedDepartments,
  // Points an operator proposed beside the bureau's own (运营方建议分 | 局审定分) as not there.
  withoutSuggestedPoints,
  // A dropdown's numbered options ("1-是", "2-否") as their words.
  withOptionsUnnumbered,
  // A template answered by deleting the options that do not apply, figures written into its （ ） slots.
  withDeletedOptionsRead,
  // A multiple choice exported as the options chosen, joined ("创建方案、项目基本信息"): each ticked.
  withChosenOptionsTicked,
  // A template's 填写示例 column and its 请填写 / 请选择 placeholders as not there.
  withoutExamples,
  // A survey's 满意度 ratings of the services as not there.
  withoutRatings,
];

/** The sheet's texts in simplified characters (the same sheet when it has no traditional one). */
function withSimplified(sheet: Sheet): Sheet {
  return withEachCell(sheet, (v) => (typeof v === "string" ? toSimplified(v) : v));
}

/**
 * The sheet's figures in full-width digits, within words, as figures: their digits, and the point, thousands' comma
 * and % between and after them ("累计培训３，２０８人次"). (A bare figure, "４１", is read as it is typed.)
 */
function withHalfWidthFigures(sheet: Sheet): Sheet {
  return withEachCell(sheet, (v) =>
    typeof v === "string" && /[０-９]/.test(v) && /[\u4e00-\u9fff]/.test(v)
      ? halfWidthDigits(v)
          .replace(/(?<=\d)．(?=\d)/g, ".")
          .replace(/(?<=\d)，(?=\d{3}(?!\d))/g, ",")
          .replace(/(?<=\d)％/g, "%")
      : v,
  );
}

/**
 * The sheet's lines without the emoji a post puts before them ("👉免费展销：…", "📍县电子商务公共服务中心
 * 位于…"): a pointer, not a word. (A mark that answers, ✅ ❌ ✔ ☑, stays.)
 */
function withoutLeadingEmoji(sheet: Sheet): Sheet {
  return withEachCell(sheet, (v) => (typeof v === "string" ? v.replace(LEADING_EMOJI, "") : v));
}
// (Before words only: a ✂ before a cut line's dashes is the line.)
const LEADING_EMOJI = /^\s*(?:(?![✅❌❎✔✓✗✘☑☐☒⭕★☆])\p{Extended_Pictographic}\uFE0F?)+\s*(?=[\u4e00-\u9fff0-9０-９“"《（(])/u;

/** The day a document was written, printed or exported: 报告日期, 编制日期, 打印时间. */
const DOCUMENT_DAY = /^(?:报告|编制|打印|导出|制表|发文)(?:日期|时间)$/;
/** The head of a unit or office, not of the programme: 负责人, 单位负责人, 股室负责人. */
const UNIT_HEAD = /^(?:单位|股室|科室|部门|本单位)?负责人$/;
/** A label's bracket saying it is points: 资金拨付（自评分）. */
const POINTS_IN_BRACKET = /\s*[（(]\s*(?:自评分|自评得分|自评|得分)\s*[)）]\s*$/;
/** Words said to be points before them and ranged after them: "自评：资金及时拨付（1-5）". */
const POINTS_NAMED = /^\s*(?:自评分?|得分)\s*[：:]\s*(.+?)\s*[（(]\s*\d\s*[-—–~～]\s*\d\s*分?\s*[)）]\s*$/;
/** Villages and communities counted together: 村（居）委会, 村居委会, 村、居. */
const VILLAGES_WITH_COMMUNITIES = /村\s*[（(]\s*(?:居|社区)\s*[)）]|村居(?:委|民委)?|村、居/;
/** The rural or urban part of a population (乡村常住人口, 城镇人口), never the whole. */
const RURAL_PART = /^\s*(?:\d+\s*[.、．]\s*)?(?:(?:19|20)\d{2}\s*年度?)?(?:乡村|农村|城镇|城区)(?:常住)?人口/;

/**
 * "有劳动能力贫困人口中参加电商培训的": those of a whole who did something are counted, not the whole —
 * read as "参加电商培训的贫困人口" (what they did, then the whole's head noun).
 */
function partOfWhole(t: string): string {
  const m = /^(.{3,}?)中(参加|参训|接受|已)(.+?)(?:的人数|的|人数)?$/.exec(t.trim());
  if (!m) return t;
  const whole = m[1].replace(/[（(][^（()）]*[)）]/g, "");
  const head = whole.slice(whole.lastIndexOf("的") + 1).slice(-4);
  return `${m[2]}${m[3]}的${head}`;
}

/** A label without its numbering, its scope (全市, 我县) and the verb after it (共有, 现有). */
function withoutScope(t: string): string {
  return t
    .replace(/^\s*\d+\s*[.、．]\s*/, "")
    .replace(/^(?:全县|全市|全区|本县|我县|本市|我市|本区|我区)/, "")
    .replace(/^(?:共有|现有|共计|共)/, "");
}

/**
 * A document's title as a catalogue lists it, "徐闻县省级电子商务进农村综合示范专项资金管理办法": the
 * county's name and the programme's own name are in every such title and say nothing of which
 * document it is (省级专项资金管理办法). Only a title ending with its kind (办法, 方案…); whatever else
 * its words say stays.
 */
function documentTitle(t: string): string {
  if (!DOCUMENT_KIND.test(t)) return t;
  const without = t.replace(PROGRAMME_NAME, "");
  return without === t ? t : without.replace(/^(?:关于)?[\u4e00-\u9fff]{2,5}?[县区市](?=省级|县级|区级|市级|[\u4e00-\u9fff]{2,}(?:方案|办法|措施|制度|细则)$)/, "");
}
/** What a document's title ends with: its kind (实施方案, 管理办法, 扶持措施…). */
const DOCUMENT_KIND = /(?:方案|办法|措施|制度|细则|意见|规定|规划)$/;
/** The programme's name inside a title (电子商务进农村综合示范县, 电商进农村综合示范): what follows names the document. */
const PROGRAMME_NAME = /(?:电子商务|电商)进农村综合示范(?:县|区|市)?/;

/**
 * "引入专业运营服务商广东禅域网络科技有限公司": the operator's company named after what it is; what it is
 * says the fact, its name only dilutes the words.
 */
function withoutCompanyName(t: string): string {
  return (
    t
      .replace(/(服务商|运营商|运营团队|服务机构)[（(]?[\u4e00-\u9fff]{4,30}?(?:股份)?有限(?:责任)?公司[）)]?/g, "$1")
      // (…or named before what it became: "引进韶关市…有限公司作为专业运营服务商".)
      .replace(/(引进|引入|委托|确定|选定|聘请)[\u4e00-\u9fff]{2,30}?(?:股份)?有限(?:责任)?公司(?:作为|为|担任)/g, "$1")
  );
}

function isFigure(v: CellValue | undefined): boolean {
  return v !== undefined && v !== null && !(v instanceof Date) && text(v) !== "" && parseNumber(v).ok;
}

function figureAfter(row: CellValue[], c: number): boolean {
  return isFigure(row.slice(c + 1).find((v) => text(v) !== "" && !unitOf(v ?? null)));
}

/**
 * A value cell "成 员：区商务局、区财政局…" whose label names an input outright (as well as 成员 names
 * 参与部门), when the line's own label says nothing of it (a merged 领导小组 over 组长 / 副组长 / 成员 lines).
 */
function namedPair(v: string): { label: string; value: string } | undefined {
  const pair = inlinePair(v);
  return pair && /^(?:成\s*员(?:单位)?|参与部门|副组长)$/.test(pair.label.replace(/[\s\u3000]+/g, "")) ? pair : undefined;
}

/** A pair's value without a remark after its ；(words only: no figure, no other label). */
function withoutRemark(pair: { label: string; value: string } | undefined): { label: string; value: string } | undefined {
  const m = pair ? /^([^；;]+)[；;]\s*([^；;:：\d]+)$/.exec(pair.value) : null;
  return pair && m ? { label: pair.label, value: m[1].trim() } : pair;
}

/** A cell holding "label：value". */
function inlinePair(t: string): { label: string; value: string } | undefined {
  // (A log's line begins with its day, "2019年12月20日，领导小组成员单位：…": the label follows it.)
  const m = LABELLED.exec(t.trim().replace(LEADING_DAY, ""));
  // (Words holding a whole day already state something, "数据截至2021年8月31日；摘录整理：…": no label.)
  if (m && /(?:19|20)\d{2}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}/.test(m[1])) return undefined;
  // (Nor is a unit's colon inside brackets a label's end: 电商培训人次（单位：人次）.)
  if (m && /[（(]\s*(?:计量|金额)?单位$/.test(m[1].trim())) return undefined;
  // (Nor is a line going on to say more after its value: "全县常住人口：33.58万人（七普），户籍人口42.13万人",
  // "行政村：174个，社区居委会：15个", "专栏：已设立，公示创建方案、项目基本信息、每月建设进度" — its
  // clauses are read one by one, as a sentence's are.)
  if (m && saysMore(m[2])) return undefined;
  return m ? { label: m[1].trim(), value: m[2].trim() } : undefined;
}

/** A line saying a thing did not happen: 未发生…事故, 无弄虚作假, 不存在…. */
const NOT_HAPPENED = /未发生|未出现|没有发生|没有出现|不存在|无弄虚作假|无虚报|杜绝/;

/** A cell of a line's own points: "自评 2分", "自评2分". */
const OWN_POINTS = /^\s*自评(?:得分)?\s*[:：]?\s*(\d+(?:\.\d+)?)\s*分\s*$/;

/** Words saying a thing is not so: 未发生…, 无弄虚作假, 没有…, 不存在…. */
const NOT_SO = /^(?:未|无|没有|不存在|不)/;

/** A column of the groups the lines fall in (板块 | 小项 …), not of the lines' own names. */
const GROUP_HEADER = /^(?:板块|大类|类别|分类|模块|部分|一级指标|工作任务|方面)$/;

const LEADING_DAY = /^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]?\s*[，,]\s*/;

/** A figure, a comma, and a clause that says no figure ("23个，已全部建站"). */
const FIGURE_THEN_WORDS = /^(\d[\d,，.]*\s*[^\d\s，,；;。]{0,3})[，,；;]\s*([^\d０-９]+)$/;

/**
 * The value of a label at (r, c) for an input: the sheet's value column when it has one, else the
 * first cell to the right that fits the input's type (skipping units; stopping at a note column or
 * at the next label), else the cell below when it fits and is no label itself.
 */
function valueFor(
  sheet: Sheet,
  layout: Layout,
  r: number,
  c: number,
  input: RubricInput,
  strongLabel: (v: CellValue | undefined, min?: number) => boolean,
): Candidate["value"] | undefined {
  const row = sheet.rows[r] ?? [];
  // The header of running totals kept one row per date (./dated-rows): its values are under it.
  if (DATED_HEADS.has(row)) return valueBelow(sheet, layout, r, c, input, strongLabel);
  if (layout.yesCol !== undefined && layout.noCol !== undefined && underHeader(layout, r) && input.type === "bool") {
    // A later page's 是 | 否 header, shifted by the scan ("事 项 | 是 | 否" one column right): its columns.
    const page = yesNoHeaderAbove(sheet, layout.headerRow, r);
    for (const [col, answer] of [
      [page?.yes ?? layout.yesCol, "是"],
      [page?.no ?? layout.noCol, "否"],
    ] as const) {
      const mark = text(row[col]);
      if (mark && parseYesNo(mark) !== false) return { r, c: col, v: answer };
    }
    return undefined;
  }
  // An inspection's 判定 says whether the line meets its standard: OK a yes, NG a no, △ not judged yet (no answer);
  // — only records a value. (Not for a veto line, whose standard is that nothing happened: its record says.)
  if (input.type === "bool" && underHeader(layout, r) && layout.verdictCol !== undefined && !input.key.startsWith("veto")) {
    const verdict = verdictOf(text(row[layout.verdictCol]));
    if (verdict === "open") return undefined;
    if (verdict !== undefined) return { r, c: layout.verdictCol, v: verdict ? "是" : "否" };
  }
  // A table of its own lower on the sheet with a verdict column (合同约定建设内容 | 履约情况 | 是否达标): a
  // yes / no criterion is answered there, not by the 履约情况 sentence beside it.
  if (input.type === "bool" && underHeader(layout, r)) {
    const verdict = verdictColumnAbove(sheet, layout.headerRow, r, c);
    const said = verdict !== undefined ? parseYesNo(row[verdict] ?? null) : undefined;
    if (verdict !== undefined && typeof said === "boolean") return { r, c: verdict, v: row[verdict] ?? null };
  }
  // Several value columns ("完成情况 | 自评分"): the first after the label that holds this input's
  // kind of value — the 完成情况 sentence for a fact, the points for a judged item.
  // A clause's points (分项自评) are points: the value of a judged item only, never a fact's answer.
  // (A pair's label, 关键数据① | 数值: its value is its pair's, never a later pair's nor the row's points.)
  // (A group's name, 二级指标 | 方案制定 before 填报项 | 示范县工作方案是否正式印发: the value is the item's on its right,
  // when the item names a fact of its own; points, "评判得分（1-2分）", are read with their group's name.)
  const head = sheet.rows[layout.headerRow] ?? [];
  const itemBetween = (vc: number) =>
    layout.nameCols.includes(c) &&
    row
      .slice(c + 1, vc)
      .some((v, i) => ITEM_HEADER.test(headerKey(head[c + 1 + i] ?? null)) && !layout.nameCols.includes(c + 1 + i) && strongLabel(v) && !POINTS_WORDS.test(text(v)));
  const valueCols = !underHeader(layout, r) ? [] : layout.pairCols?.has(c) ? [c + 1] : layout.valueCols.filter((vc) => vc > c && !itemBetween(vc));
  if (valueCols.length > 0) {
    let filled = false;
    let prev = c;
    for (const valueCol of valueCols) {
      // Another pair's label between them: that value column is the other label's.
      if (prev > c && row.slice(prev + 1, valueCol).some((v, i) => isLabelLike(v) && !layout.noteCols.includes(prev + 1 + i) && !layout.unitCols.includes(prev + 1 + i)))
        break;
      prev = valueCol;
      if (valueCol === layout.itemCol && input.type !== "judged") continue;
      // (Nor are the clerk's points a figure of the county's: 普及性培训是否覆盖常住人口1%以上 | … | 10.)
      const points = valueCol === layout.claimCol || valueCol === layout.pointsCol;
      if (points && (input.type === "number" || input.type === "money" || input.type === "percent")) continue;
      const v = row[valueCol];
      // (…nor a rate: 行政村快递服务通达率 | … | 2 is the line's 2 points, not 2% of villages. Points that say yes or
      // no, 1 or 0 on a line of 1 point, still do.)
      if (points && input.type === "bool" && parsePoints(v ?? null).ok && parseYesNo(v ?? null) === undefined) continue;
      // A 完成时间 column holds days ("2021.6"), never a count or an amount.
      if (input.type !== "date" && DAY_HEADER.test(headerKey(sheet.rows[layout.headerRow]?.[valueCol] ?? null))) continue;
      // A figure in its own count unit ("8 | 场") is no judged item's points: they are further on.
      if (input.type === "judged" && layout.unitCols.includes(valueCol + 1) && isCountUnit(text(row[valueCol + 1]))) continue;
      const eventDay = input.type === "date" ? dayOfEvent(sheet, r, valueCol) : undefined;
      if (eventDay) return eventDay;
      if (fitsType(input, v ?? null)) return { r, c: valueCol, v: v ?? null };
      // A figure, then a remark after its full stop ("46.08万人（七普）。注意户籍人口是50.62万，不要报错"):
      // the figure. (Not for other inputs: "2020年12月下旬投入运营。中心设有…" is an account, its
      // sentences read one by one.)
      // (…or after its comma, a clause with no figure of its own: "23个，已全部建站".)
      const first =
        typeof v === "string" && (input.type === "number" || input.type === "money" || input.type === "percent")
          ? (/^([^。]+)。\s*\S/.exec(v.trim()) ?? FIGURE_THEN_WORDS.exec(v.trim()))?.[1]
          : undefined;
      if (first !== undefined && fitsType(input, first)) return { r, c: valueCol, v: first };
      // …or before another year's in brackets ("12.8亿元（2019年10.1亿元），增长26.7%"): the figure, the aside and
      // the growth read from the prose too (see otherYearAside).
      const beforeAside =
        typeof v === "string" && (input.type === "number" || input.type === "money")
          ? /^(\d[\d,.]*\s*[^\d\s（(，,；;。]{0,3})\s*[（(]\s*(?:19|20)\d{2}\s*年/.exec(v.trim())?.[1]
          : undefined;
      if (beforeAside !== undefined && fitsType(input, beforeAside)) return { r, c: valueCol, v: beforeAside };
      // A yes/no criterion scored in the points column ("③免费培训场所、培训设备 | 2 | 2"): points are yes, 0 is no.
      const scored = points && input.type === "bool" ? parsePoints(v ?? null) : undefined;
      if (scored?.ok && !scored.unit) return { r, c: valueCol, v: scored.value.isZero() ? "否" : "是" };
      filled ||= !DASH.test(text(v));
    }
    if (filled) return input.type === "date" ? dateInNote(row, layout, r, c) : undefined;
    // A checklist under the table, its item merged over the first columns and its ✅ / ❌ right after
    // the merge (in whatever the table's column was there: 满分): a form line of its own.
    const merged = input.type === "bool" ? mergeAt(sheet.merges, r, c) : undefined;
    if (merged && merged.left === c && merged.right > c && merged.bottom === r) {
      const mark = row[merged.right + 1];
      if (typeof mark === "string" && mark.trim().length <= 3 && typeof parseYesNo(mark) === "boolean") return { r, c: merged.right + 1, v: mark };
    }
    // The value columns left blank (or "—"), the answer written in the next column instead (a veto
    // line's 自评分 empty, its 扣分原因 "本项目未发生"): the first cell after them that fits; a note
    // column only when it holds a bare 是 / 否 / 无, which is an answer, not evidence.
    const last = valueCols[valueCols.length - 1];
    // A short answer ("无", "未发生。"), not a remark that happens to start with one.
    const shortAnswer = (answer: CellValue | undefined): answer is string =>
      input.type === "bool" && typeof answer === "string" && answer.trim().replace(/[。.]$/, "").length <= 3 && typeof parseYesNo(answer) === "boolean";
    // …or in the account column before them (一票否决 | 完成情况及佐证材料 "无" | 自评意见 "不涉及"), never a
    // catalogue's description of the item (数据类型 N, a type's code) nor whether the line is appealed (是否申诉 否).
    const header = sheet.rows[layout.headerRow] ?? [];
    // (…nor another round's or year's answer, 中期评估填报 or 2020年度填报 beside this one's: not this round's.)
    const answers = (vc: number) => {
      const key = headerKey(header[vc] ?? null);
      return !NEVER_ANSWERS.includes(key) && !EARLIER_ROUND.test(key) && !YEAR_ROUND.test(key);
    };
    for (let vc = c + 1; vc < valueCols[0]; vc++) if (layout.noteCols.includes(vc) && answers(vc) && shortAnswer(row[vc])) return { r, c: vc, v: row[vc] as string };
    for (let vc = last + 1; vc < Math.min(row.length, last + 3); vc++) {
      if (layout.noteCols.includes(vc)) {
        if (!answers(vc)) break;
        const answer = row[vc];
        if (shortAnswer(answer)) return { r, c: vc, v: answer };
        // A name or a list has no column of its own among 数量 | 时间 | 是否: it is written in the 说明.
        if (input.type === "text" && typeof row[vc] === "string" && text(row[vc]) !== "") return { r, c: vc, v: row[vc] ?? null };
        break;
      }
      // An indicator's total (自评得分 beside the clauses' own points) is no clause's value.
      if (vc === layout.claimCol) continue;
      if (fitsType(input, row[vc] ?? null)) return { r, c: vc, v: row[vc] ?? null };
    }
  } else {
    for (let vc = c + 1, seen = 0; vc < row.length && seen < 4; vc++) {
      // (Above the table a title line's pairs are the header's columns' no more.)
      if (underHeader(layout, r) && layout.noteCols.includes(vc)) break;
      const v = row[vc];
      // (A claim table's "／" in every office's column but the one that gives the figure: nothing said there.)
      if (DASH.test(text(v)) || (underHeader(layout, r) && layout.unitCols.includes(vc)) || unitOf(v ?? null)) continue;
      // (A column headed 自评分 holds points even where the sheet's header was not made out: no figure.)
      if (input.type !== "judged" && pointsColumn(sheet, vc, r)) continue;
      // Any text fits a text input, so there a cell that merely resembles a label stops the search;
      // so does another label with its own value ("填报日期：2021.9.7").
      // (…and so does a form's label spaced out to its column's width, "班 级": a label, never a value.)
      // (…and so does a form's next pair's label, 报告期 | 2021年8月1日—31日 | 编制日期 | 2021年9月3日: a day's name.)
      if (
        strongLabel(v, input.type === "text" ? 0.6 : 0.8) ||
        (typeof v === "string" && (/^[\u4e00-\u9fff]{2,10}\s*[:：]\s*\S/.test(v) || SPACED_LABEL.test(v.trim()) || DAY_LABEL.test(v.trim())))
      )
        break;
      const eventDay = input.type === "date" ? dayOfEvent(sheet, r, vc) : undefined;
      if (eventDay) return eventDay;
      if (fitsType(input, v ?? null)) return { r, c: vc, v: v ?? null };
      seen++;
    }
  }
  if (input.type === "date") {
    const inNote = dateInNote(row, layout, r, c);
    if (inNote) return inNote;
  }
  return valueBelow(sheet, layout, r, c, input, strongLabel);
}

/**
 * Is the cell at (r, c) in a value column a sub-item's name, its answer in the next cell under the same merged
 * header (情况 over both, the next column no value column of its own): a short name without a clause's break,
 * something written beside it.
 */
function subItemLabel(sheet: Sheet, layout: Layout, r: number, c: number): boolean {
  const head = mergeAt(sheet.merges, layout.headerRow, c);
  if (!head || head.right <= c || layout.valueCols.includes(c + 1)) return false;
  const name = text(sheet.rows[r]?.[c]).trim();
  const answer = text(sheet.rows[r]?.[c + 1]).trim();
  return answer !== "" && name.length <= 20 && !/[，。；,;]/.test(name);
}

/** Is column c headed by the clerk's points (自评分, 得分) in a cell above row r, among the sheet's first rows? */
function pointsColumn(sheet: Sheet, c: number, r: number): boolean {
  for (let h = 0; h < Math.min(r, 12); h++) {
    const v = sheet.rows[h]?.[c];
    if (typeof v === "string" && v.length <= 12 && isClaimHeader(v)) return true;
  }
  return false;
}

/** A numbered section's heading: "四、行程安排", "五．汇报要点". */
const NUMBERED_HEADING = /^[一二三四五六七八九十]{1,3}[、．.]\s*[\u4e00-\u9fff]/;

function valueBelow(
  sheet: Sheet,
  layout: Layout,
  r: number,
  c: number,
  input: RubricInput,
  strongLabel: (v: CellValue | undefined, min?: number) => boolean,
): Candidate["value"] | undefined {
  const row = sheet.rows[r] ?? [];
  // The value under its label: a row of labels with their values in the row below, or one label
  // per line with its value on the next line.
  // A label merged down over two header rows has its value under the merge. (In a table's name
  // column the next row is the next line's label — 评分标准's next clause — never this one's value.)
  let next = (mergeAt(sheet.merges, r, c)?.bottom ?? r) + 1;
  // (Past rows of a running-totals table left out as not the cut-off's: ./dated-rows.)
  while (sheet.rows[next] && LEFT_OUT.has(sheet.rows[next])) next++;
  // (A paragraph of a report pasted line by line is no label: the paragraph under it is no value of it.
  // Nor is a long line that says its own what after a colon, "成立…领导小组：县长任组长，…", nor a log's
  // dated line, "2020年9月15日，中心投入运营".)
  // (…nor a numbered note under a table, a sentence to its full stop: "4.表中数据截至2021年8月31日，即…截止日期。")
  const own = text(row[c]);
  const paragraph = (own.length > 40 && /。\s*\S|[:：][^:：]{12,}/.test(own)) || DATED_LINE.test(own) || (own.length >= 15 && /^\d+[.．、][^。]+。$/.test(own.trim()));
  // (A line saying its own day, "数据截至2021年8月31日；各县（区）在本单位列填写…", is no label of the line under it.)
  if (input.type === "date" && /(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/.test(own) && own.length > 20) return undefined;
  // (…and the next section's heading, "四、行程安排" under a line of who attends, is no value of the line above it.)
  const heading = NUMBERED_HEADING.test(text(sheet.rows[next]?.[c]).trim());
  const below = (underHeader(layout, r) && layout.nameCols.includes(c)) || paragraph || heading ? undefined : sheet.rows[next]?.[c];
  // A column of an itemised table under its header (建设内容 | 合同金额 | 累计拨付: a figure per item): the
  // column's value is its 合计 row's, never the first item's. (A year's column, 2020年（本年数）, holds
  // a figure of each thing named on its row, read with the row's label.)
  const items = /(?:19|20)\d{2}/.test(text(row[c])) ? undefined : itemisedColumn(sheet, next, c);
  if (items) return items.total;
  // (A day under a day's label is its value, however much "2020年9月" reads like a year's sub-header.)
  const day = input.type === "date" && below !== undefined && !/^\s*(?:19|20)\d{2}\s*年?\s*$/.test(text(below)) && parseDate(below).ok;
  if (below !== undefined && fitsType(input, below) && (day || !strongLabel(below, input.type === "date" ? 0.5 : 0.8))) {
    const rightOfBelow = text(sheet.rows[next]?.[c + 1]);
    const otherLabels = row.filter((v, i) => i !== c && isLabelLike(v) && !isShortAnswer(v) && strongLabel(v, 0.5)).length;
    // "七、资金管理" over "37 | 下达省级专项资金": a heading over a numbered line, whose 37 is its 序号.
    const numberedLine = typeof below === "number" && Number.isInteger(below) && strongLabel(sheet.rows[next]?.[c + 1]) && row.filter((v) => text(v) !== "").length === 1;
    if (!numberedLine && (otherLabels >= 1 || rightOfBelow === "" || strongLabel(sheet.rows[next]?.[c + 1]))) return { r: next, c, v: below };
  }
  return undefined;
}

/**
 * The unit of the item a sub-item's label stands under, the label left of it (merged down over its
 * sub-items, or on the row): "农村网络零售额（万元）" over 2019年 and 2020年.
 */
function parentUnit(sheet: Sheet, r: number, c: number): string | undefined {
  for (let k = c - 1; k >= 0; k--) {
    const m = mergeAt(sheet.merges, r, k);
    const said = text(sheet.rows[m ? m.top : r]?.[m ? m.left : k]).trim();
    if (said !== "") return labelUnit(said);
  }
  return undefined;
}

/**
 * A row of labels over their figures headed by its unit, "资金情况（万元） | 资金下达数 | 累计支付数": the unit
 * in the brackets of the row's first words, before the label at c.
 */
function rowHeadUnit(row: readonly (CellValue | undefined)[], c: number): string | undefined {
  const head = row.find((v, i) => i < c && text(v).trim() !== "");
  return typeof head === "string" ? /[（(]\s*(万元|亿元|元)\s*[)）]\s*$/.exec(head)?.[1] : undefined;
}

/**
 * Figures down column c from row `from`, each on a row named by an item to its left, two at least:
 * an itemised table's column, with its 合计 / 总计 row's cell when it has one.
 */
function itemisedColumn(sheet: Sheet, from: number, c: number): { total?: Candidate["value"] } | undefined {
  const named = (r: number) => {
    const row = sheet.rows[r] ?? [];
    // (A 序号 before the item's name is no name: 1 | 中心装修及设备采购 | 128.)
    const first = row.findIndex((v) => text(v) !== "" && !(typeof v === "number" && Number.isInteger(v)));
    // (…or a dash, an item the column does not apply to: 县本级 | — | — | 1326, its training only.)
    const filled = isFigure(row[c]) || /^[—–\-－]+$/.test(text(row[c]).trim());
    return first >= 0 && first < c && typeof row[first] === "string" && filled ? text(row[first]).replace(/\s+/g, "") : undefined;
  };
  let r = from;
  let total: Candidate["value"] | undefined;
  // (…or its first row the whole, broken down under it: 年度资金总额 | 1500, then 其中：财政拨款 | 1500.)
  for (let name = named(r); name !== undefined; name = named(++r))
    if (/^(?:合计|总计|累计)$/.test(name) || (r === from && /总额$/.test(name) && /^其中/.test(named(r + 1) ?? ""))) total ??= { r, c, v: sheet.rows[r]?.[c] ?? null };
  return r - from >= 2 ? { total } : undefined;
}

/** Does a label at (r, c) have something beside it that looks like a value (not more prose)? */
function hasValueNear(sheet: Sheet, layout: Layout, r: number, c: number): boolean {
  const row = sheet.rows[r] ?? [];
  const valueCol = underHeader(layout, r) ? layout.valueCols.find((vc) => vc > c) : undefined;
  if (valueCol !== undefined) return text(row[valueCol]) !== "";
  for (let vc = c + 1; vc < row.length; vc++) {
    if (layout.noteCols.includes(vc)) break;
    const v = row[vc];
    if (text(v) === "" || unitOf(v ?? null)) continue;
    return !(isLabelLike(v) && v.trim().length > 12);
  }
  return false;
}

/** A form's label naming a day (编制日期, 填报时间): another pair's label, never a value. */
const DAY_LABEL = /^[\u4e00-\u9fff]{1,6}(?:日期|时间)$/;

/** A template's requirement saying the unit ("数值，单位：万人，保留两位小数", "单位为万元"). */
const STATED_UNIT = /单位\s*(?:[:：]|为|是)\s*(万人次|万人|万元|亿元|元|人次|人|个|家|%)(?![\u4e00-\u9fff])/;

function unitBetween(sheet: Sheet, layout: Layout, r: number, c: number, vc: number): string | undefined {
  const row = sheet.rows[r] ?? [];
  for (let u = c + 1; u < vc; u++) {
    const unit = unitOf(row[u] ?? null) ?? STATED_UNIT.exec(text(row[u]))?.[1];
    if (unit) return unit;
  }
  // A 单位 column after the value ("常住人口 | 42 | 万人").
  for (const u of layout.unitCols) if (u > c) return unitOf(row[u] ?? null);
  return undefined;
}

/**
 * The first note column right of c that is the county's own: not another round's or party's (OTHER_ROUND, a team's
 * 核查情况（考评组填写） □属实 □不属实), which says nothing of the line's evidence.
 */
function ownNoteCol(layout: Layout, c: number): number | undefined {
  return layout.noteCols.find((n) => n > c && !layout.otherCols?.includes(n));
}

/** The evidence note of a value: the next note column, unless another pair stands between them. */
function noteFor(sheet: Sheet, layout: Layout, r: number, vc: number): string | undefined {
  const row = sheet.rows[r] ?? [];
  const noteCol = ownNoteCol(layout, vc);
  if (noteCol !== undefined && row.slice(vc + 1, noteCol).some((v) => isLabelLike(v))) return undefined;
  const note = noteCol !== undefined ? text(row[noteCol]) : "";
  return note || undefined;
}

/**
 * An input counted without something ("有劳动能力的建档立卡贫困人口数（不含外出务工）") and two labels
 * for it, one leaving that out ("有劳动能力且未外出务工 | 7,324") and one not ("有劳动能力 | 17,206"):
 * the one leaving it out is the input, however well the other's words resemble it.
 */
function withoutUnqualified(cands: Candidate[]): Candidate[] {
  const excluded = (label: string) => /[（(]\s*(?:不含|除)\s*([\u4e00-\u9fff]{2})/.exec(label)?.[1];
  const saysWithout = (label: string, word: string) => new RegExp(`(?:不含|未|除|扣除|剔除|不包括|非)\\s*${word}`).test(label);
  const drop = new Set<Candidate>();
  for (const cand of cands) {
    const word = excluded(cand.input.label);
    if (!word || cand.score < MATCH_MIN || !saysWithout(cand.label, word)) continue;
    for (const other of cands) if (other.input === cand.input && !saysWithout(other.label, word)) drop.add(other);
  }
  return drop.size ? cands.filter((c) => !drop.has(c)) : cands;
}

/**
 * One label, one input: best scores first. A label whose two best fitting inputs are within the
 * margin (and neither is an exact wording) is ambiguous and left for the user to map.
 */
function assign(cands: Candidate[]): { assigned: Candidate[]; ambiguous: Set<string> } {
  const byCell = new Map<string, Candidate[]>();
  for (const c of cands) {
    const k = placeOf(c);
    byCell.set(k, [...(byCell.get(k) ?? []), c]);
  }
  const valueOf = (c: Candidate) => `${c.value.r}:${c.value.c}`;
  const byValue = new Map<string, Candidate[]>();
  for (const c of cands) byValue.set(valueOf(c), [...(byValue.get(valueOf(c)) ?? []), c]);
  // (A cell answering several inputs in parts, 勾：创建方案、项目基本信息…, is no whole answer: each part its own.)
  const whole = (x: Candidate) => x.part === undefined && x.value.inline === undefined;
  const sorted = [...cands].sort((a, b) => b.score - a.score || a.r - b.r || a.c - b.c);
  const takenInput = new Set<string>();
  const takenCell = new Set<string>();
  const takenValue = new Set<string>();
  const ambiguous = new Set<string>();
  const assigned: Candidate[] = [];
  for (const cand of sorted) {
    const cell = placeOf(cand);
    // (Pairs in one cell, "网销调研：2分；促销活动：2分", are values of their own even when they read alike.)
    const valueCell = `${cand.value.r}:${cand.value.c}:${cand.value.inline === undefined ? "" : `${cand.part ?? 0}:${cand.value.inline}`}`;
    if (cand.score < MATCH_MIN || takenCell.has(cell) || takenInput.has(cand.input.key) || takenValue.has(valueCell)) continue;
    // The exact wording of an input already filled in is that input written twice, not another one.
    if (!cand.exact && (byCell.get(cell) ?? []).some((o) => o.exact && takenInput.has(o.input.key))) continue;
    // …and a line's answer read better by its item's own name (总体进度不足40% beside the indicator's 项目进度) as an
    // input already filled in is that input again, not the runner-up its broader name reads as.
    if (
      !cand.exact &&
      whole(cand) &&
      (byValue.get(valueOf(cand)) ?? []).some((o) => whole(o) && o.r === cand.r && o.c > cand.c && takenInput.has(o.input.key) && o.score > cand.score + MARGIN)
    )
      continue;
    const rivals = (byCell.get(cell) ?? []).filter((o) => o !== cand && o.input.key !== cand.input.key && !takenInput.has(o.input.key) && o.score >= cand.score - MARGIN);
    // (A line asking 是否…, "是否由区政府主要领导牵头", is answered yes or no: of two inputs it reads as alike, the yes / no one.)
    if (/是否/.test(cand.label) && rivals.length > 0 && rivals.every((o) => (o.input.type === "bool") !== (cand.input.type === "bool"))) {
      if (cand.input.type !== "bool") continue;
      rivals.length = 0;
    }
    if (rivals.length > 0 && !cand.exact) {
      ambiguous.add(cell);
      takenCell.add(cell);
      continue;
    }
    takenCell.add(cell);
    takenInput.add(cand.input.key);
    takenValue.add(valueCell);
    assigned.push(cand);
  }
  assigned.sort((a, b) => a.r - b.r || a.c - b.c || (a.part ?? 0) - (b.part ?? 0));
  return { assigned, ambiguous };
}

/** "…，自评2分" at the end of a line's answer (claim-lines' wording; 自评加 / 减 N分 is no item's points). */
const SELF_SCORED = new RegExp(`${SELF_SCORE_WORDS}(\\d+(?:\\.\\d+)?)\\s*分`, "g");
/** The same, for a test of whether a text has one (no lastIndex to carry between calls). */
const SELF_SCORED_ONCE = new RegExp(SELF_SCORED.source);

/** Points within a judged item's range (1-2 分, 1-5 分). */
function inItemRange(judged: RubricInput, points: number): boolean {
  return judged.range !== undefined && points >= Number(judged.range[0]) && points <= Number(judged.range[1]);
}

const SUBTOTAL = /^\s*小\s*计\s*[:：]?\s*$/;
/** …or the indicator's name before it, as a system's export writes it: "项目管理 小计". */
const NAMED_SUBTOTAL = /^\s*([\u4e00-\u9fff][^小]{1,24}?)\s*小\s*计\s*[:：]?\s*$/;

/**
 * An indicator's weight written in its name when no 分值 column has it ("资金管理制度（5分）"): in the
 * indicator's own name column (not a 工作任务 grouping indicators, "加强组织领导与统筹协调（10分）", nor
 * criteria, "…（2分）"), a short name. `head` is the header row, heads merged down into it included.
 */
function weightInName(head: readonly CellValue[], row: readonly CellValue[], layout: Layout): ReturnType<typeof parseNumber> | undefined {
  const own = layout.nameCols.find((c) => INDICATOR_NAME_HEADER.test(headerKey(head[c] ?? null)));
  const name = own !== undefined ? text(row[own]) : "";
  // (Without its 分 when the column's header says what the bracket holds: 评价指标（满分） | 组织领导（2）.)
  const bare = own !== undefined && fullMarkInNames(head[own]);
  const m = name.length <= 20 ? (bare ? /[（(]\s*(\d{1,2})\s*分?\s*[)）]\s*$/ : /[（(]\s*(\d{1,2})\s*分\s*[)）]\s*$/).exec(name) : null;
  return m ? parseNumber(m[1]) : undefined;
}
/** The header of a column of indicators' own names. */
// (考核项目（分值） | 考核指标（目标要求）: a 责任书's annex names its projects with their points, then their targets.)
const INDICATOR_NAME_HEADER = /^(?:考评指标|评价指标|考核指标|指标|指标名称|评价指标名称|二级指标|考核项目|考评项目)$/;

/**
 * The official indicator table: each row with a number in the 自评 column whose texts name an
 * indicator (its name, or its criteria with the 分值 matching) is the clerk's claim for it. Rows
 * that name a single input instead (a sub-row per 评分项, a veto row answered 否) stay facts.
 * Each claim row is added to `claimRows`; to `answering`, those whose other cells still answer their
 * line (a single-item indicator's line in its input's words, 示范创建工作方案 | 2020年6月印发 | 2).
 */
function readClaims(
  sheet: Sheet,
  layout: Layout,
  vocab: FactsVocabulary,
  out: Claim[],
  claimRows: Set<number>,
  matchOf: (t: string) => Scored<RubricInput>[],
  answering: Set<number>,
): void {
  const claimCol = layout.claimCol as number;
  /** The header as its names' column is headed, heads merged down from the row above included (指标（满分）). */
  const head = withHeadsMergedDown(sheet, layout.headerRow);
  const claimMerged = (r: number) => (sheet.merges ?? []).some((m) => m.top <= r && r <= m.bottom && m.bottom > m.top && m.left <= claimCol && claimCol <= m.right);
  const seen = new Map<string, Claim>();
  const rows: { r: number; ind: RubricIndicator; claim: CellValue; itemInput: number; subtotal?: boolean }[] = [];
  /** Every row with points, and the indicator it names when it names one (not an item of it). */
  const pointRows: { r: number; ind?: RubricIndicator }[] = [];
  // Only the 评价指标 / 分值 columns group an indicator's rows (工作任务 groups indicators).
  const nameCols = layout.nameCols.filter((c) => !/工作任务|一级指标/.test(text(sheet.rows[layout.headerRow]?.[c])));
  const groupOf = (r: number) =>
    (sheet.merges ?? []).find(
      (m) => m.top <= r && r <= m.bottom && m.bottom > m.top && (m.left === layout.weightCol || nameCols.some((c) => m.left <= c && c <= m.right)),
    );
  const groupCols = new Set((sheet.rows[layout.headerRow] ?? []).flatMap((v, c) => (c < claimCol && GROUP_HEADER.test(headerKey(v ?? null)) ? [c] : [])));
  /** A line's name cells: its name columns, or the cells before its points when none is headed as one (小项（我们的叫法）). */
  const nameCellsOf = (row: CellValue[]) => (layout.nameCols.length > 0 ? layout.nameCols : row.slice(0, claimCol).map((_, c) => c));
  let blockStart = layout.headerRow + 1;
  for (let r = layout.headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    // A 小计 line closes an indicator's rows ("项目管理 | 制度… | 1", "| 台账… | 2", "| 小计 | 3"): its
    // points are the indicator's claim, and the rows above it are its items, read as facts.
    const ownName = row
      .slice(0, claimCol)
      .map((v) => NAMED_SUBTOTAL.exec(text(v))?.[1])
      .find((t) => t !== undefined && (vocab.indicators.match(t, 0.5)[0]?.score ?? 0) >= 0.7);
    if (ownName !== undefined || row.slice(0, claimCol).some((v) => SUBTOTAL.test(text(v)))) {
      // Inside an indicator's merged name (项目管理 over its two items and the 小计), the block is that
      // indicator's rows only: the one-line indicators above it (组织领导, 方案制定) are their own.
      const g = groupOf(r);
      if (g && g.top < r && g.top > blockStart) blockStart = g.top;
      const named = ownName !== undefined ? vocab.indicators.match(ownName, 0.5)[0] : g ? vocab.indicators.match(text(sheet.rows[g.top]?.[g.left]), 0.5)[0] : undefined;
      const block = rows.filter((x) => x.r >= blockStart);
      const ind = (named && named.score >= 0.7 ? named.target : undefined) ?? block[0]?.ind ?? pointRows.find((p) => p.r >= blockStart && p.ind)?.ind;
      if (ind && parsePoints(row[claimCol] ?? null).ok) {
        rows.splice(rows.length - block.length, block.length);
        rows.push({ r, ind, claim: row[claimCol] ?? null, itemInput: 0, subtotal: true });
      }
      blockStart = r + 1;
      continue;
    }
    const claim = pointsBeforeBreakdown(row[claimCol] ?? null);
    if (text(claim) === "") continue;
    // One line scoring two indicators ("信息公开、数据上报 | 3+6", "服务体系建设 | 23（其中县级中心13分、
    // 村级站点10分）"): a claim for each.
    const name = layout.nameCols.map((c) => row[c]).find((v) => isLabelLike(v) && /、/.test(v));
    const both = (typeof name === "string" ? combinedClaim(name, claim, vocab) : undefined) ?? breakdownClaims(row[claimCol] ?? null, vocab);
    if (both) {
      pointRows.push({ r });
      claimRows.add(r);
      for (const { indicator, points } of both)
        if (!seen.has(indicator.id)) {
          const cl: Claim = { indicator: indicator.id, value: points, sheet: sheet.name, row: r + 1, cell: cellAddress(r, claimCol) };
          seen.set(indicator.id, cl);
          out.push(cl);
        }
      continue;
    }
    const n = parsePoints(claim);
    if (!n.ok) continue;
    const weight = layout.weightCol !== undefined ? parseNumber(row[layout.weightCol] ?? null) : weightInName(head, row, layout);
    // Each indicator gathers its evidence across the row's cells (name and criteria both count),
    // so 服务体系建设 is told apart by its criteria and 工作任务 does not outvote 评价指标.
    const total = new Map<RubricIndicator, { sum: number; max: number }>();
    let bestInput = 0;
    let bestInputKey: string | undefined;
    /** How well a cell other than the indicator's name states one input (the row is one item). */
    let itemInput = 0;
    // A group's word in a column of its own (板块 | 小项: 资金 | 资金管理制度) names no indicator
    // beside the line's own name: 资金 would outvote 资金管理制度 for 资金台账.
    // (When the line's own name resembles no indicator, 谁挂帅 under 组织, the group's word may.)
    const gather = (withGroups: boolean) => {
      for (let c = 0; c < claimCol; c++) {
        const v = row[c];
        if (!isLabelLike(v) || layout.noteCols.includes(c) || (!withGroups && groupCols.has(c))) continue;
        const top = matchOf(v)[0];
        const inputScore = top?.score ?? 0;
        if (inputScore > bestInput) bestInputKey = top?.target.key;
        bestInput = Math.max(bestInput, inputScore);
        // "加分：贫困人口培训率≥70%": a bonus indicator named after the word for bonus.
        const bonus = /^\s*加分项?\s*[:：]\s*(\S.*)$/s.exec(v);
        const indicators = bonus ? vocab.indicators.match(bonus[1], 0.5).filter((m) => m.target.section === "bonus") : vocab.indicators.match(v, 0.5);
        if (!((indicators[0]?.score ?? 0) >= 0.99)) itemInput = Math.max(itemInput, inputScore);
        for (const m of indicators) {
          const t = total.get(m.target) ?? { sum: 0, max: 0 };
          total.set(m.target, { sum: t.sum + m.score + 0.001 * c, max: Math.max(t.max, m.score) });
        }
      }
    };
    // A two-character short name (中心 | 15) names its indicator surely when only one has it and that weight.
    // (In the line's name columns, or in the cells before its points when none is headed as one: 小项（我们的叫法）.)
    const nameCells = nameCellsOf(row);
    const short = weight?.ok
      ? nameCells
          .filter((c) => !groupCols.has(c) && !layout.noteCols.includes(c))
          .map((c) => row[c])
          .filter((v): v is string => typeof v === "string")
          .map((v) => indicatorByShortName(vocab.rubric, v, weight.value))
          .filter((ind) => ind !== undefined)
          .pop()
      : undefined;
    gather(false);
    // (…unless the line's own short name names one, 月报 under 公开报送.)
    if (total.size === 0 && groupCols.size > 0 && !short) gather(true);
    let best: { ind: RubricIndicator; score: number; rank: number } | undefined;
    for (const [ind, t] of total) {
      const bonus = weight?.ok ? (weight.value.eq(Q.from(ind.weight)) ? 0.1 : -0.2) : 0;
      const rank = t.sum + bonus;
      if (!best || rank > best.rank) best = { ind, score: t.max + bonus, rank };
    }
    // The clerk's own name for an indicator ("工作方案", "扶持政策") names the input it rests on
    // better than the indicator: with the row's 满分 equal to that indicator's weight, it is its claim.
    const owner = bestInputKey !== undefined ? ownerOf(vocab.rubric, bestInputKey) : undefined;
    if (owner && weight?.ok && weight.value.eq(Q.from(owner.weight)) && bestInput >= MATCH_MIN && (!best || best.ind === owner || best.score < bestInput))
      best = { ind: owner, score: Math.max(bestInput + 0.1, best?.ind === owner ? best.score : 0), rank: bestInput };
    // (With no 满分 anywhere, a table of one line per indicator in the clerk's words, 资金管理制度 | … | 5:
    // the line is the claim of the indicator its input belongs to, its points within that weight.)
    else if (
      owner &&
      !weight?.ok &&
      bestInput >= 0.9 &&
      !Q.from(owner.weight).lt(n.value) &&
      !seen.has(owner.id) &&
      !rows.some((x) => x.ind === owner) &&
      (!best || best.score < bestInput)
    )
      best = { ind: owner, score: Math.max(bestInput, 0.7), rank: bestInput };
    if ((!best || best.score < 0.7) && short) best = { ind: short, score: Math.max(0.7, bestInput + 0.01), rank: 0 };
    // One indicator alone resembles the line's name (县中心＋产业园, 扶贫案例上电视) and the line's 满分
    // is its weight: it is that indicator, however loosely the clerk named it.
    const alone = total.size === 1 && best && weight?.ok && weight.value.eq(Q.from(best.ind.weight));
    if (alone && best && best.score < 0.7) best = { ...best, score: 0.7 };
    // …and a line whose 满分 is its indicator's weight and not that of the input its words name best
    // (创建方案 | 2: 方案制定's, not 专栏公示创建方案's 信息公开 at 4) is the indicator's line.
    const weighsIndicator = best && weight?.ok && weight.value.eq(Q.from(best.ind.weight)) && !(owner && weight.value.eq(Q.from(owner.weight)));
    // A sub-row naming one input better than any indicator (an item's own points) is a fact row —
    // unless its points cell is merged down over the clauses below it: then it is their total.
    // (…but not where the input is the indicator's one judged item, 示范创建工作方案 for 方案制定: the same line.)
    const itsOnlyItem = best !== undefined && bestInputKey === `judged:${best.ind.id}`;
    if (!best || best.score < 0.7 || best.ind.section === "veto" || (bestInput > best.score && !claimMerged(r) && !weighsIndicator && !itsOnlyItem)) {
      pointRows.push({ r });
      continue;
    }
    // (Such a line says what the item rests on, 2020年6月区政府办印发: read as a line of facts too.)
    if (itsOnlyItem && bestInput > best.score) answering.add(r);
    pointRows.push({ r, ind: best.ind });
    rows.push({ r, ind: best.ind, claim: claim ?? null, itemInput });
  }
  // Lines in the clerk's short names too loose to tell alone (上行, 公开, 报送): the indicator their
  // place between the lines surely named leaves them (./claims-by-place).
  if (layout.itemCol === undefined) {
    const loose = pointRows.flatMap((p) => {
      if (p.ind !== undefined || claimRows.has(p.r)) return [];
      const row = sheet.rows[p.r] ?? [];
      const name = nameCellsOf(row)
        .filter((c) => c < claimCol && !layout.noteCols.includes(c))
        .map((c) => text(row[c]))
        .join("");
      const points = parsePoints(row[claimCol] ?? null);
      return name !== "" && !isTotalText(name) && points.ok ? [{ r: p.r, name, points: points.value }] : [];
    });
    for (const placed of claimsByPlace(rows, loose, vocab)) {
      const p = pointRows.find((x) => x.r === placed.r);
      if (p) p.ind = placed.ind;
      rows.push({ r: placed.r, ind: placed.ind, claim: sheet.rows[placed.r]?.[claimCol] ?? null, itemInput: 0 });
    }
    rows.sort((a, b) => a.r - b.r);
  }
  // Rows under one merged 评价指标 / 分值 cell that each carry points for the same indicator are
  // its items (项目管理 split into 制度 and 台账), not totals: they are read as facts.
  const pointsAt = (r: number) => {
    const p = parsePoints(sheet.rows[r]?.[claimCol] ?? null);
    return p.ok ? p.value : undefined;
  };
  for (const row of rows) {
    const g = groupOf(row.r);
    const inGroup = g ? pointRows.filter((o) => o.r >= g.top && o.r <= g.bottom && o.r !== row.r) : [];
    // Its items: other rows of the same indicator, or item rows beside a row that itself states
    // one item (项目管理 | 建立项目管理制度… | 2, then 建立完整工作台账… | 1), not a total over "其中" rows.
    // A row naming its item less surely is one too, unless its points are the items' sum below it (a total).
    const below = inGroup.filter((o) => o.ind === undefined && o.r > row.r);
    const own = pointsAt(row.r);
    const sum = below.reduce<Q | undefined>((acc, o) => {
      const p = pointsAt(o.r);
      return acc === undefined || p === undefined ? undefined : acc.add(p);
    }, Q.ZERO);
    const isTotal = below.length > 0 && own !== undefined && sum !== undefined && own.eq(sum);
    const items = inGroup.filter((o) => o.ind === row.ind || (o.ind === undefined && (row.itemInput >= 0.9 || (row.itemInput >= MATCH_MIN && !isTotal))));
    if (!row.subtotal && items.length > 0 && !claimMerged(row.r)) continue;
    claimRows.add(row.r);
    if (seen.has(row.ind.id)) continue; // the indicator's total came first; its sub-rows are detail
    const cl: Claim = { indicator: row.ind.id, value: row.claim, sheet: sheet.name, row: row.r + 1, cell: cellAddress(row.r, claimCol) };
    const note = noteFor(sheet, layout, row.r, claimCol);
    if (note) cl.note = note;
    seen.set(row.ind.id, cl);
    out.push(cl);
  }
}
