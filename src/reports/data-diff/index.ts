export { dataDiffDbt } from './dbt.js';
export { dataDiffRows } from './rows.js';
export { dataDiffStats } from './stats.js';
