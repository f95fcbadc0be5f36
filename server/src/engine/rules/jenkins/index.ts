// jenkins/* — Jenkins Configuration as Code (jenkins.yaml, casc*.yaml).
import type { Rule } from '../../rule';
import { signupAllowed } from './signup-allowed';
import { jenkinsAnonymousAccess } from './anonymous-access';
import { unsecuredAuthorization } from './unsecured-authorization';
import { agentSecurityDisabled } from './agent-security-disabled';

export const jenkinsRules: readonly Rule[] = [signupAllowed, jenkinsAnonymousAccess, unsecuredAuthorization, agentSecurityDisabled];
