// Atlassian: API tokens start ATATT (Jira, Confluence, Bitbucket API tokens), Bitbucket app
// passwords ATBB, Bitbucket repository/project/workspace access tokens ATCTT. Older Atlassian API
// tokens (24 characters) and Bitbucket OAuth consumer secrets have no prefix: key name required.
import type { Detector } from '../detector';
import { START_DASH, END, afterKey, randomBody, randomValue } from './shape';

const ATLASSIAN = 'Revoke it at id.atlassian.com → Security → API tokens.';

export const atlassianDetectors: readonly Detector[] = [
  {
    id: 'secret/atlassian-api-token',
    description: 'Atlassian API token',
    keywords: ['atatt3'],
    pattern: new RegExp(String.raw`${START_DASH}(?<secret>ATATT3[A-Za-z0-9_=-]{140,300})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(6)),
    rotate: ATLASSIAN,
  },
  {
    id: 'secret/atlassian-api-token',
    description: 'Atlassian API token',
    keywords: ['jira', 'confluence', 'atlassian'],
    pattern: afterKey(String.raw`(?:jira|confluence|atlassian)[_.-]?(?:api[_.-]?)?token`, '[A-Za-z0-9]{24}'),
    validate: (s) => randomValue(s),
    rotate: ATLASSIAN,
  },
  {
    id: 'secret/bitbucket-app-password',
    description: 'Bitbucket app password',
    keywords: ['atbb'],
    pattern: new RegExp(String.raw`${START_DASH}(?<secret>ATBB[A-Za-z0-9]{28,40})${END}`, 'g'),
    validate: (s) => randomValue(s.slice(4)),
    rotate: 'Revoke it in Bitbucket → Personal settings → App passwords.',
  },
  {
    id: 'secret/bitbucket-access-token',
    description: 'Bitbucket repository, project or workspace access token',
    keywords: ['atctt3'],
    pattern: new RegExp(String.raw`${START_DASH}(?<secret>ATCTT3[A-Za-z0-9_=-]{140,300})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(6)),
    rotate: 'Revoke it in the repository, project or workspace settings → Access tokens.',
  },
  {
    id: 'secret/bitbucket-client-secret',
    description: 'Bitbucket OAuth consumer secret',
    keywords: ['bitbucket'],
    pattern: afterKey(String.raw`bitbucket[_.-]?(?:oauth[_.-]?)?(?:client|consumer)[_.-]?secret`, '[A-Za-z0-9]{32}'),
    validate: (s) => randomValue(s),
    rotate: 'Delete the OAuth consumer in the workspace settings → OAuth consumers and create a new one.',
  },
];
