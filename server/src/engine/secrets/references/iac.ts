// Infrastructure-as-code expressions that read a variable, a data source or a parameter.
export const iacReferences: readonly RegExp[] = [
  /^(?:var|local|data|module|each|self|count|path|terraform)\.[A-Za-z_][\w.[\]"*-]{0,300}$/, // Terraform var.x, data.y.z.password
  /^\$\{\s*(?:var|local|data|module|each)\.[^}]{1,300}\}$/, // Terraform "${var.x}"
  /^\[\s*(?:parameters|variables|reference|listKeys|listSecrets)\s*\(/i, // ARM template expressions
  /^!(?:Ref|Sub|GetAtt|ImportValue|FindInMap)\b/, // CloudFormation short-form functions as text
  /^\s*(?:lookup|query)\s*\(\s*['"]/, // Ansible lookup('…'), Puppet lookup(…)
  /^pillar\[/, // Salt pillar['x']
];
