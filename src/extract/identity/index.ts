/**
 * Document identity from the text (title, 发文字号, 发文机关, 主送机关, dates, attachments,
 * task assignments), with page hints winning over what the text suggests.
 */
import type { DocumentIdentity, ExtractOptions } from '../../core/document';
import { findAttachments } from './attachments';
import { findOwnDocNumber } from './doc-number';
import { findIndexNumber, findIssuer, findRecipients, findTitle, readField } from './header-lines';
import { chooseReferenceDate, findTextDates } from './reference-date';
import { findTasks } from './tasks';

function defined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/** Reads the identity of the document in `text` (`folded` is its offset-preserving fold). */
export function readIdentity(text: string, folded: string, options: ExtractOptions): DocumentIdentity {
  const hints = options.hints ?? {};
  const dates = findTextDates(folded);
  const ref = chooseReferenceDate(dates, hints, options.fallbackDate);
  const recipients = findRecipients(text);
  const title = hints.title ?? readField(text, '标题|名称') ?? findTitle(text);
  const docNumber =
    hints.docNumber ??
    readField(folded, '发文字号|文号') ??
    findOwnDocNumber(text, folded, recipients?.start ?? -1);
  const attachments = hints.attachments ?? findAttachments(text);
  const tasks = hints.tasks ?? findTasks(text);
  return defined({
    title,
    docNumber,
    issuer: hints.issuer ?? findIssuer(text, title),
    recipients: hints.recipients ?? recipients?.value,
    // The date under the signature is the 成文日期 of an official document.
    writtenDate: hints.writtenDate ?? dates.writtenDate ?? dates.signatureDate,
    publishedDate: hints.publishedDate ?? dates.publishedDate,
    signatureDate: hints.signatureDate ?? dates.signatureDate,
    indexNumber: hints.indexNumber ?? findIndexNumber(text),
    attachments: attachments.length > 0 ? attachments : undefined,
    tasks: tasks.length > 0 ? tasks : undefined,
    referenceDate: ref.date,
    referenceDateSource: ref.source,
  });
}
