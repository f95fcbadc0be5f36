// Fix providers for posture findings (insert `mfa: required`, `permissions: {contents: read}`, ...).
import type { FixProvider } from '../fix-provider';

export const settingsFixProviders: readonly FixProvider[] = [];
