// Every provider detector. One file per provider family; add yours to this list.
import type { Detector } from '../detector';
import { awsDetectors } from './aws';

export const providerDetectors: readonly Detector[] = [...awsDetectors];
