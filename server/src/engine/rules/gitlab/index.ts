// gitlab/* — GitLab instance settings (Omnibus gitlab.rb).
import type { Rule } from '../../rule';
import { signupEnabled } from './signup-enabled';
import { twoFactorNotRequired } from './two-factor-not-required';

export const gitlabRules: readonly Rule[] = [signupEnabled, twoFactorNotRequired];
