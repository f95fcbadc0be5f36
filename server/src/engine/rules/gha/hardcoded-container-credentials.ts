// gha/hardcoded-container-credentials — a registry password written into `container:` or
// `services:` credentials instead of `${{ secrets.NAME }}`. Everyone who can read the workflow
// (for a public repository: everyone) can pull, and often push, the organisation's images.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { valueRangeAt } from '../../policy/ranges';
import { WORKFLOW_KINDS, isRecord, workflows } from './workflow';
import type { PathSegment } from '../../parse/entry';

export const HARDCODED_CONTAINER_CREDENTIALS = 'gha/hardcoded-container-credentials';

export const hardcodedContainerCredentials: Rule = {
  meta: {
    id: HARDCODED_CONTAINER_CREDENTIALS,
    severity: 'error',
    description: 'A container or service registry password is written into the workflow.',
    fixable: false,
    kinds: WORKFLOW_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const wf of workflows(ctx)) {
      for (const job of wf.jobs) {
        const places: PathSegment[][] = [];
        if (isRecord(job.data['container'])) places.push([...job.path, 'container']);
        if (isRecord(job.data['services'])) {
          for (const [name, s] of Object.entries(job.data['services'])) if (isRecord(s)) places.push([...job.path, 'services', name]);
        }
        for (const p of places) {
          let node: unknown = wf.data;
          for (const seg of [...p, 'credentials', 'password']) node = isRecord(node) ? node[String(seg)] : undefined;
          if (typeof node !== 'string' && typeof node !== 'number') continue;
          const v = String(node).trim();
          if (v === '' || v.includes('${{')) continue;
          out.push({
            ruleId: HARDCODED_CONTAINER_CREDENTIALS,
            message: `The registry password for this ${p.includes('services') ? 'service container' : 'job container'} is written into the workflow, where everyone who can read the repository can copy it. Store it as a secret and use \`password: \${{ secrets.REGISTRY_PASSWORD }}\`, then rotate the old one.`,
            range: valueRangeAt(wf.tree, [...p, 'credentials', 'password']),
          });
        }
      }
    }
    return out;
  },
};
