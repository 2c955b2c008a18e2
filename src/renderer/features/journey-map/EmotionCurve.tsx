import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { MapLayout } from '../../../shared/map/geometry';
import { emotionByStage } from '../../../shared/map/insights';
import type { MapModel } from '../../../shared/map/model';

export const CURVE_HEIGHT = 92;
export const EMOTION_COLOURS = ['#b42318', '#e0703a', '#8a94a3', '#4f9d69', '#15803d'];

interface DotProps {
  cx?: number;
  cy?: number;
  value?: number | null;
  index?: number;
}

function EmotionDot({ cx, cy, value, index }: DotProps) {
  if (cx === undefined || cy === undefined || value === null || value === undefined)
    return <g key={`empty-${index}`} />;
  const colour = EMOTION_COLOURS[Math.round(value) + 2] ?? EMOTION_COLOURS[2];
  return <circle key={`dot-${index}`} cx={cx} cy={cy} r={5} fill={colour} stroke="#fff" strokeWidth={2} />;
}

/**
 * The average emotion per stage, drawn under the stage columns: the chart is
 * exactly as wide as the columns and each point sits at its column's middle.
 * A visually hidden table carries the same figures for screen readers.
 */
const CurveChart = memo(function CurveChart({
  points,
  width,
}: {
  points: { x: number; average: number | null }[];
  width: number;
}) {
  return (
    <LineChart
      width={width}
      height={CURVE_HEIGHT}
      data={points}
      margin={{ top: 10, right: 0, bottom: 10, left: 0 }}
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal vertical={false} stroke="#e6e9ee" />
      <XAxis dataKey="x" type="number" domain={[0, 1]} hide />
      <YAxis domain={[-2, 2]} ticks={[-2, -1, 0, 1, 2]} hide />
      <ReferenceLine y={0} stroke="#b8c0cc" strokeDasharray="3 3" />
      <Line
        type="monotone"
        dataKey="average"
        stroke="#2b5c8a"
        strokeWidth={2.5}
        connectNulls
        isAnimationActive={false}
        dot={<EmotionDot />}
        activeDot={false}
      />
    </LineChart>
  );
});

export const EmotionCurve = memo(function EmotionCurve({
  model,
  layout,
  zoom,
}: {
  model: MapModel;
  layout: MapLayout;
  zoom: number;
}) {
  const { t } = useTranslation();
  const stages = useMemo(() => emotionByStage(model), [model]);
  // Most edits do not change any average: the chart keeps its data (and skips rendering) unless one did.
  const signature =
    stages.map((s, i) => `${s.average ?? '-'}@${layout.columns[i]!.start}`).join('|') + `/${layout.width}`;
  const points = useMemo(
    () =>
      stages.map((s, i) => ({
        x: (layout.columns[i]!.start + layout.columns[i]!.size / 2) / Math.max(1, layout.width),
        average: s.average,
      })),
    // The signature stands for stages and layout.
    [signature],
  );
  const width = Math.max(1, Math.round(layout.width * zoom));
  const numbers = useFormat();
  const format = (v: number | null) => (v === null ? t('map.curve.none') : numbers.signed(v));
  return (
    <figure className="emotion-curve" aria-label={t('map.curve.label')}>
      <CurveChart points={points} width={width} />
      <table className="visually-hidden">
        <caption>{t('map.curve.tableCaption')}</caption>
        <tbody>
          {stages.map((s) => (
            <tr key={s.stageId}>
              <th scope="row">{s.name}</th>
              <td>{format(s.average)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
});
