// One chart of the dashboard: a titled bar chart (SVG, drawn by recharts) that is a picture for
// assistive technology, and the same numbers as a table, always in the accessibility tree and
// shown on screen on request.
import { useId, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useT } from '../../i18n/useT';

export type Datum = { label: string; value: number };

type Props = {
  title: string;
  /** Heading of the label column of the table. */
  labelHeading: string;
  valueHeading: string;
  data: readonly Datum[];
  /** Horizontal bars suit long labels (categories, countries); columns suit time (weeks). */
  horizontal?: boolean;
};

const BLUE = '#154273';

export function BarChartPanel({ title, labelHeading, valueHeading, data, horizontal = false }: Props) {
  const t = useT();
  const id = useId();
  const [tableShown, setTableShown] = useState(false);
  const titleId = `${id}-title`;
  const height = horizontal ? Math.max(160, data.length * 32 + 40) : 260;
  return (
    <section className="panel chart" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {data.length === 0 ? (
        <p>{t('dashboard.noData')}</p>
      ) : (
        <>
          <div className="chart__plot" role="img" aria-label={t('dashboard.chartAlt', { title })}>
            <ResponsiveContainer width="100%" height={height}>
              <BarChart
                data={[...data]}
                layout={horizontal ? 'vertical' : 'horizontal'}
                margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
                accessibilityLayer={false}
              >
                <CartesianGrid stroke="#cad0d7" strokeDasharray="3 3" />
                {horizontal ? (
                  <>
                    <XAxis type="number" allowDecimals={false} stroke="#4b4b4b" />
                    <YAxis type="category" dataKey="label" width={180} stroke="#4b4b4b" />
                  </>
                ) : (
                  <>
                    <XAxis type="category" dataKey="label" stroke="#4b4b4b" interval={data.length <= 8 ? 0 : 'preserveStartEnd'} />
                    <YAxis type="number" allowDecimals={false} stroke="#4b4b4b" />
                  </>
                )}
                <Bar dataKey="value" fill={BLUE} isAnimationActive={false} label={{ position: horizontal ? 'right' : 'top', fill: '#1a1a1a' }} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <button type="button" className="button button--small" aria-pressed={tableShown} onClick={() => setTableShown((s) => !s)}>
            {t('dashboard.showTable')}
          </button>
          <div className={tableShown ? 'table-wrap' : 'visually-hidden'}>
            <table className="table table--numbers">
              <caption>{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{labelHeading}</th>
                  <th scope="col" className="table__number">
                    {valueHeading}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.map((d) => (
                  <tr key={d.label}>
                    <th scope="row">{d.label}</th>
                    <td className="table__number">{d.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
