// Infrastructure as code by name: Terraform (`*.tf`, `*.tfvars`, `*.tf.json`, `*.tfvars.json`) and
// HashiCorp Vault server configuration (`*.hcl` whose content opens a `listener "tcp"`, `storage`
// or `seal` block; other `.hcl` files — Packer, Nomad, Terragrunt — are not Vault's).
import type { FileKind } from '../types';

const VAULT_SNIFF = /^[ \t]*(?:listener[ \t]+"tcp"|storage[ \t]+"[\w-]+"|seal[ \t]+"[\w-]+")[ \t]*\{/m;

export function detectIacKind(name: string, text: string | undefined): FileKind | undefined {
  if (/\.(tf|tfvars)$/i.test(name) || /\.(tf|tfvars)\.json$/i.test(name)) return 'terraform';
  if (/\.hcl$/i.test(name) && text !== undefined && VAULT_SNIFF.test(text.length > 65536 ? text.slice(0, 65536) : text)) return 'vault-config';
  return undefined;
}
