// Which secret rules mean a long-lived cloud key, and the OIDC federation that replaces it: the
// login action with placeholder inputs the user fills, and what to create on the cloud side.
// Data, so another cloud is one entry. The login actions are pinned by commit SHA (so the fix adds
// no gha/unpinned-action finding); each SHA was checked against many independent public
// workflows that pin it with the same release comment.
export interface Cloud {
  name: string;
  /** The login step written at the top of the job (`uses` plus `with` inputs), pinned by commit SHA. */
  uses: string;
  /** The release that SHA is, written as the line's comment (what Dependabot and Renovate update). */
  version: string;
  with: Record<string, string>;
  /** What the user creates on the cloud side, and the vendor's guide. */
  followUp: string;
  /** Sibling entries that go with the key (the other half of a key pair), removed with it. */
  companions?: RegExp;
}

const AWS: Cloud = {
  name: 'AWS',
  uses: 'aws-actions/configure-aws-credentials@ececac1a45f3b08a01d2dd070d28d111c5fe6722',
  version: 'v4.1.0',
  with: { 'role-to-assume': 'arn:aws:iam::<ACCOUNT_ID>:role/<ROLE_NAME>', 'aws-region': '<REGION>' },
  companions: /^aws[_-](?:access[_-]key[_-]id|secret[_-]access[_-]key|session[_-]token)$/i,
  followUp:
    'In AWS IAM, add an OpenID Connect identity provider for https://token.actions.githubusercontent.com (audience sts.amazonaws.com) and a role whose trust policy allows this repository (`repo:<owner>/<repo>:*`); put its ARN in `role-to-assume` and the region in `aws-region`. Then delete the access key in IAM: it was in this file, so treat it as leaked. Guide: https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services',
};

const GCP: Cloud = {
  name: 'Google Cloud',
  uses: 'google-github-actions/auth@71f986410dfbc7added4569d411d040a91dc6935',
  version: 'v2.1.8',
  with: { workload_identity_provider: 'projects/<PROJECT_NUMBER>/locations/global/workloadIdentityPools/<POOL>/providers/<PROVIDER>', service_account: '<NAME>@<PROJECT_ID>.iam.gserviceaccount.com' },
  followUp:
    'In Google Cloud, create a Workload Identity Pool with a GitHub provider (issuer https://token.actions.githubusercontent.com, restricted to this repository) and let it impersonate the service account; fill in `workload_identity_provider` and `service_account`. Then delete the service-account key: it was in this file, so treat it as leaked. Guide: https://github.com/google-github-actions/auth#workload-identity-federation-through-a-service-account',
};

const AZURE: Cloud = {
  name: 'Azure',
  uses: 'azure/login@a457da9ea143d694b1b9c7c869ebb04ebe844ef5',
  version: 'v2.3.0',
  with: { 'client-id': '<APPLICATION_CLIENT_ID>', 'tenant-id': '<TENANT_ID>', 'subscription-id': '<SUBSCRIPTION_ID>' },
  followUp:
    'In Microsoft Entra ID, add a federated credential to the app registration (issuer https://token.actions.githubusercontent.com, subject for this repository and branch or environment) and fill in `client-id`, `tenant-id` and `subscription-id` (these are identifiers, not secrets). Then delete the client secret: it was in this file, so treat it as leaked. Guide: https://learn.microsoft.com/en-us/azure/developer/github/connect-from-azure-openid-connect',
};

const BY_RULE: Record<string, Cloud> = {
  'secret/aws-access-key-id': AWS,
  'secret/aws-secret-access-key': AWS,
  'secret/aws-session-token': AWS,
  'secret/gcp-service-account-key': GCP,
  'secret/azure-ad-client-secret': AZURE,
};

export function cloudFor(ruleId: string): Cloud | undefined {
  return BY_RULE[ruleId];
}
