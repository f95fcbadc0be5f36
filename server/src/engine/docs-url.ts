// Where each rule's documentation page lives (the diagnostic's codeDescription.href and SARIF
// helpUri). The pages are docs/rules/<rule-id>.md in the repository.
export const DOCS_BASE = 'https://github.com/outpost-security/outpost/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}
