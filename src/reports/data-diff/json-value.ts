/**
 * An object carrying another format's discriminator (our generic `kind`, SonarQube's
 * `projectStatus`) belongs to that format whatever else it holds; vendor sniffs step aside so that
 * detection never has two answers.
 */
export function claimedByAnotherFormat(value: Record<string, unknown>): boolean {
  return 'kind' in value || 'projectStatus' in value;
}
