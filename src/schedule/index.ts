/** When each source is polled next: one pure policy, its report window, and a replay over history. */
export { denseEvery, longestInterval, nextDue, pollEvery, reportWindow, sparseEvery } from './policy.ts';
export type { Due, DueReason, PollHistory, ScheduleSource } from './policy.ts';
export { formatWindow, learnWindow, parseWindow, WindowSpecError } from './window.ts';
export type { ReportWindow } from './window.ts';
export { replaySchedule } from './replay.ts';
export type { ReplayResult } from './replay.ts';
