// HashiCorp: Vault tokens (hvs. service, hvb. batch, hvr. recovery; before Vault 1.10 service
// tokens were s. + 24 characters, recognised only under a VAULT_TOKEN-like key) and Terraform
// Cloud / Enterprise API tokens (<14>.atlasv1.<60+>).
import type { Detector } from '../detector';
import { START, END, afterKey, randomBody, randomValue } from './shape';

const VAULT = 'Revoke it with `vault token revoke` (or revoke its lease/accessor) and issue a short-lived token from an auth method such as JWT/OIDC instead.';

export const hashicorpDetectors: readonly Detector[] = [
  {
    id: 'secret/vault-token',
    description: 'HashiCorp Vault service token',
    keywords: ['hvs.'],
    pattern: new RegExp(String.raw`${START}(?<secret>hvs\.[A-Za-z0-9_-]{24,200})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(4)),
    rotate: VAULT,
  },
  {
    id: 'secret/vault-token',
    description: 'HashiCorp Vault batch token',
    keywords: ['hvb.'],
    pattern: new RegExp(String.raw`${START}(?<secret>hvb\.[A-Za-z0-9_-]{24,400})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(4)),
    rotate: VAULT,
  },
  {
    id: 'secret/vault-token',
    description: 'HashiCorp Vault recovery token',
    keywords: ['hvr.'],
    pattern: new RegExp(String.raw`${START}(?<secret>hvr\.[A-Za-z0-9_-]{20,200})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(4)),
    rotate: VAULT,
  },
  {
    id: 'secret/vault-token',
    description: 'HashiCorp Vault token (legacy format)',
    keywords: ['vault'],
    pattern: afterKey(String.raw`vault[_.-]?(?:root[_.-]?|client[_.-]?|dev[_.-]?root[_.-]?)?token(?:[_.-]?id)?`, String.raw`[sb]\.[A-Za-z0-9]{24}`),
    validate: (s) => randomValue(s.slice(2)),
    rotate: VAULT,
  },
  {
    id: 'secret/terraform-cloud-token',
    description: 'Terraform Cloud / Enterprise API token',
    keywords: ['.atlasv1.'],
    pattern: new RegExp(String.raw`${START}(?<secret>[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,90})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(23)),
    rotate: 'Revoke it in HCP Terraform → User settings → Tokens (or the organization/team API token page).',
  },
];
