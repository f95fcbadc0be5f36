// Which area of the posture a rule belongs to, as a table: the first row whose pattern matches the
// rule id wins. New rule families land in the right area by adding a row (or a keyword), not code.
export type AreaId = 'secrets' | 'access' | 'pipelines' | 'inventory' | 'other';

export const AREA_TITLES: Readonly<Record<AreaId, string>> = {
  secrets: 'Secrets',
  access: 'Access: MFA, allow lists, anonymous access, sign-up',
  pipelines: 'Pipelines',
  inventory: 'Inventory',
  other: 'Other',
};

export const AREA_ORDER: readonly AreaId[] = ['secrets', 'access', 'pipelines', 'inventory', 'other'];

/** Order matters: inventory/* stays Inventory even when its id names MFA; jenkins/anonymous-access is Access. */
const AREA_RULES: readonly { area: AreaId; test: RegExp }[] = [
  { area: 'secrets', test: /^secret\// },
  { area: 'inventory', test: /^inventory\// },
  { area: 'access', test: /^(collab|repo)\// },
  { area: 'access', test: /(mfa|two-factor|2fa|allowlist|allow-list|anonymous|signup|sign-up|public-access|unsecured-authorization|admin|audit-log|dormant)/ },
  { area: 'pipelines', test: /^(gha|gitlab|bitbucket|azure|circleci|jenkins|pipeline)\// },
];

export function areaOf(ruleId: string): AreaId {
  for (const r of AREA_RULES) if (r.test.test(ruleId)) return r.area;
  return 'other';
}

/** The access topic a rule is about, for the "3 MFA, 1 allow list" summary of the Access area. */
const ACCESS_TOPICS: readonly { topic: string; test: RegExp }[] = [
  { topic: 'MFA', test: /(mfa|two-factor|2fa)/ },
  { topic: 'allow list', test: /(allowlist|allow-list)/ },
  { topic: 'anonymous', test: /(anonymous|public-access|unsecured-authorization)/ },
  { topic: 'sign-up', test: /(signup|sign-up)/ },
];

export function accessTopicOf(ruleId: string): string {
  for (const t of ACCESS_TOPICS) if (t.test.test(ruleId)) return t.topic;
  return 'other';
}
