// jira/* — checks specific to Jira Data Center's own files.
import type { Rule } from '../../rule';
import { websudoDisabled } from './websudo-disabled';

export const jiraRules: readonly Rule[] = [websudoDisabled];
