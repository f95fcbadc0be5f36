// Text the fixes write when Outpost cannot know the right value and the user must fill it in.
export const ALLOWLIST_STUB_COMMENT = 'TODO(outpost): list the office/VPN ranges that may connect, e.g. - 203.0.113.0/24';
