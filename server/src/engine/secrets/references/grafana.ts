// Grafana's configuration expansions: `$__env{NAME}`, `$__file{/run/secrets/x}` and
// `$__vault{provider:path}` in grafana.ini / custom.ini are resolved by Grafana at start-up, so
// `admin_password = $__env{GF_ADMIN_PASSWORD}` is the safe form, never a hardcoded password.
// Anywhere in the value: Grafana expands them inside longer strings too.
export const GRAFANA_REFERENCES: readonly RegExp[] = [/\$__(?:env|file|vault)\{[^{}\n]{1,512}\}/];
