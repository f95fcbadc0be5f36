// gitlab/two-factor-not-required — `gitlab_rails['require_two_factor_authentication'] = false`
// in gitlab.rb: one phished or reused password opens the account, its tokens and its projects.
import type { Rule } from '../../rule';
import { SET_LINE_SETTING } from '../../fixes/settings/fix-data';
import type { SetLineSettingData } from '../../fixes/settings/fix-data';
import { gitlabRailsSetting } from './rb-settings';

export const GITLAB_TWO_FACTOR = 'gitlab/two-factor-not-required';

export const twoFactorNotRequired: Rule = {
  meta: {
    id: GITLAB_TWO_FACTOR,
    severity: 'error',
    description: 'GitLab does not require two-factor authentication (require_two_factor_authentication = false).',
    fixable: true,
    kinds: ['gitlab-rb'],
  },
  check(ctx) {
    const s = gitlabRailsSetting(ctx, 'require_two_factor_authentication');
    if (!s || s.value !== 'false') return [];
    const fix: SetLineSettingData = { kind: SET_LINE_SETTING, lineKey: s.lineKey, separator: ' = ', value: 'true', title: 'Require two-factor authentication' };
    return [
      {
        ruleId: GITLAB_TWO_FACTOR,
        message: 'This GitLab does not require two-factor authentication: one phished or reused password opens the account, its access tokens and every project it can push to. Set `gitlab_rails[\'require_two_factor_authentication\'] = true`.',
        range: s.valueRange,
        fix,
      },
    ];
  },
};
