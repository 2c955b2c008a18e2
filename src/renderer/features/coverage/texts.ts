import type { TFunction } from 'i18next';
import {
  MATURITY_LEVELS,
  levelRank,
  type Finding,
  type MaturityLevel,
  type NextLevel,
  type Reason,
} from '../../../shared/analysis';
import type { Names } from './names';

/**
 * Sentences from the analysis' codes and params. The analyses deliver ids,
 * counts and the user's own names; everything a reader sees in a language is
 * made here, so the dashboard and the CSV export say exactly the same.
 */

const num = (v: string | number | undefined): number => (typeof v === 'number' ? v : Number(v ?? 0));
const str = (v: string | number | undefined): string => (v === undefined ? '' : String(v));

export function levelName(t: TFunction, level: MaturityLevel | string): string {
  return (MATURITY_LEVELS as readonly string[]).includes(level) ? t(`coverage.level.${level as MaturityLevel}`) : level;
}

/** The level as it reads inside a sentence: lower case in English, unchanged in German. */
export function levelInline(t: TFunction, level: MaturityLevel | string): string {
  return (MATURITY_LEVELS as readonly string[]).includes(level)
    ? t(`coverage.levelInline.${level as MaturityLevel}`)
    : level;
}

/** "Cross channel, not yet omni channel" or "Omni channel: every criterion is met". */
export function verdictLine(t: TFunction, level: MaturityLevel, next: NextLevel | null): string {
  return next
    ? t('coverage.verdict.notYet', { level: levelName(t, level), next: levelInline(t, next.level) })
    : t('coverage.verdict.top', { level: levelName(t, level) });
}

export function reasonText(t: TFunction, reason: Reason): string {
  const p = reason.params;
  switch (reason.key) {
    case 'no_touchpoints':
    case 'omni_criteria_met':
    case 'needs_second_channel':
    case 'needs_channel_switch':
    case 'no_journeys':
      return t(`coverage.reason.${reason.key}`);
    case 'one_channel':
      return t('coverage.reason.one_channel', { count: num(p.touchpoints) });
    case 'channels_side_by_side':
      return t('coverage.reason.channels_side_by_side', { count: num(p.channels) });
    case 'channel_switches':
      return t('coverage.reason.channel_switches', { count: num(p.switches), transitions: num(p.transitions) });
    case 'handoffs_lose_context':
    case 'department_handoffs_lose_context':
      return t(`coverage.reason.${reason.key}`, { count: num(p.lost), total: num(p.total) });
    case 'touchpoints_without_back_channel':
    case 'touchpoints_without_owner':
    case 'messages_not_derived':
      return t(`coverage.reason.${reason.key}`, { count: num(p.missing), total: num(p.total) });
    case 'empty_journeys':
      return t('coverage.reason.empty_journeys', { count: num(p.count) });
    case 'weakest_journeys':
    case 'journeys_below':
      return t(`coverage.reason.${reason.key}`, {
        count: num(p.count),
        total: num(p.total),
        level: levelInline(t, str(p.level)),
      });
  }
}

/** "A, B and C" in the interface language. */
export function listOf(language: string, items: readonly string[]): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}

/** The finding as one sentence in the interface language. */
export function findingText(t: TFunction, language: string, f: Finding, names: Names): string {
  const p = f.params;
  const channel = (v: string | number | undefined) => str(v) || t('coverage.finding.noChannel');
  const title = (v: string | number | undefined) => str(v) || t('coverage.finding.untitled');
  const stage = (v: string | number | undefined) => str(v) || t('coverage.finding.unnamedStage');
  const department = (v: string | number | undefined) => str(v) || t('coverage.finding.unknownDepartment');
  const at = { touchpoint: title(p.touchpoint), channel: channel(p.channel), stage: stage(p.stage) };
  switch (f.kind) {
    case 'empty_stage':
      return t('coverage.finding.empty_stage', { position: num(p.position), stage: stage(p.stage) });
    case 'preferred_channel_missing':
      return str(p.persona)
        ? t('coverage.finding.preferred_channel_missing', {
            persona: str(p.persona),
            channel: channel(p.channel),
            stage: stage(p.stage),
          })
        : t('coverage.finding.preferred_channel_missing_noPersona', {
            channel: channel(p.channel),
            stage: stage(p.stage),
          });
    case 'no_owner': {
      const owner = p.owner === 'missing' ? 'missing' : p.owner === 'archived' ? 'archived' : 'none';
      return t(`coverage.finding.no_owner_${owner}`, at);
    }
    case 'overlap': {
      const departments = (f.departmentIds ?? []).map(
        (id) => names.departments.get(id)?.name ?? t('coverage.finding.unknownDepartment'),
      );
      return t('coverage.finding.overlap', {
        departments: listOf(language, departments),
        channel: channel(p.channel),
        stage: stage(p.stage),
        count: num(p.touchpoints),
      });
    }
    case 'silo_handoff':
      return t('coverage.finding.silo_handoff', {
        fromDepartment: department(p.fromDepartment),
        toDepartment: department(p.toDepartment),
        from: title(p.from),
        to: title(p.to),
        fromChannel: channel(p.fromChannel),
        toChannel: channel(p.toChannel),
      });
    case 'context_lost':
      return t('coverage.finding.context_lost', {
        from: title(p.from),
        to: title(p.to),
        fromChannel: channel(p.fromChannel),
        toChannel: channel(p.toChannel),
      });
    case 'backstage_silo_handoff':
    case 'backstage_context_lost': {
      const where =
        str(p.fromStage) === str(p.toStage) ? stage(p.fromStage) : `${stage(p.fromStage)} → ${stage(p.toStage)}`;
      return t(`coverage.finding.${f.kind}`, {
        fromDepartment: department(p.fromDepartment),
        toDepartment: department(p.toDepartment),
        from: title(p.from),
        to: title(p.to),
        stage: where,
      });
    }
    case 'no_back_channel':
      return t('coverage.finding.no_back_channel', at);
    case 'unwatched_channel': {
      const gap = p.gap === 'uncontrolled' ? 'uncontrolled' : p.gap === 'unmonitored' ? 'unmonitored' : 'both';
      return t(`coverage.finding.unwatched_${gap}`, at);
    }
  }
}

/** The levels below, at and above the current one, for the ladder. */
export function ladderOf(level: MaturityLevel): { level: MaturityLevel; state: 'reached' | 'current' | 'ahead' }[] {
  const rank = levelRank(level);
  return MATURITY_LEVELS.map((l, i) => ({ level: l, state: i < rank ? 'reached' : i === rank ? 'current' : 'ahead' }));
}
