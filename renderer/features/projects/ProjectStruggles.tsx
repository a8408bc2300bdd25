// The communities facing one project: name (opening that community), country, what they resist and since when.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Struggle } from '../../../common/community/community.schema.js';
import { request } from '../../app/cre.js';
import { goTo } from '../../app/navigate.js';
import { storeEpoch } from '../../app/store-reset.js';
import { formatNumber } from '../../ui/format.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { formatDay } from '../roster/format-day.js';
import { countryName } from '../roster/place-names.js';

export function ProjectStruggles({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation('projects');
  const errorText = useErrorText();
  const [struggles, setStruggles] = useState<Struggle[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const language = i18n.language;

  useEffect(() => {
    let current = true;
    const epoch = storeEpoch();
    void request((api) => api.struggles.list({ projectId })).then((reply) => {
      if (!current || epoch !== storeEpoch()) return;
      if (reply.ok) setStruggles(reply.value);
      else setError(errorText(reply.error));
    });
    return () => {
      current = false;
    };
  }, [projectId, errorText]);

  const none = t('detail.none');
  return (
    <section className="card" aria-labelledby="project-struggles-title">
      <h2 id="project-struggles-title">{t('struggles.title')}</h2>
      <LiveMessage id="project-struggles-error" kind="alert" text={error} />
      {struggles === null && error === null ? <p className="hint">{t('detail.loading')}</p> : null}
      {struggles !== null && struggles.length === 0 ? <p className="hint">{t('struggles.none')}</p> : null}
      {struggles !== null && struggles.length > 0 ? (
        <>
          <p className="hint">{t('struggles.count', { count: struggles.length, formatted: formatNumber(struggles.length, language) })}</p>
          <table className="activity struggle-table">
            <caption className="visually-hidden">{t('struggles.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('struggles.community')}</th>
                <th scope="col">{t('struggles.country')}</th>
                <th scope="col">{t('struggles.resisting')}</th>
                <th scope="col">{t('struggles.since')}</th>
              </tr>
            </thead>
            <tbody>
              {struggles.map((struggle) => (
                <tr key={struggle.id}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => goTo({ section: 'communities', view: { name: 'detail', id: struggle.community.id } })}>
                      {struggle.community.name}
                    </button>
                  </th>
                  <td>
                    {countryName(struggle.community.country, language)}
                    {struggle.community.area ? <span className="muted"> · {struggle.community.area}</span> : null}
                  </td>
                  <td className="prewrap">{struggle.resisting || none}</td>
                  <td>{struggle.since ? formatDay(struggle.since, language) : none}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
