// gitlab/* — GitLab instance settings (Omnibus gitlab.rb) and .gitlab-ci.yml checks of GitLab's own.
import type { Rule } from '../../rule';
import { signupEnabled } from './signup-enabled';
import { twoFactorNotRequired } from './two-factor-not-required';
import { unpinnedInclude } from './unpinned-include';

export const gitlabRules: readonly Rule[] = [signupEnabled, twoFactorNotRequired, unpinnedInclude];
