// Vault details: where it lives, when it was made, and how it is protected (cipher and key derivation settings).
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber, toMebibytes } from '../../ui/format.js';
import { useSettings } from './settings-store.js';

export function VaultDetailsSection() {
  const { t, i18n } = useTranslation();
  const info = useSettings((state) => state.info);
  const language = i18n.language;
  return (
    <section className="card" aria-labelledby="details-title">
      <h2 id="details-title">{t('details.title')}</h2>
      {info === null ? (
        <p className="hint">{t('common.loading')}</p>
      ) : (
        <dl className="details">
          <dt>{t('details.folder')}</dt>
          <dd className="path">{info.vaultDir}</dd>
          <dt>{t('details.created')}</dt>
          <dd>{formatDateTime(info.createdAt, language, 'long')}</dd>
          <dt>{t('details.vaultId')}</dt>
          <dd className="mono">{info.vaultId}</dd>
          <dt>{t('details.keyFileVersion')}</dt>
          <dd>{formatNumber(info.keyFileVersion, language)}</dd>
          <dt>{t('details.cipher')}</dt>
          <dd>{t('details.cipherValue', { version: info.cipher.version })}</dd>
          <dt>{t('details.kdf')}</dt>
          <dd>{t('details.kdfValue')}</dd>
          <dt>{t('details.kdfMemory')}</dt>
          <dd>{t('details.mebibytes', { value: formatNumber(toMebibytes(info.kdf.memlimitBytes), language) })}</dd>
          <dt>{t('details.kdfPasses')}</dt>
          <dd>{formatNumber(info.kdf.opslimit, language)}</dd>
          <dt>{t('details.schemaVersion')}</dt>
          <dd>{info.schemaVersion === null ? t('details.unknown') : formatNumber(info.schemaVersion, language)}</dd>
        </dl>
      )}
    </section>
  );
}
