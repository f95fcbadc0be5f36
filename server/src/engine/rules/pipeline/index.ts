// pipeline/* — checks shared by every CI platform.
import type { Rule } from '../../rule';
import { curlPipeShell } from './curl-pipe-shell';
import { debugEnabled } from './debug-enabled';
import { secretEchoed } from './secret-echoed';
import { unpinnedImage } from './unpinned-image';
import { insecureUrl } from './insecure-url';
import { scriptInjection } from './script-injection';

export const pipelineRules: readonly Rule[] = [curlPipeShell, debugEnabled, secretEchoed, unpinnedImage, insecureUrl, scriptInjection];
