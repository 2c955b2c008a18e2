import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { curveGeometry, type CurveColumn } from '../../../shared/export/curve-geometry';
import { estimateWidth, fitLine } from '../../../shared/export/ops';
import { emotionCurve } from '../../../shared/journey/curve';
import type { JourneySlice } from '../../../shared/journey/slice';
import { timeColumns } from '../../../shared/journey/views';
import { useFormat } from '../../i18n/useFormat';

const SIDE = 16;
/** Room under the chart for the stage names. */
const NAMES_H = 20;

/**
 * The emotion of the whole journey, step by step (the same curve as in the
 * PDF and PNG: shared geometry): a point per step at the mean of its
 * touchpoints, a range where parallel touchpoints differ, the lowest and
 * highest moments named, the stage bands behind and the current stage
 * shaded. The same figures are in a hidden table for screen readers.
 */
export function StageCurve({ slice, current }: { slice: JourneySlice; current: number }) {
  const { t } = useTranslation();
  // A signed emotion in the reader's notation with a real minus sign, as the PDF prints it.
  const signed = useFormat().signed;
  const chart = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0, font: 12 });
  useLayoutEffect(() => {
    const el = chart.current;
    if (!el) return;
    const measure = () =>
      setSize({
        width: el.clientWidth,
        height: el.clientHeight,
        font: parseFloat(getComputedStyle(el).fontSize) || 12,
      });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const curve = useMemo(() => emotionCurve(slice), [slice]);
  const columns = useMemo(() => timeColumns(slice), [slice]);
  const labelSize = size.font * 0.85;
  const title = (id: string) => slice.touchpointById.get(id)?.title || t('presentation.stage.untitledTouchpoint');
  const drawing = useMemo(() => {
    if (size.width === 0 || columns.length === 0) return null;
    const w = (size.width - 2 * SIDE) / columns.length;
    const placed: CurveColumn[] = columns.map((c) => ({
      stepIndex: c.step?.index ?? null,
      stageIndex: c.stageIndex,
      x: SIDE + c.index * w,
      w,
    }));
    return curveGeometry(
      curve,
      placed,
      { y: 2, h: Math.max(40, size.height - NAMES_H - 4) },
      {
        current,
        labelSize,
        measure: estimateWidth,
        labelOf: (point, mark) => {
          const tps = point.touchpointIds.map((id) => slice.touchpointById.get(id)!);
          const pick = tps.reduce((a, b) =>
            mark === 'lowest' ? (b.emotion < a.emotion ? b : a) : b.emotion > a.emotion ? b : a,
          );
          const value = mark === 'lowest' ? point.min : point.max;
          const name = pick.title || t('presentation.stage.untitledTouchpoint');
          return t(`presentation.curve.${mark}`, { title: name, value: signed(value) });
        },
      },
    );
  }, [curve, columns, size, current, labelSize, slice, t, signed]);

  const currentName = slice.stages[current]?.name || t('presentation.stage.untitled');
  const stageName = (i: number) => slice.stages[i]?.name || t('presentation.stage.untitled');
  const chartBottom = Math.max(40, size.height - NAMES_H - 4) + 2;

  return (
    <figure className="deck-curve" aria-label={t('presentation.curve.label', { stage: currentName })}>
      <figcaption className="deck-label">{t('presentation.curve.heading')}</figcaption>
      <div className="deck-curve-chart" ref={chart} aria-hidden="true">
        {drawing ? (
          <svg width={size.width} height={size.height} focusable="false" data-testid="deck-curve-svg">
            {drawing.bands.map((b) => (
              <g key={b.stageIndex}>
                <rect
                  x={b.x}
                  y={2}
                  width={b.w}
                  height={chartBottom - 2}
                  className={b.current ? 'deck-curve-band is-current' : `deck-curve-band is-${b.stageIndex % 2}`}
                />
                <text
                  x={b.x + b.w / 2}
                  y={chartBottom + NAMES_H - 6}
                  textAnchor="middle"
                  className={b.current ? 'deck-curve-stage is-current' : 'deck-curve-stage'}
                >
                  {fitLine(stageName(b.stageIndex), b.w - 6, labelSize, b.current, estimateWidth)}
                </text>
              </g>
            ))}
            {drawing.grid
              .filter((g) => g.value === 0)
              .map((g) => (
                <line key={g.value} x1={SIDE} x2={size.width - SIDE} y1={g.y} y2={g.y} className="deck-curve-zero" />
              ))}
            <polyline points={drawing.line.map((p) => `${p.x},${p.y}`).join(' ')} className="deck-curve-line" />
            {drawing.dots.map((d) => (
              <g key={d.point.stepId}>
                {d.yMin !== d.yMax ? (
                  <path
                    d={`M ${d.x - 7} ${d.yMax} H ${d.x + 7} M ${d.x} ${d.yMax} V ${d.yMin} M ${d.x - 7} ${d.yMin} H ${d.x + 7}`}
                    className="deck-curve-range"
                  />
                ) : null}
                <circle
                  cx={d.x}
                  cy={d.y}
                  r={d.point.stageIndex === current ? 7 : 5}
                  fill={d.colour}
                  className={d.point.stageIndex === current ? 'deck-curve-dot is-current' : 'deck-curve-dot'}
                />
              </g>
            ))}
            {drawing.labels.map((l) => (
              <text
                key={l.mark}
                x={l.x}
                y={l.y + labelSize}
                className={`deck-curve-mark is-${l.mark}`}
                style={{ fontSize: `${labelSize}px` }}
              >
                {l.text}
              </text>
            ))}
          </svg>
        ) : null}
      </div>
      <table className="visually-hidden">
        <caption>{t('presentation.curve.heading')}</caption>
        <tbody>
          {curve.points.map((p) => (
            <tr key={p.stepId} aria-current={p.stageIndex === current ? 'step' : undefined}>
              <th scope="row">
                {t('presentation.curve.step', {
                  number: p.stepIndex + 1,
                  stage: stageName(p.stageIndex),
                  titles: p.touchpointIds.map(title).join(', '),
                })}
                {p.stageIndex === current ? ` (${t('presentation.curve.current')})` : ''}
              </th>
              <td>
                {p.min === p.max
                  ? signed(p.mean)
                  : t('presentation.curve.range', { mean: signed(p.mean), min: signed(p.min), max: signed(p.max) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
