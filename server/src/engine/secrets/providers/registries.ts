// Package and container registries: npm (npm_ + 36, legacy UUID in .npmrc), PyPI macaroons
// (pypi-AgEIcHlwaS5vcmc… encodes "pypi.org"), Docker Hub (dckr_pat_/dckr_oat_), NuGet (oy2 + 43),
// RubyGems (rubygems_ + 48 hex), JFrog (AKCp API keys, cmVmdGtu "reftkn" reference tokens),
// Clojars (CLOJARS_ + 60), crates.io (cio + 32), and registry logins in a docker config.json.
import type { Detector } from '../detector';
import { START, START_DASH, END, END_B64, UUID, afterKey, decodeBase64, randomBody } from './shape';
import { isPlaceholder } from '../placeholders';

export const registryDetectors: readonly Detector[] = [
  {
    id: 'secret/npm-token',
    description: 'npm access token',
    keywords: ['npm_'],
    pattern: new RegExp(String.raw`${START}(?<secret>npm_[A-Za-z0-9]{36})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(4)),
    rotate: 'Revoke it at npmjs.com → Access Tokens (or `npm token revoke`).',
  },
  {
    id: 'secret/npm-token',
    description: 'npm legacy auth token',
    keywords: ['_authtoken'],
    pattern: afterKey('_authToken', UUID),
    uuidShaped: true,
    rotate: 'Revoke it at npmjs.com → Access Tokens (or `npm token revoke`).',
  },
  {
    id: 'secret/npm-token',
    description: 'npm registry basic-auth credential',
    keywords: ['_auth'],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])_auth\s{0,4}=\s{0,4}["']?(?<secret>[A-Za-z0-9+/]{8,400}={0,2})${END_B64}`, 'g'),
    validate: (s) => basicAuthPair(s),
    rotate: 'Change the registry password (or revoke the token it encodes) with the registry.',
  },
  {
    id: 'secret/pypi-token',
    description: 'PyPI API token',
    keywords: ['pypi-ageicHlwaS5vcmc'.toLowerCase()],
    pattern: new RegExp(String.raw`${START_DASH}(?<secret>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(20)),
    rotate: 'Remove it at pypi.org → Account settings → API tokens.',
  },
  {
    id: 'secret/pypi-token',
    description: 'TestPyPI API token',
    keywords: ['pypi-agendgvzdc5wexbplm9yzw'],
    pattern: new RegExp(String.raw`${START_DASH}(?<secret>pypi-AgENdGVzdC5weXBpLm9yZw[A-Za-z0-9_-]{50,1000})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(26)),
    severity: 'warning',
    rotate: 'Remove it at test.pypi.org → Account settings → API tokens.',
  },
  {
    id: 'secret/docker-hub-token',
    description: 'Docker Hub access token',
    keywords: ['dckr_pat_', 'dckr_oat_'],
    pattern: new RegExp(String.raw`${START}(?<secret>dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,40})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(9)),
    rotate: 'Delete it at Docker Hub → Account settings → Personal access tokens (or the organization\'s access tokens).',
  },
  {
    id: 'secret/docker-config-auth',
    description: 'registry login in a Docker config.json',
    keywords: ['"auths"'],
    pattern: new RegExp(String.raw`"auth"\s{0,4}:\s{0,4}"(?<secret>[A-Za-z0-9+/]{8,400}={0,2})"`, 'g'),
    validate: (s) => basicAuthPair(s),
    rotate: 'Change the registry password or revoke the access token it encodes, then `docker login` again with a credential helper.',
  },
  {
    id: 'secret/nuget-api-key',
    description: 'NuGet API key',
    keywords: ['oy2'],
    pattern: new RegExp(String.raw`${START}(?<secret>oy2[a-z0-9]{43})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(3)) && /[0-9]/.test(s.slice(3)),
    rotate: 'Delete or regenerate it at nuget.org → API Keys.',
  },
  {
    id: 'secret/rubygems-api-key',
    description: 'RubyGems API key',
    keywords: ['rubygems_'],
    pattern: new RegExp(String.raw`${START}(?<secret>rubygems_[a-f0-9]{48})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(9)),
    rotate: 'Delete it at rubygems.org → Settings → API keys.',
  },
  {
    id: 'secret/jfrog-api-key',
    description: 'JFrog Artifactory API key',
    keywords: ['akcp'],
    pattern: new RegExp(String.raw`${START}(?<secret>AKCp[A-Za-z0-9]{60,80})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(4)),
    rotate: 'Revoke it in the JFrog Platform → Edit profile → API key (and move to access tokens).',
  },
  {
    id: 'secret/jfrog-reference-token',
    description: 'JFrog reference token',
    keywords: ['cmvmdgtu'],
    pattern: new RegExp(String.raw`${START}(?<secret>cmVmdGtuOj[A-Za-z0-9]{44,80})${END}`, 'g'),
    validate: (s) => (decodeBase64(s) ?? '').startsWith('reftkn:') && randomBody(s.slice(10)),
    rotate: 'Revoke it in the JFrog Platform → Administration → User management → Access tokens.',
  },
  {
    id: 'secret/clojars-token',
    description: 'Clojars deploy token',
    keywords: ['clojars_'],
    pattern: new RegExp(String.raw`${START}(?<secret>CLOJARS_[a-z0-9]{60})${END}`, 'gi'),
    validate: (s) => randomBody(s.slice(8)),
    rotate: 'Disable it at clojars.org → Dashboard → Deploy tokens.',
  },
  {
    id: 'secret/crates-io-token',
    description: 'crates.io API token',
    keywords: ['cio'],
    pattern: new RegExp(String.raw`${START}(?<secret>cio[A-Za-z0-9]{32})${END}`, 'g'),
    validate: (s) => randomValue3(s.slice(3)),
    rotate: 'Revoke it at crates.io → Account settings → API tokens.',
  },
];

/** A base64 `user:password` pair whose password is a literal. */
function basicAuthPair(b64: string): boolean {
  const decoded = decodeBase64(b64);
  if (!decoded || !/^[\x20-\x7e]+$/.test(decoded)) return false;
  const colon = decoded.indexOf(':');
  if (colon <= 0) return false;
  const password = decoded.slice(colon + 1);
  return password.length >= 4 && !isPlaceholder(password) && !password.startsWith('$');
}

/** crates.io tokens are mixed-case alphanumerics: require all three classes (cio is a common word start). */
function randomValue3(body: string): boolean {
  return randomBody(body) && /[a-z]/.test(body) && /[A-Z]/.test(body) && /[0-9]/.test(body);
}
