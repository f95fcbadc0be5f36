// Terraform: GitLab and GitHub settings declared as resources, and HashiCorp Vault's server
// config (HCL). Paths follow parse/hcl-entries.ts: [blockType, ...labels, attribute, ...nested],
// e.g. ['resource', 'gitlab_group', '*', 'require_two_factor_authentication']; '*' is the resource
// name. A value that is an expression (`var.require_2fa`) is "set, cannot judge": never a finding.
// Sources: terraform-provider-gitlab docs/resources/*.md, integrations/github provider docs,
// developer.hashicorp.com/vault/docs/configuration/listener/tcp (see research/real-configs.md §2.2, §3, §4.9).
import type { ToolSetting } from '../tool-setting';

const GITLAB = 'https://registry.terraform.io/providers/gitlabhq/gitlab/latest/docs';
const GITHUB = 'https://registry.terraform.io/providers/integrations/github/latest/docs';
const gitlab = { tool: 'GitLab (Terraform)', kinds: ['terraform'], source: GITLAB } as const;
const github = { tool: 'GitHub (Terraform)', kinds: ['terraform'], source: GITHUB } as const;
const vault = { tool: 'Vault', kinds: ['vault-config'], source: 'https://developer.hashicorp.com/vault/docs/configuration/listener/tcp' } as const;

export const terraformSettings: readonly ToolSetting[] = [
  {
    ...gitlab,
    fact: 'mfa',
    path: ['resource', 'gitlab_group', '*', 'require_two_factor_authentication'],
    unsafe: ['false'],
    safe: 'true',
    // The provider creates groups without the requirement when the attribute is left out.
    missingIsUnsafe: true,
    why: 'members can sign in to the group with a password alone, so one leaked or guessed password opens its repositories and CI/CD variables',
    severity: 'error',
  },
  {
    ...gitlab,
    fact: 'mfa',
    path: ['resource', 'gitlab_application_settings', '*', 'require_two_factor_authentication'],
    unsafe: ['false'],
    safe: 'true',
    why: 'nobody on the whole GitLab instance has to use a second factor, so one leaked password is enough to get in',
    severity: 'error',
  },
  {
    ...gitlab,
    fact: 'public-signup',
    path: ['resource', 'gitlab_application_settings', '*', 'signup_enabled'],
    unsafe: ['true'],
    safe: 'false',
    why: 'anyone who reaches the instance can create an account and see every internal project',
    severity: 'error',
  },
  {
    ...gitlab,
    fact: 'anonymous-access',
    path: ['resource', 'gitlab_application_settings', '*', 'default_project_visibility'],
    unsafe: ['public'],
    safe: 'private',
    why: 'new projects are readable by anyone on the internet, without signing in, until someone remembers to change them',
    severity: 'warning',
  },
  {
    ...gitlab,
    fact: 'anonymous-access',
    path: ['resource', 'gitlab_group', '*', 'visibility_level'],
    unsafe: ['public'],
    safe: 'private',
    why: "the group and its public projects are readable by anyone on the internet, without signing in",
    severity: 'warning',
  },
  {
    ...gitlab,
    fact: 'anonymous-access',
    path: ['resource', 'gitlab_project', '*', 'visibility_level'],
    unsafe: ['public'],
    safe: 'private',
    why: 'the code, its history and its CI/CD configuration are readable by anyone on the internet, without signing in',
    severity: 'warning',
  },
  {
    ...gitlab,
    fact: 'anonymous-access',
    path: ['resource', 'gitlab_project', '*', 'public_jobs'],
    unsafe: ['true'],
    safe: 'false',
    why: 'job logs and artifacts, which often print tokens and internal addresses, are readable by everyone who can see the project',
    severity: 'warning',
  },
  {
    ...github,
    fact: 'anonymous-access',
    path: ['resource', 'github_repository', '*', 'visibility'],
    unsafe: ['public'],
    safe: 'private',
    why: 'the code, its history and its workflow files are readable by anyone on the internet',
    severity: 'warning',
  },
  {
    ...github,
    fact: 'tls',
    path: ['resource', 'github_repository_webhook', '*', 'configuration', 'insecure_ssl'],
    unsafe: ['true', '1'],
    safe: 'false',
    why: 'GitHub delivers the webhook without checking the receiver\'s certificate, so anyone on the path can read or forge the payloads and their secret signature',
    severity: 'warning',
  },
  {
    ...github,
    fact: 'allowlist',
    path: ['resource', 'github_enterprise_ip_allow_list_entry', '*', 'ip'],
    unsafe: ['0.0.0.0/0', '::/0'],
    safe: '',
    manual: 'replace it with your office or VPN address range (Outpost cannot know it)',
    why: 'an allow-list entry for every address turns the enterprise IP allow list off',
    severity: 'error',
  },
  {
    ...vault,
    fact: 'tls',
    path: ['listener', 'tcp', 'tls_disable'],
    unsafe: ['1', 'true'],
    safe: 'false',
    manual: 'give the listener a certificate (`tls_cert_file` and `tls_key_file`) and remove `tls_disable`; Vault does not start with TLS on and no certificate',
    why: 'Vault tokens, unseal keys and every secret read from it travel over the network in clear text',
    severity: 'error',
  },
];
