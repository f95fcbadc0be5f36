// network/server-exposed — a collaboration or DevOps server (Jira, Bitbucket, GitLab, Jenkins, …)
// reachable from the whole internet. The incident Outpost exists for: internet-facing Jira and
// Bitbucket servers were broken into and the tokens in their pipelines taken.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { exposureFacts } from '../../exposure/facts';
import { WEB_PORTS, describePorts, guessTool, portsCover } from '../../exposure/tools';

export const SERVER_EXPOSED = 'network/server-exposed';

function sourceLabel(sources: readonly string[]): string {
  return sources.length === 0 ? 'with no source restriction' : `from ${sources.slice(0, 3).map((s) => `\`${s.slice(0, 60)}\``).join(', ')}`;
}

export const serverExposed: Rule = {
  meta: {
    id: SERVER_EXPOSED,
    severity: 'error',
    description: 'A collaboration or DevOps server (Jira, Bitbucket, GitLab, Jenkins, …) is reachable from anywhere on the internet.',
    fixable: true,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const fact of exposureFacts(ctx)) {
      if (!fact.fromAnywhere) continue;
      const tool = guessTool(fact);
      if (!tool) continue;
      const served = [...tool.ports, ...WEB_PORTS];
      if (!served.some((p) => portsCover(fact.ports, p))) continue;
      const f: RawFinding = {
        ruleId: SERVER_EXPOSED,
        message:
          `${fact.resource} lets anyone on the internet reach ${tool.name} (${describePorts(fact.ports)}, ${sourceLabel(fact.sources)}). ` +
          `Internet-facing ${tool.name === 'Jira' || tool.name === 'Bitbucket' ? tool.name : 'Jira and Bitbucket'} servers were broken into and the tokens in their pipelines taken; allow only your office or VPN address ranges.`,
        range: fact.range,
      };
      if (fact.fix) f.fix = fact.fix;
      out.push(f);
    }
    return out;
  },
};
