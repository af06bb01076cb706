// What the JSON form of a value is, by key, for XML decoding. Gathered from every JSON example
// in the API reference (§4.2, §4.3 and the fixtures). Keys not listed stay strings: a string
// that merely looks numeric (an MD5 of digits, a tag named "2021") must never become a number.

/** Keys whose JSON values are numbers. */
export const NUMBER_KEYS: ReadonlySet<string> = new Set([
  "id", "resultCount", "rating", "confidence", "threatAssessRating", "threatAssessConfidence",
  "threatAssessScore", "calScore", "calIndicatorStatus", "count", "weight", "errorCount",
  "successCount", "unprocessCount", "unprocessedCount", "fileSize", "size", "observationCount",
  "falsePositiveCount", "batchId", "averageIndicatorConfidence", "averageIndicatorRating",
  "yourCount", "maxLength",
]);

/** Number keys by prefix: owner metrics use `total<Thing>`. */
export const NUMBER_KEY_PATTERN = /^total[A-Z]/;

/** Keys whose JSON values are booleans. `custom`, `parsable`, `dnsActive`, `whoisActive` and
 * `fileAction` are the strings "true"/"false" in JSON (reference §4.3), so they are absent. */
export const BOOLEAN_KEYS: ReadonlySet<string> = new Set([
  "active", "activeLocked", "anonymous", "communityOrSource", "csvEnabled", "jsonEnabled",
  "displayed", "escalated", "excludeUnlabeled", "haltOnError", "isOrganization", "keyedValues",
  "malware", "overdue", "privateFlag", "reminded", "allowMarkdown", "system", "success",
]);

/** Keys that hold arrays when nested inside an item (a single element is still a list). */
export const NESTED_LIST_KEYS: ReadonlySet<string> = new Set([
  "attribute", "tag", "securityLabel", "addresses", "regexes", "additionalOwners",
  "userObservedList", "assignee", "escalatee",
]);
