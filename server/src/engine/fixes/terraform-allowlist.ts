// "Allow only your address ranges": replaces an open Terraform source list (`["0.0.0.0/0"]`) with
// `var.<tool>_allowed_cidrs` and declares that variable, with no default, at the end of the file —
// so `terraform plan` asks for the real ranges. Outpost never invents a CIDR. Idempotent: a
// variable already declared is not declared again; a stale range (the text changed) gives no fix.
import type { FixInput, FixProvider, FixResult, OffsetEdit } from './fix-provider';
import { TERRAFORM_ALLOWLIST_FIX } from '../exposure/terraform/allowlist-fix';
import type { TerraformAllowlistFix } from '../exposure/terraform/allowlist-fix';
import { eolOf } from './vault/text-lines';

function isData(d: unknown): d is TerraformAllowlistFix {
  const f = d as Partial<TerraformAllowlistFix> | undefined;
  return !!f && f.kind === TERRAFORM_ALLOWLIST_FIX && typeof f.variable === 'string' && /^[a-z][a-z0-9_]*$/.test(f.variable) && typeof f.original === 'string' && typeof f.replace?.start === 'number' && typeof f.replace?.end === 'number' && (f.type === 'string' || f.type === 'list(string)') && typeof f.description === 'string';
}

export const terraformAllowlistFix: FixProvider = {
  kind: TERRAFORM_ALLOWLIST_FIX,
  compute(input: FixInput): FixResult[] {
    const d = input.finding.fix;
    if (!isData(d) || input.kind !== 'terraform') return [];
    const { start, end } = d.replace;
    if (!(start >= 0 && end > start && end <= input.text.length) || input.text.slice(start, end) !== d.original) return [];
    const edits: OffsetEdit[] = [{ range: { start, end }, newText: `var.${d.variable}` }];
    if (!new RegExp(`^[ \\t]*variable[ \\t]+"${d.variable}"[ \\t]*\\{`, 'm').test(input.text)) {
      const eol = eolOf(input.text);
      const sep = input.text.length === 0 || input.text.endsWith('\n') ? '' : eol;
      const description = d.description.replace(/["\\]/g, '');
      edits.push({
        range: { start: input.text.length, end: input.text.length },
        newText: `${sep}${eol}variable "${d.variable}" {${eol}  type        = ${d.type}${eol}  description = "${description}"${eol}}${eol}`,
      });
    }
    return [
      {
        title: `Allow only your address ranges: use var.${d.variable} (you fill it in)`,
        edits,
        isPreferred: true,
        // The user must supply the ranges before the next apply: never unattended.
        safe: false,
        followUp: `Set ${d.variable} to your office or VPN ranges in a .tfvars file or TF_VAR_${d.variable}; until then terraform plan asks for it.`,
      },
    ];
  },
};
