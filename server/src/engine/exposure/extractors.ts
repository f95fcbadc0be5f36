// Every source of exposure facts. Add an extractor here (one line) and the network/* rules judge it.
import type { ExposureExtractor } from './types';
import { kubernetesExposure } from './kubernetes';

export const exposureExtractors: ExposureExtractor[] = [kubernetesExposure];
