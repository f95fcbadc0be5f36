// Terraform expressions are references, never literal secrets: `var.db_password`, `local.x`,
// `data.aws_secretsmanager_secret_version.db.secret_string`, `module.db.password`,
// `random_password.db.result`, `file("secret.txt")`, `"${var.x}"`, `each.value`, conditionals.
// The HCL parser marks every non-literal value as an expression entry (parse/hcl-entries.ts), so
// "is it a reference" is "is it an expression" — no guessing from the text. In `.tf.json` values
// are JSON strings, and an interpolation there (`"${var.x}"`) is the same reference.
// A template with literal text around `${…}` (`"db-${var.env}"`) counts as a reference too: the
// provider detectors still scan its literal parts, because they run on the raw text.
import type { Entry } from '../../parse/entry';

const INTERPOLATION = /\$\{[^}]{1,500}\}/;

export function isTerraformReference(entry: Pick<Entry, 'expression' | 'value'>): boolean {
  return entry.expression === true || (entry.value.includes('${') && INTERPOLATION.test(entry.value));
}
