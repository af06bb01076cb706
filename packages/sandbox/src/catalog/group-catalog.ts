/** Group types (§10.2) with their own create fields (§11.7); `required` fields are checked on create. */
export interface GroupKind {
  name: string;
  branch: string;
  entity: string;
  fields: readonly string[];
  required: readonly string[];
}

function kind(name: string, branch: string, entity: string, fields: string[] = [], required: string[] = []): GroupKind {
  return { name, branch, entity, fields, required };
}

export const GROUP_KINDS: readonly GroupKind[] = [
  kind("Adversary", "adversaries", "adversary"),
  kind("Attack Pattern", "attackPatterns", "attackPattern"),
  kind("Campaign", "campaigns", "campaign", ["firstSeen"]),
  kind("Course of Action", "coursesOfAction", "courseOfAction"),
  kind("Document", "documents", "document", ["fileName", "malware", "password"], ["fileName"]),
  kind("Email", "emails", "email", ["subject", "header", "body", "to", "from"], ["subject", "header", "body"]),
  kind("Event", "events", "event", ["eventDate", "status"], ["eventDate"]),
  kind("Incident", "incidents", "incident", ["eventDate", "status"], ["eventDate"]),
  kind("Intrusion Set", "intrusionSets", "intrusionSet"),
  kind("Malware", "malware", "malware"),
  kind("Report", "reports", "report", ["fileName", "publishDate"], ["fileName"]),
  kind("Signature", "signatures", "signature", ["fileName", "fileType", "fileText"], ["fileName", "fileType", "fileText"]),
  kind("Tactic", "tactics", "tactic"),
  kind("Threat", "threats", "threat"),
  kind("Tool", "tools", "tool"),
  kind("Vulnerability", "vulnerabilities", "vulnerability"),
];

/** Look a group type up by name, branch or entity, case-insensitively. */
export function findGroupKind(text: string): GroupKind | undefined {
  const lower = text.toLowerCase();
  return GROUP_KINDS.find(
    (k) => k.name.toLowerCase() === lower || k.branch.toLowerCase() === lower || k.entity.toLowerCase() === lower,
  );
}

export const INCIDENT_STATUSES = [
  "New", "Open", "Stalled", "Containment Achieved", "Restoration Achieved", "Incident Reported", "Closed", "Rejected", "Deleted",
];

export const EVENT_STATUSES = [
  "Needs Review", "False Positive", "No Further Action", "Escalated", "Completed", "In Progress", "New", "Reopened",
];

export const SIGNATURE_FILE_TYPES = [
  "Bro", "ClamAV", "CybOX", "Iris Search Hash", "KQL", "OpenIOC", "Regex", "SPL", "Sigma", "Snort", "Suricata", "TQL Query", "YARA",
];
