// Inputs of widely used actions whose value is executed as code, and the language it runs in
// (which decides how the fix reads an environment variable). `run:` steps are the main sink; these
// are the same risk behind a `uses:`. Data, so the next one is a line.
export type SinkLanguage = 'js' | 'bash' | 'pwsh' | 'python' | 'none';

const TABLE: Record<string, { input: string; lang: SinkLanguage }[]> = {
  'actions/github-script': [{ input: 'script', lang: 'js' }],
  'azure/cli': [{ input: 'inlineScript', lang: 'bash' }],
  'azure/powershell': [{ input: 'inlineScript', lang: 'pwsh' }],
  'appleboy/ssh-action': [{ input: 'script', lang: 'none' }],
  'nick-fields/retry': [{ input: 'command', lang: 'none' }],
  'nick-invision/retry': [{ input: 'command', lang: 'none' }],
  'wandalen/wretry.action': [{ input: 'command', lang: 'none' }],
  'addnab/docker-run-action': [{ input: 'run', lang: 'none' }],
  'jannekem/run-python-script-action': [{ input: 'script', lang: 'python' }],
  'mathiasvr/command-output': [{ input: 'run', lang: 'bash' }],
  'cypress-io/github-action': [{ input: 'command', lang: 'none' }, { input: 'build', lang: 'none' }, { input: 'start', lang: 'none' }],
};

/** Code-running inputs of the action `name` (lower-case `owner/repo`). */
export function codeInputsOf(name: string | undefined): readonly { input: string; lang: SinkLanguage }[] {
  return (name && TABLE[name]) || [];
}
