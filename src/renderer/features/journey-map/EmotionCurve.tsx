import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { useStore } from 'zustand';
import { emotionCurve, type CurvePoint } from '../../../shared/journey/curve';
import { emotionColour } from '../../../shared/emotion';
import type { MapUiStore } from './map-ui-store';
import type { MapData } from './useMapData';

export const CURVE_HEIGHT = 92;
const TOP = 14;
const BOTTOM = CURVE_HEIGHT - 14;
const yOf = (v: number) => TOP + ((2 - v) / 4) * (BOTTOM - TOP);

/**
 * The emotion curve in time, under the step columns: one point per step at its
 * column's middle — the mean of parallel touchpoints, with their range as a
 * bar — the stage bands behind, and the lowest and highest moments named.
 * Only the points near the visible part are drawn.
 */
export function EmotionCurve({ data, zoom, ui }: { data: MapData; zoom: number; ui: MapUiStore }) {
  const { t } = useTranslation();
  // Signed in the interface language ("+0,67", "−0,33"), never the system's locale.
  const fmt = useFormat().signed;
  const { slice, layout } = data;
  const window = useStore(ui, (s) => s.window);
  const curve = useMemo(() => emotionCurve(slice), [slice]);
  const width = Math.max(1, Math.round(layout.width * zoom));
  const xOf = (p: CurvePoint) => (layout.steps[p.stepIndex]!.start + layout.steps[p.stepIndex]!.size / 2) * zoom;
  // The visible points and one more on each side, so the line runs on past the edges.
  const from = window.x - 600;
  const to = window.x + window.w + 600;
  const shown: { p: CurvePoint; i: number }[] = [];
  curve.points.forEach((p, i) => {
    const x = layout.steps[p.stepIndex]!.start;
    if (x >= from && x <= to) shown.push({ p, i });
  });
  const first = shown[0]?.i;
  const last = shown.at(-1)?.i;
  if (first !== undefined && first > 0) shown.unshift({ p: curve.points[first - 1]!, i: first - 1 });
  if (last !== undefined && last < curve.points.length - 1) shown.push({ p: curve.points[last + 1]!, i: last + 1 });
  const line = shown.map(({ p }) => `${Math.round(xOf(p) * 10) / 10},${Math.round(yOf(p.mean) * 10) / 10}`).join(' ');
  const titleAt = (p: CurvePoint, pick: 'min' | 'max') => {
    const tps = p.touchpointIds.map((id) => slice.touchpointById.get(id)!);
    const best = tps.reduce((a, b) => ((pick === 'min' ? b.emotion < a.emotion : b.emotion > a.emotion) ? b : a));
    return best.title || t('map.card.untitled');
  };
  const marks = [
    curve.lowest !== null ? { kind: 'lowest' as const, p: curve.points[curve.lowest]! } : null,
    curve.highest !== null ? { kind: 'highest' as const, p: curve.points[curve.highest]! } : null,
  ].filter((m): m is { kind: 'lowest' | 'highest'; p: CurvePoint } => m !== null);

  return (
    <figure className="emotion-curve" aria-label={t('map.curve.label')}>
      <svg width={width} height={CURVE_HEIGHT} aria-hidden="true">
        {layout.stages.map((band, i) => (
          <rect
            key={slice.stages[i]!.id}
            className={`curve-band${i % 2 ? ' odd' : ''}`}
            x={band.start * zoom}
            y={0}
            width={band.size * zoom}
            height={CURVE_HEIGHT}
          />
        ))}
        {[-2, -1, 0, 1, 2].map((v) => (
          <line key={v} className={`curve-grid${v === 0 ? ' zero' : ''}`} x1={0} x2={width} y1={yOf(v)} y2={yOf(v)} />
        ))}
        <polyline className="curve-line" points={line} />
        {shown.map(({ p }) => (
          <g key={p.stepId}>
            {p.count > 1 && p.min !== p.max ? (
              <line className="curve-range" x1={xOf(p)} x2={xOf(p)} y1={yOf(p.max)} y2={yOf(p.min)} />
            ) : null}
            <circle cx={xOf(p)} cy={yOf(p.mean)} r={5} fill={emotionColour(p.mean)} stroke="#fff" strokeWidth={2} />
          </g>
        ))}
        {marks.map(({ kind, p }) => {
          const x = xOf(p);
          const low = kind === 'lowest';
          const text = `${low ? '▼' : '▲'} ${titleAt(p, low ? 'min' : 'max')} (${fmt(p.mean)})`;
          // Beside the point (right of it, or left near the right edge), so the label never leaves the strip.
          const left = x > width - 220;
          const y = Math.max(10, Math.min(CURVE_HEIGHT - 4, yOf(p.mean) + 4));
          return (
            <text
              key={kind}
              className={`curve-mark ${kind}`}
              x={left ? x - 10 : x + 10}
              y={y}
              textAnchor={left ? 'end' : 'start'}
            >
              {text}
            </text>
          );
        })}
      </svg>
      <table className="visually-hidden">
        <caption>{t('map.curve.tableCaption')}</caption>
        <tbody>
          {curve.bands.map((b) => (
            <tr key={b.stageId}>
              <th scope="row">{b.name}</th>
              <td>{b.mean === null ? t('map.curve.none') : fmt(b.mean)}</td>
            </tr>
          ))}
          {marks.map(({ kind, p }) => (
            <tr key={kind}>
              <th scope="row">{t(`map.curve.${kind}`)}</th>
              <td>
                {titleAt(p, kind === 'lowest' ? 'min' : 'max')} ({fmt(p.mean)})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
