/**
 * Every JSON Schema the program validates with, by a name for ajv's standalone code. The build
 * precompiles exactly these (scripts/build.mjs); a schema missing here fails in the bundle with a
 * message naming this file, and test/validation/catalog.test.ts finds every caller's schema here.
 */
export { settingsSchema } from './settings/schema.js';
export { schema as genericDataDiffSchema } from './reports/generic-data-diff/schema.js';
export { schema as genericQualityGateSchema } from './reports/generic-quality-gate/schema.js';
export { statsSchema } from './reports/data-diff/stats-schema.js';
export { jsonDiffSchema, failedDiffSchema } from './reports/data-diff/dbt-schema.js';
export { rowLineSchema } from './reports/data-diff/rows.js';
export { finishedSchema, failedSchema } from './reports/datafold/summary-results-schema.js';
export { datafoldSectionSchema } from './reports/datafold/live/diff-config-schema.js';
export { projectStatusSchema } from './reports/sonarqube/project-status-schema.js';
export { issuesPageSchema, issuesPagesSchema } from './reports/sonarqube/issues-schema.js';
export { hotspotsPageSchema } from './reports/sonarqube/live/hotspots-schema.js';
