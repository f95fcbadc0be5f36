// "Move to secret store": replaces a hardcoded secret with the reference its platform reads
// secrets through (DESIGN.md, "Quick fixes to vault references"; the choices per platform are
// documented in vault/VAULT-REFERENCES.md). Pure: text in, offset edits out. The secret itself is
// never written anywhere: not into the file, not into the follow-up message.
import type { FileKind } from '../types';
import { syntaxOf } from '../kinds/detect-kind';
import type { Syntax } from '../kinds/detect-kind';
import type { VaultFixData } from '../secrets/fix-data';
import { parseYaml } from '../parse/yaml-entries';
import { parseJson } from '../parse/json-entries';
import { parseXml } from '../parse/xml';
import type { FixInput, FixProvider, FixResult } from './fix-provider';
import { makeContext } from './vault/context';
import type { Emitter } from './vault/context';
import { dependabot, githubActions } from './vault/github-actions';
import { azure, bitbucket, circleci, compose, gitlab, jcasc } from './vault/ci-variables';
import { jenkinsfile } from './vault/jenkins';
import { ansible } from './vault/ansible';
import { npmrc, template } from './vault/config-files';
import { applyEdits } from './vault/text-lines';
import { terraform } from './vault/terraform';
import { parseHcl } from '../parse/hcl';
import { mavenSettings, nugetConfig } from './vault/xml-configs';
import { kubernetesEnv } from './vault/kubernetes';
import { dockerfile, dotnetAppSettings, springConfig } from './vault/app-configs';

export const VAULT_FIX_KIND = 'vault-reference';

function emitterFor(kind: FileKind, syntax: Syntax): Emitter | undefined {
  switch (kind) {
    case 'github-workflow':
      return githubActions;
    case 'dependabot':
      return dependabot;
    case 'gitlab-ci':
      return gitlab;
    case 'bitbucket-pipelines':
      return bitbucket;
    case 'azure-pipelines':
      return azure;
    case 'circleci':
      return circleci;
    case 'jenkinsfile':
      return jenkinsfile;
    case 'jenkins-casc':
      return jcasc;
    case 'ansible-inventory':
      return ansible;
    case 'docker-compose':
      return compose;
    case 'npmrc':
      return npmrc;
    case 'terraform':
      return terraform;
    case 'vault-config':
      return undefined; // Vault's server config has no reference syntax: credentials belong in its environment
    case 'maven-settings':
      return mavenSettings;
    case 'nuget-config':
      return nugetConfig;
    case 'kubernetes':
      return kubernetesEnv;
    case 'spring-config':
      return springConfig;
    case 'dotnet-appsettings':
      return dotnetAppSettings;
    case 'dockerfile':
      return dockerfile;
    // A composite action has no `secrets` context; credential stores (.netrc, .git-credentials)
    // and CSV have no place for a reference: those files need the secret removed, not referenced.
    case 'github-action':
    case 'netrc':
    case 'git-credentials':
    case 'asset-inventory-csv':
    case 'gitlab-rb':
    // Atlassian's secured form and Tomcat need the secret stored by hand first (format-advice.ts).
    case 'jira-dbconfig':
    case 'atlassian-cfg-xml':
    case 'seraph-config':
    case 'tomcat-server-xml':
      return undefined;
    default:
      return ['yaml', 'json', 'dotenv', 'properties', 'ini'].includes(syntax) ? template : undefined;
  }
}

function isVaultData(fix: unknown): fix is VaultFixData {
  const f = fix as Partial<VaultFixData> | undefined;
  return !!f && f.kind === VAULT_FIX_KIND && typeof f.name === 'string' && typeof f.wholeValue === 'boolean' && typeof f.inScript === 'boolean';
}

/** Structured files must parse after the fix exactly as well as before it. */
function stillParses(syntax: Syntax, before: string, after: string): boolean {
  if (syntax === 'yaml') return parseYaml(after).problems.length <= parseYaml(before).problems.length;
  if (syntax === 'json') return parseJson(after).problems.length <= parseJson(before).problems.length;
  if (syntax === 'hcl') return parseHcl(after).problems.length <= parseHcl(before).problems.length;
  if (syntax === 'xml') return parseXml(after).problems.length <= parseXml(before).problems.length;
  return true;
}

export const vaultReferenceFix: FixProvider = {
  kind: VAULT_FIX_KIND,
  compute(input: FixInput): FixResult[] {
    const data = input.finding.fix;
    if (!isVaultData(data)) return [];
    const { start, end } = input.finding.range;
    if (!(start >= 0 && end > start && end <= input.text.length)) return [];
    const syntax = syntaxOf(input.kind, input.path);
    const emit = emitterFor(input.kind, syntax);
    if (!emit) return [];
    const ctx = makeContext({ text: input.text, path: input.path, kind: input.kind, syntax, config: input.config, finding: input.finding, data });
    const out = emit(ctx);
    if (!out || out.edits.length === 0) return [];
    const secret = input.text.slice(start, end);
    if (out.edits.some((e) => e.newText.includes(secret)) || out.followUp.includes(secret)) return [];
    const after = applyEdits(input.text, out.edits);
    if (!stillParses(syntax, input.text, after)) return [];
    return [
      {
        title: `Move to secret store as ${out.reference}`,
        edits: out.edits,
        isPreferred: true,
        safe: out.safe,
        followUp: out.followUp,
        secretName: out.name,
      },
    ];
  },
};
