// Fix providers for posture findings (insert `mfa: required`, `permissions: {contents: read}`,
// `persist-credentials: false`, the env indirection for template injection, ...).
import type { FixProvider } from '../fix-provider';
import { insertSettingProvider } from './insert-setting';
import { envIndirectionProvider } from './env-indirection';
import { setLineSettingProvider } from './set-line-setting';
import { toolSettingFixProvider } from './tool-setting-fix';
import { replaceTextProvider } from './replace-text';

export const settingsFixProviders: readonly FixProvider[] = [insertSettingProvider, envIndirectionProvider, setLineSettingProvider, toolSettingFixProvider, replaceTextProvider];
