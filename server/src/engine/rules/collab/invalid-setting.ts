// collab/invalid-setting — anything schemas/collaboration-settings.schema.json rejects: a missing
// service or exposure, an unknown value, a misspelt key. A misspelt security setting is a
// setting that is not there.
import type { Rule } from '../../rule';
import { schemaFindings } from '../../policy/schema-findings';
import { INVALID_SETTING } from '../../policy/messages/collaboration-settings';
import { COLLAB_KINDS } from './settings';

export const invalidSetting: Rule = {
  meta: {
    id: INVALID_SETTING,
    severity: 'warning',
    description: 'A collaboration settings file has a missing, unknown or invalid setting.',
    fixable: false,
    kinds: COLLAB_KINDS,
  },
  check: (ctx) => schemaFindings(ctx, 'CollaborationSettings', INVALID_SETTING),
};
