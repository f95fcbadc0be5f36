// The data posture findings carry in `fix` (it travels through Diagnostic.data in the editor, so
// it is plain JSON). Rules build it with these helpers; the providers in this folder read it.
import type { FixData } from '../../types';
import type { PathSegment } from '../../parse/entry';

export const INSERT_SETTING = 'insert-setting';
export const ENV_INDIRECTION = 'env-indirection';
export const SET_LINE_SETTING = 'set-line-setting';

/** Set `key` to `value` in the map at `path` (creating missing maps on the way). */
export interface InsertSettingData extends FixData {
  kind: typeof INSERT_SETTING;
  /** YAML document index (0 for JSON). */
  doc: number;
  path: PathSegment[];
  key: string;
  /** Plain JSON value to write. */
  value: unknown;
  /** A comment written after the inserted key (YAML only), e.g. what to fill in. */
  comment?: string;
  /** When the key is added: place it before this sibling (e.g. `permissions` before `jobs`). */
  before?: string;
  /** Replace an existing value of the key (otherwise an existing key is left alone). */
  replace: boolean;
  title: string;
  safe: boolean;
}

export interface InsertSettingInput {
  doc: number;
  path: readonly PathSegment[];
  key: string;
  value: unknown;
  comment?: string;
  before?: string;
  replace?: boolean;
  title: string;
  safe?: boolean;
}

export function insertSetting(d: InsertSettingInput): InsertSettingData {
  const out: InsertSettingData = { kind: INSERT_SETTING, doc: d.doc, path: [...d.path], key: d.key, value: d.value, replace: d.replace ?? true, title: d.title, safe: d.safe ?? true };
  if (d.comment !== undefined) out.comment = d.comment;
  if (d.before !== undefined) out.before = d.before;
  return out;
}

/** Move `${{ <expression> }}` out of a `run:` script into the step's `env:`. */
export interface EnvIndirectionData extends FixData {
  kind: typeof ENV_INDIRECTION;
  doc: number;
  /** Path of the step map. */
  stepPath: PathSegment[];
  /** The script key inside the step (`run`). */
  scriptKey: string;
  /** The expression text inside `${{ }}`, trimmed. */
  expression: string;
  /** The environment variable name proposed for it. */
  name: string;
  /** The script's path inside the step when it is not a direct key, e.g. `['with', 'script']`. */
  scriptPath?: PathSegment[];
  /** The language the script runs in when it is an action input (github-script: `js`). */
  lang?: 'js' | 'posix' | 'pwsh' | 'python';
  /** The expression is `env.NAME` already: only the reference changes, no env entry is added. */
  existingEnv?: boolean;
}

/** `key=value` (properties) or `key = value` (Ruby) lines: set or add the line. */
export interface SetLineSettingData extends FixData {
  kind: typeof SET_LINE_SETTING;
  /** The literal text that starts the setting's line, e.g. `feature.public.access` or `gitlab_rails['gitlab_signup_enabled']`. */
  lineKey: string;
  /** Separator written when the line is added: `=` or ` = `. */
  separator: string;
  value: string;
  title: string;
}
