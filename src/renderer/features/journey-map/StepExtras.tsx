import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Step } from '../../../shared/journey/slice';
import type { SupportSystem } from '../../../shared/schema/tables';
import { mapIcons } from './map-icons';
import type { MapData } from './useMapData';

/** What the customer thinks, feels and says at one step: one short line per touchpoint that has any. */
const ThoughtCell = memo(function ThoughtCell({
  step,
  x,
  y,
  w,
  h,
}: {
  step: Step;
  x: number;
  y: number;
  w: number;
  h: number;
}) {
  const { t } = useTranslation();
  const lines = step.touchpoints
    .map((tp) => {
      const parts = [
        tp.thinks.trim() && { kind: 'thinks', label: t('map.card.thinks'), text: tp.thinks.trim() },
        tp.feels.trim() && { kind: 'feels', label: t('map.card.feels'), text: tp.feels.trim() },
        tp.says.trim() && { kind: 'says', label: t('map.card.says'), text: tp.says.trim() },
      ].filter((p): p is { kind: string; label: string; text: string } => !!p);
      return { id: tp.id, parts };
    })
    .filter((l) => l.parts.length > 0);
  if (lines.length === 0) return null;
  return (
    <div className="thought-cell" style={{ left: x, top: y, width: w, height: h }}>
      {lines.flatMap((l) =>
        l.parts.map((p) => (
          <p key={`${l.id}-${p.kind}`} className={`thought ${p.kind}`} title={`${p.label}: ${p.text}`}>
            <span className="thought-label">{p.label}</span> {p.text}
          </p>
        )),
      )}
    </div>
  );
});

/** The support systems the backstage steps of one step use. */
const SystemsCell = memo(function SystemsCell({
  systems,
  x,
  y,
  w,
}: {
  systems: SupportSystem[];
  x: number;
  y: number;
  w: number;
}) {
  if (systems.length === 0) return null;
  return (
    <ul className="systems-cell" style={{ left: x, top: y, width: w }}>
      {systems.map((s) => (
        <li key={s.id} className="system-chip" title={s.name}>
          {mapIcons.system}
          <span>{s.name}</span>
        </li>
      ))}
    </ul>
  );
});

/** The thoughts row and the systems row, for the visible step columns only. */
export function StepExtras({ data, steps }: { data: MapData; steps: readonly number[] }) {
  const { view, layout, slice } = data;
  const m = layout.metrics;
  return (
    <>
      {layout.thoughts
        ? steps.map((i) => {
            const band = layout.steps[i]!;
            return (
              <ThoughtCell
                key={`t-${view.steps[i]!.id}`}
                step={view.steps[i]!}
                x={band.start}
                y={layout.thoughts!.start + 6}
                w={band.size}
                h={m.thoughtsHeight - 12}
              />
            );
          })
        : null}
      {layout.systems
        ? steps.map((i) => {
            const step = view.steps[i]!;
            const ids = new Set(step.backstage.flatMap((b) => b.system_ids));
            const systems = [...ids].map((id) => slice.systems.get(id)).filter((s): s is SupportSystem => !!s);
            return (
              <SystemsCell
                key={`s-${step.id}`}
                systems={systems}
                x={layout.steps[i]!.start}
                y={layout.systems!.start + 8}
                w={layout.steps[i]!.size}
              />
            );
          })
        : null}
    </>
  );
}
