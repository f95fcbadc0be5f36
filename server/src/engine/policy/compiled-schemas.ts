// The security schemas shipped in schemas/, compiled with ajv once per process (on first use,
// so an editor that never opens an inventory never pays for it). The same files are contributed
// to the editor for completion and hover documentation, which is why they carry the editor's
// annotation keywords; ajv is told those are annotations only.
import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import assetInventorySchema from '../../../../schemas/asset-inventory.schema.json';
import collaborationSettingsSchema from '../../../../schemas/collaboration-settings.schema.json';
import type { OutpostKind } from './documents';

/** Keywords the VS Code JSON/YAML language services read and ajv must accept without acting. */
const EDITOR_ANNOTATIONS = ['markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'defaultSnippets', 'deprecationMessage'];

let compiled: Map<OutpostKind, ValidateFunction> | undefined;

function compileAll(): Map<OutpostKind, ValidateFunction> {
  // verbose: errors carry parentSchema and data, which the people-written messages read.
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
  addFormats(ajv, ['date', 'uri', 'email']);
  ajv.addVocabulary(EDITOR_ANNOTATIONS);
  return new Map<OutpostKind, ValidateFunction>([
    ['AssetInventory', ajv.compile(assetInventorySchema)],
    ['CollaborationSettings', ajv.compile(collaborationSettingsSchema)],
  ]);
}

export function validatorFor(kind: OutpostKind): ValidateFunction {
  compiled ??= compileAll();
  return compiled.get(kind)!;
}

/** The raw schema, for messages that quote titles and allowed values. */
export function schemaFor(kind: OutpostKind): Record<string, unknown> {
  return (kind === 'AssetInventory' ? assetInventorySchema : collaborationSettingsSchema) as Record<string, unknown>;
}
