import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { emotionByStage } from '../../../shared/map/insights';
import type { MapModel } from '../../../shared/map/model';
import { EMOTION_COLOURS } from '../journey-map/EmotionCurve';

interface DotProps {
  cx?: number;
  cy?: number;
  value?: number | null;
  index?: number;
}

/** Long stage names would run into each other under the chart: cut them, the slide title says the full name. */
function shortName(name: string, stages: number): string {
  const max = stages <= 5 ? 28 : stages <= 8 ? 18 : 12;
  return name.length > max ? `${name.slice(0, max - 1).trimEnd()}…` : name;
}

/**
 * The average emotion per stage over the whole journey, the current stage
 * shaded and its point drawn larger, so the room sees where this stage sits
 * on the customer's mood. The same figures are in a hidden table for screen readers.
 */
export function StageCurve({ model, current }: { model: MapModel; current: number }) {
  const { t } = useTranslation();
  const stages = useMemo(() => emotionByStage(model), [model]);
  const data = stages.map((s, i) => ({ i, average: s.average }));
  const names = stages.map((s) => shortName(s.name || t('presentation.stage.untitled'), stages.length));
  const numbers = useFormat();
  const format = (v: number | null) => (v === null ? t('presentation.curve.none') : numbers.signed(v));
  const currentName = stages[current]?.name || t('presentation.stage.untitled');

  const Dot = ({ cx, cy, value, index }: DotProps) => {
    if (cx === undefined || cy === undefined || value === null || value === undefined)
      return <g key={`none-${index}`} />;
    const colour = EMOTION_COLOURS[Math.round(value) + 2] ?? EMOTION_COLOURS[2];
    const here = index === current;
    return (
      <circle
        key={`dot-${index}`}
        cx={cx}
        cy={cy}
        r={here ? 11 : 6}
        fill={colour}
        stroke={here ? '#1b2430' : '#fff'}
        strokeWidth={here ? 3 : 2}
      />
    );
  };

  return (
    <figure className="deck-curve" aria-label={t('presentation.curve.label', { stage: currentName })}>
      <figcaption className="deck-label">{t('presentation.curve.heading')}</figcaption>
      <div className="deck-curve-chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 14, right: 28, bottom: 0, left: 28 }} accessibilityLayer={false}>
            <ReferenceArea
              x1={current - 0.5}
              x2={current + 0.5}
              y1={-2.6}
              y2={2.6}
              fill="#dbe7f3"
              fillOpacity={1}
              stroke="none"
              ifOverflow="hidden"
            />
            <CartesianGrid horizontal vertical={false} stroke="#e6e9ee" />
            <XAxis
              dataKey="i"
              type="number"
              domain={[-0.5, Math.max(0, stages.length - 1) + 0.5]}
              ticks={stages.map((_, i) => i)}
              interval={stages.length > 14 ? 'preserveStartEnd' : 0}
              tickFormatter={(i: number) => names[i] ?? ''}
              tickLine={false}
              axisLine={false}
              tick={{ fill: '#3b4654', fontSize: '0.8em' }}
            />
            <YAxis domain={[-2.6, 2.6]} ticks={[-2, -1, 0, 1, 2]} hide />
            <ReferenceLine y={0} stroke="#b8c0cc" strokeDasharray="4 4" />
            <Line
              type="monotone"
              dataKey="average"
              stroke="#2b5c8a"
              strokeWidth={3}
              connectNulls
              isAnimationActive={false}
              dot={<Dot />}
              activeDot={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <table className="visually-hidden">
        <caption>{t('presentation.curve.heading')}</caption>
        <tbody>
          {stages.map((s, i) => (
            <tr key={s.stageId} aria-current={i === current ? 'step' : undefined}>
              <th scope="row">
                {s.name}
                {i === current ? ` (${t('presentation.curve.current')})` : ''}
              </th>
              <td>{format(s.average)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
