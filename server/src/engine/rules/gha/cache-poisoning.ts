// gha/cache-poisoning — a release or publish workflow (tags, `release:`) that restores a build
// cache. Caches are shared across the repository's workflows: a pull request's job can write an
// entry the release job then restores, so poisoned dependencies end up in the published artifact.
// Build releases from a clean state: no `actions/cache`, no `cache:` input on setup-* actions.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { valueRangeAt } from '../../policy/ranges';
import { WORKFLOW_KINDS, actionName, isRecord, withInput, workflows } from './workflow';
import type { WorkflowView } from './workflow';

export const CACHE_POISONING = 'gha/cache-poisoning';

/** Actions that restore a cache whenever they run. */
const ALWAYS_CACHE = new Set(['actions/cache', 'actions/cache/restore', 'swatinem/rust-cache', 'mozilla-actions/sccache-action', 'hendrikmuhs/ccache-action', 'ramsey/composer-install']);
/** Actions that cache when an input says so (input name, and whether caching is on by default). */
const INPUT_CACHE: Record<string, { input: string; byDefault: boolean }> = {
  'actions/setup-node': { input: 'cache', byDefault: false },
  'actions/setup-python': { input: 'cache', byDefault: false },
  'actions/setup-java': { input: 'cache', byDefault: false },
  'actions/setup-go': { input: 'cache', byDefault: true },
  'actions/setup-dotnet': { input: 'cache', byDefault: false },
  'astral-sh/setup-uv': { input: 'enable-cache', byDefault: false },
  'oven-sh/setup-bun': { input: 'no-cache', byDefault: true },
  'pnpm/action-setup': { input: 'cache', byDefault: false },
  'gradle/actions/setup-gradle': { input: 'cache-disabled', byDefault: true },
  'ruby/setup-ruby': { input: 'bundler-cache', byDefault: false },
};

/** Release/publish triggers: a `release:` event or a push of tags. */
function releaseTrigger(wf: WorkflowView): string | undefined {
  const on = wf.data['on'] ?? wf.data['true'];
  // A workflow that pull requests also run is CI that happens to run on tags too: its cache
  // entries are the pull requests' own, and it is not the publishing path this rule guards.
  if (wf.triggers.some((t) => t.name.startsWith('pull_request') || t.name === 'merge_group')) return undefined;
  if (wf.triggers.some((t) => t.name === 'release')) return '`release`';
  const push = isRecord(on) ? on['push'] : undefined;
  if (isRecord(push) && (push['tags'] !== undefined || push['tags-ignore'] !== undefined) && push['branches'] === undefined) return 'a tag push';
  return undefined;
}

function caches(name: string | undefined, input: (k: string) => string | undefined): string | undefined {
  if (!name) return undefined;
  if (ALWAYS_CACHE.has(name)) return 'uses';
  const spec = INPUT_CACHE[name];
  if (!spec) return undefined;
  const v = input(spec.input)?.trim().toLowerCase();
  // Inputs that switch caching *off* when true (no-cache, cache-disabled).
  const inverted = /^(?:no-|.*-disabled$)/.test(spec.input);
  if (v === undefined) return spec.byDefault ? 'uses' : undefined;
  const on = inverted ? v === 'false' : v !== '' && v !== 'false';
  return on ? `with.${spec.input}` : undefined;
}

export const cachePoisoning: Rule = {
  meta: {
    id: CACHE_POISONING,
    severity: 'warning',
    description: 'A release or publish workflow restores a build cache that other workflows (pull requests) can write.',
    fixable: false,
    kinds: WORKFLOW_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const wf of workflows(ctx)) {
      const why = releaseTrigger(wf);
      if (!why) continue;
      for (const step of wf.steps) {
        const name = actionName(step.uses);
        const where = caches(name, (k) => withInput(step, k));
        if (!where) continue;
        const path = where === 'uses' ? [...step.path, 'uses'] : [...step.path, 'with', where.slice(5)];
        out.push({
          ruleId: CACHE_POISONING,
          message: `This workflow runs on ${why} and \`${name}\` restores a build cache here. Caches are shared with other workflows of the repository, including pull request runs, so a poisoned entry ends up in what you publish. Build releases without a cache.`,
          range: valueRangeAt(wf.tree, path),
          confidence: where === 'uses' && !ALWAYS_CACHE.has(name!) ? 'medium' : 'high',
        });
      }
    }
    return out;
  },
};
