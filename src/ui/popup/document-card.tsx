import type { DocumentIdentity } from '../../core/document';
import { t } from '../../i18n/i18n';

/** The document's identity, as a reader cites it. */
export function DocumentCard(props: { identity: DocumentIdentity }) {
  const { title, docNumber, issuer, writtenDate, publishedDate } = props.identity;
  return (
    <dl class="document-card" data-testid="document">
      {title && <dt class="document-card__title">{title}</dt>}
      {docNumber && (
        <dd>
          {t('documentNumber')}：{docNumber}
        </dd>
      )}
      {issuer && (
        <dd>
          {t('issuer')}：{issuer}
        </dd>
      )}
      {writtenDate && (
        <dd>
          {t('writtenDate')}：{writtenDate}
        </dd>
      )}
      {publishedDate && (
        <dd>
          {t('publishedDate')}：{publishedDate}
        </dd>
      )}
    </dl>
  );
}
