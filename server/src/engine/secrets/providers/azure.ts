// Azure: storage account keys (88 base64 characters, in `AccountKey=` connection strings or under
// a storage key name), SAS signatures (`sig=` next to `sv=`/`se=`), Entra ID (Azure AD) client
// secrets (documented shape: 3 characters, a digit, `Q~`, then 31–34), Service Bus / Event Hubs /
// IoT `SharedAccessKey=`, Cosmos DB account keys, and Azure DevOps personal access tokens (new
// 84-character tokens carry "AZDO" at a fixed place; older 52-character ones need a key name).
import type { Detector } from '../detector';
import { START, END, END_B64, afterKey, randomBody, randomValue, textBefore } from './shape';

const KEYS = 'Rotate the key in the Azure portal → the resource → Access keys (regenerate the key that leaked, after switching clients to the other one).';

/** The connection string before `AccountKey=` (same line) says which service it is for. */
function connectionString(text: string, index: number): string {
  const before = textBefore(text, index, 400);
  return before.slice(before.lastIndexOf('\n') + 1);
}
const isCosmos = (text: string, index: number): boolean => /documents\.azure\.(?:com|us|cn)|AccountEndpoint=/i.test(connectionString(text, index));

/** Keys Microsoft publishes for the local emulators (Azurite, the Cosmos DB emulator): not secrets. */
const EMULATOR_KEYS = new Set([
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==',
]);
const realKey = (s: string): boolean => !EMULATOR_KEYS.has(s) && randomBody(s);

export const azureDetectors: readonly Detector[] = [
  {
    id: 'secret/azure-storage-account-key',
    description: 'Azure Storage account key',
    keywords: ['accountkey='],
    pattern: new RegExp(String.raw`AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)`, 'gi'),
    validate: (s, m, ctx) => realKey(s) && !isCosmos(ctx.text, m.index),
    rotate: KEYS,
  },
  {
    id: 'secret/azure-storage-account-key',
    description: 'Azure Storage account key',
    keywords: ['storage', 'account-key', 'account_key', 'accountkey'],
    pattern: afterKey(String.raw`(?:azure[_.-]?)?storage[_.-]?(?:account[_.-]?)?(?:access[_.-]?)?key|--account-key|account[_.-]key`, '[A-Za-z0-9+/]{86}==', END_B64),
    validate: realKey,
    rotate: KEYS,
  },
  {
    id: 'secret/azure-cosmosdb-key',
    description: 'Azure Cosmos DB account key',
    keywords: ['accountkey='],
    pattern: new RegExp(String.raw`AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)`, 'gi'),
    validate: (s, m, ctx) => realKey(s) && isCosmos(ctx.text, m.index),
    rotate: 'Regenerate the key in the Azure portal → the Cosmos DB account → Keys (switch clients to the other key first).',
  },
  {
    id: 'secret/azure-cosmosdb-key',
    description: 'Azure Cosmos DB account key',
    keywords: ['cosmos'],
    pattern: afterKey(String.raw`cosmos(?:[_.-]?db)?[_.-]?(?:primary[_.-]?|master[_.-]?|account[_.-]?|auth[_.-]?)?key`, '[A-Za-z0-9+/]{86}==', END_B64),
    validate: realKey,
    rotate: 'Regenerate the key in the Azure portal → the Cosmos DB account → Keys (switch clients to the other key first).',
  },
  {
    id: 'secret/azure-sas-token',
    description: 'Azure shared access signature',
    keywords: ['sig='],
    pattern: /[?&;]sig=(?<secret>[A-Za-z0-9%+/]{40,100}(?:=|%3D){0,2})(?![A-Za-z0-9%+/=])/gi,
    validate: (s, m, ctx) => {
      const before = textBefore(ctx.text, m.index, 600);
      return /[?&;]sv=\d{4}-\d{2}-\d{2}/.test(before) && /[?&;](?:se|sp|ss|sr)=/.test(before) && randomBody(s);
    },
    rotate: 'Revoke it by rotating the storage account key that signed it (or delete the stored access policy it references); issue short-lived SAS tokens from a managed identity instead.',
  },
  {
    id: 'secret/azure-ad-client-secret',
    description: 'Microsoft Entra ID (Azure AD) client secret',
    keywords: ['q~'],
    pattern: /(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/g,
    validate: (s) => randomValue(s.replace(/[~._-]/g, ''), 3.5),
    rotate: 'Delete the secret in the Entra admin center → App registrations → the app → Certificates & secrets, and add a new one (or use a certificate / workload identity federation).',
  },
  {
    id: 'secret/azure-ad-client-secret',
    description: 'Microsoft Entra ID (Azure AD) client secret',
    keywords: ['azure_client_secret', 'arm_client_secret', 'azureclientsecret', 'azure-client-secret'],
    pattern: afterKey(String.raw`(?:azure|arm)[_.-]?client[_.-]?secret`, '[A-Za-z0-9_~.+/=-]{32,44}', String.raw`(?![A-Za-z0-9_~.+/=-])`),
    validate: (s) => randomValue(s),
    rotate: 'Delete the secret in the Entra admin center → App registrations → the app → Certificates & secrets, and add a new one (or use a certificate / workload identity federation).',
  },
  {
    id: 'secret/azure-service-bus-key',
    description: 'Azure Service Bus / Event Hubs / IoT Hub shared access key',
    keywords: ['sharedaccesskey='],
    pattern: /SharedAccessKey=(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/gi,
    validate: (s) => randomBody(s),
    rotate: 'Regenerate the key of that shared access policy in the Azure portal → the namespace → Shared access policies (or switch to Entra ID auth).',
  },
  {
    id: 'secret/azure-devops-pat',
    description: 'Azure DevOps personal access token',
    keywords: ['azdo'],
    pattern: new RegExp(String.raw`${START}(?<secret>[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4})${END}`, 'g'),
    validate: (s) => randomValue(s.slice(0, 76)),
    rotate: 'Revoke it in Azure DevOps → User settings → Personal access tokens (an organization admin can revoke it too).',
  },
  {
    id: 'secret/azure-devops-pat',
    description: 'Azure DevOps personal access token',
    keywords: ['devops', 'azdo', 'vsts', 'ado_'],
    pattern: afterKey(String.raw`(?:azure[_.-]?devops|azdo|ado|vsts)[_.-]?(?:ext[_.-]?)?(?:pat|token|personal[_.-]?access[_.-]?token)`, '[a-z2-7]{52}'),
    validate: (s) => randomBody(s) && /[2-7]/.test(s),
    rotate: 'Revoke it in Azure DevOps → User settings → Personal access tokens (an organization admin can revoke it too).',
  },
];
