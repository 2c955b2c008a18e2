import { useTranslation } from 'react-i18next';
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from 'recharts';
import { DIMENSIONS } from '../../../shared/analysis';
import type { ScopeView } from './scope';

/**
 * The dimension scores as a radar, with the same numbers as a list beside it:
 * the list is what screen readers (and readers in a hurry) use, the chart
 * carries a one-sentence summary as its label.
 */
export function ScoresCard({ view }: { view: ScopeView }) {
  const { t } = useTranslation();
  const measured = DIMENSIONS.filter((d) => view.scores[d] !== null);
  const data = measured.map((d) => ({ dimension: t(`coverage.dimension.${d}`), score: view.scores[d] ?? 0 }));
  const summary = data.map((d) => t('coverage.scores.item', { dimension: d.dimension, score: d.score })).join(', ');
  return (
    <section className="card cov-scores" aria-labelledby="scores-title">
      <h2 id="scores-title">{t('coverage.scores.heading')}</h2>
      <div className="cov-scores-body">
        <div className="cov-radar" role="img" aria-label={t('coverage.scores.chart', { summary })}>
          <ResponsiveContainer width="100%" height={300}>
            <RadarChart
              data={data}
              outerRadius="64%"
              accessibilityLayer={false}
              margin={{ top: 8, right: 48, bottom: 8, left: 48 }}
            >
              <PolarGrid stroke="#d5dbe2" />
              <PolarAngleAxis dataKey="dimension" tick={{ fill: '#3b4654', fontSize: 12 }} />
              <PolarRadiusAxis domain={[0, 100]} tickCount={5} tick={false} axisLine={false} />
              <Radar
                dataKey="score"
                stroke="#2b5c8a"
                strokeWidth={2}
                fill="#2b5c8a"
                fillOpacity={0.25}
                isAnimationActive={false}
                dot={{ r: 3, fill: '#2b5c8a' }}
              />
            </RadarChart>
          </ResponsiveContainer>
        </div>
        <ul className="cov-score-list">
          {DIMENSIONS.map((d) => {
            const score = view.scores[d];
            return (
              <li key={d}>
                <div className="cov-score-row">
                  <span className="cov-score-name">{t(`coverage.dimension.${d}`)}</span>
                  <span className="cov-score-value">{score === null ? t('coverage.scores.notMeasured') : score}</span>
                </div>
                <div className="cov-score-bar" aria-hidden="true">
                  <span style={{ width: `${score ?? 0}%` }} />
                </div>
                <p className="cov-score-help">
                  {score === null ? t('coverage.scores.notMeasuredHelp') : t(`coverage.dimensionHelp.${d}`)}
                </p>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
