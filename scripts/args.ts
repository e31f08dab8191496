/**
 * Command-line options for the project's scripts, read with `node:util`'s `parseArgs` and two
 * differences: the argument after a string option is always its value, even when it starts
 * with "-" (`--body "- retries are paused"`), and a mistake is one line saying what to type
 * instead, never a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean } from '../src/input/errors.ts';

/** A mistake on the command line: its message is one line, for the terminal. */
export class UsageError extends Error {}

/**
 * `args` with each string option and the argument after it joined into one (`--body=- x`),
 * so `parseArgs` takes that argument as the value whatever it starts with. Nothing after a
 * bare `--` is touched.
 *
 * @example
 * joinOptionValues(['update', 'x', '--body', '- retries are paused'], { body: { type: 'string' } })
 * //=> ['update', 'x', '--body=- retries are paused']
 */
export function joinOptionValues(args: readonly string[], options: NonNullable<ParseArgsConfig['options']>): string[] {
  const long = new Set<string>();
  const short = new Set<string>();
  for (const [name, option] of Object.entries(options)) {
    if (option.type !== 'string') continue;
    long.add(`--${name}`);
    if (option.short) short.add(`-${option.short}`);
  }
  const joined: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--') return [...joined, ...args.slice(index)];
    const value = args[index + 1];
    if (value !== undefined && long.has(arg)) joined.push(`${arg}=${value}`);
    else if (value !== undefined && short.has(arg)) joined.push(`${arg}${value}`);
    else {
      joined.push(arg);
      continue;
    }
    index++;
  }
  return joined;
}

/**
 * The options and positionals of `args`, as `parseArgs(config)` reads them after
 * {@link joinOptionValues}. Throws a {@link UsageError} with a one-line message (the problem,
 * a likely option for a typo, then `usage`) for anything `parseArgs` refuses.
 *
 * @example
 * readCommandLine({ options: { verbose: { type: 'boolean' } } }, ['--verbos'], 'npm run build [-- --verbose]')
 * // throws UsageError: unknown option --verbos (did you mean --verbose?). Usage: npm run build [-- --verbose]
 */
export function readCommandLine<T extends ParseArgsConfig>(
  config: T,
  args: readonly string[],
  usage: string,
): ReturnType<typeof parseArgs<T>> {
  const options = config.options ?? {};
  try {
    return parseArgs<T>({ ...config, args: joinOptionValues(args, options) });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) throw error;
    throw new UsageError(`${problemOf(code, (error as Error).message, Object.keys(options))}. Usage: ${usage}`);
  }
}

/** `parseArgs`'s refusal in the project's words, on one line. */
function problemOf(code: string, message: string, names: readonly string[]): string {
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  const option = quoted.replace(/ <value>$/, '').replace(/=.*$/, '');
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const guess = didYouMean(option.replace(/^-+/, ''), names);
    return `unknown option ${option}${guess ? ` (did you mean --${guess}?)` : ''}`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument "${quoted}"`;
  if (/argument missing/.test(message)) return `${option} needs a value, e.g. ${option} "…"`;
  if (/does not take an argument/.test(message)) return `${option} takes no value`;
  return (message.split('\n')[0] ?? message).replace(/\.$/, '');
}

/**
 * {@link readCommandLine} on this process's arguments; a mistake is printed as one line, ending
 * with `usage`, and the process exits with code 1.
 */
export function parseCommandLine<T extends ParseArgsConfig>(usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return readCommandLine(config, process.argv.slice(2), usage);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
