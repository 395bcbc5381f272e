/** ecom-score template <out.xlsx>: a new workbook with the facts sheet and empty ledger sheets. */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import { factsTemplate, ledgerTemplates } from "../ledger/template";
import { addTemplateSheets } from "../node/template-xlsx";
import { InputError } from "./errors";
import type { Io } from "./io";
import { loadRubric } from "./rubric-option";

export interface TemplateOptions {
  force?: boolean;
  rubric?: string;
}

export async function templateCommand(out: string, options: TemplateOptions, io: Io): Promise<number> {
  const exists = await fs.stat(out).then(
    () => true,
    () => false,
  );
  if (exists && options.force !== true) throw new InputError(`文件“${out}”已存在；加 --force 覆盖`);
  const wb = new ExcelJS.Workbook();
  addTemplateSheets(wb, [factsTemplate(await loadRubric(options.rubric)), ...ledgerTemplates()]);
  await wb.xlsx.writeFile(out);
  io.out(`已生成模板：${out}（${1 + ledgerTemplates().length} 张表）\n`);
  return 0;
}
