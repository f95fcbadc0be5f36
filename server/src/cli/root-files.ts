// The configuration and baseline a scan uses, resolved from the repository root (or named with
// --config / --baseline). Shared by `scan`, `scan --staged` and `history`, so all three agree.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { withDefaults } from '../engine/config/config';
import type { OutpostConfig } from '../engine/config/config';
import { BASELINE_FILE } from '../engine/suppress/baseline';
import { configIn } from '../node/repo-root';
import { UsageError } from './args';
import { ConfigFileError, loadConfigFile } from './scan-files';
import { insideFolderSync } from '../node/inside-folder';

// A `.outpost.yml` or baseline found in the folder must really be in it: a link to another file would
// put that file's content into error messages. (`--config`/`--baseline` are the user's own choice.)
const OUTSIDE_LINK = 'it is a link to a file outside the scanned folder, which Outpost never reads; replace the link with the file itself';

export interface RootFileArgs {
  config?: string;
  baseline?: string;
  noBaseline: boolean;
  allFiles: boolean;
  maxFileSizeKB?: number;
}

export function configFor(args: RootFileArgs, root: string): OutpostConfig {
  if (args.config && !existsSync(args.config)) throw new UsageError(`--config ${args.config}: no such file`);
  const configPath = args.config ?? configIn(root);
  if (configPath && !args.config && !insideFolderSync(root, configPath)) throw new ConfigFileError(`${configPath}: ${OUTSIDE_LINK}.`);
  const loaded = configPath ? loadConfigFile(configPath) : withDefaults({});
  return {
    ...loaded,
    scanAllFiles: args.allFiles || loaded.scanAllFiles,
    ...(args.maxFileSizeKB ? { maxFileSizeKB: args.maxFileSizeKB } : {}),
  };
}

/** The baseline file to apply, if any. */
export function baselineFor(args: RootFileArgs, root: string): string | undefined {
  if (args.noBaseline) return undefined;
  if (args.baseline && !existsSync(args.baseline)) throw new UsageError(`--baseline ${args.baseline}: no such file`);
  const path = args.baseline ?? (existsSync(join(root, BASELINE_FILE)) ? join(root, BASELINE_FILE) : undefined);
  if (path && !args.baseline && !insideFolderSync(root, path)) throw new ConfigFileError(`${path}: ${OUTSIDE_LINK}.`);
  return path;
}
