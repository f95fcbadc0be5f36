// Values that look like secrets but are not: references to a secret store or variable,
// documentation placeholders, and well-known non-secret shapes (digests, UUIDs, public keys).
// Everything here errs on the side of "not a placeholder" for long random-looking strings.
import { referencePatterns } from './references';

/** A reference to a variable or secret store rather than a literal. */
const REFERENCE_PATTERNS: readonly RegExp[] = [
  /\$\{\{[^}]*\}\}/, // GitHub Actions expressions: ${{ secrets.X }}, ${{ vars.X }}, ${{ env.X }}
  /^\$[A-Za-z_][A-Za-z0-9_]*$/, // $X
  /\$\{[A-Za-z_][A-Za-z0-9_.]*(?:[:?+-][^}]*)?\}/, // ${X}, ${X:-default}, ${X:?msg}, ${env.X}
  /\$\([A-Za-z_][\w.\-]*\)/, // Azure $(X)
  /\$\[\[?\s*[^\]]+\]\]?/, // Azure $[variables.X], GitLab $[[ inputs.x ]]
  /^%[A-Za-z_][A-Za-z0-9_]*%$/, // Windows %X%
  /\{\{[^}]*\}\}/, // Jinja/Handlebars/Ansible {{ x }}, CloudFormation {{resolve:...}}
  /\bcredentials\s*\(\s*['"]/, // Jenkins credentials('id')
  /^ENC\[.*\]$/s, // sops / eyaml ENC[...]
  /^ref\+[a-z0-9]+:\/\//i, // vals ref+vault://
  /^op:\/\//, // 1Password secret references
  /^\$ANSIBLE_VAULT;/, // inline ansible-vault ciphertext
  /^@Microsoft\.KeyVault\(/i, // Azure App Service Key Vault references
  /^#\{[^}]+\}#?$/, // Azure/Octopus token replacement #{X}#
  /^arn:aws:(secretsmanager|ssm):/, // AWS secret/parameter ARNs
  /^projects\/[^/]+\/secrets\//, // GCP Secret Manager resource names
  /^vault:[\w/.-]+#/, // vault:path#key (bank-vaults)
  /^(env|file|exec):[A-Za-z_]/, // env:NAME style indirections
  ...referencePatterns, // per-platform syntaxes: references/*.ts
];

/** Placeholders people put in examples and templates. Matched against the lower-cased value. */
const PLACEHOLDER_WORDS = new Set([
  'changeme', 'change-me', 'change_me', 'changeit', 'password', 'passwd', 'secret', 'token', 'apikey', 'api-key', 'api_key',
  'example', 'test', 'testing', 'dummy', 'placeholder', 'redacted', 'null', 'nil', 'none', 'true', 'false', 'undefined',
  'todo', 'tbd', 'fixme', 'sample', 'default', 'admin', 'root', 'user', 'username', 'guest', 'demo', 'foo', 'bar', 'foobar',
  'mypassword', 'my-password', 'my_password', 'mysecret', 'my-secret', 'mytoken', 'secret123', 'password123', 'pass', 'pwd',
  'notasecret', 'not-a-secret', 'insecure', 'hidden', 'masked', 'required', 'optional', 'xxx', 'string',
]);

const PLACEHOLDER_PATTERNS: readonly RegExp[] = [
  /^<[^<>]+>$/, // <token>
  /^\[[^[\]]+\]$/, // [token]
  /^\{[^{}]+\}$/, // {token}
  /^(.)\1{3,}$/, // xxxx, ****, 0000, ....
  /^[x*._-]{4,}$/i, // x-x-x, ***-***
  /^(your|my|insert|enter|replace|put|add|paste|some)[-_ ].*$/i, // your-token-here, insert_key, some-secret
  /[-_ ](here|goes[-_ ]?here)$/i, // token-here
  /example|dummy|placeholder|redacted|changeme|replace[-_ ]?me|not[-_ ]?real|sample[-_ ]?(key|token|secret)/i,
  // xx...xx around something. Fixed-length ends (not `x{2,}`): the quantified form backtracks
  // cubically on a long run of x or * that does not end the same way (seconds per candidate).
  /^(xx|\*\*).*(xx|\*\*)$/i,
  /^[A-Za-z0-9]{1,16}[_-](?:x{6,}|\*{6,}|\.{6,}|0{8,})$/i, // a provider prefix with a blanked body: ghp_xxxxxxxx, glpat-XXXXXXXX
  /^[^\n<>]{0,200}<[a-z][\w .:@/-]{0,60}>[^\n<>]{0,200}$/i, // a documentation slot inside a value: https://<user:password>@host, Bearer <token>
  /^(?:your|my|the|some|insert|enter)[^\s]{0,40}(?:password|passwd|pass|secret|token|key)[^\s]{0,20}$/i, // yourpassword, mypass, mysecretkey, yourWeak(!)Password
  // A phrase in kebab/snake case that names a secret word: not-secure-database-password, _the_password_of_the_bind_user.
  /^_?(?:[a-z]+[-_])*(?:password|passwd|secret|token|passphrase)(?:[-_][a-z]+)*_?$/,
  /x{8}|X{8}|\*{8}/, // a blanked run anywhere: ATBBxxxxxxxxxxxx, pypi-AgEIcHlwaS5vcmxxxxxxxx (random text never has one)
  // The name of a variable where a template engine or entrypoint puts the value (dbconfig.xml
  // `<password>JIRA_MYSQL_PASSWORD</password>`, replaced by `sed` at container start).
  /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:PASSWORD|PASSWD|PASS|PWD|SECRET|TOKEN)$/,
  /^(?:your|insert|enter)[-_ ]?(?:password|passwd|pass|secret|token|pwd)$/i, // yourpassword
  /^test[-_]?(?:pass|passwd|password|phrase|passphrase|pwd|secret|token|test)$/, // testpass, testphrase: test fixtures
  /^password[0-9]$/, // password1, password2: numbered dummies (a capitalised Password1 is still reported)
];

/** The keys AWS publishes in its documentation. */
const DOCUMENTED_EXAMPLES = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'ASIAIOSFODNN7EXAMPLE',
  'AKIAI44QH8DHBEXAMPLE',
  'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
  // The published, shared keys of Microsoft's local emulators (Azurite's devstoreaccount1, Cosmos DB).
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==',
]);

export function isReference(value: string): boolean {
  return REFERENCE_PATTERNS.some((p) => p.test(value));
}

export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v === '') return true;
  if (DOCUMENTED_EXAMPLES.has(v)) return true;
  const lower = v.toLowerCase();
  if (PLACEHOLDER_WORDS.has(lower)) return true;
  return PLACEHOLDER_PATTERNS.some((p) => p.test(v));
}

/** Strings that are identifiers or integrity data, never credentials. */
const NON_SECRET_SHAPES: readonly RegExp[] = [
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, // UUID
  /^(sha(1|224|256|384|512)|md5|blake2b?)[:-][0-9a-z+/=]+$/i, // digests: sha256:..., sha512-... (SRI)
  /^(ssh-(rsa|dss|ed25519)|ecdsa-sha2-nistp\d+|sk-(ssh|ecdsa)[\w@.-]*)\s+AAAA/, // SSH public keys
  /-----BEGIN (CERTIFICATE|PUBLIC KEY|RSA PUBLIC KEY|PGP PUBLIC KEY BLOCK|X509 CRL)-----/, // public material
  /^\d+(\.\d+)*$/, // numbers and versions
];

export function isNonSecretShape(value: string): boolean {
  return NON_SECRET_SHAPES.some((p) => p.test(value));
}

/**
 * A URL without a password (`ssh://git@host` is fine), or a file path: never the value of a password/token key itself. Only
 * for the generic, key-based checks — a provider format can be a URL (Slack and Discord webhooks).
 */
export function isLocator(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/(?:[^:@\s/]+@)?[^@\s]*$/i.test(value) || /^[~.]?\/[\w./-]*$/.test(value);
}

/** True when a candidate should never be reported whatever detector found it. */
export function isNotASecret(value: string): boolean {
  return isReference(value) || isPlaceholder(value) || isNonSecretShape(value);
}
