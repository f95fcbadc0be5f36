// gitlab/signup-enabled — `gitlab_rails['gitlab_signup_enabled'] = true` in gitlab.rb: anyone who
// reaches the instance can register, see internal projects and use shared runners.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { SET_LINE_SETTING } from '../../fixes/settings/fix-data';
import type { SetLineSettingData } from '../../fixes/settings/fix-data';
import { gitlabRailsSetting } from './rb-settings';

export const GITLAB_SIGNUP_ENABLED = 'gitlab/signup-enabled';

export const signupEnabled: Rule = {
  meta: {
    id: GITLAB_SIGNUP_ENABLED,
    severity: 'error',
    description: 'GitLab lets anyone register an account (gitlab_signup_enabled = true).',
    fixable: true,
    kinds: ['gitlab-rb'],
  },
  check(ctx) {
    const s = gitlabRailsSetting(ctx, 'gitlab_signup_enabled');
    if (!s || s.value !== 'true') return [];
    const fix: SetLineSettingData = { kind: SET_LINE_SETTING, lineKey: s.lineKey, separator: ' = ', value: 'false', title: 'Turn sign-up off' };
    const f: RawFinding = {
      ruleId: GITLAB_SIGNUP_ENABLED,
      message: 'Anyone who can reach this GitLab can register an account and then read every internal project and run jobs on shared runners. Set `gitlab_rails[\'gitlab_signup_enabled\'] = false` and create accounts deliberately.',
      range: s.valueRange,
      fix,
    };
    return [f];
  },
};
