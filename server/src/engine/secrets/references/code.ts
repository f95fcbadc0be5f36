// Code that reads a secret at run time rather than spelling it: environment and config lookups.
export const codeReferences: readonly RegExp[] = [
  /^(?:process\.env|import\.meta\.env|Deno\.env\.get\()[.[(]?\s*['"]?[A-Za-z_]\w{0,100}/, // process.env.X
  /^(?:os\.environ|os\.getenv|getenv|System\.getenv|Environment\.GetEnvironmentVariable|ENV\.fetch|ENV)\s*[[(]\s*['"][A-Za-z_]\w{0,100}['"]\s*[\])]$/, // os.environ['X'], ENV['X']
  /^(?:env|params|secrets|vars|inputs)\.[A-Za-z_]\w{0,100}$/, // Jenkins env.X / params.X, bare expression bodies
  // A call that computes the value (read on a `NAME = os.getenv(…)` line of code taken as KEY=value).
  /^(?:[A-Za-z_$][\w$]{0,60}\.){1,6}[A-Za-z_$][\w$]{0,60}\s?\([^\n]{0,300}\)[;,]?$/,
  /^(?:getenv|env|config|lookup|secret|read\w{0,20}|load\w{0,20}|get\w{0,20}|fetch\w{0,20}|require|file|vault)\s?\([^\n]{0,300}\)[;,]?$/i,
];
