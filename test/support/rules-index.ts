// The markdown of docs/rules/README.md: every rule, grouped by family, linking its page.
import { ruleCatalog } from '../../server/src/engine/catalog';

export function rulesIndexMarkdown(): string {
  const rules = ruleCatalog();
  const families = [...new Set(rules.map((r) => r.id.split('/')[0]!))];
  const out = ['# Outpost rules', '', `${rules.length} rules. Each page says what the rule finds, why it matters and how to fix it.`, ''];
  for (const f of families) {
    out.push(`## ${f}`, '', '| rule | severity | fixable | what it finds |', '|---|---|---|---|');
    for (const r of rules.filter((x) => x.id.startsWith(`${f}/`))) {
      out.push(`| [${r.id}](${r.id}.md) | ${r.severity} | ${r.fixable ? 'yes' : 'no'} | ${r.description.replace(/\|/g, '\\|')} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
