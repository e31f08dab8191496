import { describe, expect, it } from 'vitest';
import { joinOptionValues, readCommandLine } from './args.ts';

const config = {
  allowPositionals: true,
  options: { body: { type: 'string' }, status: { type: 'string', short: 's' }, verbose: { type: 'boolean' } },
} as const;
const usage = 'npm run new -- update <slug> --body <text>';
const refusal = (args: string[]) => {
  try {
    readCommandLine(config, args, usage);
  } catch (error) {
    return (error as Error).message;
  }
  return undefined;
};

describe('readCommandLine', () => {
  it('takes the argument after a string option as its value, even when it starts with "-"', () => {
    expect(readCommandLine(config, ['update', 'x', '--body', '- retries are paused'], usage)).toEqual({
      values: { body: '- retries are paused' },
      positionals: ['update', 'x'],
    });
    expect(readCommandLine(config, ['-s', '-1', '--body', '--verbose'], usage).values).toEqual({
      status: '-1',
      body: '--verbose',
    });
  });

  it('leaves what follows a bare "--" as it is', () => {
    expect(joinOptionValues(['--body', 'a', '--', '--body', 'b'], config.options)).toEqual(['--body=a', '--', '--body', 'b']);
  });

  it('refuses mistakes in one line that ends with the usage', () => {
    expect(refusal(['--bdy', 'x'])).toBe(`unknown option --bdy (did you mean --body?). Usage: ${usage}`);
    expect(refusal(['update', '--body'])).toBe(`--body needs a value, e.g. --body "…". Usage: ${usage}`);
    expect(refusal(['--verbose=yes'])).toBe(`--verbose takes no value. Usage: ${usage}`);
  });
});
