// One export per tool table; tools/index.ts flattens them all into the registry.
// Add a line here for a new table file: `export { xSettings } from './x';`
export { giteaSettings } from './gitea';
export { grafanaSettings } from './grafana';
export { mattermostSettings } from './mattermost';
export { keycloakSettings } from './keycloak';
export { sonarqubeSettings } from './sonarqube';
export { bitbucketSettings } from './bitbucket';
export { harborSettings } from './harbor';
export { argocdSettings } from './argocd';
export { terraformSettings } from './terraform';
export { gitlabSettings } from './gitlab';
