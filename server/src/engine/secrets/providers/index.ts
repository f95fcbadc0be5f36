// Every provider detector, one file per provider family. Order matters only for ties: when two
// detectors of the same id match the same characters, the first is kept.
import type { Detector } from '../detector';
import { awsDetectors } from './aws';
import { githubDetectors } from './github';
import { gitlabDetectors } from './gitlab';
import { atlassianDetectors } from './atlassian';
import { slackDetectors } from './slack';
import { registryDetectors } from './registries';
import { privateKeyDetectors } from './private-key';
import { jwtDetectors } from './jwt';
import { azureDetectors } from './azure';
import { gcpDetectors } from './gcp';
import { hashicorpDetectors } from './hashicorp';
import { paymentDetectors } from './payments';
import { messagingDetectors } from './messaging';
import { aiDetectors } from './ai';
import { cloudDetectors } from './cloud';
import { observabilityDetectors } from './observability';
import { devtoolDetectors } from './devtools';
import { saasDetectors } from './saas';
import { newerPrefixedDetectors } from './prefixed-2025';

export const providerDetectors: readonly Detector[] = [
  ...awsDetectors,
  ...githubDetectors,
  ...gitlabDetectors,
  ...atlassianDetectors,
  ...slackDetectors,
  ...registryDetectors,
  ...privateKeyDetectors,
  ...jwtDetectors,
  ...azureDetectors,
  ...gcpDetectors,
  ...hashicorpDetectors,
  ...paymentDetectors,
  ...messagingDetectors,
  ...aiDetectors,
  ...cloudDetectors,
  ...observabilityDetectors,
  ...devtoolDetectors,
  ...saasDetectors,
  ...newerPrefixedDetectors,
];
