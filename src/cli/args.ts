/** A small argument parser: positional words and --name value / --flag options. */
export interface ParsedArgs {
  positional: string[];
  options: Record<string, string | true>;
}

export class UsageError extends Error {}

/**
 * `valued` options take a value, `flags` do not; anything else (a typo such as --outt) is a usage
 * error naming the options the command knows, and so is a word beyond `maxPositional`.
 */
export function parseArgs(argv: string[], valued: string[], flags: string[] = [], maxPositional = 1): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (valued.includes(name)) {
        const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
        if (value === undefined) throw new UsageError(`--${name} 需要一个值`);
        options[name] = value;
      } else {
        if (!flags.includes(name) && name !== "help") {
          const known = [...valued, ...flags].map((o) => `--${o}`).join(" ");
          throw new UsageError(`不认识的选项 --${name}${known ? `（可用：${known}）` : ""}`);
        }
        if (eq > 0) throw new UsageError(`--${name} 不带值`);
        options[name] = true;
      }
    } else if (a === "-h") {
      options.help = true;
    } else {
      positional.push(a);
    }
  }
  if (positional.length > maxPositional) throw new UsageError(`多余的参数“${positional[maxPositional]}”（只需 ${maxPositional} 个文件）`);
  return { positional, options };
}
