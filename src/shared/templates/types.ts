import type { Language } from '../default-catalogue';
import type { ChannelKind, SystemKind } from '../schema/tables';

/**
 * A journey template: a typical omnichannel situation, written in both
 * interface languages. Departments are named by kind and channels by their
 * `kind`, so a template fits any workspace; the builder maps them to the
 * workspace's own rows.
 */

export interface Bilingual {
  de: string;
  en: string;
}

/** The default departments (see DEFAULT_DEPARTMENTS), in the same order. */
export const DEPARTMENT_KINDS = [
  'management',
  'marketing_analog',
  'marketing_digital',
  'sales',
  'ecommerce',
  'store_operations',
  'customer_service',
] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

export interface TemplateTouchpoint {
  /** Referenced by transitions of the same template. */
  key: string;
  stage: string;
  channel: ChannelKind;
  title: Bilingual;
  customerAction: Bilingual;
  companyResponse: Bilingual;
  owner: DepartmentKind;
  supporting?: readonly DepartmentKind[];
  emotion: -2 | -1 | 0 | 1 | 2;
  kpi: Bilingual;
  backChannel: boolean;
  knowsHistory: boolean;
  notes?: Bilingual;
  /** Happens at the same step as this earlier touchpoint of the same stage (parallel). */
  parallelWith?: string;
  /** What the customer thinks, feels and says here, and what hurts. */
  voice?: TemplateVoice;
}

export interface TemplateVoice {
  thinks?: Bilingual;
  feels?: Bilingual;
  says?: Bilingual;
  painPoints?: Bilingual;
}

/** What a department does behind the scenes for some touchpoints, with which systems. */
export interface TemplateBackstageStep {
  key: string;
  department: DepartmentKind;
  title: Bilingual;
  description?: Bilingual;
  /** Keys of the touchpoints it serves; it stands in the column of the first. */
  serves: readonly string[];
  systems?: readonly SystemKind[];
}

export interface TemplateBackstageHandoff {
  from: string;
  to: string;
  carriesContext: boolean;
  notes?: Bilingual;
}

export interface TemplateTransition {
  from: string;
  to: string;
  carriesContext: boolean;
  notes?: Bilingual;
}

export interface JourneyTemplate {
  id: 'device-hopping' | 'ropo' | 'click-and-collect' | 'complaint-escalation';
  name: Bilingual;
  summary: Bilingual;
  persona: { name: Bilingual; description: Bilingual; goals: Bilingual; preferredChannels: readonly ChannelKind[] };
  stages: readonly { key: string; name: Bilingual }[];
  touchpoints: readonly TemplateTouchpoint[];
  transitions: readonly TemplateTransition[];
  /** The service blueprint below the line of visibility. */
  backstage: readonly TemplateBackstageStep[];
  backstageHandoffs: readonly TemplateBackstageHandoff[];
}

export type { Language };
