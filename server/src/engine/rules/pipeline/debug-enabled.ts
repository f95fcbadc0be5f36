// pipeline/debug-enabled — platform debug logging switched on in the pipeline file:
// ACTIONS_STEP_DEBUG / ACTIONS_RUNNER_DEBUG (GitHub), CI_DEBUG_TRACE / CI_DEBUG_SERVICES
// (GitLab), system.debug (Azure). Debug logs print variables, and CI_DEBUG_TRACE prints every
// variable including masked secrets.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { dataAt } from '../../policy/source-tree';
import { yamlTrees } from '../../policy/documents';
import { PIPELINE_KINDS } from './scripts';

export const DEBUG_ENABLED = 'pipeline/debug-enabled';

const SWITCHES: Record<string, string> = {
  actions_step_debug: 'GitHub step debug logging',
  actions_runner_debug: 'GitHub runner debug logging',
  ci_debug_trace: 'GitLab debug tracing, which prints every variable including masked secrets,',
  ci_debug_services: 'GitLab service debug logging',
  'system.debug': 'Azure Pipelines debug logging',
};

const TRUE = /^(?:true|1|yes|on)$/i;

export const debugEnabled: Rule = {
  meta: {
    id: DEBUG_ENABLED,
    severity: 'warning',
    description: 'Debug logging is switched on in the pipeline (ACTIONS_STEP_DEBUG, CI_DEBUG_TRACE, system.debug).',
    fixable: false,
    kinds: PIPELINE_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    const lower = ctx.lowerText;
    if (!/actions_step_debug|actions_runner_debug|ci_debug_|system\.debug/.test(lower)) return out;
    const trees = yamlTrees(ctx);
    for (const e of ctx.entries) {
      if (!TRUE.test(e.value.trim())) continue;
      let name = e.key.toLowerCase();
      // Azure list form: `- name: system.debug` / `  value: true`
      if (name === 'value' && e.doc !== undefined) {
        const sibling = dataAt(trees.find((t) => t.doc === e.doc)?.data, [...e.path.slice(0, -1), 'name']);
        if (typeof sibling === 'string') name = sibling.toLowerCase();
      }
      const what = SWITCHES[name];
      if (!what) continue;
      out.push({
        ruleId: DEBUG_ENABLED,
        message: `${what} is switched on in the pipeline file, so every run writes extra internals to the log, where more people can read them than the secrets. Turn it on for a single run when needed (re-run with debug logging) and remove it here.`,
        range: e.valueRange,
      });
    }
    return out;
  },
};
