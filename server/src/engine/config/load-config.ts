// Reads `.outpost.yml`: YAML -> schema validation -> OutpostConfig. Every problem comes back
// with the file's line and column so the CLI can say exactly what to fix (and exit 2).
import { parseDocument } from 'yaml';
import Ajv from 'ajv';
import type { ErrorObject } from 'ajv';
import schema from '../../../../schemas/outpost-config.schema.json';
import { withDefaults } from './config';
import type { ExtraPattern, OutpostConfig, Persona, RuleSetting } from './config';
import type { Confidence } from '../types';
import { isMap, isScalar } from 'yaml';
import { nodeAtPath } from '../parse/yaml-entries';
import { LineIndex } from '../line-index';
import { checkUserPattern } from '../secrets/user-pattern';
import { configBounds, patternColumnOffset } from './config-bounds';

export const CONFIG_FILE_NAMES = ['.outpost.yml', '.outpost.yaml'] as const;

export interface ConfigError {
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export interface LoadedConfig {
  config: OutpostConfig;
  errors: ConfigError[];
}

let validate: ReturnType<Ajv['compile']> | undefined;

function describe(e: ErrorObject): string {
  const where = e.instancePath ? `\`${e.instancePath.slice(1).replace(/\//g, '.')}\`` : 'the top level';
  switch (e.keyword) {
    case 'additionalProperties':
      return `Unknown setting \`${(e.params as { additionalProperty: string }).additionalProperty}\` at ${where}; check its spelling against the documentation.`;
    case 'enum':
      return `${where} must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => `\`${String(v)}\``).join(', ')}.`;
    case 'required':
      return `${where} is missing \`${(e.params as { missingProperty: string }).missingProperty}\`.`;
    case 'type':
      return `${where} must be ${(e.params as { type: string }).type === 'array' ? 'a list' : `a ${(e.params as { type: string }).type}`}.`;
    case 'maxItems':
      return `${where} has more than ${(e.params as { limit: number }).limit} entries; Outpost refuses lists this long so a configuration cannot slow every scan down.`;
    case 'maxLength':
      return `${where} is longer than ${(e.params as { limit: number }).limit} characters; shorten it.`;
    case 'propertyNames':
    case 'pattern':
      return `${where} is not a valid rule id (use \`family/rule-id\`, \`family/*\` or \`*\`).`;
    default:
      return `${where} ${e.message ?? 'is invalid'}.`;
  }
}

function keyNode(map: unknown, key: string): { range?: [number, number, number] } | undefined {
  if (!isMap(map)) return undefined;
  const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  return pair?.key as { range?: [number, number, number] } | undefined;
}

/** The parser's message, or what it means when the parser ran out of stack on absurd nesting. */
function yamlProblem(message: string): string {
  if (/Maximum call stack/i.test(message)) return `nests far more than ${configBounds.MAX_DEPTH} levels deep here; no Outpost setting is that deep, so the file is refused. Flatten it.`;
  return `YAML syntax error: ${message.split('\n')[0]}`;
}

export function parseConfig(text: string, fileName: string): LoadedConfig {
  const lines = new LineIndex(text);
  const at = (offset: number): { line: number; column: number } => {
    const p = lines.positionAt(offset);
    return { line: p.line + 1, column: p.character + 1 };
  };
  const tooBig = configBounds.size(text);
  if (tooBig) return { config: withDefaults({}), errors: [{ message: `${fileName}: ${tooBig}`, line: 1, column: 1 }] };
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      config: withDefaults({}),
      errors: doc.errors.slice(0, configBounds.MAX_ERRORS).map((e) => ({ message: `${fileName}: ${yamlProblem(e.message)}`, ...at(e.pos[0]) })),
    };
  }
  const deep = configBounds.depth(doc);
  if (deep) return { config: withDefaults({}), errors: [{ message: `${fileName}: ${deep.message}`, ...at(deep.offset) }] };
  const data = (doc.toJS({ maxAliasCount: 100 }) ?? {}) as Record<string, unknown>;
  validate ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  const errors: ConfigError[] = [];
  if (!validate(data)) {
    // A list of a million bad entries gives a million errors: the first few say what to fix.
    for (const e of (validate.errors ?? []).slice(0, configBounds.MAX_ERRORS)) {
      const path = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
      const segments = path.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      // An unknown or badly named key is pointed at itself, everything else at its value.
      const badKey = (e.params as { additionalProperty?: string; propertyName?: string }).additionalProperty ?? (e.params as { propertyName?: string }).propertyName;
      const node = badKey !== undefined ? keyNode(nodeAtPath(doc, segments), badKey) : (nodeAtPath(doc, segments) as { range?: [number, number, number] } | undefined);
      errors.push({ message: `${fileName}: ${describe(e)}`, ...at(node?.range?.[0] ?? 0) });
    }
    return { config: withDefaults({}), errors };
  }
  const secrets = (data['secrets'] ?? {}) as { extraPatterns?: ExtraPattern[] };
  const extraPatterns = secrets.extraPatterns ?? [];
  extraPatterns.forEach((p, i) => {
    const bad = checkUserPattern(p.pattern);
    if (!bad) return;
    const node = nodeAtPath(doc, ['secrets', 'extraPatterns', i, 'pattern']) as { range?: [number, number, number] } | undefined;
    // Point at the construct itself when the pattern is written verbatim in the file.
    const start = node?.range ? node.range[0] + patternColumnOffset(text.slice(node.range[0], node.range[1]), p.pattern, bad.index) : 0;
    errors.push({ message: `${fileName}: secrets.extraPatterns[${i}].pattern ${bad.message}`, ...at(start) });
  });
  // Like a schema error, a pattern Outpost cannot run means the defaults until it is fixed.
  if (errors.length > 0) return { config: withDefaults({}), errors };
  const config = withDefaults({
    rules: (data['rules'] ?? {}) as Record<string, RuleSetting>,
    ruleOptions: (data['ruleOptions'] ?? {}) as Record<string, Record<string, unknown>>,
    ignorePaths: (data['ignorePaths'] ?? []) as string[],
    extraPatterns: extraPatterns.map((p) => ({ ...p, keywords: p.keywords.map((k) => k.toLowerCase()) })),
    ...(typeof data['vaultReferenceTemplate'] === 'string' ? { vaultReferenceTemplate: data['vaultReferenceTemplate'] } : {}),
    ...(typeof data['maxFileSizeKB'] === 'number' ? { maxFileSizeKB: data['maxFileSizeKB'] } : {}),
    ...(typeof data['scanAllFiles'] === 'boolean' ? { scanAllFiles: data['scanAllFiles'] } : {}),
    ...(['low', 'medium', 'high'].includes(data['minConfidence'] as string) ? { minConfidence: data['minConfidence'] as Confidence } : {}),
    ...(['regular', 'pedantic', 'auditor'].includes(data['persona'] as string) ? { persona: data['persona'] as Persona } : {}),
    ...(typeof data['analysisBudgetMs'] === 'number' ? { analysisBudgetMs: data['analysisBudgetMs'] } : {}),
  });
  return { config, errors };
}
