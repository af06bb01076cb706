/**
 * Shapes shared by many v2 entities, derived from the reference (§4, §11) and the recorded
 * responses in the fixtures. Types only: nothing here exists at run time.
 */

import type { OwnerType } from "../enumerations.js";

/** Ids appear both as numbers and as numeric strings across responses (reference §4.3). @public */
export type Id = number | string;

/** Boolean flags some responses send as the strings `"true"`/`"false"` (reference §4.3). @public */
export type StringFlag = "true" | "false";

/**
 * A date-time string as the server prints it: `2017-07-13T17:50:17Z`, without a zone, with an
 * offset, or even `…-05:00Z` (reference §4.3). Parse leniently.
 * @public
 */
export type DateTimeString = string;

/** `{ "status": "Success", "data": … }`; `data` absent for write acknowledgements. @public */
export interface ApiSuccess<T> {
  status: "Success";
  data?: T;
}

/** `{ "status": "Failure", "message": … }` (the quick start says `"Error"`). @public */
export interface ApiFailure {
  status: "Failure" | "Error";
  message: string;
}

/** Any v2 JSON envelope. @public */
export type ApiEnvelope<T> = ApiSuccess<T> | ApiFailure;

/** An organization, community or source. `itemId` comes with `includes=additional` on indicator owners. @public */
export interface Owner {
  id: Id;
  name: string;
  type: OwnerType;
  itemId?: string;
}

/** A user as `/v2/whoami`, members lists and task assignees show it. @public */
export interface User {
  userName: string;
  firstName?: string;
  lastName?: string;
  pseudonym?: string;
  /** e.g. `"Api User"` (whoami only). */
  role?: string;
}

/** A member of an organization that allows anonymous membership (reference §4.4). @public */
export interface AnonymousMember {
  pseudonym: string;
}

/** `GET /v2/owners/mine/members` when membership is anonymous: fields at top level, no `data`. @public */
export interface AnonymousMembersResponse {
  anonymous: true;
  status: "Success";
  resultCount: number;
  members: AnonymousMember[];
}

/** One day of owner statistics (reference §11.1). @public */
export interface OwnerMetric {
  metricDate: string;
  totalIndicator: number;
  totalHost: number;
  totalAddress: number;
  totalEmailAddress: number;
  totalFile: number;
  totalUrl: number;
  totalGroup: number;
  totalThreat: number;
  totalIncident: number;
  totalEmail: number;
  totalCampaign: number;
  totalAdversary: number;
  totalSignature: number;
  totalTask: number;
  totalDocument: number;
  totalTag: number;
  totalTrack: number;
  totalResult: number;
  totalIndicatorAttribute: number;
  totalGroupAttribute: number;
  averageIndicatorRating: number;
  averageIndicatorConfidence: number;
  totalEnrichedIndicator: number;
  totalGroupIndicator: number;
  totalObservationDaily: number;
  totalObservationIndicator: number;
  totalObservationAddress: number;
  totalObservationEmailAddress: number;
  totalObservationFile: number;
  totalObservationHost: number;
  totalObservationUrl: number;
  totalFalsePositiveDaily: number;
  totalFalsePositive: number;
}

/** A tag; `description` with `detailed=true` or when set. @public */
export interface Tag {
  name: string;
  webLink?: string;
  description?: string;
}

/** A security label. `color` (hex like `33FF00`) only in batch input. @public */
export interface SecurityLabel {
  name: string;
  description?: string;
  dateAdded?: DateTimeString;
  color?: string;
}

/** An attribute of an indicator, group, task or victim (reference §11.14). @public */
export interface Attribute {
  id: Id;
  /** Attribute type name, e.g. `"Description"`, `"Source"`. */
  type: string;
  value: string;
  dateAdded?: DateTimeString;
  lastModified?: DateTimeString;
  displayed?: boolean;
  source?: string;
  /** With `includeAdditional=true`. */
  xid?: string;
}

/** Body of an attribute POST (`type` and `value` required) or PUT (`value` required). @public */
export interface AttributeInput {
  type?: string;
  value: string;
  displayed?: boolean;
  source?: string;
}

/** Embedded with `includeTags`/`includeAttributes` (5.4+). @public */
export interface Embedded {
  attribute?: Attribute[];
  tag?: Tag[];
  securityLabel?: SecurityLabel[];
}

/** Body of `POST /v2/groups/{type}/{id}/publish`. @public */
export interface PublishInput {
  /** Names of labels to exclude. */
  securityLabelList?: string[];
  excludeUnlabeled?: boolean;
}
