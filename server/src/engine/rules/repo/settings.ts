// `.github/settings.yml` as read by the repository-settings app (Probot "settings") and
// safe-settings: which protection the default branch gets, from classic branch protection
// (`branches: [{name, protection}]`) and from rulesets (`rulesets: [...]`).
import type { AnalysisContext } from '../../context';
import type { PathSegment } from '../../parse/entry';
import type { SourceTree } from '../../policy/source-tree';
import { dataAt } from '../../policy/source-tree';
import { yamlTrees } from '../../policy/documents';

export const REPO_KINDS = ['repo-settings'] as const;

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export interface BranchEntry {
  path: PathSegment[];
  name: string;
  /** undefined: no `protection` key; null: `protection: null` (protection removed). */
  protection: Record<string, unknown> | null | undefined;
}

export interface RulesetEntry {
  path: PathSegment[];
  name: string;
  rules: { type: string; parameters: Record<string, unknown>; path: PathSegment[] }[];
}

export interface RepoSettingsView {
  tree: SourceTree;
  /** `repository.default_branch`, when stated. */
  defaultBranch: string | undefined;
  /** Whether the file inherits from another settings file (`_extends`): what it lacks may be there. */
  extends: boolean;
  /** True when the file describes a repository (has `repository`, `branches` or `rulesets`). */
  describesRepository: boolean;
  branches: BranchEntry[];
  /** Active branch rulesets that cover the default branch. */
  defaultBranchRulesets: RulesetEntry[];
  /** The classic protection entry of the default branch (by name; main/master when unstated). */
  defaultBranchEntry: BranchEntry | undefined;
}

function coversDefault(include: unknown, defaultBranch: string | undefined): boolean {
  if (!Array.isArray(include)) return false;
  return include.some((p) => {
    if (typeof p !== 'string') return false;
    if (p === '~DEFAULT_BRANCH' || p === '~ALL') return true;
    const name = p.replace(/^refs\/heads\//, '');
    if (defaultBranch) return name === defaultBranch || name === '*' || name === '**';
    return name === 'main' || name === 'master';
  });
}

export function repoSettings(ctx: AnalysisContext): RepoSettingsView[] {
  const out: RepoSettingsView[] = [];
  for (const tree of yamlTrees(ctx)) {
    const root = tree.data;
    if (!isRecord(root)) continue;
    const repo = root['repository'];
    const db = isRecord(repo) && typeof repo['default_branch'] === 'string' ? repo['default_branch'] : undefined;
    const branches: BranchEntry[] = [];
    if (Array.isArray(root['branches'])) {
      root['branches'].forEach((b, i) => {
        if (!isRecord(b) || typeof b['name'] !== 'string') return;
        const p = b['protection'];
        branches.push({ path: ['branches', i], name: b['name'], protection: p === null ? null : isRecord(p) ? p : 'protection' in b ? null : undefined });
      });
    }
    const rulesets: RulesetEntry[] = [];
    if (Array.isArray(root['rulesets'])) {
      root['rulesets'].forEach((r, i) => {
        if (!isRecord(r)) return;
        if ((r['target'] ?? 'branch') !== 'branch') return;
        if ((r['enforcement'] ?? 'active') !== 'active') return;
        if (!coversDefault(dataAt(r, ['conditions', 'ref_name', 'include']), db)) return;
        const rules: RulesetEntry['rules'] = [];
        if (Array.isArray(r['rules'])) {
          r['rules'].forEach((x, j) => {
            if (isRecord(x) && typeof x['type'] === 'string') {
              rules.push({ type: x['type'], parameters: isRecord(x['parameters']) ? x['parameters'] : {}, path: ['rulesets', i, 'rules', j] });
            }
          });
        }
        rulesets.push({ path: ['rulesets', i], name: typeof r['name'] === 'string' ? r['name'] : `ruleset ${i + 1}`, rules });
      });
    }
    // safe-settings accepts `name: default` for whatever the default branch is called.
    const defaultBranchEntry =
      branches.find((b) => b.name === 'default') ?? (db ? branches.find((b) => b.name === db) : branches.find((b) => b.name === 'main' || b.name === 'master'));
    out.push({
      tree,
      defaultBranch: db,
      extends: '_extends' in root,
      describesRepository: 'repository' in root || 'branches' in root || 'rulesets' in root,
      branches,
      defaultBranchRulesets: rulesets,
      defaultBranchEntry,
    });
  }
  return out;
}

export function branchLabel(v: RepoSettingsView): string {
  return v.defaultBranch ? `\`${v.defaultBranch}\`` : v.defaultBranchEntry ? `\`${v.defaultBranchEntry.name}\`` : 'the default branch';
}

/** Whether the default branch has any protection at all (classic or ruleset). */
export function isProtected(v: RepoSettingsView): boolean {
  return !!v.defaultBranchEntry?.protection || v.defaultBranchRulesets.length > 0;
}
