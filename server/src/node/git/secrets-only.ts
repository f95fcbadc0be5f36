// The configuration a history scan analyses with: the repository's own, with every posture rule
// switched off (a commit's added lines are fragments; only secrets in them matter) and files of
// any kind checked for secrets.
import type { OutpostConfig } from '../../engine/config/config';
import { allRules } from '../../engine/rules';

export function secretsOnly(config: OutpostConfig): OutpostConfig {
  const off: Record<string, 'off'> = {};
  for (const r of allRules) if (!r.meta.id.startsWith('secret/')) off[r.meta.id] = 'off';
  return { ...config, rules: { ...config.rules, ...off }, scanAllFiles: true };
}
