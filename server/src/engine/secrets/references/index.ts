// References: values that name where a secret lives instead of holding it. One file per
// platform or family of templating syntaxes, each exporting a list of patterns tested against
// the candidate value (not the line). To add a platform: a new file here and one line below.
// placeholders.ts reads the combined list, so every detector (provider and generic) skips them.
import { templatingReferences } from './templating';
import { iacReferences } from './iac';
import { codeReferences } from './code';
import { GRAFANA_REFERENCES } from './grafana';

export const referencePatterns: readonly RegExp[] = [
  ...templatingReferences,
  ...iacReferences,
  ...codeReferences,
  ...GRAFANA_REFERENCES, // $__env{X}, $__file{X}, $__vault{X}
];
