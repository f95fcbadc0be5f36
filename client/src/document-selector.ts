// Which documents the editor sends to the server. It mirrors the path rules of the engine's
// kind detection (server/src/engine/kinds/detect-kind.ts) as VS Code globs; the Outpost formats
// (`kind: AssetInventory` / `kind: CollaborationSettings`) are recognised by content, so every
// YAML and JSON document goes to the server, which ignores those it has no business with.
import type { DocumentFilter } from 'vscode-languageclient/node';

/** Globs for the file kinds Outpost knows by path (see DESIGN.md, "File kinds Outpost understands"). */
export const KNOWN_FILE_PATTERNS: readonly string[] = [
  // CI/CD pipelines
  '**/.github/workflows/*.{yml,yaml}',
  '**/action.{yml,yaml}',
  '**/{.gitlab-ci,*.gitlab-ci}.{yml,yaml}',
  '**/bitbucket-pipelines.{yml,yaml}',
  '**/azure-pipelines*.{yml,yaml}',
  '**/.azure-pipelines/**/*.{yml,yaml}',
  '**/.circleci/config.{yml,yaml}',
  '**/{Jenkinsfile,Jenkinsfile.*,*.jenkinsfile}',
  '**/{jenkins,casc*}.{yml,yaml}',
  '**/gitlab.rb',
  // repository settings
  '**/.github/{settings,dependabot}.{yml,yaml}',
  // credential-bearing configuration
  '**/{.npmrc,.pypirc,.netrc,_netrc,.git-credentials,.gitmodules,.gitconfig}',
  '**/.git/config',
  '**/.docker/config.json',
  '**/{.env,.env.*,*.env}',
  '**/{docker-compose,compose}*.{yml,yaml}',
  '**/*.properties',
  // server and build configs in XML (Atlassian, Tomcat, Maven, NuGet)
  '**/{dbconfig,confluence.cfg,crowd.cfg,bamboo.cfg,seraph-config,server,settings,settings*}.xml',
  '**/{NuGet,nuget,Nuget}.config',
  // Ansible inventories
  '**/{group_vars,host_vars}/**',
  '**/{inventory,inventories}*/**',
  '**/hosts',
  '**/hosts*.{yml,yaml}',
  '**/*.ini',
  // Outpost's own formats and configuration
  '**/{assets,inventory}*.csv',
  '**/.outpost.{yml,yaml}',
  // Terraform and HashiCorp Vault server configuration (the server sniffs .hcl for Vault)
  '**/*.{tf,tfvars}',
  '**/*.{tf,tfvars}.json',
  '**/*.hcl',
];

/** Languages whose documents may be an Outpost format recognised by content. */
const CONTENT_SNIFFED_LANGUAGES = ['yaml', 'json', 'jsonc'];

/**
 * Builds the selector for the given URI schemes. `file` and `untitled` always; a virtual workspace
 * (e.g. a remote repository opened without a checkout) adds its own scheme so open documents are
 * still checked there even though a workspace scan cannot read its files.
 */
export function documentSelector(schemes: readonly string[], scanAllFiles: boolean): DocumentFilter[] {
  const selector: DocumentFilter[] = [];
  for (const scheme of new Set(['file', 'untitled', ...schemes])) {
    if (scanAllFiles) {
      // The user opted into secret detection for every file: let the server decide per document.
      selector.push({ scheme, pattern: '**/*' });
      continue;
    }
    for (const language of CONTENT_SNIFFED_LANGUAGES) selector.push({ scheme, language });
    for (const pattern of KNOWN_FILE_PATTERNS) selector.push({ scheme, pattern });
  }
  return selector;
}
