// Everything a rule or detector may ask about the document, parsed at most once and only when
// something asks (a .env file never builds a YAML tree).
import type { FileKind } from './types';
import type { OutpostConfig } from './config/config';
import type { Syntax } from './kinds/detect-kind';
import type { Entry, ParseProblem } from './parse/entry';
import { yamlEntries } from './parse/yaml-entries';
import type { ParsedYaml } from './parse/yaml-entries';
import { parseYamlIncremental } from './parse/yaml-incremental';
import { fastYamlEntries } from './parse/yaml-fast-entries';
import { parseJson, jsonEntries } from './parse/json-entries';
import type { ParsedJson } from './parse/json-entries';
import { codeAssignmentEntries, dotenvEntries, iniEntries, netrcEntries, propertiesEntries } from './parse/line-entries';
import { parseCsv } from './parse/csv';
import type { ParsedCsv } from './parse/csv';
import { LineIndex } from './line-index';
import { parseHcl } from './parse/hcl';
import type { ParsedHcl } from './parse/hcl';
import { hclEntries } from './parse/hcl-entries';
import { parseXml } from './parse/xml';
import type { ParsedXml } from './parse/xml';
import { xmlEntries } from './parse/xml-entries';
import { dockerfileEntries } from './parse/dockerfile-entries';
import { AnalysisBudget } from './budget';

/**
 * YAML kinds whose rules always build the document tree (measured on the examples, fixtures and
 * corpora): their entries come from that tree, which the incremental parse also keeps per piece.
 * Leaving a kind out of this set costs a little time, never a finding.
 */
const YAML_TREE_KINDS: ReadonlySet<FileKind> = new Set<FileKind>(['github-workflow', 'github-action', 'repo-settings', 'asset-inventory', 'collaboration-settings', 'jenkins-casc', 'helm-values', 'dependabot']);

export class AnalysisContext {
  private _yaml?: ParsedYaml;
  private _json?: ParsedJson;
  private _csv?: ParsedCsv;
  private _hcl?: ParsedHcl;
  private _xml?: ParsedXml;
  private _entries?: Entry[];
  /** The YAML text was read by fastYamlEntries, which only succeeds on text that parses cleanly. */
  private _yamlClean = false;
  private _lower?: string;
  private _lines?: LineIndex;

  constructor(
    readonly path: string,
    readonly text: string,
    readonly kind: FileKind,
    readonly syntax: Syntax,
    readonly config: OutpostConfig,
    /** Injectable clock (inventory review dates). */
    readonly now: Date,
    /** Time budget of this analysis; steps check it and stop early (see budget.ts). */
    readonly budget: AnalysisBudget = new AnalysisBudget(Infinity),
  ) {}

  get yaml(): ParsedYaml | undefined {
    if (this.syntax !== 'yaml') return undefined;
    // Big files reuse the pieces of the previous version (same result as parseYaml).
    return (this._yaml ??= parseYamlIncremental(this.text));
  }

  get json(): ParsedJson | undefined {
    if (this.syntax !== 'json') return undefined;
    return (this._json ??= parseJson(this.text));
  }

  get csv(): ParsedCsv | undefined {
    if (this.syntax !== 'csv') return undefined;
    return (this._csv ??= parseCsv(this.text));
  }

  get hcl(): ParsedHcl | undefined {
    if (this.syntax !== 'hcl') return undefined;
    return (this._hcl ??= parseHcl(this.text));
  }

  get xml(): ParsedXml | undefined {
    if (this.syntax !== 'xml') return undefined;
    return (this._xml ??= parseXml(this.text));
  }

  /** The text lower-cased once, for keyword prefilters. */
  get lowerText(): string {
    return (this._lower ??= this.text.toLowerCase());
  }

  get lineIndex(): LineIndex {
    return (this._lines ??= new LineIndex(this.text));
  }

  /** Problems met while parsing (empty for formats that cannot fail). */
  get parseProblems(): ParseProblem[] {
    if (this._yamlClean && !this._yaml) return [];
    return this.yaml?.problems ?? this.json?.problems ?? this.hcl?.problems ?? this.xml?.problems ?? [];
  }

  /** Key/value pairs of the document whatever its syntax. */
  get entries(): Entry[] {
    if (this._entries) return this._entries;
    let e: Entry[];
    switch (this.syntax) {
      case 'yaml': {
        // Most YAML kinds are read only for their entries: the line reader gives the same entries
        // for a fraction of a full parse. Kinds whose rules walk the tree anyway take them from it.
        const fast = this._yaml || YAML_TREE_KINDS.has(this.kind) ? undefined : fastYamlEntries(this.text);
        if (fast) this._yamlClean = true;
        e = fast ?? yamlEntries(this.yaml!);
        break;
      }
      case 'json':
        e = jsonEntries(this.json!);
        break;
      case 'ini':
        e = iniEntries(this.text);
        break;
      case 'dotenv':
        e = dotenvEntries(this.text);
        break;
      case 'properties':
        e = propertiesEntries(this.text);
        break;
      case 'netrc':
        e = netrcEntries(this.text);
        break;
      case 'csv': {
        const csv = this.csv!;
        e = [];
        csv.rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            const key = csv.header[c]?.value ?? String(c);
            e.push({ path: [r, key], key, value: cell.value, valueRange: cell.range, quote: 'plain' });
          }),
        );
        break;
      }
      case 'hcl':
        e = hclEntries(this.hcl!, this.text);
        break;
      case 'xml':
        e = xmlEntries(this.xml!);
        break;
      case 'text':
        // Unknown text: quoted assignments as in code, and shell/.env style `KEY=value` lines.
        e = [...codeAssignmentEntries(this.text), ...dotenvEntries(this.text).filter((d) => d.quote === 'plain'), ...dockerfileEntries(this.text)];
        break;
      default:
        e = codeAssignmentEntries(this.text);
    }
    return (this._entries = e);
  }
}
