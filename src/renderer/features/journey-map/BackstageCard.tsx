import { memo } from 'react';
import type { BackstageStep } from '../../../shared/schema/tables';
import { fill } from './TouchpointCard';
import { mapIcons } from './map-icons';

export interface BackCardLook {
  x: number;
  y: number;
  departmentName: string | null;
  departmentColor: string | null;
  /** Names of its support systems, in catalogue order. */
  systems: string;
  /** How many touchpoints on the map it serves (0: listed as unlinked). */
  serves: number;
  selected: boolean;
  active: boolean;
  dimmed: boolean;
  connectSource: boolean;
}

export interface BackCardTexts {
  label: string;
  untitled: string;
  noDepartment: string;
  unlinked: string;
  serves: string;
  connectHandle: string;
}

function sameLook(a: BackCardLook, b: BackCardLook): boolean {
  for (const key of Object.keys(a) as (keyof BackCardLook)[]) if (a[key] !== b[key]) return false;
  return true;
}

/** One backstage step below the line of visibility: what a department does, with which systems. */
export const BackstageCard = memo(
  function BackstageCard({ step, look, texts }: { step: BackstageStep; look: BackCardLook; texts: BackCardTexts }) {
    const title = step.title || texts.untitled;
    const department = look.departmentName ?? texts.noDepartment;
    const className = [
      'bs-card',
      look.selected ? 'is-selected' : '',
      look.dimmed ? 'is-dimmed' : '',
      look.connectSource ? 'is-source' : '',
      look.serves === 0 ? 'is-unlinked' : '',
    ].join(' ');
    return (
      <div
        className={className}
        data-id={step.id}
        role="button"
        tabIndex={look.active ? 0 : -1}
        draggable
        aria-pressed={look.selected}
        aria-label={fill(texts.label, { title, department, systems: look.systems || '—' })}
        style={{ left: look.x, top: look.y, ['--owner' as string]: look.departmentColor ?? '#9aa5b3' }}
      >
        <p className="bs-title">{title}</p>
        <div className="bs-meta" aria-hidden="true">
          <span className="bs-department">{department}</span>
          {look.systems ? (
            <span className="bs-systems" title={look.systems}>
              {mapIcons.system}
              {look.systems}
            </span>
          ) : null}
          {look.serves === 0 ? (
            <span className="bs-unlinked" title={texts.unlinked}>
              {texts.unlinked}
            </span>
          ) : null}
        </div>
        <span className="tp-handle" data-handle="" aria-hidden="true" title={fill(texts.connectHandle, { title })} />
      </div>
    );
  },
  (before, after) => before.step === after.step && before.texts === after.texts && sameLook(before.look, after.look),
);
