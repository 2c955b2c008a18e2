import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AxisName } from './AxisName';
import type { Names } from './names';
import { channelColour } from './palette';
import { channelLines } from './department-tables';
import type { ScopeView } from './scope';

const ROW_HEIGHT = 44;

/** Touchpoints per department, stacked by channel, with the numbers as a table for those who cannot read the chart. */
export function DepartmentBars({ view, names }: { view: ScopeView; names: Names }) {
  const { t } = useTranslation();
  const { matrix } = view;
  const { channels, lines } = channelLines(matrix);
  const departments = lines.map((l) => l.department);
  const key = (c: number) => `c${c}`;
  const data = lines.map((l) => {
    const row: Record<string, string | number> = {
      name: names.departments.get(matrix.departmentIds[l.department]!)?.name ?? '',
    };
    channels.forEach((c, i) => {
      row[key(c)] = l.counts[i]!;
    });
    row.supporting = l.supporting;
    return row;
  });
  const anySupport = lines.some((l) => l.supporting > 0);
  const totals = lines.map((l) => l.total);
  const summary = data
    .map((row, i) => t('coverage.bars.summaryItem', { department: String(row.name), count: totals[i] ?? 0 }))
    .join(', ');
  const channelName = (c: number) => names.channels.get(matrix.channelIds[c]!) ?? '';

  return (
    <section className="card" aria-labelledby="bars-title">
      <h2 id="bars-title">{t('coverage.bars.heading')}</h2>
      <p className="muted">{t('coverage.bars.intro')}</p>
      {departments.length === 0 ? (
        <p className="muted">{t('coverage.bars.none')}</p>
      ) : (
        <>
          <div role="img" aria-label={t('coverage.bars.chart', { summary })}>
            <ResponsiveContainer width="100%" height={departments.length * ROW_HEIGHT + 90}>
              <BarChart
                data={data}
                layout="vertical"
                margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
                accessibilityLayer={false}
                barCategoryGap={8}
              >
                <CartesianGrid horizontal={false} stroke="#e4e8ed" />
                <XAxis type="number" allowDecimals={false} tick={{ fill: '#5a6573', fontSize: 12 }} />
                <YAxis type="category" dataKey="name" width={190} interval={0} tick={<AxisName width={180} />} />
                <Tooltip cursor={{ fill: 'rgba(43, 92, 138, 0.06)' }} />
                <Legend wrapperStyle={{ fontSize: 12, paddingTop: 8 }} />
                {channels.map((c) => (
                  <Bar
                    key={c}
                    dataKey={key(c)}
                    name={channelName(c)}
                    stackId="channels"
                    fill={channelColour(c)}
                    stroke="#fff"
                    strokeWidth={1}
                    isAnimationActive={false}
                  />
                ))}
                {anySupport ? (
                  <Bar
                    dataKey="supporting"
                    name={t('coverage.bars.supporting')}
                    stackId="support"
                    fill="#b9d8c6"
                    stroke="#2f855a"
                    strokeWidth={1}
                    isAnimationActive={false}
                  />
                ) : null}
              </BarChart>
            </ResponsiveContainer>
          </div>
          <details className="cov-chart-table">
            <summary>{t('coverage.bars.table')}</summary>
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('coverage.heatmap.department')}</th>
                    {channels.map((c) => (
                      <th key={c} scope="col" className="cov-num">
                        {channelName(c)}
                      </th>
                    ))}
                    <th scope="col" className="cov-num">
                      {t('coverage.heatmap.total')}
                    </th>
                    <th scope="col" className="cov-num">
                      {t('coverage.bars.supporting')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {lines.map((l, i) => (
                    <tr key={l.department}>
                      <th scope="row" className="cov-department-name">
                        {String(data[i]!.name)}
                      </th>
                      {channels.map((c, k) => (
                        <td key={c} className="cov-num">
                          {l.counts[k]}
                        </td>
                      ))}
                      <td className="cov-num">{totals[i]}</td>
                      <td className="cov-num">{l.supporting}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
