/**
 * What the SonarQube fake remembers, keyed the way the server keys it: projects by key, analyses
 * and Compute Engine tasks by id. An analysis arrives through a CE task and becomes visible
 * (quality gate by project, issues, hotspots, measures, its branch or pull request) only once that
 * task has answered SUCCESS — as on the server, where the report is processed in the background.
 *
 *   const { analysisId, taskId } = sonar.state.addAnalysis({ project: 'acme', pullRequest: '7', conditions, issues: issues(120) });
 *   sonar.state.setTaskProgress(taskId, { pendingPolls: 2, inProgressPolls: 1 });
 *   sonar.state.pollsOf(taskId);
 */
import { createHash } from 'node:crypto';
import { completeHotspot, completeIssue, type Hotspot, type Issue, type SeedHotspot, type SeedIssue } from './findings.js';
import type { SonarProfile } from './profile.js';
import { makeToken, type NewToken, type SonarToken } from './tokens.js';

export type TaskStatus = 'PENDING' | 'IN_PROGRESS' | 'SUCCESS' | 'FAILED' | 'CANCELED';
export type FinalTaskStatus = 'SUCCESS' | 'FAILED' | 'CANCELED';
export type GateStatus = 'OK' | 'WARN' | 'ERROR' | 'NONE';
export type Comparator = 'GT' | 'LT' | 'EQ' | 'NE';
/** Whether the gate's configuration follows Clean as You Code (§1.4), not the code itself. */
export type CaycStatus = 'compliant' | 'non-compliant' | 'over-compliant';

/** Used for Cloud projects added without one. */
export const DEFAULT_ORGANIZATION = 'default-organization';

export interface SonarProject {
  readonly key: string;
  readonly name: string;
  readonly uuid: string;
  /** Cloud only. */
  readonly organization?: string;
  readonly mainBranch: string;
  /** Branches besides the main one known before any analysis of them (analysed ones exist anyway). */
  readonly branches: Set<string>;
  /** Pull requests known before any analysis of them, by key. */
  readonly pullRequests: Map<string, { readonly key: string; readonly title: string }>;
  /** The project analysis token SonarQube would generate for it (`sqp_…`). */
  readonly analysisToken: SonarToken;
}

/** Which branch of a project: the main branch when both are absent. */
export interface BranchRef {
  readonly branch?: string;
  readonly pullRequest?: string;
}

export interface SeedCondition {
  readonly metricKey: string;
  readonly comparator: Comparator;
  readonly errorThreshold?: string | number;
  readonly actualValue?: string | number;
  /** Computed from the other fields when absent: fails when `actual <comparator> threshold`. */
  readonly status?: 'OK' | 'WARN' | 'ERROR';
}

export interface GateCondition {
  readonly metricKey: string;
  readonly comparator: Comparator;
  readonly errorThreshold?: string;
  readonly actualValue?: string;
  readonly status: 'OK' | 'WARN' | 'ERROR';
}

/** The new-code reference (`period.mode`: PREVIOUS_VERSION, NUMBER_OF_DAYS, REFERENCE_BRANCH, …). */
export interface NewCodePeriod {
  readonly mode: string;
  readonly date?: string;
  readonly parameter?: string;
}

export interface TaskProgress {
  /** How many polls answer PENDING, then how many IN_PROGRESS, counted from the task's first poll. */
  readonly pendingPolls: number;
  readonly inProgressPolls: number;
  readonly final: FinalTaskStatus;
  /** FAILED only. */
  readonly errorMessage?: string;
}

export interface NewAnalysis extends BranchRef {
  readonly project: string;
  readonly pullRequestTitle?: string;
  /** Default: ERROR when a condition is ERROR, OK otherwise; NONE drops conditions and period. */
  readonly gate?: GateStatus;
  readonly conditions?: readonly SeedCondition[];
  readonly ignoredConditions?: boolean;
  readonly caycStatus?: CaycStatus;
  readonly period?: NewCodePeriod;
  readonly issues?: readonly SeedIssue[];
  readonly hotspots?: readonly SeedHotspot[];
  /** Metric key → value; `new_*` keys are answered as new-code (period) values. */
  readonly measures?: Readonly<Record<string, string | number>>;
  /** Default: SUCCESS on the first poll. */
  readonly progress?: Partial<TaskProgress>;
  readonly warnings?: readonly string[];
}

export interface StoredIssue extends Issue {
  readonly key: string;
  /** `projectKey:path` for a file, the project key otherwise. */
  readonly componentKey: string;
}

export interface StoredHotspot extends Hotspot {
  readonly key: string;
  readonly componentKey: string;
}

export interface SonarAnalysis {
  readonly id: string;
  readonly project: SonarProject;
  readonly ref: BranchRef;
  readonly task: SonarTask;
  readonly date: Date;
  readonly gate: GateStatus;
  readonly conditions: readonly GateCondition[];
  readonly ignoredConditions: boolean;
  readonly caycStatus: CaycStatus;
  readonly period: NewCodePeriod;
  readonly issues: readonly StoredIssue[];
  readonly hotspots: readonly StoredHotspot[];
  readonly measures: ReadonlyMap<string, string>;
}

export interface SonarTask {
  readonly id: string;
  readonly project: SonarProject;
  readonly ref: BranchRef;
  readonly pullRequestTitle?: string;
  /** The analysis it delivers; the API shows it only once the task succeeded. */
  readonly analysisId: string;
  progress: TaskProgress;
  /** `api/ce/task` answers given for it so far. */
  polls: number;
  readonly submittedAt: Date;
  startedAt?: Date;
  executedAt?: Date;
  readonly warnings: readonly string[];
}

export class SonarState {
  readonly projects = new Map<string, SonarProject>();
  readonly tasks = new Map<string, SonarTask>();
  readonly analyses = new Map<string, SonarAnalysis>();
  readonly tokens: SonarToken[] = [];
  private reindexing = 0;
  private ids = 0;

  constructor(
    readonly profile: SonarProfile,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  now(): Date {
    return this.clock();
  }

  addToken(options: NewToken): SonarToken {
    const token = makeToken(options);
    this.tokens.push(token);
    return token;
  }

  addProject(options: { key: string; name?: string; organization?: string; mainBranch?: string; branches?: readonly string[]; pullRequests?: ReadonlyArray<{ key: string; title?: string }> }): SonarProject {
    if (this.projects.has(options.key)) throw new Error(`project ${options.key} exists already`);
    const project: SonarProject = {
      key: options.key,
      name: options.name ?? options.key.split(':').pop()!,
      uuid: this.newId(`project ${options.key}`),
      ...(this.profile.cloud ? { organization: options.organization ?? DEFAULT_ORGANIZATION } : {}),
      mainBranch: options.mainBranch ?? 'main',
      branches: new Set(options.branches),
      pullRequests: new Map((options.pullRequests ?? []).map((pr) => [pr.key, { key: pr.key, title: pr.title ?? `PR ${pr.key}` }])),
      analysisToken: this.addToken({ kind: 'project-analysis', project: options.key }),
    };
    this.projects.set(project.key, project);
    return project;
  }

  /** Seeds an analysis and the CE task that delivers it; the project is created when unknown. */
  addAnalysis(options: NewAnalysis): { analysisId: string; taskId: string } {
    if (options.branch !== undefined && options.pullRequest !== undefined) throw new Error('an analysis is of a branch or of a pull request, not both');
    const project = this.projects.get(options.project) ?? this.addProject({ key: options.project });
    const ref = this.normalize(project, options);
    const date = this.now();
    const taskId = this.newId('task');
    const analysisId = this.newId('analysis');
    const conditions = (options.conditions ?? []).map(condition);
    const gate = options.gate ?? (conditions.some((c) => c.status === 'ERROR') ? 'ERROR' : 'OK');
    const task: SonarTask = {
      id: taskId,
      project,
      ref,
      ...(options.pullRequestTitle === undefined ? {} : { pullRequestTitle: options.pullRequestTitle }),
      analysisId,
      progress: { pendingPolls: 0, inProgressPolls: 0, final: 'SUCCESS' },
      polls: 0,
      submittedAt: date,
      warnings: options.warnings ?? [],
    };
    const analysis: SonarAnalysis = {
      id: analysisId,
      project,
      ref,
      task,
      date,
      gate,
      conditions: gate === 'NONE' ? [] : conditions,
      ignoredConditions: options.ignoredConditions ?? false,
      caycStatus: options.caycStatus ?? 'compliant',
      period: options.period ?? { mode: 'PREVIOUS_VERSION', date: sonarDate(date) },
      issues: (options.issues ?? []).map((seed, i) => ({ ...completeIssue(seed), key: seed.key ?? fakeUuid(`${analysisId} issue ${i}`), componentKey: componentKey(project, seed.file) })),
      hotspots: (options.hotspots ?? []).map((seed, i) => ({ ...completeHotspot(seed), key: seed.key ?? this.newId(`${analysisId} hotspot ${i}`), componentKey: componentKey(project, seed.file) })),
      measures: new Map(Object.entries(options.measures ?? {}).map(([k, v]) => [k, String(v)])),
    };
    this.tasks.set(taskId, task);
    this.analyses.set(analysisId, analysis);
    this.setTaskProgress(taskId, options.progress ?? {});
    return { analysisId, taskId };
  }

  /** Changes how a task's polls go from now on; counts stay relative to its first poll. */
  setTaskProgress(taskId: string, progress: Partial<TaskProgress>): void {
    const task = this.mustTask(taskId);
    task.progress = { ...task.progress, ...progress };
    if (task.progress.final === 'FAILED' && task.progress.errorMessage === undefined) {
      task.progress = { ...task.progress, errorMessage: 'The analysis report could not be processed (seeded failure)' };
    }
    this.stamp(task);
  }

  /** The status a task shows now (what its last poll answered, or would answer first). */
  taskStatus(task: SonarTask): TaskStatus {
    return statusAtPoll(task.progress, Math.max(task.polls, 1));
  }

  /** Counts one `api/ce/task` answer. */
  poll(task: SonarTask): void {
    task.polls += 1;
    this.stamp(task);
  }

  pollsOf(taskId: string): number {
    return this.mustTask(taskId).polls;
  }

  task(taskId: string): SonarTask | undefined {
    return this.tasks.get(taskId);
  }

  /** An analysis whose task has not succeeded yet does not exist for the API. */
  visibleAnalysis(analysisId: string): SonarAnalysis | undefined {
    const analysis = this.analyses.get(analysisId);
    return analysis && this.isVisible(analysis) ? analysis : undefined;
  }

  /** The latest visible analysis of a project's branch or pull request. */
  latestAnalysis(project: SonarProject, ref: BranchRef): SonarAnalysis | undefined {
    const wanted = this.normalize(project, ref);
    let latest: SonarAnalysis | undefined;
    for (const analysis of this.analyses.values()) {
      if (analysis.project === project && sameRef(analysis.ref, wanted) && this.isVisible(analysis)) latest = analysis;
    }
    return latest;
  }

  /** Whether the server knows this branch or pull request of the project (seeded or analysed). */
  hasBranch(project: SonarProject, ref: BranchRef): boolean {
    const wanted = this.normalize(project, ref);
    if (wanted.pullRequest !== undefined) return project.pullRequests.has(wanted.pullRequest) || this.latestAnalysis(project, wanted) !== undefined;
    if (wanted.branch !== undefined) return project.branches.has(wanted.branch) || this.latestAnalysis(project, wanted) !== undefined;
    return true;
  }

  /** Answers the next `requests` issue searches with 503, as while issues are re-indexed. */
  setReindexing(requests: number): void {
    this.reindexing = requests;
  }

  /** True when this search falls into the re-indexing window (and uses one of its requests). */
  takeReindexing(): boolean {
    if (this.reindexing <= 0) return false;
    this.reindexing -= 1;
    return true;
  }

  private isVisible(analysis: SonarAnalysis): boolean {
    return this.taskStatus(analysis.task) === 'SUCCESS';
  }

  /** The main branch named explicitly is the main branch. */
  private normalize(project: SonarProject, ref: BranchRef): BranchRef {
    if (ref.pullRequest !== undefined) return { pullRequest: ref.pullRequest };
    if (ref.branch !== undefined && ref.branch !== project.mainBranch) return { branch: ref.branch };
    return {};
  }

  /**
   * Start and end times are taken when the task first shows the status that implies them, and
   * dropped again when a test sets the task back (before its polls reached that status).
   */
  private stamp(task: SonarTask): void {
    const status = this.taskStatus(task);
    // Only queued tasks can be canceled, so a canceled one never started.
    const started = status !== 'PENDING' && status !== 'CANCELED';
    const ended = status === 'SUCCESS' || status === 'FAILED' || status === 'CANCELED';
    task.startedAt = started ? (task.startedAt ?? this.now()) : undefined;
    task.executedAt = ended ? (task.executedAt ?? this.now()) : undefined;
  }

  private mustTask(taskId: string): SonarTask {
    const task = this.tasks.get(taskId);
    if (!task) throw new Error(`no CE task ${taskId}`);
    return task;
  }

  /** 20 characters of base64url, the look of SonarQube's ids (`AYhSC2-LY0CHkWJxvNA9`). */
  private newId(kind: string): string {
    return createHash('sha1').update(`${kind} ${++this.ids}`).digest('base64url').slice(0, 20);
  }
}

function statusAtPoll(progress: TaskProgress, poll: number): TaskStatus {
  if (poll <= progress.pendingPolls) return 'PENDING';
  if (poll <= progress.pendingPolls + progress.inProgressPolls) return 'IN_PROGRESS';
  return progress.final;
}

function sameRef(a: BranchRef, b: BranchRef): boolean {
  return a.branch === b.branch && a.pullRequest === b.pullRequest;
}

function componentKey(project: SonarProject, file: string | undefined): string {
  return file === undefined ? project.key : `${project.key}:${file}`;
}

function condition(seed: SeedCondition): GateCondition {
  const actualValue = seed.actualValue === undefined ? undefined : String(seed.actualValue);
  const errorThreshold = seed.errorThreshold === undefined ? undefined : String(seed.errorThreshold);
  return {
    metricKey: seed.metricKey,
    comparator: seed.comparator,
    ...(errorThreshold === undefined ? {} : { errorThreshold }),
    ...(actualValue === undefined ? {} : { actualValue }),
    status: seed.status ?? (fails(seed.comparator, actualValue, errorThreshold) ? 'ERROR' : 'OK'),
  };
}

/** input-formats.md §1.4: a condition fails when `actual <comparator> threshold`; no value, no failure. */
function fails(comparator: Comparator, actual: string | undefined, threshold: string | undefined): boolean {
  if (actual === undefined || threshold === undefined) return false;
  const a = Number(actual);
  const t = Number(threshold);
  switch (comparator) {
    case 'GT':
      return a > t;
    case 'LT':
      return a < t;
    case 'EQ':
      return a === t;
    case 'NE':
      return a !== t;
  }
}

/** SonarQube's timestamp form: offset without a colon, `2023-05-25T10:34:21+0000` (§1.3). */
export function sonarDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, '+0000');
}

/** Issue keys look like UUIDs on current servers (the 10.x example). */
function fakeUuid(seed: string): string {
  const hex = createHash('sha1').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
