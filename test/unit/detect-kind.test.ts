import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { detectKind, syntaxOf } from '../../server/src/engine/kinds/detect-kind';

// Every row of DESIGN.md's file-kind table.
const CASES: [string, string | undefined, string?][] = [
  ['.github/workflows/ci.yml', 'github-workflow'],
  ['repo/.github/workflows/release.yaml', 'github-workflow'],
  ['C:\\src\\app\\.github\\workflows\\ci.yml', 'github-workflow'],
  ['action.yml', 'github-action'],
  ['.github/actions/setup/action.yaml', 'github-action'],
  ['.gitlab-ci.yml', 'gitlab-ci'],
  ['ci/deploy.gitlab-ci.yml', 'gitlab-ci'],
  ['.gitlab-ci-base.yml', 'gitlab-ci'],
  ['bitbucket-pipelines.yml', 'bitbucket-pipelines'],
  ['azure-pipelines.yml', 'azure-pipelines'],
  ['azure-pipelines-release.yaml', 'azure-pipelines'],
  ['.azure-pipelines/templates/build.yml', 'azure-pipelines'],
  ['.circleci/config.yml', 'circleci'],
  ['Jenkinsfile', 'jenkinsfile'],
  ['ci/release.jenkinsfile', 'jenkinsfile'],
  ['jenkins.yaml', 'jenkins-casc'],
  ['casc-prod.yml', 'jenkins-casc'],
  ['.github/settings.yml', 'repo-settings'],
  ['.github/dependabot.yml', 'dependabot'],
  ['.npmrc', 'npmrc'],
  ['.pypirc', 'pypirc'],
  ['.netrc', 'netrc'],
  ['.git-credentials', 'git-credentials'],
  ['.git/config', 'git-config'],
  ['.gitmodules', 'git-config'],
  ['.docker/config.json', 'docker-config'],
  ['.env', 'dotenv'],
  ['.env.production', 'dotenv'],
  ['docker-compose.yml', 'docker-compose'],
  ['docker-compose.prod.yaml', 'docker-compose'],
  ['compose.yaml', 'docker-compose'],
  ['src/main/resources/application.properties', 'spring-config'],
  ['src/main/resources/application-prod.yml', 'spring-config'],
  ['src/Web/appsettings.Development.json', 'dotnet-appsettings'],
  ['Dockerfile', 'dockerfile'],
  ['build/Dockerfile.prod', 'dockerfile'],
  ['images/api.dockerfile', 'dockerfile'],
  ['config/log4j.properties', 'properties'],
  ['inventory/production/hosts', 'ansible-inventory'],
  ['hosts.yml', 'ansible-inventory'],
  ['group_vars/all.yml', 'ansible-inventory'],
  ['host_vars/web1.yml', 'ansible-inventory'],
  ['assets.csv', 'asset-inventory-csv'],
  ['inventory-2026.csv', 'asset-inventory-csv'],
  ['gitlab.rb', 'gitlab-rb'],
  ['README.md', undefined],
  ['src/index.ts', undefined],
  ['workflows/ci.yml', undefined],
];

describe('detectKind', () => {
  for (const [path, kind] of CASES) {
    it(`${path} -> ${kind ?? 'not Outpost\'s business'}`, () => assert.equal(detectKind(path), kind));
  }
  it('recognises the Outpost formats by content, in YAML and JSON', () => {
    assert.equal(detectKind('it/assets.yaml', 'apiVersion: outpost/v1\nkind: AssetInventory\nassets: []\n'), 'asset-inventory');
    assert.equal(detectKind('jira.outpost.yaml', 'apiVersion: outpost/v1\nkind: CollaborationSettings\n'), 'collaboration-settings');
    assert.equal(detectKind('jira.json', '{\n  "apiVersion": "outpost/v1",\n  "kind": "CollaborationSettings",\n  "service": "jira"\n}'), 'collaboration-settings');
    assert.equal(detectKind('notes.yaml', 'kind: Deployment\n'), undefined);
  });
  it('takes an INI file as an Ansible inventory only when it has [group] sections', () => {
    assert.equal(detectKind('hosts', '[web]\nweb1\n'), 'ansible-inventory');
    assert.equal(detectKind('setup.ini', 'just text\n'), undefined);
  });
  it('maps kinds to the syntax they are parsed with', () => {
    assert.equal(syntaxOf('npmrc', '.npmrc'), 'ini');
    assert.equal(syntaxOf('collaboration-settings', 'jira.json'), 'json');
    assert.equal(syntaxOf('ansible-inventory', 'inventory/hosts'), 'ini');
    assert.equal(syntaxOf('ansible-inventory', 'group_vars/all.yml'), 'yaml');
    assert.equal(syntaxOf('jenkinsfile', 'Jenkinsfile'), 'groovy');
    assert.equal(syntaxOf('other', 'notes.txt'), 'text');
  });
});
