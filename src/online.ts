/**
 * Everything that talks to a server: the platforms and the publisher, the HTTP client, the live
 * readers of SonarQube and Datafold. The composition root and the live sources import this module
 * lazily, so a run that talks to no server (a dry run on a file, `--help`, the example) never
 * compiles it (issue 11).
 *
 * One module rather than a lazy import of each piece: the bundler puts the code a lazy module
 * shares with the start-up into chunks, one per combination of importers, and Node loads each
 * file it is given separately (about a millisecond apiece at start-up).
 */
export { createPlatformApi, apiBase, PLATFORM_LIMITS } from './platforms/registry.js';
export { publish } from './publish/publish.js';
export { readCaBundle } from './http/dispatcher.js';
export { createRunClient } from './http/run-client.js';
export { datafoldApi } from './reports/datafold/live/api.js';
export { POLL_PACE, readDatafoldLive } from './reports/datafold/live/read.js';
export { readLiveGate } from './reports/sonarqube/live/analysis.js';
