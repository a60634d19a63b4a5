import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { staffCountNames, type StaffCounts } from '../../../shared/staff/staff-schemas.ts';
import type { StaffApi } from './staff-api.ts';

/** Numbers only: how many sessions started, finished, printed… today and on earlier days. */
export function StaffCountsPanel(props: { api: StaffApi }) {
  const { t } = useTranslation();
  const [counts, setCounts] = useState<StaffCounts | null>(null);
  useEffect(() => {
    void props.api.getCounts().then((result) => result.ok && setCounts(result.value));
  }, [props.api]);
  if (!counts) return null;
  return (
    <section className="staff-panel" aria-labelledby="staff-counts-title">
      <h2 id="staff-counts-title">
        {t('staff.counts.today')} <span className="hint">({counts.today.date})</span>
      </h2>
      <dl className="count-tiles" data-testid="counts-today">
        {staffCountNames.map((name) => (
          <div key={name} className="count-tile" data-count={name}>
            <dt>{t(`staff.counts.names.${name}`)}</dt>
            <dd>{counts.today.counts[name]}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('staff.counts.earlier')}</h3>
      {counts.earlier.length === 0 ? (
        <p>{t('staff.counts.none')}</p>
      ) : (
        <div className="count-table-wrap">
          <table className="count-table">
            <thead>
              <tr>
                <th scope="col">{t('staff.counts.date')}</th>
                {staffCountNames.map((name) => (
                  <th key={name} scope="col">
                    {t(`staff.counts.names.${name}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {counts.earlier.map((day) => (
                <tr key={day.date} data-date={day.date}>
                  <th scope="row">{day.date}</th>
                  {staffCountNames.map((name) => (
                    <td key={name}>{day.counts[name]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
