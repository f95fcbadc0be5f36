// Small fixture workspaces for the LSP tests, written into a fresh temporary folder per test.
// Secrets are fake (random characters in the providers' shapes) and assembled at run time so the
// repository itself does not hold scannable literals.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const AWS_KEY = ['AKIA', 'J7ZQ4WXR2N5TBVCE'].join('');
export const DEPLOY_PASSWORD = ['fJYeD9', 'D0VVk6vQ'].join('');
export const GITLAB_TOKEN = ['glpat-', '1mvOvUt74954NWrdxKFq'].join('');
export const DB_PASSWORD = ['Zq8', 'vLm2', 'Rt5wX'].join('');

export const WORKFLOW = `name: Deploy

on:
  push:
    branches: [main]

permissions:
  contents: read

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_REGION: eu-west-1
      AWS_ACCESS_KEY_ID: ${AWS_KEY}
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        with:
          persist-credentials: false
      - name: Notify
        run: |
          curl -fsS -u deploy-bot:${DEPLOY_PASSWORD} https://jira.example.org/rest/api/2/issue/OPS-1
`;

export const GITLAB_CI = `stages: [deploy]

deploy:
  stage: deploy
  variables:
    API_TOKEN: ${GITLAB_TOKEN}
  script:
    - ./deploy.sh
`;

export const ENV_FILE = `APP_NAME=portal
DB_PASSWORD=${DB_PASSWORD}
`;

export function fixtureWorkspace(): { root: string; files: Record<string, string>; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'outpost-lsp-'));
  const files: Record<string, string> = {
    '.github/workflows/deploy.yml': WORKFLOW,
    '.gitlab-ci.yml': GITLAB_CI,
    'config/.env': ENV_FILE,
    // Scanned for secrets like every text file (issue 9), with nothing to report.
    'README.md': '# Demo\n',
    // Must not be scanned: git ignores build/, .outpost.yml ignores vendor/.
    '.gitignore': 'build/\n',
    'build/.env': ENV_FILE,
    'vendor/.env': ENV_FILE,
    '.outpost.yml': 'ignorePaths:\n  - vendor/\n',
  };
  for (const [rel, text] of Object.entries(files)) {
    const p = join(root, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
  }
  return { root, files, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
