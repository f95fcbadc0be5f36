// GitHub: every token type has its own documented prefix. Classic tokens (ghp_, gho_, ghu_, ghs_,
// ghr_) are 36 base62 characters whose last 6 are a CRC32 checksum of the first 30; fine-grained
// personal access tokens are github_pat_ + 22 + _ + 59 characters.
import type { Detector } from '../detector';
import { START, END, randomBody } from './shape';
import { githubChecksumOk } from './checksum';

const SETTINGS = 'Revoke it under GitHub → Settings → Developer settings → Personal access tokens.';

const classic = (prefix: string, description: string, rotate: string): Detector => ({
  id: 'secret/github-token',
  description,
  keywords: [prefix],
  pattern: new RegExp(String.raw`${START}(?<secret>${prefix}[A-Za-z0-9]{36})${END}`, 'g'),
  validate: (s) => githubChecksumOk(s) && randomBody(s.slice(4, 34)),
  rotate,
});

export const githubDetectors: readonly Detector[] = [
  classic('ghp_', 'GitHub personal access token (classic)', SETTINGS),
  classic('gho_', 'GitHub OAuth access token', 'Revoke it under GitHub → Settings → Applications → Authorized OAuth Apps (or the app owner resets it).'),
  classic('ghu_', 'GitHub App user access token', 'Revoke it under GitHub → Settings → Applications → Authorized GitHub Apps.'),
  classic('ghs_', 'GitHub App installation token', 'Installation tokens expire within an hour; if the app\'s private key leaked too, regenerate it in the app settings.'),
  classic('ghr_', 'GitHub App refresh token', 'Revoke the app authorization under GitHub → Settings → Applications → Authorized GitHub Apps.'),
  {
    id: 'secret/github-token',
    description: 'GitHub fine-grained personal access token',
    keywords: ['github_pat_'],
    pattern: new RegExp(String.raw`${START}(?<secret>github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(11)),
    rotate: 'Revoke it under GitHub → Settings → Developer settings → Fine-grained tokens.',
  },
];
