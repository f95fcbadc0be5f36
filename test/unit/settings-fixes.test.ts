// Posture quick fixes (server/src/engine/fixes/settings): before/after for each fix, applying
// twice changes nothing more, and the fixed file re-analysed no longer has the finding.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyze } from '../../server/src/engine/analyze';
import { DEFAULT_CONFIG } from '../../server/src/engine/config/config';
import { fixesFor } from '../../server/src/engine/fixes';
import type { FixResult, OffsetEdit } from '../../server/src/engine/fixes/fix-provider';
import type { Finding } from '../../server/src/engine/types';

const NOW = new Date('2026-11-27T12:00:00Z');

function apply(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.range.start - a.range.start);
  for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i]!.range.end <= sorted[i - 1]!.range.start, 'edits must not overlap');
  let out = text;
  for (const e of sorted) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}

function postureFix(path: string, text: string, finding: Finding): FixResult | undefined {
  const r = analyze({ path, text, now: NOW });
  return fixesFor({ path, text, kind: r.kind!, config: DEFAULT_CONFIG, finding }).find((x) => x.isPreferred && !/^Ignore /.test(x.title));
}

interface Case {
  name: string;
  path: string;
  rule: string;
  before: string;
  after: string;
  /** Which finding of the rule (in file order) to fix. */
  nth?: number;
  /** The fix is a stub the user must complete: the rule still reports (with a different message). */
  stub?: boolean;
  /** How many findings of the rule the fix resolves (the env fix moves every use of an expression). */
  resolves?: number;
}

function check(c: Case): void {
  it(c.name, () => {
    const first = analyze({ path: c.path, text: c.before, now: NOW });
    assert.deepEqual(first.failures, []);
    const finding = first.findings.filter((f) => f.ruleId === c.rule)[c.nth ?? 0];
    assert.ok(finding, `${c.rule} must report on the "before" text`);
    assert.ok(finding.fix, 'the finding carries fix data');
    const fix = postureFix(c.path, c.before, finding);
    assert.ok(fix, 'a fix is offered');
    const fixed = apply(c.before, fix.edits);
    assert.equal(fixed, c.after);
    // Applying the same fix again (the editor may still hold the old diagnostic) changes nothing.
    const again = postureFix(c.path, fixed, finding);
    assert.equal(again ? apply(fixed, again.edits) : fixed, fixed, 'applying twice changes nothing more');
    const second = analyze({ path: c.path, text: fixed, now: NOW });
    assert.deepEqual(second.failures, []);
    assert.deepEqual(second.kind, first.kind);
    const left = second.findings.filter((f) => f.ruleId === c.rule);
    const before = first.findings.filter((f) => f.ruleId === c.rule);
    if (c.stub) {
      assert.equal(left.length, before.length, 'the stub leaves the finding until it is filled in');
      assert.notEqual(left[c.nth ?? 0]!.message, finding.message);
    } else {
      assert.equal(left.length, before.length - (c.resolves ?? 1), 'the fixed finding is gone');
    }
  });
}

const JIRA = `apiVersion: outpost/v1
kind: CollaborationSettings
service: jira
exposure: internet   # reachable by partners
authentication:
  sso: true
  mfa: optional    # TODO ask Bob
  anonymousAccess: false
  publicSignup: false
network:
  ipAllowlist: [203.0.113.0/24]
users:
  removeDormantAfterDays: 90
auditLog:
  enabled: true
tokens:
  maxLifetimeDays: 90
`;

describe('insert-setting (collaboration settings)', () => {
  check({ name: 'replaces an optional MFA and keeps the comment', path: 'jira.outpost.yaml', rule: 'collab/mfa-not-required', before: JIRA, after: JIRA.replace('mfa: optional', 'mfa: required') });

  const fourSpaces = JIRA.replace('  mfa: optional    # TODO ask Bob\n', '').replace(/^ {2}(\S)/gm, '    $1');
  check({
    name: 'adds MFA at the end of the block in the file\'s own indentation',
    path: 'jira.outpost.yaml',
    rule: 'collab/mfa-not-required',
    before: fourSpaces,
    after: fourSpaces.replace('    publicSignup: false\n', '    publicSignup: false\n    mfa: required\n'),
  });

  const noAuth = JIRA.replace(/authentication:\n(?: {2}.*\n)+/, '');
  check({ name: 'creates the authentication block when there is none', path: 'jira.outpost.yaml', rule: 'collab/mfa-not-required', before: noAuth, after: `${noAuth}authentication:\n  mfa: required\n` });

  const emptyAuth = JIRA.replace(/authentication:\n(?: {2}.*\n)+/, 'authentication:   # to be decided\n');
  check({ name: 'fills an empty `authentication:` and keeps its comment', path: 'jira.outpost.yaml', rule: 'collab/anonymous-access', before: emptyAuth, after: emptyAuth.replace('authentication:   # to be decided\n', 'authentication:   # to be decided\n  anonymousAccess: false\n') });

  const flow = JIRA.replace(/authentication:\n(?: {2}.*\n)+/, 'authentication: {sso: true, mfa: required}\n');
  check({ name: 'adds to a flow map', path: 'jira.outpost.yaml', rule: 'collab/public-signup', before: flow, after: flow.replace('{sso: true, mfa: required}', '{sso: true, mfa: required, publicSignup: false}') });

  const noAudit = JIRA.replace('auditLog:\n  enabled: true\n', '');
  check({ name: 'inserts auditLog: {enabled: true} as a block', path: 'jira.outpost.yaml', rule: 'collab/audit-log-disabled', before: noAudit, after: `${noAudit}auditLog:\n  enabled: true\n` });

  const auditOff = JIRA.replace('  enabled: true', '  enabled: false');
  check({ name: 'switches an audit log that is off back on', path: 'jira.outpost.yaml', rule: 'collab/audit-log-disabled', before: auditOff, after: JIRA });

  const noNetwork = JIRA.replace('network:\n  ipAllowlist: [203.0.113.0/24]\n', '');
  check({
    name: 'adds an ipAllowlist stub with a comment (the finding stays until it is filled in)',
    path: 'jira.outpost.yaml',
    rule: 'collab/ip-allowlist-missing',
    before: noNetwork,
    after: `${noNetwork}network:\n  ipAllowlist: []  # TODO(outpost): list the office/VPN ranges that may connect, e.g. - 203.0.113.0/24\n`,
    stub: true,
  });

  const crlf = JIRA.replace(/\n/g, '\r\n');
  check({ name: 'keeps CRLF line ends', path: 'jira.outpost.yaml', rule: 'collab/dormant-users', before: crlf.replace('removeDormantAfterDays: 90', 'removeDormantAfterDays: 400'), after: crlf });

  const twoDocs = `${JIRA.replace('mfa: optional', 'mfa: required')}---\n${JIRA.replace('service: jira', 'service: bitbucket')}`;
  check({ name: 'fixes the right document of a multi-document file', path: 'tools.yaml', rule: 'collab/mfa-not-required', before: twoDocs, after: twoDocs.replace(/mfa: optional/, 'mfa: required') });

  const json = '{\n    "apiVersion": "outpost/v1",\n    "kind": "CollaborationSettings",\n    "service": "gitlab",\n    "exposure": "vpn",\n    "authentication": {\n        "mfa": "disabled"\n    }\n}\n';
  check({ name: 'JSON: replaces the value', path: 'gitlab.outpost.json', rule: 'collab/mfa-not-required', before: json, after: json.replace('"disabled"', '"required"') });
  const jsonNoAuth = '{\n    "apiVersion": "outpost/v1",\n    "kind": "CollaborationSettings",\n    "service": "gitlab",\n    "exposure": "vpn",\n    "authentication": {\n        "anonymousAccess": true\n    }\n}\n';
  check({ name: 'JSON: sets a value in the file\'s indentation', path: 'gitlab.outpost.json', rule: 'collab/anonymous-access', before: jsonNoAuth, after: jsonNoAuth.replace('true', 'false') });
});

const ASSETS = `apiVersion: outpost/v1
kind: AssetInventory
assets:
  - id: jira-partners
    type: saas
    purpose: Ticketing
    owner: it@example.org
    vendor: Atlassian
    exposure: internet
    authentication:
      method: sso
    patching:
      responsibility: vendor
      contact: it@example.org
    logging:
      auditLog: true
    lastReviewed: 2026-10-01
    network:
      vpnRequired: true
`;

describe('insert-setting (asset inventory)', () => {
  check({ name: 'requires MFA on an internet-facing asset', path: 'assets.yaml', rule: 'inventory/internet-facing-without-mfa', before: ASSETS, after: ASSETS.replace('      method: sso\n', '      method: sso\n      mfa: required\n') });
  const noLog = ASSETS.replace('    logging:\n      auditLog: true\n', '');
  check({ name: 'adds the logging block inside the list item', path: 'assets.yaml', rule: 'inventory/no-audit-log', before: noLog, after: `${noLog}    logging:\n      auditLog: true\n` });
  const noNet = ASSETS.replace('    network:\n      vpnRequired: true\n', '');
  check({
    name: 'adds an ipAllowlist stub inside the list item',
    path: 'assets.yaml',
    rule: 'inventory/internet-facing-without-allowlist',
    before: noNet,
    after: `${noNet}    network:\n      ipAllowlist: []  # TODO(outpost): list the office/VPN ranges that may connect, e.g. - 203.0.113.0/24\n`,
    stub: true,
  });
});

describe('GitHub Actions fixes', () => {
  const wf = `name: ci
on: push

# The jobs
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: make dist
      - uses: actions/upload-artifact@v3
        with:
          path: .
`;
  check({ name: 'inserts permissions: {contents: read} above jobs and their comment', path: '.github/workflows/ci.yml', rule: 'gha/excessive-permissions', before: wf, after: wf.replace('# The jobs\n', 'permissions:\n  contents: read\n\n# The jobs\n') });
  check({ name: 'adds with: persist-credentials: false to the checkout', path: '.github/workflows/ci.yml', rule: 'gha/persist-credentials', before: wf, after: wf.replace('      - uses: actions/checkout@v4\n', '      - uses: actions/checkout@v4\n        with:\n          persist-credentials: false\n') });
  const withBlock = wf.replace('      - uses: actions/checkout@v4\n', '      - uses: actions/checkout@v4\n        with:\n          fetch-depth: 0\n');
  check({ name: 'adds persist-credentials to an existing with:', path: '.github/workflows/ci.yml', rule: 'gha/persist-credentials', before: withBlock, after: withBlock.replace('          fetch-depth: 0\n', '          fetch-depth: 0\n          persist-credentials: false\n') });

  const inj = `on: issues
permissions:
  contents: read
jobs:
  greet:
    runs-on: ubuntu-latest
    steps:
      - name: greet
        run: |
          echo "New: \${{ github.event.issue.title }}"
          echo \${{ github.event.issue.title }} > title.txt
          echo 'quoted \${{github.event.issue.title}}'
`;
  check({
    name: 'template injection: moves the expression into a new env: and quotes for the shell',
    path: '.github/workflows/greet.yml',
    rule: 'gha/template-injection',
    resolves: 3,
    before: inj,
    after: `on: issues
permissions:
  contents: read
jobs:
  greet:
    runs-on: ubuntu-latest
    steps:
      - name: greet
        env:
          ISSUE_TITLE: \${{ github.event.issue.title }}
        run: |
          echo "New: \${ISSUE_TITLE}"
          echo "\${ISSUE_TITLE}" > title.txt
          echo 'quoted '"\${ISSUE_TITLE}"''
`,
  });
  const existingEnv = `on: pull_request
permissions:
  contents: read
jobs:
  t:
    runs-on: windows-latest
    steps:
      - run: Write-Host "\${{ github.head_ref }}"
        env:
          HEAD_REF: something-else
`;
  check({
    name: 'template injection: joins an existing env:, avoids a taken name, uses PowerShell syntax',
    path: '.github/workflows/t.yml',
    rule: 'gha/template-injection',
    before: existingEnv,
    after: existingEnv.replace('Write-Host "${{ github.head_ref }}"', 'Write-Host "$env:HEAD_REF_2"').replace('          HEAD_REF: something-else\n', '          HEAD_REF: something-else\n          HEAD_REF_2: ${{ github.head_ref }}\n'),
  });
  const quotedRun = `on: pull_request
permissions:
  contents: read
jobs:
  t:
    runs-on: ubuntu-latest
    steps:
      - run: "echo \\"\${{ github.event.pull_request.title }}\\""
`;
  check({
    name: 'template injection: keeps a double-quoted YAML script valid',
    path: '.github/workflows/t.yml',
    rule: 'gha/template-injection',
    before: quotedRun,
    after: quotedRun.replace('      - run: "echo \\"${{ github.event.pull_request.title }}\\""', '      - env:\n          PR_TITLE: ${{ github.event.pull_request.title }}\n        run: "echo \\"${PR_TITLE}\\""'),
  });
});

describe('line settings and JCasC', () => {
  const props = '# Bitbucket\nsetup.baseUrl=https://bitbucket.example.org\n';
  check({ name: 'appends feature.public.access=false to bitbucket.properties', path: 'shared/bitbucket.properties', rule: 'bitbucket/public-access', before: props, after: `${props}feature.public.access=false\n` });
  check({ name: 'rewrites feature.public.access=true', path: 'shared/bitbucket.properties', rule: 'bitbucket/public-access', before: `${props}feature.public.access = true\n`, after: `${props}feature.public.access = false\n` });
  const rb = "external_url 'https://gitlab.example.org'\ngitlab_rails['gitlab_signup_enabled'] = true # open for now\n";
  check({ name: 'turns GitLab sign-up off and keeps the comment', path: 'gitlab.rb', rule: 'gitlab/signup-enabled', before: rb, after: rb.replace('= true #', '= false #') });
  const bypass = "external_url 'https://gitlab.example.org'\ngitlab_rails['omniauth_allow_bypass_two_factor'] = ['saml'] # for now\n";
  check({ name: 'stops GitLab SSO sign-ins from skipping 2FA', path: 'gitlab.rb', rule: 'gitlab/two-factor-not-required', before: bypass, after: bypass.replace("['saml'] #", 'false #') });
  const casc = 'jenkins:\n  securityRealm:\n    local:\n      allowsSignup: true\n';
  check({ name: 'turns Jenkins sign-up off', path: 'jenkins.yaml', rule: 'jenkins/signup-allowed', before: casc, after: casc.replace('true', 'false') });
});

// Every posture fix offered on the rule fixtures (test/rules/<family>/<rule>/ng.*) must apply
// cleanly, keep the file parseable, remove the finding (stubs excepted) and be idempotent.
describe('every posture fix on the rule fixtures', () => {
  const root = join(__dirname, '../rules');
  const families = ['collab', 'inventory', 'repo', 'gha', 'pipeline', 'jenkins', 'bitbucket', 'gitlab'];
  const filesUnder = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));
  for (const family of families) {
    for (const rule of readdirSync(join(root, family))) {
      const dir = join(root, family, rule);
      const ruleId = `${family}/${rule}`;
      const opts = existsSync(join(dir, 'fixture.json')) ? (JSON.parse(readFileSync(join(dir, 'fixture.json'), 'utf8')) as { virtualPath?: string }) : {};
      for (const c of readdirSync(dir).filter((n) => n.startsWith('ng.'))) {
        const casePath = join(dir, c);
        const files = statSync(casePath).isDirectory() ? filesUnder(casePath) : [casePath];
        for (const file of files) {
          const rel = statSync(casePath).isDirectory() ? relative(casePath, file).split('\\').join('/') : c;
          const path = opts.virtualPath ? opts.virtualPath.replace('{file}', rel) : rel;
          const text = readFileSync(file, 'utf8');
          const found = analyze({ path, text, now: NOW }).findings.filter((f) => f.ruleId === ruleId && f.fix);
          if (found.length === 0) continue;
          it(`${ruleId} ${c}${rel === c ? '' : `/${rel}`}`, () => {
            for (const finding of found) {
              const fix = postureFix(path, text, finding);
              assert.ok(fix, `a fix for ${finding.message}`);
              const fixed = apply(text, fix.edits);
              const after = analyze({ path, text: fixed, now: NOW });
              assert.deepEqual(after.failures, []);
              assert.ok(!after.findings.some((f) => f.ruleId === 'outpost/parse-error'), 'the fixed file still parses');
              const again = postureFix(path, fixed, finding);
              assert.equal(again ? apply(fixed, again.edits) : fixed, fixed, 'applying twice changes nothing more');
              const stub = fix.edits.some((e) => e.newText.includes('TODO(outpost)'));
              const n = (t: { findings: Finding[] }): number => t.findings.filter((f) => f.ruleId === ruleId).length;
              if (!stub) assert.ok(n(after) < n(analyze({ path, text, now: NOW })), 'the finding is gone');
            }
          });
        }
      }
    }
  }
});
