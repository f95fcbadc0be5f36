// bitbucket/public-access — Bitbucket Server/Data Center's `feature.public.access` in
// bitbucket.properties. It is on unless switched off, and while it is on any project or
// repository can be opened to signed-out visitors with one click. Explicit `true` is a warning;
// no setting at all is reported as info (the safe value must be written down).
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { SET_LINE_SETTING } from '../../fixes/settings/fix-data';
import type { SetLineSettingData } from '../../fixes/settings/fix-data';

export const BITBUCKET_PUBLIC_ACCESS = 'bitbucket/public-access';
const KEY = 'feature.public.access';

function isBitbucketProperties(path: string): boolean {
  return /(^|[\\/])bitbucket\.properties$/i.test(path);
}

export const publicAccess: Rule = {
  meta: {
    id: BITBUCKET_PUBLIC_ACCESS,
    severity: 'warning',
    description: 'Bitbucket Server allows public (anonymous) access to projects and repositories.',
    fixable: true,
    kinds: ['properties'],
  },
  check(ctx) {
    if (!isBitbucketProperties(ctx.path)) return [];
    const fix: SetLineSettingData = { kind: SET_LINE_SETTING, lineKey: KEY, separator: '=', value: 'false', title: `Turn public access off: \`${KEY}=false\`` };
    const entry = ctx.entries.filter((e) => e.key === KEY).pop();
    const out: RawFinding[] = [];
    if (!entry) {
      const firstLineEnd = ctx.text.indexOf('\n');
      out.push({
        ruleId: BITBUCKET_PUBLIC_ACCESS,
        message: `This bitbucket.properties does not set \`${KEY}\`, and Bitbucket turns public access on by default: any admin can then open a repository to the whole internet with one click. Add \`${KEY}=false\`.`,
        range: { start: 0, end: firstLineEnd === -1 ? ctx.text.length : firstLineEnd },
        severity: 'info',
        fix,
      });
    } else if (entry.value.trim().toLowerCase() === 'true') {
      out.push({
        ruleId: BITBUCKET_PUBLIC_ACCESS,
        message: `\`${KEY}=true\` lets projects and repositories be opened to signed-out visitors; source code and pipeline files with credentials in them are what attackers harvest from exposed Bitbucket servers. Set \`${KEY}=false\`.`,
        range: entry.valueRange,
        fix,
      });
    }
    return out;
  },
};
