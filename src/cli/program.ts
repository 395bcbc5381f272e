/**
 * The command line's grammar, through commander: each command's arguments and options, `--help`
 * and `--version`. Commander's own errors (an unknown option, a missing or extra argument) become
 * one-line UsageErrors in Chinese and English; nothing here prints or exits by itself.
 */
import { Command, CommanderError, Option } from "commander";
import { UsageError } from "./errors";
import type { Io } from "./io";
import { USAGE, commandUsage, type CommandName } from "./usage";
import type { ScoreOptions } from "./score";
import type { InspectOptions } from "./inspect";
import type { MapOptions } from "./map";
import type { TemplateOptions } from "./template";
import type { VerifyOptions } from "./verify";
import type { SampleOptions } from "./sample";
import type { BatchOptions } from "./batch";

/** Help or the version was printed: the run ends with exit 0. */
export class Shown {
  readonly exitCode = 0;
}

/** What a value-taking option needs when its value is missing, where "一个值" would not say enough. */
const MISSING_VALUE: Record<string, [string, string]> = {
  "--json": ["文件名，或用 - 表示标准输出", "a file name, or - for stdout"],
};

/** A commander error as the user reads it: one line naming the word at fault and what would do. */
function usageError(e: CommanderError, cmd: Command): UsageError | Shown {
  const name = cmd.parent ? cmd.name() : "";
  const see = `ecom-score ${name ? `${name} ` : ""}--help`;
  const quotedWord = /'([^']*)'/.exec(e.message)?.[1] ?? "";
  const longs = cmd.options.map((o) => o.long).filter((l): l is string => l !== undefined && l !== "--help");
  switch (e.code) {
    case "commander.helpDisplayed":
    case "commander.help":
    case "commander.version":
      return new Shown();
    case "commander.unknownOption": {
      const [flag] = quotedWord.split("=");
      if (quotedWord.includes("=") && longs.includes(flag)) return new UsageError(`${flag} 不带值 / ${flag} takes no value`);
      const known = longs.length ? `（可用：${longs.join(" ")}）` : "";
      return new UsageError(`不认识的选项 ${quotedWord}${known} / unknown option ${quotedWord}; see ${see}`);
    }
    case "commander.excessArguments": {
      const expected = cmd.registeredArguments.length;
      const extra = cmd.args[expected] ?? "";
      return new UsageError(`多余的参数“${extra}”（只需 ${expected} 个文件）/ extra argument "${extra}"; see ${see}`);
    }
    case "commander.missingArgument": {
      const arg = cmd.registeredArguments.find((a) => a.name() === quotedWord);
      return new UsageError(`${name} 需要${arg?.description || quotedWord} / ${name} needs <${quotedWord}>; see ${see}`);
    }
    case "commander.optionMissingArgument": {
      const long = cmd.options.find((o) => o.flags === quotedWord)?.long ?? quotedWord;
      const [zh, en] = MISSING_VALUE[long] ?? ["一个值", "a value"];
      return new UsageError(`${long} 需要${zh} / ${long} needs ${en}`);
    }
    case "commander.unknownCommand":
      return new UsageError(`未知命令“${cmd.args[0] ?? ""}”（可用：score、inspect、map、template、verify、sample、batch）/ unknown command; see ecom-score --help`);
    default:
      return new UsageError(`${e.message.replace(/^error: /, "")}; see ${see}`);
  }
}

/** Output through `io`, help as our usage text, errors thrown (never process.exit). */
function configure(cmd: Command, io: Io, help: string): Command {
  return cmd
    .configureOutput({ writeOut: io.out, writeErr: () => undefined, outputError: () => undefined })
    .configureHelp({ formatHelp: () => help })
    .exitOverride((e) => {
      throw usageError(e, cmd);
    });
}

const repeat = (value: string, previous: string[]): string[] => [...previous, value];

/** What each command does with its argument and options (as commander names them, camelCase). */
export interface Actions {
  /** One workbook, or several of one county scored as one. */
  score(files: string[], options: ScoreOptions): Promise<number>;
  inspect(file: string, options: InspectOptions): Promise<number>;
  map(file: string, options: MapOptions): Promise<number>;
  template(out: string, options: TemplateOptions): Promise<number>;
  verify(file: string, options: VerifyOptions): Promise<number>;
  sample(file: string, options: SampleOptions): Promise<number>;
  batch(files: string[], options: BatchOptions): Promise<number>;
}

/**
 * The program; an action's exit code is handed to `done`. Program options (--version) count only
 * before the command, so `score x.xlsx --version` is an unknown option, not the version.
 */
export function buildProgram(version: string, io: Io, actions: Actions, done: (code: number) => void): Command {
  const program = configure(new Command("ecom-score"), io, USAGE).enablePositionalOptions().version(version, "-v, --version");
  const sub = (name: CommandName) => configure(program.command(name), io, commandUsage(name));
  const run =
    <O>(f: (arg: string, options: O) => Promise<number>) =>
    async (arg: string, options: O) =>
      done(await f(arg, options));

  sub("score")
    .argument("<workbooks...>", "一个工作簿文件（或同一县的多个）")
    .option("--out <file>")
    .option("--json <file>")
    .option("--as-of <date>")
    .option("--rubric <id|file.json>")
    .option("--mapping <file>")
    .option("--quiet")
    .action(async (files: string[], options: ScoreOptions) => done(await actions.score(files, options)));
  sub("inspect").argument("<workbook>", "一个工作簿文件").option("--json").option("--rubric <id|file.json>").action(run(actions.inspect));
  sub("map")
    .argument("<workbook>", "一个工作簿文件")
    .option("--sheet <name>")
    .option("--kind <kind>")
    .option("--header-row <n>")
    .addOption(new Option("--column <field=letter>").argParser(repeat).default([]))
    .addOption(new Option("--fact <label=key>").argParser(repeat).default([]))
    .option("--out <file>")
    .option("--remove")
    .option("--rubric <id|file.json>")
    .action(run(actions.map));
  sub("template").argument("<out>", "输出文件名").option("--force").option("--rubric <id|file.json>").action(run(actions.template));
  sub("verify").argument("<workbook>", "一个评分副本（.scored.xlsx）").option("--json <file>").option("--rubric <id|file.json>").action(run(actions.verify));
  sub("sample")
    .argument("<workbook>", "一个工作簿文件")
    .option("--seed <seed>")
    .option("--out <file>")
    .option("--json <file>")
    .option("--rubric <id|file.json>")
    .option("--quiet")
    .action(run(actions.sample));
  sub("batch")
    .argument("<files...>", "一个文件夹或若干工作簿")
    .option("--out <file>")
    .option("--json <file>")
    .option("--jobs <n>")
    .option("--rubric <id|file.json>")
    .option("--quiet")
    .action(async (files: string[], options: BatchOptions) => done(await actions.batch(files, options)));
  configure(program.command("version", { hidden: true }), io, USAGE).action(() => {
    io.out(`${version}\n`);
    done(0);
  });
  return program;
}
