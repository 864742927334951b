// Where each rule's page is: in the repository (and the extension's folder), and on the site.
// Apart from the rules themselves, so that a client can link to a page without the engine.

/** Where each rule's page is, relative to the repository's root (and the extension's folder). */
export const rulePagePath = (id: string): string => `docs/rules/${id}.md`;

/** The project's files on its site (the README, the rule pages), for SARIF and the language server. */
export const RULE_PAGES_URL = 'https://github.com/article-lens/article-lens/blob/main/';
export const ruleUrl = (id: string): string => `${RULE_PAGES_URL}${rulePagePath(id)}`;

/**
 * Every diagnostic's id, for validating a team configuration or a setting without loading the
 * rules (a unit test checks it lists exactly the ids of DIAGNOSTIC_RULES, in their order).
 */
export const DIAGNOSTIC_CODES = [
  'unattributed-quote', 'inferred-attribution', 'unbalanced-quote', 'house-spelling', 'orphaned-annotation',
  'anonymous-source-no-reason', 'vague-source', 'loaded-verb', 'late-attribution', 'second-reference',
] as const;
