import type {
  BackstageHandoff,
  BackstageLink,
  BackstageStep,
  Channel,
  Department,
  Journey,
  Message,
  Persona,
  Stage,
  SupportSystem,
  Touchpoint,
  Transition,
  Variant,
} from '../schema/tables';

/**
 * The rows one journey is made of, as the main-side query returns them and as
 * the renderer's hook gathers them from its tables. Rows of other journeys,
 * deleted rows and archived rows may be passed in: the slice (slice.ts)
 * decides what belongs, so every caller agrees without filtering on its own.
 */
export interface JourneyRows {
  journey: Journey;
  persona: Persona | null;
  stages: readonly Stage[];
  touchpoints: readonly Touchpoint[];
  transitions: readonly Transition[];
  backstageSteps: readonly BackstageStep[];
  backstageLinks: readonly BackstageLink[];
  backstageHandoffs: readonly BackstageHandoff[];
  /** Core messages of the journey's touchpoints and stages, and of the journey itself. */
  messages: readonly Message[];
  variants: readonly Variant[];
  /** The workspace catalogues (all of them: a journey names few, but looks them up by id). */
  channels: readonly Channel[];
  departments: readonly Department[];
  systems: readonly SupportSystem[];
}

/** The journey-scoped tables, each with the column that ties a row to its journey. */
export const JOURNEY_SCOPED_TABLES = [
  'stages',
  'touchpoints',
  'transitions',
  'backstage_steps',
  'backstage_links',
  'backstage_handoffs',
] as const;
