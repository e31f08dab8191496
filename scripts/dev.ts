/**
 * `npm run dev`: Astro's development server, previewing drafts and scheduled content.
 * `--as-of INSTANT` replays an instant, like `STATUSBOOK_NOW`; other options go to `astro dev`
 * (e.g. `--port 4322`).
 */
import { spawn } from 'node:child_process';
import { parseInstant } from '../src/input/environment.ts';
import { ContentErrors } from '../src/input/errors.ts';
import { ASTRO_BIN } from './astro.ts';

// --as-of (and its value) is ours; everything else goes to astro dev as given.
const passed: string[] = [];
let asOf: string | undefined;
const args = process.argv.slice(2);
for (let index = 0; index < args.length; index++) {
  const arg = args[index]!;
  if (arg === '--as-of') asOf = args[++index] ?? '';
  else if (arg.startsWith('--as-of=')) asOf = arg.slice('--as-of='.length);
  else passed.push(arg);
}
const env = { ...process.env };
if (asOf !== undefined) {
  try {
    env['STATUSBOOK_NOW'] = parseInstant('--as-of', asOf).toISOString();
  } catch (error) {
    if (!(error instanceof ContentErrors)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
const child = spawn(process.execPath, [ASTRO_BIN, 'dev', ...passed], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
