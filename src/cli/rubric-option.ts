/** --rubric: a bundled rubric's id, or a rubric's JSON file (checked, see docs/adding-a-rubric.md). */
import { promises as fs } from "fs";
import { DEFAULT_RUBRIC, RUBRICS, rubricFromJson } from "../pipeline";
import type { Rubric } from "../scoring/rubric";
import { InputError } from "./errors";

export async function loadRubric(option: string | undefined): Promise<Rubric> {
  const name = option ?? DEFAULT_RUBRIC;
  const bundled = RUBRICS[name];
  if (bundled) return bundled;
  const text = await fs.readFile(name, "utf8").catch(() => undefined);
  if (text === undefined) {
    throw new InputError(`未知的考评指标体系“${name}”（可用：${Object.keys(RUBRICS).join("、")}，或一个考评指标体系 .json 文件）/ unknown rubric "${name}"`);
  }
  return rubricFromJson(text, name);
}
