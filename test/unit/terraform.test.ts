// Terraform and Vault HCL: the parser (positions, literals vs expressions, errors never thrown),
// kind detection, the tool-table rows for GitLab/GitHub/Vault, and every Terraform fix applied to
// its ng fixtures (the result parses, the finding is gone, applying again changes nothing more).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/engine/analyze';
import { DEFAULT_CONFIG } from '../../server/src/engine/config/config';
import { detectKind } from '../../server/src/engine/kinds/detect-kind';
import { fixesFor } from '../../server/src/engine/fixes';
import type { OffsetEdit } from '../../server/src/engine/fixes/fix-provider';
import { parseHcl } from '../../server/src/engine/parse/hcl';
import { hclEntries } from '../../server/src/engine/parse/hcl-entries';
import type { Finding } from '../../server/src/engine/types';

const NOW = new Date('2026-11-27T12:00:00Z');
const root = join(__dirname, '..');

function apply(text: string, edits: readonly OffsetEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range.start - a.range.start)) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}

function entries(text: string): Record<string, { value: string; expression: boolean; at: string }> {
  const out: Record<string, { value: string; expression: boolean; at: string }> = {};
  for (const e of hclEntries(parseHcl(text), text)) out[e.path.join('.')] = { value: e.value, expression: e.expression === true, at: text.slice(e.valueRange.start, e.valueRange.end) };
  return out;
}

describe('HCL parser', () => {
  it('gives literal values with their source ranges and keeps expressions as spans', () => {
    const text = [
      '# comment',
      '// comment',
      '/* block',
      '   comment */',
      'resource "aws_db_instance" "main" {',
      '  password = var.db_password',
      '  username = "a\\"b"',
      '  port     = 5432',
      '  tags = { Name = "jira", "x-y" = true }',
      '  list = [1, "two", [null]]',
      '  tpl  = "db-${lookup(var.m, "k")}-x"',
      '  cond = var.a ? "x" : "y"',
      '  body = <<-EOT',
      '    hello ${var.name}',
      '  EOT',
      '  raw = <<EOF',
      'plain text',
      'EOF',
      '  nested { deep = "v" }',
      '}',
    ].join('\n');
    const p = parseHcl(text);
    assert.deepEqual(p.problems, []);
    const e = entries(text);
    assert.deepEqual(e['resource.aws_db_instance.main.password'], { value: 'var.db_password', expression: true, at: 'var.db_password' });
    assert.deepEqual(e['resource.aws_db_instance.main.username'], { value: 'a"b', expression: false, at: 'a\\"b' });
    assert.equal(e['resource.aws_db_instance.main.port']!.value, '5432');
    assert.equal(e['resource.aws_db_instance.main.tags.Name']!.value, 'jira');
    assert.equal(e['resource.aws_db_instance.main.tags.x-y']!.value, 'true');
    assert.equal(e['resource.aws_db_instance.main.list.1']!.value, 'two');
    assert.equal(e['resource.aws_db_instance.main.list.2.0']!.value, 'null');
    assert.equal(e['resource.aws_db_instance.main.tpl']!.expression, true);
    assert.equal(e['resource.aws_db_instance.main.tpl']!.at, '"db-${lookup(var.m, "k")}-x"');
    assert.equal(e['resource.aws_db_instance.main.cond']!.at, 'var.a ? "x" : "y"');
    assert.equal(e['resource.aws_db_instance.main.body']!.expression, true);
    assert.deepEqual(e['resource.aws_db_instance.main.raw'], { value: 'plain text\n', expression: false, at: 'plain text\n' });
    assert.equal(e['resource.aws_db_instance.main.nested.deep']!.value, 'v');
  });

  it('reports malformed input as problems and goes on with the next line', () => {
    const text = 'a = "unterminated\nb = [1, 2,, 3]\nc = "fine"\nblock "x" {\n  d = 1\n';
    const p = parseHcl(text);
    assert.ok(p.problems.length >= 2, JSON.stringify(p.problems));
    const e = entries(text);
    assert.equal(e['c']?.value, 'fine');
    assert.equal(e['block.x.d']?.value, '1');
  });

  it('stops at a nesting bound instead of overflowing the stack', () => {
    const text = `a = ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const p = parseHcl(text);
    assert.match(p.problems[0]!.message, /nesting/);
  });

  it('an unterminated heredoc or comment is a problem, not a crash', () => {
    assert.match(parseHcl('x = <<EOT\nnever closed\n').problems[0]!.message, /heredoc/);
    assert.match(parseHcl('/* never closed').problems[0]!.message, /comment/);
  });
});

describe('Terraform and Vault kinds', () => {
  it('recognises Terraform by name and Vault server HCL by content', () => {
    assert.equal(detectKind('infra/main.tf'), 'terraform');
    assert.equal(detectKind('prod.tfvars'), 'terraform');
    assert.equal(detectKind('main.tf.json'), 'terraform');
    assert.equal(detectKind('vault/config.hcl', 'listener "tcp" {\n  address = "0.0.0.0:8200"\n}\n'), 'vault-config');
    assert.equal(detectKind('packer/build.pkr.hcl', 'source "amazon-ebs" "x" {}\n'), undefined);
  });

  it('a parse error is an info finding and the rest of the analysis goes on', () => {
    const r = analyze({ path: 'main.tf', text: 'resource "x" "y" {\n  password = "Tr0ub4dor-and-3"\n  broken = = 1\n}\n', now: NOW });
    assert.deepEqual(r.failures, []);
    assert.ok(r.findings.some((f) => f.ruleId === 'outpost/parse-error' && f.severity === 'info'));
    assert.ok(r.findings.some((f) => f.ruleId === 'secret/generic-password'));
  });

  it('.tf.json references are not secrets, literals are', () => {
    const ok = analyze({ path: 'db.tf.json', text: '{"resource":{"aws_db_instance":{"main":{"password":"${var.db_password}"}}}}', now: NOW });
    assert.deepEqual(ok.findings.filter((f) => f.ruleId.startsWith('secret/')), []);
    const ng = analyze({ path: 'db.tf.json', text: '{"resource":{"aws_db_instance":{"main":{"password":"Tr0ub4dor-and-3"}}}}', now: NOW });
    assert.equal(ng.findings.filter((f) => f.ruleId === 'secret/generic-password').length, 1);
  });
});

describe('Vault server config secrets', () => {
  it('finds literal credentials in seal and storage blocks, offers no reference fix (Vault has no reference syntax)', () => {
    const key = 'AKIA' + 'Q2W3E4R5T6Y7UZIJ';
    const text = `seal "awskms" {\n  region     = "eu-west-1"\n  access_key = "${key}"\n}\n\nstorage "postgresql" {\n  connection_url = "postgres://vault:Kx7-hunter-91@db.internal:5432/vault"\n}\n\nlistener "tcp" {\n  address = "127.0.0.1:8200"\n}\n`;
    const r = analyze({ path: 'vault/config.hcl', text, now: NOW });
    assert.equal(r.kind, 'vault-config');
    const ids = r.findings.map((f) => `${f.ruleId}@${text.slice(f.range.start, f.range.end)}`);
    assert.ok(ids.includes(`secret/aws-access-key-id@${key}`), ids.join(', '));
    assert.ok(ids.includes('secret/url-credentials@Kx7-hunter-91'), ids.join(', '));
    for (const f of r.findings.filter((x) => x.ruleId.startsWith('secret/'))) {
      const fixes = fixesFor({ path: 'vault/config.hcl', text, kind: 'vault-config', config: DEFAULT_CONFIG, finding: f });
      assert.ok(!fixes.some((x) => x.title.startsWith('Move to secret store')), 'no reference fix for Vault configs');
    }
  });
});

describe('Terraform tool table rows (GitLab, GitHub, Vault)', () => {
  const dir = join(root, 'fixtures/terraform');
  const ids = (name: string): string[] => {
    const text = readFileSync(join(dir, name), 'utf8');
    const r = analyze({ path: name.replace(/^(ok|ng)\./, ''), text, now: NOW });
    assert.deepEqual(r.failures, []);
    return r.findings.filter((f) => f.ruleId.startsWith('collab/')).map((f) => `${f.ruleId}@${text.slice(f.range.start, f.range.end)}`);
  };
  it('ng.gitlab-github.tf', () => {
    assert.deepEqual(ids('ng.gitlab-github.tf'), [
      'collab/mfa-not-required@name', // gitlab_group.eng leaves it out: the provider's default is off
      'collab/mfa-not-required@require_two_factor_authentication',
      'collab/anonymous-access@visibility_level',
      'collab/public-signup@signup_enabled',
      'collab/tls-disabled@insecure_ssl',
    ]);
  });
  it('ng.vault.hcl', () => assert.deepEqual(ids('ng.vault.hcl'), ['collab/tls-disabled@tls_disable']));
  it('ok files give no collab finding', () => {
    assert.deepEqual(ids('ok.gitlab-github.tf'), []);
    assert.deepEqual(ids('ok.vault.hcl'), []);
  });
});

/** Every ng fixture with a Terraform fix: test/rules/network/*, secret/generic-password's .tf/.tfvars, fixtures/terraform. */
function ngFiles(): string[] {
  const out: string[] = [];
  for (const rule of ['network/server-exposed', 'network/admin-port-exposed', 'secret/generic-password']) {
    const d = join(root, 'rules', rule);
    for (const n of readdirSync(d)) if (/^ng\..*\.(tf|tfvars)$/.test(n)) out.push(join(d, n));
  }
  // ng.vault.hcl's only row is manual (a certificate cannot be written for the user): no fix to apply.
  for (const n of readdirSync(join(root, 'fixtures/terraform'))) if (n.startsWith('ng.') && n.endsWith('.tf')) out.push(join(root, 'fixtures/terraform', n));
  return out;
}

const FIX_KINDS = new Set(['vault-reference', 'terraform-allowlist', 'tool-setting']);

function fixed(path: string, text: string, f: Finding): { title: string; edits: OffsetEdit[] } | undefined {
  return fixesFor({ path, text, kind: detectKind(path, text)!, config: DEFAULT_CONFIG, finding: f }).find((x) => x.isPreferred && !/^Ignore /.test(x.title));
}

describe('Terraform fixes applied to their ng fixtures', () => {
  for (const file of ngFiles()) {
    const path = file.slice(file.lastIndexOf('/') + 1).replace(/^ng\./, '');
    it(path, () => {
      const text = readFileSync(file, 'utf8');
      const before = analyze({ path, text, now: NOW });
      const fixable = before.findings.filter((f) => f.fix && FIX_KINDS.has(f.fix.kind));
      assert.ok(fixable.length > 0, 'the fixture has fixable findings');
      for (const f of fixable) {
        const fix = fixed(path, text, f);
        assert.ok(fix, `${f.ruleId} at ${f.range.start} offers a fix`);
        const after = apply(text, fix.edits);
        assert.ok(parseHcl(after).problems.length <= parseHcl(text).problems.length, `${fix.title}: the result parses\n${after}`);
        const again = analyze({ path, text: after, now: NOW });
        const same = again.findings.filter((g) => g.ruleId === f.ruleId);
        assert.equal(same.length, before.findings.filter((g) => g.ruleId === f.ruleId).length - 1, `${fix.title}: the finding is gone\n${after}`);
        // Applying again: the fixed finding is gone, so nothing for it; the others' fixes do not redeclare a variable.
        for (const g of again.findings.filter((x) => x.fix && FIX_KINDS.has(x.fix.kind))) {
          const next = fixed(path, after, g);
          if (!next) continue;
          const twice = apply(after, next.edits);
          for (const m of twice.matchAll(/^variable "([^"]+)"/gm)) assert.equal(twice.split(`variable "${m[1]}"`).length - 1, 1, `variable ${m[1]} declared once`);
        }
      }
    });
  }
});

describe('Terraform fix output', () => {
  it('Move to secret store: var.<name> and a sensitive variable, once', () => {
    const text = 'resource "aws_db_instance" "main" {\n  password = "Tr0ub4dor-and-3"\n}\n';
    const f = analyze({ path: 'main.tf', text, now: NOW }).findings.find((x) => x.ruleId === 'secret/generic-password')!;
    const fix = fixesFor({ path: 'main.tf', text, kind: 'terraform', config: DEFAULT_CONFIG, finding: f }).find((x) => x.isPreferred)!;
    const after = apply(text, fix.edits);
    assert.equal(after, 'resource "aws_db_instance" "main" {\n  password = var.password\n}\n\nvariable "password" {\n  type      = string\n  sensitive = true\n}\n');
    assert.match(fix.followUp!, /TF_VAR_password/);
    assert.ok(!fix.followUp!.includes('Tr0ub4dor'));
  });

  it('the name is de-duplicated against an existing variable', () => {
    const text = 'variable "password" {\n  type = string\n}\nresource "x" "y" {\n  password = "Tr0ub4dor-and-3"\n}\n';
    const f = analyze({ path: 'main.tf', text, now: NOW }).findings.find((x) => x.ruleId === 'secret/generic-password')!;
    const fix = fixesFor({ path: 'main.tf', text, kind: 'terraform', config: DEFAULT_CONFIG, finding: f }).find((x) => x.isPreferred)!;
    assert.match(apply(text, fix.edits), /password = var\.password_2\n[\s\S]*variable "password_2" \{/);
  });

  it("a variable's own literal default is removed (a reference there would point at itself)", () => {
    const text = 'variable "admin_password" {\n  type      = string\n  sensitive = true\n  default   = "Adm1n-Pa55-2024"\n}\n';
    const f = analyze({ path: 'variables.tf', text, now: NOW }).findings.find((x) => x.ruleId === 'secret/generic-password')!;
    assert.ok(f, 'the default is reported under the variable name');
    const fix = fixesFor({ path: 'variables.tf', text, kind: 'terraform', config: DEFAULT_CONFIG, finding: f }).find((x) => x.isPreferred)!;
    assert.equal(fix.title, 'Move to secret store as TF_VAR_admin_password');
    assert.equal(apply(text, fix.edits), 'variable "admin_password" {\n  type      = string\n  sensitive = true\n}\n');
    assert.equal(fix.safe, false);
  });

  it('.tfvars: the assignment is removed (never auto-applied) and TF_VAR_ is suggested', () => {
    const text = 'region      = "eu-west-1"\ndb_password = "Kx7-hunter-91"\n';
    const f = analyze({ path: 'prod.tfvars', text, now: NOW }).findings.find((x) => x.ruleId === 'secret/generic-password')!;
    const fix = fixesFor({ path: 'prod.tfvars', text, kind: 'terraform', config: DEFAULT_CONFIG, finding: f }).find((x) => x.isPreferred)!;
    assert.equal(apply(text, fix.edits), 'region      = "eu-west-1"\n');
    assert.equal(fix.safe, false);
    assert.match(fix.followUp!, /TF_VAR_db_password/);
  });

  it('allow list: var.<tool>_allowed_cidrs declared without a default, never a CIDR', () => {
    const text = readFileSync(join(root, 'rules/network/server-exposed/ng.aws-inline.tf'), 'utf8');
    const f = analyze({ path: 'jira.tf', text, now: NOW }).findings.find((x) => x.ruleId === 'network/server-exposed')!;
    const fix = fixesFor({ path: 'jira.tf', text, kind: 'terraform', config: DEFAULT_CONFIG, finding: f }).find((x) => x.isPreferred)!;
    const after = apply(text, fix.edits);
    assert.match(after, /cidr_blocks = var\.jira_allowed_cidrs\n/);
    assert.match(after, /variable "jira_allowed_cidrs" \{\n  type        = list\(string\)\n  description = "[^"]+"\n\}\n$/);
    assert.ok(!/default/.test(after.slice(after.indexOf('variable "jira'))));
  });

  it('tool setting: a missing require_two_factor_authentication is added inside the block', () => {
    const text = 'resource "gitlab_group" "eng" {\n  name = "engineering"\n}\n';
    const f = analyze({ path: 'main.tf', text, now: NOW }).findings.find((x) => x.ruleId === 'collab/mfa-not-required')!;
    const fix = fixesFor({ path: 'main.tf', text, kind: 'terraform', config: DEFAULT_CONFIG, finding: f }).find((x) => x.isPreferred)!;
    assert.equal(apply(text, fix.edits), 'resource "gitlab_group" "eng" {\n  name = "engineering"\n  require_two_factor_authentication = true\n}\n');
  });
});
