import type { Store } from "./store.js";

const GROUP_TOTALS: Record<string, string> = {
  Threat: "totalThreat", Incident: "totalIncident", Email: "totalEmail", Campaign: "totalCampaign",
  Adversary: "totalAdversary", Signature: "totalSignature", Document: "totalDocument",
};

/**
 * One `ownerMetric` row per day for the past 30 days (§11.1). The sandbox keeps no history,
 * so every row reports the owner's current totals.
 */
export function ownerMetrics(store: Store, ownerId: number, nowMs: number): Record<string, unknown>[] {
  const totals = currentTotals(store, ownerId);
  const rows: Record<string, unknown>[] = [];
  for (let day = 29; day >= 0; day--) {
    rows.push({ metricDate: new Date(nowMs - day * 86_400_000).toISOString().slice(0, 10), ...totals });
  }
  return rows;
}

function currentTotals(store: Store, ownerId: number): Record<string, number> {
  const count = (type: string): number => store.indicatorIndex.count(`${ownerId}|${type}`);
  const groupCounts: Record<string, number> = Object.fromEntries(Object.values(GROUP_TOTALS).map((k) => [k, 0]));
  let groups = 0;
  let groupAttributes = 0;
  for (const g of store.groups.values()) {
    if (g.ownerId !== ownerId) continue;
    groups++;
    groupAttributes += g.attributes.length;
    const key = GROUP_TOTALS[g.type];
    if (key !== undefined) groupCounts[key] = (groupCounts[key] ?? 0) + 1;
  }
  let tags = 0;
  for (const key of store.tags.keys()) if (key.startsWith(`${ownerId}|`)) tags++;

  return {
    totalIndicator: store.indicatorIndex.count(`${ownerId}`),
    totalHost: count("Host"), totalAddress: count("Address"), totalEmailAddress: count("EmailAddress"),
    totalFile: count("File"), totalUrl: count("URL"), totalGroup: groups,
    ...groupCounts,
    totalTask: store.taskIndex.count(`${ownerId}`), totalTag: tags, totalTrack: 0, totalResult: 0,
    totalIndicatorAttribute: 0, totalGroupAttribute: groupAttributes,
    averageIndicatorRating: 0, averageIndicatorConfidence: 0, totalEnrichedIndicator: 0, totalGroupIndicator: 0,
    totalObservationDaily: 0, totalObservationIndicator: 0, totalObservationAddress: 0, totalObservationEmailAddress: 0,
    totalObservationFile: 0, totalObservationHost: 0, totalObservationUrl: 0, totalFalsePositiveDaily: 0, totalFalsePositive: 0,
  };
}
