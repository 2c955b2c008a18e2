import type {
  BackstageHandoff,
  BackstageLink,
  BackstageStep,
  Channel,
  Department,
  Fact,
  Journey,
  Message,
  Persona,
  Stage,
  Touchpoint,
  Transition,
  Variant,
} from '../schema/tables';

/**
 * What the analyses read: plain rows as the store materialises them. The store
 * (or the trend replay) feeds this; nothing here knows about SQL or the UI.
 * Deleted (tombstone) and archived rows may be passed in unfiltered — every
 * analysis ignores them, so callers need not agree on who filters.
 */
export interface WorkspaceData {
  departments: readonly Department[];
  channels: readonly Channel[];
  personas: readonly Persona[];
  journeys: readonly Journey[];
  stages: readonly Stage[];
  touchpoints: readonly Touchpoint[];
  transitions: readonly Transition[];
  /**
   * Core messages and their channel variants. The message criterion of the
   * maturity verdict only applies when the workspace has at least one live
   * message: a team that has not started writing messages is judged on the
   * structure of its journeys alone, not marked down for an unused feature.
   */
  messages?: readonly Message[];
  variants?: readonly Variant[];
  /** The backstage (service blueprint): its hand-offs are findings too (backstage.ts). Optional: absent means none. */
  backstageSteps?: readonly BackstageStep[];
  backstageLinks?: readonly BackstageLink[];
  backstageHandoffs?: readonly BackstageHandoff[];
  /** Accepted so callers can pass a whole workspace; reserved for the consistency analysis. */
  facts?: readonly Fact[];
}

/** True for rows the analyses count: not deleted and, where the table has the flag, not archived. */
export function isLive(row: { tombstone: boolean; archived?: boolean }): boolean {
  return !row.tombstone && row.archived !== true;
}
