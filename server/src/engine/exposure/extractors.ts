// Every source of exposure facts. Add an extractor here (one line) and the network/* rules judge it.
import type { ExposureExtractor } from './types';
import { awsSecurityGroups } from './terraform/aws';
import { azureNetworkSecurityRules } from './terraform/azure';
import { gcpFirewalls } from './terraform/gcp';
import { kubernetesExposure } from './kubernetes';

export const exposureExtractors: ExposureExtractor[] = [awsSecurityGroups, azureNetworkSecurityRules, gcpFirewalls, kubernetesExposure];
