import type { AnnotationKind } from '../../core/annotation';
import type { ClipStatus } from '../../core/clip';
import type { AdminLevel } from '../../library/admin-level';
import type { DueWindow } from '../../library/due-window';
import type { LibrarySort } from '../../library/sort-clips';
import { t } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';

const KIND: Record<AnnotationKind, MessageKey> = { deadline: 'kindDeadline', target: 'kindTarget' };
const STATUS: Record<ClipStatus, MessageKey> = {
  todo: 'statusTodo',
  done: 'statusDone',
  ignored: 'statusIgnored',
};
const DUE: Record<DueWindow, MessageKey> = {
  overdue: 'dueOverdue',
  'this-week': 'dueThisWeek',
  'this-month': 'dueThisMonth',
  'this-quarter': 'dueThisQuarter',
  'no-date': 'dueNoDate',
};
const SORT: Record<LibrarySort, MessageKey> = {
  due: 'sortDue',
  created: 'sortCreated',
  document: 'sortDocument',
};
const LEVEL: Record<AdminLevel, MessageKey> = {
  national: 'levelNational',
  provincial: 'levelProvincial',
  city: 'levelCity',
  county: 'levelCounty',
};

/** 期限 / Deadline. */
export const kindLabel = (kind: AnnotationKind): string => t(KIND[kind]);
/** 待办 / To do. */
export const statusLabel = (status: ClipStatus): string => t(STATUS[status]);
/** 已逾期 / Overdue … in the current language (the library's own labels are Chinese only). */
export const dueWindowLabel = (window: DueWindow): string => t(DUE[window]);
/** 按截止日期 / By due date. */
export const sortLabel = (sort: LibrarySort): string => t(SORT[sort]);
/** 国家 / National …; 未知 when the level could not be told. */
export const levelLabel = (level: AdminLevel | undefined): string => t(level ? LEVEL[level] : 'levelUnknown');
