// GitHub context values an outsider controls: the title and body of an issue or pull request
// they open, the name of the branch they push, the commit messages and author names in it. Put
// into a script with ${{ }}, they become shell code. (Contexts limited to a safe character
// set, like user logins and repository names, are not listed.)
const PATTERNS: RegExp[] = [
  /\bgithub\.event\.(?:issue|pull_request|discussion)\.(?:title|body)\b/,
  /\bgithub\.event\.(?:comment|review|review_comment|discussion_comment)\.body\b/,
  /\bgithub\.event\.pull_request\.head\.(?:ref|label|repo\.default_branch)\b/,
  /\bgithub\.head_ref\b/,
  /\bgithub\.event\.(?:commits(?:\[[^\]]*\]|\.\*)|head_commit)\.(?:message|author\.(?:name|email)|committer\.(?:name|email))\b/,
  /\bgithub\.event\.workflow_run\.(?:head_branch|display_title|head_commit\.(?:message|author\.(?:name|email)|committer\.(?:name|email)))\b/,
  /\bgithub\.event\.workflow_run\.pull_requests(?:\[[^\]]*\]|\.\*)\.head\.ref\b/,
  /\bgithub\.event\.pages(?:\[[^\]]*\]|\.\*)\.page_name\b/,
  // The previous title or body of an edited issue, pull request or comment (`issues: edited`, ...).
  /\bgithub\.event\.changes\.(?:title|body)\.from\b/,
  // A fork's description, written by whoever owns the fork.
  /\bgithub\.event\.(?:pull_request\.head\.repo|workflow_run\.head_repository)\.description\b/,
  // Branch names carried by check, job and merge-queue events, and merge-queue commit text.
  /\bgithub\.event\.(?:check_suite|check_run\.check_suite|workflow_job|merge_group)\.head_branch\b/,
  /\bgithub\.event\.merge_group\.head_commit\.(?:message|author\.(?:name|email)|committer\.(?:name|email))\b/,
  // The whole event (or a whole issue/PR/comment object), e.g. toJSON(github.event).
  /\bgithub\.event(?:\.(?:issue|pull_request|comment|review|review_comment|discussion|head_commit|commits|workflow_run))?\s*(?:\)|$)/,
];

/** The untrusted context referenced by an expression (the text inside `${{ }}`), if any. */
export function untrustedContext(expression: string): string | undefined {
  const e = expression.replace(/\s+/g, ' ').trim();
  for (const p of PATTERNS) {
    const m = p.exec(e);
    if (m) return m[0].replace(/\s*\)$/, '').trim();
  }
  return undefined;
}

/** An environment variable name for an expression: github.event.pull_request.title -> PR_TITLE. */
export function envNameFor(context: string): string {
  const segs = context
    .replace(/^github\.(event\.)?/, '')
    .replace(/\[[^\]]*\]|\.\*/g, '')
    .split('.')
    .filter(Boolean)
    .map((s) => (s === 'pull_request' ? 'pr' : s === 'pull_requests' ? 'pr' : s));
  const tail = segs.length === 0 ? ['event'] : segs.slice(-3);
  if (tail.length === 1 && tail[0] !== 'head_ref') tail.push('json');
  return tail.join('_').replace(/[^A-Za-z0-9_]/g, '_').toUpperCase();
}
