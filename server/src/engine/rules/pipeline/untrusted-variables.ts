// Predefined CI variables whose value an outsider writes (merge/pull request titles and
// descriptions, commit messages, source branch names), per platform, and how a script refers to
// each one. Data, so the next variable is a line. Values that cannot hold shell syntax are left
// out: CI_COMMIT_REF_SLUG (lower-case letters, digits and `-`), commit SHAs.
import type { FileKind } from '../../types';

export const UNTRUSTED_VARIABLES: Partial<Record<FileKind, readonly string[]>> = {
  'gitlab-ci': [
    'CI_MERGE_REQUEST_TITLE',
    'CI_MERGE_REQUEST_DESCRIPTION',
    'CI_MERGE_REQUEST_SOURCE_BRANCH_NAME',
    'CI_COMMIT_MESSAGE',
    'CI_COMMIT_TITLE',
    'CI_COMMIT_DESCRIPTION',
    'CI_COMMIT_TAG_MESSAGE',
    'CI_COMMIT_BRANCH',
    'CI_COMMIT_REF_NAME',
    'CI_COMMIT_AUTHOR',
    'CI_EXTERNAL_PULL_REQUEST_SOURCE_BRANCH_NAME',
  ],
  'azure-pipelines': [
    'Build.SourceVersionMessage',
    'Build.SourceBranch',
    'Build.SourceBranchName',
    'Build.SourceVersionAuthor',
    'Build.RequestedFor',
    'System.PullRequest.SourceBranch',
    'System.PullRequest.SourceBranchName',
  ],
  'bitbucket-pipelines': ['BITBUCKET_BRANCH', 'BITBUCKET_TAG', 'BITBUCKET_PR_DESTINATION_BRANCH', 'BITBUCKET_BOOKMARK'],
};

/** Azure maps `Build.SourceBranch` to the environment variable `BUILD_SOURCEBRANCH`. */
export function azureEnvName(variable: string): string {
  return variable.replace(/\./g, '_').toUpperCase();
}
