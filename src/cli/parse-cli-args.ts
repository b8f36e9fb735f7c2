import { parseArgs, type ParseArgsConfig } from 'node:util';

/** What a command accepts, for {@link parseCliArgs}. */
export interface CliSpec<O extends NonNullable<ParseArgsConfig['options']>> {
  /** The command as a user types it, e.g. `npm run geo --`. */
  command: string;
  /** One line per form of the command after `command`, e.g. `<file> [--gazetteer <path>]`. */
  usage: readonly string[];
  /** What the command does and what each option means, printed by `--help`. */
  description: string;
  options: O;
  /** How many positional arguments it takes. @defaultValue [0, 0] */
  positionals?: readonly [min: number, max: number];
}

/** Where a command writes: stdout and stderr, injectable for tests. */
export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** The default {@link CliIo}: the process's own streams, one line per call. */
export const PROCESS_IO: CliIo = { out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`) };

type Parsed<O extends NonNullable<ParseArgsConfig['options']>> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>;

/**
 * Parses a command line with `node:util`'s `parseArgs`, strictly: `--help` (or `-h`) prints the
 * usage and what the command does on stdout and asks for exit code 0; an unknown option, a
 * missing value or a wrong number of arguments prints what is wrong and the usage on stderr and
 * asks for exit code 2. Either way the caller must stop before it reads or writes anything.
 *
 * @returns the parsed values and positionals, or `{ exitCode }` when the command must stop now.
 */
export function parseCliArgs<O extends NonNullable<ParseArgsConfig['options']>>(argv: readonly string[], spec: CliSpec<O>, io: CliIo = PROCESS_IO): Parsed<O> | { exitCode: number } {
  const usage = spec.usage.map((u, i) => `${i === 0 ? 'usage:' : '      '} ${spec.command} ${u}`.trimEnd()).join('\n');
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(`${usage}\n\n${spec.description.trim()}`);
    return { exitCode: 0 };
  }
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args: [...argv], options: spec.options, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`${spec.command.replace(/^npm run (?:-s )?(\S+).*/, '$1')}: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return { exitCode: 2 };
  }
  const [min, max] = spec.positionals ?? [0, 0];
  const n = parsed.positionals.length;
  if (n < min || n > max) {
    const expected = min === max ? `${min}` : `${min} to ${max}`;
    io.err(`${spec.command.replace(/^npm run (?:-s )?(\S+).*/, '$1')}: expected ${expected} argument(s), found ${n}${n > 0 ? ` (${parsed.positionals.map((p) => JSON.stringify(p)).join(', ')})` : ''}\n${usage}`);
    return { exitCode: 2 };
  }
  return parsed;
}
