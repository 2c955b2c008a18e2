import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Scope } from './scope';
import { levelName } from './texts';
import { measuredWeeks } from './trend-scope';
import { useTrend } from './useTrend';

/** How the overall score and the number of findings developed, week by week, replayed from the change history. */
export function TrendPanel({ scope }: { scope: Scope }) {
  const { t, i18n } = useTranslation();
  const trend = useTrend(scope);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  const date = (iso: string) =>
    new Date(`${iso}T00:00:00Z`).toLocaleDateString(i18n.language, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });

  let content;
  if (trend.state === 'loading')
    content = (
      <p aria-busy="true" className="muted">
        {t('coverage.trend.loading')}
      </p>
    );
  else if (trend.state === 'failed')
    content = (
      <p className="form-problem" role="alert">
        {t('coverage.trend.failed')}
      </p>
    );
  else if (measuredWeeks(trend.points).length === 0) content = <p className="muted">{t('coverage.trend.none')}</p>;
  else {
    const points = measuredWeeks(trend.points);
    const first = points[0]!;
    const last = points[points.length - 1]!;
    const summary =
      points.length === 1
        ? t('coverage.trend.single', { week: last.week, score: last.overall, count: last.findings })
        : t('coverage.trend.summary', {
            fromWeek: first.week,
            toWeek: last.week,
            fromScore: first.overall,
            toScore: last.overall,
            fromFindings: first.findings,
            toFindings: last.findings,
          });
    const data = points.map((p) => ({ week: p.week, overall: p.overall, findings: p.findings }));
    content = (
      <>
        <p className="cov-trend-summary">{summary}</p>
        <div role="img" aria-label={t('coverage.trend.chart', { summary })}>
          <ResponsiveContainer width="100%" height={320}>
            <LineChart data={data} margin={{ top: 12, right: 8, bottom: 4, left: 0 }} accessibilityLayer={false}>
              <CartesianGrid stroke="#e4e8ed" vertical={false} />
              <XAxis dataKey="week" tick={{ fill: '#5a6573', fontSize: 12 }} minTickGap={16} />
              <YAxis yAxisId="score" domain={[0, 100]} tick={{ fill: '#2b5c8a', fontSize: 12 }} width={40} />
              <YAxis
                yAxisId="findings"
                orientation="right"
                allowDecimals={false}
                tick={{ fill: '#b5485d', fontSize: 12 }}
                width={44}
              />
              <Tooltip />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              <Line
                yAxisId="score"
                dataKey="overall"
                name={t('coverage.trend.overall')}
                stroke="#2b5c8a"
                strokeWidth={2.5}
                dot={{ r: 3 }}
                isAnimationActive={false}
              />
              <Line
                yAxisId="findings"
                dataKey="findings"
                name={t('coverage.trend.findings')}
                stroke="#b5485d"
                strokeWidth={2}
                strokeDasharray="6 3"
                dot={{ r: 3 }}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
        <details className="cov-chart-table">
          <summary>{t('coverage.trend.table')}</summary>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('coverage.trend.week')}</th>
                  <th scope="col">{t('coverage.trend.level')}</th>
                  <th scope="col" className="cov-num">
                    {t('coverage.trend.overall')}
                  </th>
                  <th scope="col" className="cov-num">
                    {t('coverage.trend.findings')}
                  </th>
                  <th scope="col" className="cov-num">
                    {t('coverage.trend.stageCoverage')}
                  </th>
                  <th scope="col" className="cov-num">
                    {t('coverage.trend.changes')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...points].reverse().map((p) => (
                  <tr key={p.week}>
                    <th scope="row">
                      {p.week} <span className="muted">({t('coverage.trend.weekOf', { date: date(p.start) })})</span>
                    </th>
                    <td>{levelName(t, p.level)}</td>
                    <td className="cov-num">{p.overall}</td>
                    <td className="cov-num">{p.findings}</td>
                    <td className="cov-num">{percent.format(p.stageCoverage / 100)}</td>
                    <td className="cov-num">{p.changes}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </>
    );
  }

  return (
    <section className="card" aria-labelledby="trend-title">
      <h2 id="trend-title">{t('coverage.trend.heading')}</h2>
      <p className="muted">{t('coverage.trend.intro')}</p>
      {scope.kind === 'journey' ? <p className="muted cov-small">{t('coverage.trend.scopeNote')}</p> : null}
      {content}
    </section>
  );
}
