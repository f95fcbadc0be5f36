// bitbucket/* — Bitbucket Server / Data Center settings (bitbucket.properties).
import type { Rule } from '../../rule';
import { publicAccess } from './public-access';

export const bitbucketRules: readonly Rule[] = [publicAccess];
