/** One import for end-to-end tests: every fake, its seeding types, faults and the round-trip measure. */
export * from './bitbucket-cloud/index.js';
export * from './bitbucket-data-center/index.js';
export * from './bitbucket-cloud/pipelines-proxy.js';
export { criticalPath, sequentialRoundTrips, type Span } from './critical-path.js';
export type { Fault, FaultHandle, FaultMatch, FaultKind } from './faults.js';
export type { RecordedRequest } from './fake-server.js';
export { basicAuthorization, type BasicCredentials } from './auth.js';
export { fakeSha } from './sha.js';
export { specsAvailable, DEFAULT_SPECS_DIR, type SpecViolation, type SpecValidationStatus } from './spec-validator.js';
