import type { PageIdentityHints } from '../core/document';
import { collectAttachments, type DocumentAnatomy } from './document-anatomy';
import { toIsoDate } from './iso-date';
import { ATTACHMENT_EXTENSION } from './patterns';
import type { PageSnapshot } from './snapshot';

const NO_VALUE = /^(?:无|暂无|—+|-+|\/)$/;

function first(...values: (string | undefined)[]): string | undefined {
  return values
    .map((value) => value?.trim())
    .find((value) => value !== undefined && value !== '' && !NO_VALUE.test(value));
}

function isAttachmentHref(href: string): boolean {
  try {
    return ATTACHMENT_EXTENSION.test(new URL(href).pathname);
  } catch {
    return ATTACHMENT_EXTENSION.test(href);
  }
}

/**
 * The document identity a page states outside its running text: the 信息公开 block and
 * meta tags first, then the layout (own number before the recipients, signature date).
 * Only confident values are set, because the extractor lets hints win over the text.
 */
export function identityHints(
  snapshot: PageSnapshot,
  title: string,
  anatomy: DocumentAnatomy,
): PageIdentityHints {
  const { infoBlock, metas } = snapshot;
  const hints: PageIdentityHints = {};
  if (title) hints.title = title;
  const docNumber = first(infoBlock['发文字号'], infoBlock['文号'], anatomy.ownDocNumber?.text);
  if (docNumber) hints.docNumber = docNumber;
  const issuer = first(
    infoBlock['发文机关'],
    infoBlock['发布机构'],
    infoBlock['发布机关'],
    infoBlock['发文单位'],
    metas['contentsource'],
    anatomy.signature?.issuer,
  );
  if (issuer) hints.issuer = issuer;
  if (anatomy.recipients) hints.recipients = anatomy.recipients.text;
  const writtenDate = toIsoDate(
    first(infoBlock['成文日期'], infoBlock['印发日期'], infoBlock['发文日期']) ?? '',
  );
  if (writtenDate) hints.writtenDate = writtenDate;
  const publishedDate = toIsoDate(
    first(
      infoBlock['发布日期'],
      infoBlock['公开日期'],
      infoBlock['发布时间'],
      metas['pubdate'],
      infoBlock['生成日期'],
    ) ?? '',
  );
  if (publishedDate) hints.publishedDate = publishedDate;
  if (anatomy.signature) hints.signatureDate = anatomy.signature.date;
  const indexNumber = first(infoBlock['索引号']);
  if (indexNumber) hints.indexNumber = indexNumber;
  const attachments = collectAttachments(snapshot.links, anatomy.attachmentLabels, isAttachmentHref);
  if (attachments.length > 0) hints.attachments = attachments;
  return hints;
}
