// Aggregates the posture rule families (collab/, inventory/, repo/, gha/, pipeline/, ...).
// Each family keeps its own list in rules/<family>/index.ts.
import type { Rule } from '../rule';
import { collabRules } from './collab';
import { inventoryRules } from './inventory';
import { repoRules } from './repo';
import { ghaRules } from './gha';
import { pipelineRules } from './pipeline';
import { jenkinsRules } from './jenkins';
import { bitbucketRules } from './bitbucket';
import { gitlabRules } from './gitlab';
import { networkRules } from './network';
import { giteaRules } from './gitea';
import { jiraRules } from './jira';

import { tomcatRules } from './tomcat';
import { kubernetesRules } from './kubernetes';

export const postureRules: readonly Rule[] = [...collabRules, ...inventoryRules, ...repoRules, ...ghaRules, ...pipelineRules, ...jenkinsRules, ...bitbucketRules, ...gitlabRules, ...giteaRules, ...jiraRules, ...networkRules, ...tomcatRules, ...kubernetesRules];
