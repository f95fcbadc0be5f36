// gitlab/two-factor-not-required — two-factor authentication in an Omnibus gitlab.rb, as far as
// the file can say anything about it. Requiring 2FA is an application setting (Admin UI, API,
// Terraform's gitlab_application_settings), not a gitlab.rb key: a
// `gitlab_rails['require_two_factor_authentication']` line is ignored by GitLab, and whoever
// wrote it believes 2FA is enforced when nothing enforces it. The one 2FA key gitlab.rb does have,
// `omniauth_allow_bypass_two_factor`, lets sign-ins through the listed SSO providers (or all of
// them, with `true`) skip GitLab's 2FA check. Both are reported on the line that says them.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { SET_LINE_SETTING } from '../../fixes/settings/fix-data';
import type { SetLineSettingData } from '../../fixes/settings/fix-data';
import { gitlabRailsSetting } from './rb-settings';

export const GITLAB_TWO_FACTOR = 'gitlab/two-factor-not-required';

const WHERE = 'Require it in Admin → Settings → General → Sign-in restrictions (as code: Terraform\'s `gitlab_application_settings`)';

/** `true`, or a non-empty list of providers: `['saml', 'github']`. `false`, `nil`, `[]` bypass nothing. */
function bypassesTwoFactor(value: string): boolean {
  const v = value.trim();
  if (v === 'true') return true;
  return /^\[\s*\S/.test(v) && !/^\[\s*\]$/.test(v);
}

export const twoFactorNotRequired: Rule = {
  meta: {
    id: GITLAB_TWO_FACTOR,
    severity: 'error',
    description: 'GitLab lets sign-ins skip two-factor authentication (omniauth_allow_bypass_two_factor), or gitlab.rb claims to require it with a key GitLab ignores.',
    fixable: true,
    kinds: ['gitlab-rb'],
  },
  check(ctx) {
    const out: RawFinding[] = [];
    const ignored = gitlabRailsSetting(ctx, 'require_two_factor_authentication');
    if (ignored) {
      out.push({
        ruleId: GITLAB_TWO_FACTOR,
        severity: 'warning',
        message:
          ignored.value === 'true'
            ? `\`require_two_factor_authentication\` is not a gitlab.rb setting: GitLab ignores this line, so nobody is made to use two-factor authentication and one phished password still opens an account. ${WHERE}, then delete this line.`
            : `\`require_two_factor_authentication\` is not a gitlab.rb setting, so this line changes nothing, and GitLab does not require two-factor authentication unless it is set elsewhere: one phished password opens an account. ${WHERE}, then delete this line.`,
        range: ignored.valueRange,
      });
    }
    const bypass = gitlabRailsSetting(ctx, 'omniauth_allow_bypass_two_factor');
    if (bypass && bypassesTwoFactor(bypass.value)) {
      const fix: SetLineSettingData = { kind: SET_LINE_SETTING, lineKey: bypass.lineKey, separator: ' = ', value: 'false', title: 'Stop SSO sign-ins from skipping two-factor authentication' };
      out.push({
        ruleId: GITLAB_TWO_FACTOR,
        message:
          bypass.value.trim() === 'true'
            ? 'Everyone who signs in through any SSO provider skips GitLab\'s two-factor check, so unless every provider enforces MFA itself, one phished SSO password opens GitLab and its tokens. Set it to `false`, or list only providers that enforce MFA.'
            : `Sign-ins through the SSO providers listed here (\`${bypass.value.trim()}\`) skip GitLab's two-factor check: unless each of them enforces MFA itself, one phished SSO password opens GitLab and its tokens. Set it to \`false\`, or keep only providers that enforce MFA.`,
        range: bypass.valueRange,
        fix,
      });
    }
    return out;
  },
};
