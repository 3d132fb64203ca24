/** Names shown for data-diff results. */

export const DATA_DIFF_TOOL = 'data-diff';

/**
 * A plain (non-dbt) data-diff run prints no table names — neither the stats object nor the row
 * lines — so the single model is named after data-diff's own wording ("rows in table A",
 * "exclusive to table B"). TITLE is where a user names the comparison.
 */
export const PLAIN_DIFF_MODEL_NAME = 'table A ↔ table B';
