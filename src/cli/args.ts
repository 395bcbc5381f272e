/** A small argument parser: positional words and --name value / --flag options. */
export interface ParsedArgs {
  positional: string[];
  options: Record<string, string | true>;
}

export class UsageError extends Error {}

export function parseArgs(argv: string[], valued: string[]): ParsedArgs {
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
        if (eq > 0) throw new UsageError(`--${name} 不带值`);
        options[name] = true;
      }
    } else if (a === "-h") {
      options.help = true;
    } else {
      positional.push(a);
    }
  }
  return { positional, options };
}
