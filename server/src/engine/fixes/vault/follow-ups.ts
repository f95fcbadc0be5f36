// What the user is told after "Move to secret store": where and how to store the value (never
// the value itself), and that the old one must be rotated.
import type { VaultContext } from './context';
import { leakedSentence } from './context';

export const followUps = {
  github: (ctx: VaultContext, name: string, viaEnv: boolean): string =>
    `Store the value as an Actions secret named ${name}: run \`gh secret set ${name}\` in the repository (it asks for the value) ` +
    `or add it under Settings → Secrets and variables → Actions.` +
    (viaEnv ? ` The step now passes it to the script in its env: as ${name}.` : '') +
    ` ${leakedSentence(ctx)}`,
  dependabot: (ctx: VaultContext, name: string): string =>
    `Store the value as a Dependabot secret named ${name}: run \`gh secret set ${name} --app dependabot\` (it asks for the value) ` +
    `or add it under Settings → Secrets and variables → Dependabot. ${leakedSentence(ctx)}`,
  gitlab: (ctx: VaultContext, name: string): string =>
    `Store the value as a masked, protected CI/CD variable named ${name}: \`glab variable set ${name} --masked --protected\` ` +
    `(it reads the value from standard input) or Settings → CI/CD → Variables. ${leakedSentence(ctx)}`,
  bitbucket: (ctx: VaultContext, name: string): string =>
    `Store the value as a secured repository variable named ${name}: Repository settings → Pipelines → Repository variables, ` +
    `with "Secured" ticked (or a deployment variable for one environment). ${leakedSentence(ctx)}`,
  azure: (ctx: VaultContext, name: string): string =>
    `Store the value as a secret pipeline variable named ${name}: \`az pipelines variable create --name ${name} --secret true --pipeline-name <pipeline>\` ` +
    `(it asks for the value), or in a variable group linked to Azure Key Vault. ${leakedSentence(ctx)}`,
  circleci: (ctx: VaultContext, name: string, removed: boolean): string =>
    `Store the value as an environment variable named ${name} in the project (Project Settings → Environment Variables) ` +
    `or in a context (\`circleci context store-secret <vcs> <org> <context> ${name}\` reads it from standard input).` +
    (removed ? ` CircleCI gives it to every job as $${name}, so the literal entry was removed from environment:.` : '') +
    ` ${leakedSentence(ctx)}`,
  jenkins: (ctx: VaultContext, id: string, how: string): string =>
    `Add a "Secret text" credential with ID '${id}' holding the value (Manage Jenkins → Credentials). ${how} ${leakedSentence(ctx)}`,
  jcasc: (ctx: VaultContext, name: string): string =>
    `Give Jenkins the value as ${name} through a secret source that Configuration as Code reads (an environment variable, ` +
    `a Docker/Kubernetes secret file named ${name}, or the Vault plugin). ${leakedSentence(ctx)}`,
  ansible: (ctx: VaultContext, variable: string): string =>
    `Encrypt the value with \`ansible-vault encrypt_string --stdin-name '${variable}'\` (paste it, then Ctrl-D) and put the output ` +
    `in a vault file of the same group, e.g. group_vars/<group>/vault.yml. ${leakedSentence(ctx)}`,
  compose: (ctx: VaultContext, name: string): string =>
    `Set ${name} in the environment that runs \`docker compose\`, or in a .env file next to the compose file that git ignores; ` +
    `Compose substitutes \${${name}}. ${leakedSentence(ctx)}`,
  npm: (ctx: VaultContext, name: string): string =>
    `Set ${name} in the environment that runs npm (a CI secret, or your shell profile); npm substitutes \${${name}} when it reads .npmrc. ` +
    `${leakedSentence(ctx)}`,
  template: (ctx: VaultContext, reference: string, lower: string): string => {
    const vault = /^ref\+vault:\/\/secret\//.test(reference)
      ? ` With HashiCorp Vault: \`vault kv put secret/${lower} value=-\` reads it from standard input.`
      : '';
    return (
      `Store the value in your secret store so that ${reference} resolves to it, and make whatever reads this file resolve ` +
      `such references (for example with vals).${vault} ${leakedSentence(ctx)}`
    );
  },
};
