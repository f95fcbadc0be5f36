// Keycloak realm export / import JSON (realm-export.json, data/import/*.json): keys at the realm's
// top level; the same keys under `spec.realm` of the operator's KeycloakRealmImport resource (YAML,
// matched by a sniff whatever kind the manifest detectors give it).
import type { ToolSetting } from '../tool-setting';

const SOURCE = 'https://www.keycloak.org/docs-api/latest/rest-api/index.html#RealmRepresentation';
const base = { tool: 'Keycloak', kinds: ['keycloak-realm'], fileName: /\.json$/i, source: SOURCE } as const;
const REALM_IMPORT = /^kind:[ \t]*KeycloakRealmImport[ \t]*\r?$/m;
const TOTP = { key: 'alias', value: 'CONFIGURE_TOTP' } as const;

const realmJson: readonly ToolSetting[] = [
  {
    ...base,
    fact: 'tls',
    path: ['sslRequired'],
    unsafe: ['none'],
    safe: 'external',
    why: 'the realm accepts passwords and tokens over plain HTTP, where anyone on the path can read them',
    severity: 'error',
  },
  {
    ...base,
    fact: 'public-signup',
    path: ['registrationAllowed'],
    unsafe: ['true'],
    safe: 'false',
    why: 'anyone can register an account in this realm and sign in to every application that trusts it',
    severity: 'error',
  },
  {
    ...base,
    fact: 'admin-exposure',
    path: ['bruteForceProtected'],
    unsafe: ['false'],
    safe: 'true',
    missingIsUnsafe: true,
    why: 'the login page accepts unlimited password guesses, for admins as for everyone else',
    severity: 'warning',
  },
  {
    ...base,
    fact: 'mfa',
    path: ['requiredActions', '*', 'defaultAction'],
    where: TOTP,
    unsafe: ['false'],
    safe: 'true',
    why: 'new users are not asked to set up a one-time-password app, so a password alone opens their account (unless the browser flow requires OTP)',
    severity: 'warning',
  },
  {
    ...base,
    fact: 'mfa',
    path: ['requiredActions', '*', 'enabled'],
    where: TOTP,
    unsafe: ['false'],
    safe: 'true',
    why: 'users cannot be asked to set up a one-time-password app, so a password alone opens their account (unless the browser flow requires OTP)',
    severity: 'warning',
  },
  {
    ...base,
    fact: 'audit-log',
    path: ['eventsEnabled'],
    unsafe: ['false'],
    safe: 'true',
    why: 'sign-ins and failed logins are not recorded, so an account takeover leaves no trace',
    severity: 'warning',
  },
  {
    ...base,
    fact: 'audit-log',
    path: ['adminEventsEnabled'],
    unsafe: ['false'],
    safe: 'true',
    why: 'changes made in the admin console (new clients, users, role grants) are not recorded',
    severity: 'warning',
  },
];

/** The realm rows again, for `spec.realm` of a KeycloakRealmImport (k8s.keycloak.org/v2alpha1). */
const realmImport: readonly ToolSetting[] = realmJson.map(({ fileName: _json, ...r }) => ({ ...r, path: ['spec', 'realm', ...r.path], sniff: REALM_IMPORT, syntaxes: ['yaml'] }));

export const keycloakSettings: readonly ToolSetting[] = [...realmJson, ...realmImport];
