// Container images a pipeline runs, per platform, as source ranges:
//   GitHub: jobs.*.container(.image), jobs.*.services.*.image
//   GitLab: image(.name), services[](.name) at any level
//   Bitbucket: image(.name), definitions.services.*.image
//   Azure: container(.image) of jobs, resources.containers[].image
//   CircleCI: docker[].image
//   Jenkinsfile: image 'x', docker 'x' (declarative agent), docker.image('x')
// (`uses: docker://` belongs to gha/unpinned-action; Azure pool.vmImage and CircleCI
// machine.image are runner images, not containers.)
import type { AnalysisContext } from '../../context';
import type { Range } from '../../types';
import type { Entry } from '../../parse/entry';

export interface ImageRef {
  value: string;
  range: Range;
}

function stringKeys(e: Entry): string[] {
  return e.path.filter((s): s is string => typeof s === 'string');
}

function isImageEntry(kind: string, e: Entry): boolean {
  const keys = stringKeys(e);
  const last = e.path[e.path.length - 1];
  const k = keys[keys.length - 1];
  const parent = keys[keys.length - 2];
  switch (kind) {
    case 'github-workflow':
      if (keys[0] !== 'jobs') return false;
      return (k === 'container' && last === 'container') || (k === 'image' && (parent === 'container' || keys[keys.length - 3] === 'services'));
    case 'gitlab-ci':
      if (k === 'image' && last === 'image') return true;
      if (k === 'name' && (parent === 'image' || parent === 'services')) return true;
      return k === 'services' && typeof last === 'number';
    case 'bitbucket-pipelines':
      return (k === 'image' && last === 'image') || (k === 'name' && parent === 'image');
    case 'azure-pipelines':
      // `resources.containers[].container` is an alias, not an image.
      if (keys.includes('pool') || (k === 'container' && parent === 'containers')) return false;
      return (k === 'container' && last === 'container') || (k === 'image' && (parent === 'container' || parent === 'containers' || keys.includes('containers')));
    case 'circleci':
      return k === 'image' && parent === 'docker';
    default:
      return false;
  }
}

export function pipelineImages(ctx: AnalysisContext): ImageRef[] {
  const out: ImageRef[] = [];
  if (ctx.kind === 'jenkinsfile') {
    const re = /\b(?:image|docker)\s*\(?\s*(['"])([^'"\n$]{1,300})\1|\bdocker\.image\(\s*(['"])([^'"\n]{1,300})\3/g;
    for (const m of ctx.text.matchAll(re)) {
      const value = m[2] ?? m[4]!;
      const start = m.index! + m[0].lastIndexOf(value);
      out.push({ value, range: { start, end: start + value.length } });
    }
    return out;
  }
  // Azure: a job's `container: dev1` may name a resources.containers alias.
  const aliases = new Set(ctx.entries.filter((e) => e.key === 'container' && e.path[e.path.length - 3] === 'containers').map((e) => e.value));
  for (const e of ctx.entries) {
    if (e.key.includes('=') || e.tag === '!reference' || !isImageEntry(ctx.kind, e)) continue;
    if (ctx.kind === 'azure-pipelines' && e.key === 'container' && aliases.has(e.value)) continue;
    out.push({ value: e.value, range: e.valueRange });
  }
  return out;
}

/** Why an image reference is not pinned: 'latest', 'no-tag', or undefined when it is pinned. */
export function imagePinProblem(image: string): 'latest' | 'no-tag' | undefined {
  const v = image.trim();
  if (v === '' || /[$%{}]/.test(v) || /\s/.test(v)) return undefined; // variables, expressions
  if (/@sha256:[0-9a-f]{64}$/i.test(v)) return undefined;
  const lastSegment = v.slice(v.lastIndexOf('/') + 1);
  const colon = lastSegment.indexOf(':');
  if (colon === -1) return v === 'scratch' ? undefined : 'no-tag';
  const tag = lastSegment.slice(colon + 1);
  return tag.toLowerCase() === 'latest' ? 'latest' : undefined;
}
