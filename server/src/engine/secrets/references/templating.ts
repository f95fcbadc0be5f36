// Template and variable-substitution syntaxes of CI systems, config tools and server products.
// Each pattern must match only text that cannot be a literal secret: a sigil plus a name.
export const templatingReferences: readonly RegExp[] = [
  /^\(\([\w./-]{1,200}\)\)$/, // Concourse ((var))
  /^<<\s*[\w.-]{1,200}\s*>>$/, // CircleCI << pipeline.parameters.x >>
  /^\[\[\s*[^\]]{1,200}\]\]$/, // Nomad/levant [[ .x ]]
  /<%=?\s*[^%]{1,200}%>/, // ERB <%= ENV['X'] %>
  /#\{\s*ENV\[/, // Ruby "#{ENV['X']}"
  /^@[A-Za-z_][\w.]{0,100}@$/, // Maven/autoconf @VAR@
  /^\$env:[A-Za-z_]\w{0,100}$/i, // PowerShell $env:X
  /^\$\{?env:[A-Za-z_]\w{0,100}\}?$/i, // ${env:X}
  /^\$\((?:cat|vault|aws|gcloud|az|op|pass|security|kubectl|gopass|bw|lpass|doppler|sops)\s[^)]{0,300}\)$/, // $(cat /run/secrets/x), $(vault kv get …)
  /^`(?:cat|vault|aws|gcloud|az|op|pass)\s[^`]{0,300}`$/, // `cat file`
  /^!(?:secret|vault|env_var|include)\s+\S+$/, // Home Assistant !secret name, yaml tags written as text
  /^secret:[\w./-]{1,200}$/i, // secret:name (Drone, Woodpecker)
  /^from_secret$/,
  // Store URIs need `://` or a path (`vault:secret/data/x#key`): a bare `vault:Kx7…` is the
  // user:password of a URL whose user is called vault, not a reference.
  /^(?:ssm|secretsmanager|vault|gcpsm|azkv|awssm|k8s|sops|doppler|infisical)(?:\+[a-z]+)?:(?:\/\/[\w./#:-]{1,300}|[\w.-]{0,100}[/#][\w./#:-]{0,300})$/, // store URIs
  /^\{\{\s*resolve:/, // CloudFormation dynamic references
];
