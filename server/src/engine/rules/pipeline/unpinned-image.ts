// pipeline/unpinned-image — a job's container image with `:latest` or no tag: each run pulls
// whatever the image's publisher (or whoever hijacks the name) pushed last, into a job that
// holds the pipeline's secrets. Pin a version tag, or better a digest. A version tag without a
// digest is reported too, as information with low confidence: the publisher can re-push it, but
// it is a version (`minConfidence: medium` in .outpost.yml hides these).
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { PIPELINE_KINDS } from './scripts';
import { imagePinProblem, pipelineImages } from './images';

export const UNPINNED_IMAGE = 'pipeline/unpinned-image';

export const unpinnedImage: Rule = {
  meta: {
    id: UNPINNED_IMAGE,
    severity: 'warning',
    description: 'A pipeline container image is used with :latest or without a tag (a version tag without a digest: information).',
    fixable: false,
    kinds: PIPELINE_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const img of pipelineImages(ctx)) {
      const p = imagePinProblem(img.value);
      if (!p) {
        // A version tag is still movable; only a digest is fixed.
        if (!/@sha256:[0-9a-f]{64}$/i.test(img.value.trim()) && !/[$%{}\s]/.test(img.value.trim()) && img.value.trim() !== 'scratch') {
          out.push({
            ruleId: UNPINNED_IMAGE,
            message: `\`${img.value.trim()}\` is pinned to a tag, which its publisher (or whoever takes over the name) can point at a new image. Pin the digest too: \`${img.value.trim()}@sha256:…\`.`,
            range: img.range,
            severity: 'info',
            confidence: 'low',
          });
        }
        continue;
      }
      const name = img.value.trim();
      out.push({
        ruleId: UNPINNED_IMAGE,
        message:
          p === 'latest'
            ? `\`${name}\` runs whatever was pushed last under \`latest\`, inside a job that holds this pipeline's secrets; a hijacked or broken push reaches you unseen. Pin a version tag, or a digest (\`@sha256:…\`).`
            : `\`${name}\` has no tag, which means \`latest\`: each run pulls whatever was pushed last, inside a job that holds this pipeline's secrets. Pin a version tag, or a digest (\`@sha256:…\`).`,
        range: img.range,
      });
    }
    return out;
  },
};
