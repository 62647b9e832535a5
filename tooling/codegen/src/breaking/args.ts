import { CodegenError } from '../errors.js';

export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

/**
 * Strict parsing for one subcommand: `flags` take no value, `options` take one (`--x v` or
 * `--x=v`); anything else is a usage error, so a typo never silently changes what runs.
 */
export function parseArgs(
  argv: string[],
  spec: { flags: string[]; options: string[]; usage: string },
): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], flags: new Set(), options: new Map() };
  const fail = (message: string) => {
    throw new CodegenError(`${message}\nusage: ${spec.usage}`, { exitCode: 2 });
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) {
      parsed.positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (spec.flags.includes(name) && inline === undefined) {
      parsed.flags.add(name);
    } else if (spec.options.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') fail(`--${name} needs a value`);
      if (parsed.options.has(name)) fail(`--${name} given twice`);
      parsed.options.set(name, value as string);
    } else {
      fail(`unknown option ${arg}`);
    }
  }
  return parsed;
}
