/**
 * A problem found in a dataset or a rate table, and its one-line form. No zod: a widget shows issues without
 * loading the validator.
 */
export interface DatasetIssue {
  /** The programme's id, where the problem is inside a programme. */
  programme?: string;
  /** Dotted path inside the programme (or the dataset), e.g. `income.value.amount`. */
  path: string;
  message: string;
}

export function formatIssue(issue: DatasetIssue): string {
  return `${issue.programme ? `${issue.programme}: ` : ''}${issue.path || '(root)'}: ${issue.message}`;
}
