/** The usage text, one piece per command: `ecom-score --help` prints all, `<command> --help` its own. */

const COMMAND_USAGE = {
  score: `  ecom-score score <workbook.xlsx> [--out <scored.xlsx>] [--json <file>|-] [--as-of YYYY-MM-DD]
                   [--rubric gd-2019|<rubric.json>] [--mapping <mapping.json>] [--quiet]
      评分并写出评分副本（默认 <名称>.scored.xlsx，原文件不变）；--json - 把报告输出到标准输出；
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
} as const;

export type CommandName = keyof typeof COMMAND_USAGE;

const HEADER = "用法 / Usage:\n";

export const USAGE = HEADER + Object.values(COMMAND_USAGE).join("");

export function commandUsage(name: CommandName): string {
  return HEADER + COMMAND_USAGE[name];
}
