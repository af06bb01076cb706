/** Plain records held by the store; rendering to API shapes happens in src/render. */

export type OwnerType = "Organization" | "Community" | "Source";

export interface OwnerRecord { id: number; name: string; type: OwnerType }

export interface UserRecord { userName: string; firstName: string; lastName: string; pseudonym: string; role: string }

/** What every taggable, labelable, attributable item carries. */
export interface Meta {
  attributes: number[];
  tags: Set<string>;
  labels: Set<string>;
}

export interface IndicatorRecord extends Meta {
  id: number;
  ownerId: number;
  type: string;
  summary: string;
  fields: Record<string, string>;
  rating?: number;
  confidence?: number;
  active: boolean;
  activeLocked: boolean;
  privateFlag: boolean;
  dnsActive?: boolean;
  whoisActive?: boolean;
  size?: number;
  description?: string;
  source?: string;
  dateAdded: string;
  lastModified: string;
  observations: { count: number; dateObserved: string }[];
  falsePositives: { count: number; lastReported: string } | undefined;
  fileOccurrences: FileOccurrenceRecord[];
}

export interface FileOccurrenceRecord { id: number; fileName?: string; path?: string; date?: string }

export interface GroupRecord extends Meta {
  id: number;
  ownerId: number;
  type: string;
  name: string;
  xid: string;
  fields: Record<string, unknown>;
  dateAdded: string;
  lastModified: string;
  content?: Uint8Array;
  assets: AdversaryAssetRecord[];
  published: boolean;
}

export interface AdversaryAssetRecord { id: number; type: "Handle" | "PhoneNumber" | "URL"; value: string }

export interface TaskRecord extends Meta {
  id: number;
  ownerId: number;
  name: string;
  status: string;
  description?: string;
  dueDate?: string;
  reminderDate?: string;
  escalationDate?: string;
  escalated: boolean;
  reminded: boolean;
  overdue: boolean;
  assignees: string[];
  escalatees: string[];
  dateAdded: string;
  lastModified: string;
}

export interface VictimRecord extends Meta {
  id: number;
  ownerId: number;
  name: string;
  description?: string;
  org?: string;
  suborg?: string;
  workLocation?: string;
  nationality?: string;
  dateAdded: string;
}

export interface VictimAssetRecord { id: number; victimId: number; branch: string; fields: Record<string, string> }

export interface AttributeRecord {
  id: number;
  type: string;
  value: string;
  displayed: boolean;
  source?: string;
  dateAdded: string;
  lastModified: string;
  labels: Set<string>;
}

export interface TagRecord { name: string; description?: string; id: number; uses: number }

export interface LabelRecord { name: string; description: string; color?: string; dateAdded: string }

export interface MetricRecord {
  id: number;
  name: string;
  dataType: string;
  interval: string;
  keyedValues: boolean;
  description?: string;
  values: Map<string, { value: number; count: number; date: string }>;
}

export interface DeletedIndicator { ownerId: number; type: string; summary: string; dateAdded: string; deletedAt: string }
