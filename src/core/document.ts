import type { Annotation, IsoDate } from './annotation';

/** An attachment listed by a document (附件1：… or a linked file). */
export interface Attachment {
  /** The label as written, e.g. `附件1：2023年度项目申报表`. */
  name: string;
  /** Absolute URL when the page links the file. */
  href?: string;
}

/** One task of a work plan or task-division table, with who leads and who helps. */
export interface TaskAssignment {
  /** Offset range of the task text in the source. */
  start: number;
  end: number;
  /** Task text (shortened to its first sentence). */
  task: string;
  /** 牵头单位. */
  lead: string[];
  /** 配合单位 / 参与落实. */
  support: string[];
}

/** Where the reference date used to resolve 今年/年内 came from. */
export type ReferenceDateSource = 'writtenDate' | 'publishedDate' | 'signatureDate' | 'fallback';

/**
 * The identity of a policy document: what a reader cites. Every field is optional except
 * the reference date, because real pages omit any of them.
 */
export interface DocumentIdentity {
  title?: string;
  /** 发文字号 of this document (not the ones it cites), e.g. `国卫基层发〔2022〕20号`. */
  docNumber?: string;
  /** 发文机关 / 发布机构. */
  issuer?: string;
  /** 主送机关, the line ending in `：` before the body. */
  recipients?: string;
  /** 成文日期. */
  writtenDate?: IsoDate;
  /** 发布日期. */
  publishedDate?: IsoDate;
  /** Date under the signature at the end of the body. */
  signatureDate?: IsoDate;
  /** 索引号 when the page shows one. */
  indexNumber?: string;
  attachments?: Attachment[];
  tasks?: TaskAssignment[];
  /** The date 今年/年内/明年 follow. */
  referenceDate: IsoDate;
  referenceDateSource: ReferenceDateSource;
}

/** Identity fields a page can supply from outside the text (meta tags, 信息公开 block). */
export type PageIdentityHints = Partial<Omit<DocumentIdentity, 'referenceDate' | 'referenceDateSource'>>;

/** What the extractor returns for a text. */
export interface ExtractResult {
  document: DocumentIdentity;
  /** Sorted by start, then end. */
  annotations: Annotation[];
}

/** Options of an extraction. */
export interface ExtractOptions {
  /** Date to use when the document states none (the reading date), `YYYY-MM-DD`. */
  fallbackDate: IsoDate;
  /** Identity found on the page outside the text; wins over what the text suggests. */
  hints?: PageIdentityHints;
}
