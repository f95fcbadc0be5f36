// Harbor: the installer's harbor.yml. Self-registration and the auth mode live in Harbor's database
// (UI/API), not in this file, so only what the file decides is here.
import type { ToolSetting } from '../tool-setting';

export const harborSettings: readonly ToolSetting[] = [
  {
    tool: 'Harbor',
    kinds: ['harbor-config'],
    fact: 'tls',
    path: ['https', 'certificate'],
    unsafe: [],
    safe: '/your/certificate/path',
    missingIsUnsafe: true,
    manual: 'uncomment the `https:` block and point `certificate` and `private_key` at the server\'s certificate files',
    why: 'the registry is served over plain HTTP, so `docker login` passwords and robot tokens cross the network unencrypted',
    severity: 'warning',
    source: 'https://github.com/goharbor/harbor/blob/main/make/harbor.yml.tmpl',
  },
];
