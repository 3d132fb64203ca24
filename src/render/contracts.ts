/**
 * What each report kind's renderers give the shared ones. A leaf module: the kind folders
 * (quality-gate/, data-diff/) and the shared renderers both import it, and it imports neither.
 */
import type { CapBlock } from './cap.js';
import type { Annotation, InsightDatum, InsightDecoration } from './decorations.js';

/** The verdict in words, shared by every decoration so the comment, the insight report and the status never disagree. */
export interface Summary {
  /** Lower case, reads after the title: "SonarQube quality gate: failed". */
  state: string;
  /** Lower case, no final stop. */
  detail: string;
}

export interface BodyContext {
  link?: string;
}

/** What a report kind contributes to the comment: its body, and facts for the footer (e.g. the project key). */
export interface CommentBody {
  blocks: CapBlock[];
  footer: string[];
}

/** What each report kind fills in of the insight report; the rest is common. */
export interface KindInsight {
  reportType: InsightDecoration['reportType'];
  /** Lines after the summary line. */
  details: string[];
  /** Most important first; cut to six. */
  data: InsightDatum[];
  annotations: Annotation[];
}
