import { describe, expect, it } from 'vitest';
import { formatError } from '../input/errors.ts';
import { channelSchema } from '../input/schema.ts';
import { channelSecrets, notifySecretProblems, secretLine } from './workflow.ts';

const channels = [
  channelSchema.parse({ type: 'slack', name: '#status', url: 'SLACK_WEBHOOK_URL' }),
  channelSchema.parse({ type: 'webhook', url: 'STATUS_WEBHOOK_URL', secret: 'STATUS_WEBHOOK_SECRET' }),
];

/** A publish workflow whose notify step has `env` (lines at the step's env indentation). */
const workflow = (env: string[]) =>
  [
    'name: Publish status page',
    'on: { push: { branches: [main] } }',
    'jobs:',
    '  notify:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - name: Tell subscribers',
    ...(env.length > 0 ? ['        env:', ...env.map((line) => `          ${line}`)] : []),
    '        run: npm run notify -- --previous notify/previous --current notify/current',
    '',
  ].join('\n');

const problems = (text: string, given = channels) => notifySecretProblems(text, given, 'content/site.yaml').map(formatError);

describe('channelSecrets', () => {
  it('lists each variable a channel names once, in order', () => {
    const email = channelSchema.parse({ type: 'email', to: ['a@x.example'], from: 'S <s@x.example>', smtp: 'SMTP_URL' });
    const again = channelSchema.parse({ type: 'teams', url: 'SLACK_WEBHOOK_URL' });
    expect(channelSecrets([...channels, email, again])).toEqual([
      'SLACK_WEBHOOK_URL',
      'STATUS_WEBHOOK_URL',
      'STATUS_WEBHOOK_SECRET',
      'SMTP_URL',
    ]);
  });
});

describe('secretLine', () => {
  it('passes a secret under its own name', () => {
    expect(secretLine('SMTP_URL')).toBe('SMTP_URL: ${{ secrets.SMTP_URL }}');
  });
});

describe('notifySecretProblems', () => {
  it('finds nothing when the step passes exactly the secrets the channels name', () => {
    const text = workflow([
      'SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}',
      'STATUS_WEBHOOK_URL: ${{secrets.STATUS_WEBHOOK_URL}}',
      'STATUS_WEBHOOK_SECRET: ${{ secrets.STATUS_WEBHOOK_SECRET }}',
      'STATUSBOOK_BASE: ${{ vars.STATUSBOOK_BASE }}',
    ]);
    expect(problems(text)).toEqual([]);
  });

  it('gives the exact lines to add for the secrets the step is not passed', () => {
    const text = workflow(['SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}']);
    expect(problems(text)).toEqual([
      [
        '.github/workflows/publish.yml:9 — jobs.notify.steps[1].env — content/site.yaml names STATUS_WEBHOOK_URL, STATUS_WEBHOOK_SECRET, which the step "Tell subscribers" does not pass to npm run notify — add these lines to the env: of the step "Tell subscribers" in .github/workflows/publish.yml:',
        '          STATUS_WEBHOOK_URL: ${{ secrets.STATUS_WEBHOOK_URL }}',
        '          STATUS_WEBHOOK_SECRET: ${{ secrets.STATUS_WEBHOOK_SECRET }}',
      ].join('\n'),
    ]);
  });

  it('gives the env: line too when the step has none', () => {
    const [problem] = problems(workflow([]), [channels[0]!]);
    expect(problem).toBe(
      [
        '.github/workflows/publish.yml:8 — jobs.notify.steps[1].env — content/site.yaml names SLACK_WEBHOOK_URL, which the step "Tell subscribers" does not pass to npm run notify — add these lines to the step "Tell subscribers" in .github/workflows/publish.yml:',
        '        env:',
        '          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}',
      ].join('\n'),
    );
  });

  it('refuses toJSON(secrets), and a secret that no channel names', () => {
    const text = workflow([
      'STATUSBOOK_SECRETS: ${{ toJSON(secrets) }}',
      '# not toJSON(secrets): a comment passes nothing',
      'DEPLOY_KEY: ${{ secrets.DEPLOY_KEY }}',
      'STATUSBOOK_BASE: ${{ vars.STATUSBOOK_BASE }}',
    ]);
    expect(problems(text, [])).toEqual([
      '.github/workflows/publish.yml:10 — toJSON(secrets) — passes every repository and organisation secret to the job, and so to every package it runs — remove this line: npm run notify reads only the variables its channels name, each passed by name',
      '.github/workflows/publish.yml:12 — jobs.notify.steps[1].env.DEPLOY_KEY — passes the secret DEPLOY_KEY, which no channel in content/site.yaml names — remove this line (a channel that needs a secret names it in site.yaml)',
    ]);
  });

  it('counts the job and workflow env: the step sees them too', () => {
    const text = workflow(['SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}']).replace(
      '    runs-on: ubuntu-latest\n',
      '    runs-on: ubuntu-latest\n    env:\n      GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n',
    );
    expect(problems(text, [channels[0]!])).toEqual([
      '.github/workflows/publish.yml:7 — jobs.notify.env.GITHUB_TOKEN — passes the secret GITHUB_TOKEN, which no channel in content/site.yaml names — remove this line (a channel that needs a secret names it in site.yaml)',
    ]);
  });

  it('refuses a secret passed under another name than the one the channel reads', () => {
    const text = workflow(['SLACK_WEBHOOK_URL: ${{ secrets.SLACK_HOOK }}']);
    expect(problems(text, [channels[0]!])).toEqual([
      ".github/workflows/publish.yml:10 — jobs.notify.steps[1].env.SLACK_WEBHOOK_URL — passes the secret SLACK_HOOK as SLACK_WEBHOOK_URL: a channel's secret is stored under the name the channel gives — write SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }} and store the secret as SLACK_WEBHOOK_URL",
    ]);
  });

  it('needs a notify step only when there are channels', () => {
    const text = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm run build\n';
    expect(problems(text, [])).toEqual([]);
    expect(problems(text)).toEqual([
      '.github/workflows/publish.yml — jobs — has no step that runs npm run notify, so the channels of content/site.yaml are never told — add the notify job of the sample publish.yml (docs/publishing.md#notifications)',
    ]);
  });

  it('does not take the build job saving the live site for the notify step', () => {
    const text = workflow([]).replace(
      'jobs:\n',
      'jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm run notify -- --save-live notify/previous\n',
    );
    expect(problems(text, [channels[0]!])[0]).toMatch(/^\.github\/workflows\/publish\.yml:12 — jobs\.notify\.steps\[1\]\.env — /);
  });
});
