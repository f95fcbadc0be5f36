// Runs code-server (VS Code in the browser) for one test run: a fresh user-data and extensions folder, the
// packaged .vsix installed into it, bound to a free loopback port, in its own process group so every child it
// starts (extension host, language server, file watcher) is stopped with it.
import { spawn, execFile } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const REPO_ROOT = join(__dirname, '..', '..', '..');
export const CODE_SERVER_BIN = join(
  process.env.OUTPOST_CODE_SERVER_DIR ?? join(REPO_ROOT, '.cache', 'code-server'),
  'node_modules',
  '.bin',
  'code-server',
);

export interface CodeServer {
  url: string;
  /** `http://127.0.0.1:PORT`; the workbench's remote authority is its host part. */
  origin: string;
  /** The folder code-server was opened on (a copy of the fixture). */
  workspace: string;
  logFile: string;
  /** Folder holding code-server's own logs (extension host, language server output). */
  logsDir: string;
  /** Copies another folder next to the first (with optional workspace settings) and returns the URL that opens it. */
  addFolder(source: string, name: string, workspaceSettings?: Record<string, unknown>): { url: string; folder: string };
  stop(): Promise<void>;
}

/** User settings that keep the workbench quiet and deterministic: no welcome page, tips, trust prompt or auto save. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'files.autoSave': 'off',
  'editor.lightbulb.enabled': 'on',
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'window.commandCenter': false,
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function installExtension(vsix: string, extensionsDir: string, env: NodeJS.ProcessEnv): Promise<string> {
  const { stdout, stderr } = await run(CODE_SERVER_BIN, ['--extensions-dir', extensionsDir, '--install-extension', vsix, '--force'], { env });
  return `${stdout}${stderr}`;
}

/** Thrown from an `until` check to stop waiting at once (e.g. the process being waited for died). */
export class GiveUp extends Error {}

/** Polls until `check` returns a value (not undefined) or the deadline passes. For process and disk state. */
export async function until<T>(what: string, timeoutMs: number, check: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (let delay = 50; ; delay = Math.min(delay * 2, 500)) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      if (error instanceof GiveUp) throw error;
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, delay));
  }
}

export interface StartOptions {
  /** The packaged extension to install; omitted when the page loads the extension from its development folder. */
  vsix?: string;
  /** Fixture folder to copy; code-server opens the copy so the test may change files freely. */
  fixture: string;
  /** Where code-server's console output goes. */
  logFile: string;
  /** Extra user settings. */
  settings?: Record<string, unknown>;
}

export async function startCodeServer(options: StartOptions): Promise<CodeServer> {
  if (!existsSync(CODE_SERVER_BIN)) {
    throw new Error(`code-server is not installed at ${CODE_SERVER_BIN}; run \`npm run e2e:install\` (test/e2e/install.sh) first.`);
  }
  const root = mkdtempSync(join(tmpdir(), 'outpost-e2e-'));
  const userDataDir = join(root, 'user-data');
  const extensionsDir = join(root, 'extensions');
  const workspace = join(root, 'workspace');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  cpSync(options.fixture, workspace, { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...options.settings }, null, 2));

  // code-server writes its config.yaml and state under XDG folders: keep them inside the run's folder.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_CONFIG_HOME: join(root, 'config'),
    XDG_DATA_HOME: join(root, 'data'),
    XDG_CACHE_HOME: join(root, 'cache'),
  };
  delete env.PORT;
  if (options.vsix) {
    const installLog = await installExtension(options.vsix, extensionsDir, env);
    if (!/successfully installed/i.test(installLog)) throw new Error(`Installing ${options.vsix} failed:\n${installLog}`);
  }

  const port = await freePort();
  const out = createWriteStream(options.logFile);
  const child: ChildProcess = spawn(
    CODE_SERVER_BIN,
    [
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir,
      workspace,
    ],
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  let exited: string | undefined;
  child.once('exit', (code, signal) => (exited = `code-server exited (code ${code}, signal ${signal}); see ${options.logFile}`));

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      try {
        process.kill(-child.pid, 'SIGTERM'); // the whole process group: extension host and language server too
      } catch {
        /* already gone */
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, 5000);
      await gone;
      clearTimeout(timer);
    }
    // Children that outlived their parent are still in the group.
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* none left */
    }
    out.end();
    const keepLogs = join(options.logFile, '..', 'code-server-logs');
    rmSync(keepLogs, { recursive: true, force: true });
    if (existsSync(join(userDataDir, 'logs'))) cpSync(join(userDataDir, 'logs'), keepLogs, { recursive: true });
    rmSync(root, { recursive: true, force: true });
  };

  const origin = `http://127.0.0.1:${port}`;
  const url = `${origin}/?folder=${encodeURIComponent(workspace)}`;
  try {
    await until('code-server to answer /healthz', 60_000, async () => {
      if (exited) throw new GiveUp(exited);
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      return response.ok ? true : undefined;
    });
  } catch (error) {
    await stop();
    throw error;
  }
  const addFolder = (source: string, name: string, workspaceSettings?: Record<string, unknown>): { url: string; folder: string } => {
    const folder = join(root, name);
    cpSync(source, folder, { recursive: true });
    if (workspaceSettings) {
      mkdirSync(join(folder, '.vscode'), { recursive: true });
      writeFileSync(join(folder, '.vscode', 'settings.json'), JSON.stringify(workspaceSettings, null, 2));
    }
    return { url: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`, folder };
  };
  return { url, origin, workspace, logFile: options.logFile, logsDir: join(userDataDir, 'logs'), addFolder, stop };
}
