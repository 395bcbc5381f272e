/** The usage text, one piece per command: `ecom-score --help` prints all, `<command> --help` its own. */

const COMMAND_USAGE = {
  score: `  ecom-score score <workbook.xlsx> [<more.xlsx> ...] [--out <scored.xlsx>] [--json <file>|-]
                   [--as-of YYYY-MM-DD] [--rubric gd-2019|<rubric.json>] [--mapping <mapping.json>] [--quiet]
      评分并写出评分副本（默认 <名称>.scored.xlsx，原文件不变）；--json - 把报告输出到标准输出；
      同一县的多个工作簿一起评分，写出一个合并评分工作簿（默认第一个文件旁的 合并评分.xlsx）；
      --rubric 选择考评指标体系：内置的 gd-2019（默认），或一个考评指标体系 JSON 文件（各命令均可用）
`,
  inspect: `  ecom-score inspect <workbook.xlsx> [--json] [--rubric …]
      列出每张工作表识别出的台账类型、表头行、列映射与把握度，以及填报表中未识别的标签和修正命令
`,
  map: `  ecom-score map <workbook.xlsx> --sheet <工作表> --kind <类型|ignore> [--header-row N]
                 [--column 字段=列 ...] [--out <file.xlsx>] [--rubric …] | --remove --sheet <工作表>
  ecom-score map <workbook.xlsx> --fact "<标签>=<填报项|ignore>" ... | --remove --fact "<标签>"
      保存人工映射到工作簿的隐藏设置表（默认写回原文件，原文件依次备份为 .bak.xlsx、.bak-2.xlsx …）；
      --fact 说明填报表中未识别的标签是哪个填报项（未识别的标签、候选填报项和命令见 inspect）
`,
  template: `  ecom-score template <out.xlsx> [--force] [--rubric …]
      生成“基本情况与自评填报”模板表及各台账空表（--force 覆盖已有文件）
`,
  verify: `  ecom-score verify <scored.xlsx> [--json <file>|-] [--rubric <file.json>]
      核对评分副本：评分后改动过的台账（哪些行）、不再由台账得出的得分、手工改动的得分；一致 0，不一致 3
`,
  sample: `  ecom-score sample <workbook.xlsx> [--seed <种子>] [--out <file.xlsx>] [--json <file>|-] [--rubric <id|file.json>] [--quiet]
      抽取考评抽查清单（30% 站点视频抽查，其中至少一半贫困村站点；另现场检查 5 个，其中贫困村 2 个），
      打印并写入工作簿副本（默认 <名称>.sample.xlsx）；同一种子重抽结果相同
`,
  batch: `  ecom-score batch <文件夹或工作簿…> [--out <汇总.xlsx>] [--json <file>|-] [--jobs N]
                   [--rubric <id|file.json>] [--quiet]
      并行为每个县的工作簿评分，写出汇总表（排名、合计、加分、否决、各指标得分、诊断数）；无法读取的文件列出原因
`,
} as const;

export type CommandName = keyof typeof COMMAND_USAGE;

const HEADER = "用法 / Usage:\n";

export const USAGE = HEADER + Object.values(COMMAND_USAGE).join("");

export function commandUsage(name: CommandName): string {
  return HEADER + COMMAND_USAGE[name];
}
