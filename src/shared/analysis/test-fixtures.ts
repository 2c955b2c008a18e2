import { emptyRow, type Row, type TableName } from '../schema/tables';
import type { WorkspaceData } from './input';

/**
 * A small builder for the analysis tests: rows as the store would hold them,
 * with readable ids and sort keys that follow insertion order.
 */

type Patch<T extends TableName> = Partial<Omit<Row<T>, 'id'>>;

export class WorkspaceBuilder {
  readonly departments: Row<'departments'>[] = [];
  readonly channels: Row<'channels'>[] = [];
  readonly personas: Row<'personas'>[] = [];
  readonly journeys: Row<'journeys'>[] = [];
  readonly stages: Row<'stages'>[] = [];
  readonly touchpoints: Row<'touchpoints'>[] = [];
  readonly transitions: Row<'transitions'>[] = [];
  readonly messages: Row<'messages'>[] = [];
  readonly variants: Row<'variants'>[] = [];
  readonly backstageSteps: Row<'backstage_steps'>[] = [];
  readonly backstageLinks: Row<'backstage_links'>[] = [];
  readonly backstageHandoffs: Row<'backstage_handoffs'>[] = [];
  private n = 0;

  private make<T extends TableName>(table: T, prefix: string, patch: Patch<T>): Row<T> {
    this.n += 1;
    const id = `${prefix}-${String(this.n).padStart(5, '0')}`;
    return { ...emptyRow(table, id), ...patch };
  }

  private key(): string {
    return String(this.n).padStart(6, '0');
  }

  department(name: string, patch: Patch<'departments'> = {}): string {
    const row = this.make('departments', 'dep', { name, ...patch });
    row.sort_key ||= this.key();
    this.departments.push(row);
    return row.id;
  }

  /** Controlled, monitored and with a back channel unless patched. */
  channel(name: string, patch: Patch<'channels'> = {}): string {
    const row = this.make('channels', 'chn', { name, back_channel: true, ...patch });
    row.sort_key ||= this.key();
    this.channels.push(row);
    return row.id;
  }

  persona(name: string, preferred: string[] = []): string {
    const row = this.make('personas', 'per', { name, preferred_channel_ids: preferred });
    this.personas.push(row);
    return row.id;
  }

  journey(name: string, patch: Patch<'journeys'> = {}): string {
    const row = this.make('journeys', 'jny', { name, ...patch });
    this.journeys.push(row);
    return row.id;
  }

  stage(journeyId: string, name: string, patch: Patch<'stages'> = {}): string {
    const row = this.make('stages', 'stg', { journey_id: journeyId, name, ...patch });
    row.sort_key ||= this.key();
    this.stages.push(row);
    return row.id;
  }

  /** With a back channel unless patched; owner only when given. */
  touchpoint(
    stageId: string,
    channelId: string | null,
    owner: string | null,
    patch: Patch<'touchpoints'> = {},
  ): string {
    const stage = this.stages.find((s) => s.id === stageId);
    const row = this.make('touchpoints', 'tpt', {
      journey_id: stage?.journey_id ?? null,
      stage_id: stageId,
      channel_id: channelId,
      owner_department_id: owner,
      back_channel: true,
      ...patch,
    });
    row.title ||= `T${this.n}`;
    row.sort_key ||= this.key();
    this.touchpoints.push(row);
    return row.id;
  }

  transition(from: string, to: string, carriesContext: boolean, patch: Patch<'transitions'> = {}): string {
    const source = this.touchpoints.find((t) => t.id === from);
    const row = this.make('transitions', 'trn', {
      journey_id: source?.journey_id ?? null,
      from_touchpoint_id: from,
      to_touchpoint_id: to,
      carries_context: carriesContext,
      ...patch,
    });
    this.transitions.push(row);
    return row.id;
  }

  message(target: { touchpointId?: string; stageId?: string }, variantChannels: string[] = []): string {
    const tp = this.touchpoints.find((t) => t.id === target.touchpointId);
    const row = this.make('messages', 'msg', {
      touchpoint_id: target.touchpointId ?? null,
      stage_id: target.stageId ?? tp?.stage_id ?? null,
      journey_id: tp?.journey_id ?? null,
      headline: 'core',
    });
    this.messages.push(row);
    for (const channelId of variantChannels) {
      this.variants.push(this.make('variants', 'var', { message_id: row.id, channel_id: channelId }));
    }
    return row.id;
  }

  /** A backstage step of a department in a stage, serving these touchpoints. */
  backstage(
    stageId: string,
    department: string | null,
    serves: string[] = [],
    patch: Patch<'backstage_steps'> = {},
  ): string {
    const stage = this.stages.find((s) => s.id === stageId);
    const row = this.make('backstage_steps', 'bst', {
      journey_id: stage?.journey_id ?? null,
      stage_id: stageId,
      department_id: department,
      ...patch,
    });
    row.title ||= `B${this.n}`;
    this.backstageSteps.push(row);
    for (const tp of serves)
      this.backstageLinks.push(
        this.make('backstage_links', 'bsl', {
          journey_id: row.journey_id,
          backstage_step_id: row.id,
          touchpoint_id: tp,
        }),
      );
    return row.id;
  }

  backstageHandoff(from: string, to: string, carriesContext: boolean): string {
    const source = this.backstageSteps.find((b) => b.id === from);
    const row = this.make('backstage_handoffs', 'bsh', {
      journey_id: source?.journey_id ?? null,
      from_step_id: from,
      to_step_id: to,
      carries_context: carriesContext,
    });
    this.backstageHandoffs.push(row);
    return row.id;
  }

  data(options: { messages?: boolean } = {}): WorkspaceData {
    const base: WorkspaceData = {
      departments: this.departments,
      channels: this.channels,
      personas: this.personas,
      journeys: this.journeys,
      stages: this.stages,
      touchpoints: this.touchpoints,
      transitions: this.transitions,
      backstageSteps: this.backstageSteps,
      backstageLinks: this.backstageLinks,
      backstageHandoffs: this.backstageHandoffs,
    };
    return options.messages ? { ...base, messages: this.messages, variants: this.variants } : base;
  }

  /** Changes a row in place, for "then someone edits it" steps. */
  update<R extends { id: string }>(rows: R[], id: string, patch: Partial<R>): void {
    const row = rows.find((r) => r.id === id);
    if (!row) throw new Error(`no row ${id}`);
    Object.assign(row, patch);
  }
}

export interface OmniJourney {
  b: WorkspaceBuilder;
  journey: string;
  marketing: string;
  sales: string;
  web: string;
  email: string;
  store: string;
  stages: [string, string, string];
  /** web at stage 1 (marketing), email at stage 2 (marketing), store at stage 3 (sales). */
  tps: [string, string, string];
  /** web → email (same department), email → store (marketing → sales); both carry context. */
  transitions: [string, string];
}

/** A journey that meets every omni channel criterion; tests break one thing at a time. */
export function omniJourney(b = new WorkspaceBuilder()): OmniJourney {
  const marketing = b.department('Marketing');
  const sales = b.department('Sales');
  const web = b.channel('Website');
  const email = b.channel('Email');
  const store = b.channel('Store', { online: false });
  const journey = b.journey('Buy a bike');
  const stages: [string, string, string] = [
    b.stage(journey, 'Inspiration'),
    b.stage(journey, 'Purchase'),
    b.stage(journey, 'Service'),
  ];
  const tps: [string, string, string] = [
    b.touchpoint(stages[0], web, marketing, { title: 'Browse' }),
    b.touchpoint(stages[1], email, marketing, { title: 'Newsletter' }),
    b.touchpoint(stages[2], store, sales, { title: 'Visit store' }),
  ];
  const transitions: [string, string] = [b.transition(tps[0], tps[1], true), b.transition(tps[1], tps[2], true)];
  return { b, journey, marketing, sales, web, email, store, stages, tps, transitions };
}
