import { findIndicatorType } from "@tcapi/model";
import type { FixtureWorld } from "./fixture-world.js";

const GROUP_BRANCHES = new Set(["adversaries", "attackPatterns", "campaigns", "coursesOfAction", "documents", "emails", "events", "incidents", "intrusionSets", "malware", "reports", "signatures", "tactics", "threats", "tools", "vulnerabilities"]);

const dec = (s: string): string => decodeURIComponent(s);

/**
 * Create what a documented example path refers to in a fresh world and return the path with
 * the documented ids swapped for real ones. Only what the documented request needs is created.
 */
export async function preparePath(world: FixtureWorld, method: string, path: string): Promise<string> {
  const [rawPath = "", query = ""] = path.split("?");
  const q = query === "" ? "" : `?${query}`;
  const owner = new URLSearchParams(query).get("owner") ?? undefined;
  const segs = rawPath.split("/").filter((s) => s !== "");
  const last = segs.length - 1;
  const out = [...segs];

  // Item prefix: indicators/{branch}/{value}, groups/{branch}/{id}, tasks/{id}, victims/{id}.
  let itemBase: string | undefined;
  let rest = 0;

  if (segs[1] === "indicators" && segs[2] !== undefined && findIndicatorType(segs[2]) && segs[3] !== undefined && segs[3] !== "deleted") {
    const value = dec(segs[3]);
    if (!(method === "POST" && last === 3) && !(method === "GET" && last === 3 && segs[2] === "registryKeys")) await world.indicator(segs[2], value, owner);
    itemBase = `/v2/indicators/${segs[2]}/${segs[3]}`;
    rest = 4;
  } else if (segs[1] === "indicators" && segs[2] !== undefined && findIndicatorType(segs[2]) && last === 2) {
    const [branch, value] = [segs[2], sampleFor(world, segs[2])];
    if (method === "GET") await world.indicator(branch, value, owner);
  } else if (segs[1] === "indicators" && (last === 1 || segs[2] === "observed" || segs[2] === "bulk")) {
    await world.indicator("hosts", "example.com", owner);
    await world.indicator("urls", "http://example.com/login.php", owner);
  } else if (segs[1] === "indicators" && segs[2] === "deleted") {
    await world.indicator("files", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", owner);
    await world.ok("DELETE", "/v2/indicators/files/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
  } else if (segs[1] === "groups" && segs[2] !== undefined && GROUP_BRANCHES.has(segs[2]) && segs[3] !== undefined) {
    out[3] = String(await world.group(segs[2]));
    itemBase = `/v2/groups/${segs[2]}/${out[3]}`;
    rest = 4;
  } else if (segs[1] === "groups" && method === "GET") {
    await world.group(segs[2] ?? "incidents");
  } else if (segs[1] === "tasks" && segs[2] !== undefined) {
    out[2] = String(await world.task());
    itemBase = `/v2/tasks/${out[2]}`;
    rest = 3;
  } else if (segs[1] === "tasks" && method === "GET") {
    await world.task();
  } else if (segs[1] === "victims" && segs[2] !== undefined) {
    const v = await world.victim();
    out[2] = String(v.id);
    itemBase = `/v2/victims/${out[2]}`;
    rest = 3;
    if (segs[3] === "victimAssets" && segs[5] !== undefined) out[5] = String(v.assetId);
    if (segs[3] === "victimAssets" && segs[4] === "networkAccounts" && segs[5] === undefined && method === "PUT") {
      // The documented update example omits the asset id (§14.11); address the real asset.
      const list = await world.ok("GET", `/v2/victims/${v.id}/victimAssets/networkAccounts`);
      const id = ((list.data as Record<string, { id: number }[]>).victimNetworkAccount ?? [])[0]?.id;
      out.push(String(id));
    }
  } else if (segs[1] === "victims" && method === "GET") {
    await world.victim();
  } else if (segs[1] === "owners" && segs[2] !== undefined && /^\d+$/.test(segs[2])) {
    out[2] = segs[2] === "0" ? "1" : segs[2];
  } else if (segs[1] === "tags" || segs[1] === "securityLabels") {
    await world.indicator("addresses", "0.0.0.0");
    await world.group("documents");
    await world.task();
    await world.victim();
    if (segs[1] === "tags" && segs[2] !== undefined) {
      await world.ok("POST", `/v2/indicators/addresses/0.0.0.0/tags/${encodeURIComponent(dec(segs[2]))}`);
    }
  } else if (segs[1] === "customMetrics") {
    await world.ok("POST", "/v2/customMetrics", { name: "playbookRuns", dataType: "Sum", interval: "Hourly", keyedValues: true, description: "Monitor Playbook runs" });
    await world.ok("POST", "/v2/customMetrics", { name: "tasksCompleted", dataType: "Sum", interval: "Daily", keyedValues: false, description: "Track the number of completed Tasks" });
  } else if (segs[1] === "batch" && segs[2] !== undefined) {
    out[2] = String(await batchJob(world, method, segs.slice(3)));
  }

  if (itemBase !== undefined) await prepareSub(world, method, segs, out, rest, itemBase, owner);
  return `/${out.join("/")}${q}`;
}

function sampleFor(world: FixtureWorld, branch: string): string {
  const info = findIndicatorType(branch);
  return world.sample(info?.name ?? "Host")[1] || "sample.example.com";
}

/** Sub-resources under an item: attributes, tags, labels, associations, assets, occurrences. */
async function prepareSub(world: FixtureWorld, method: string, segs: string[], out: string[], at: number, base: string, owner: string | undefined): Promise<void> {
  const sub = segs[at];
  const last = segs.length - 1;
  const q = world.ownerQuery(owner);
  if (sub === undefined) return;

  if (sub === "attributes" && segs[at + 1] !== undefined) {
    const made = await world.ok("POST", `${base}/attributes${q}`, { type: "Description", value: "Example", displayed: true });
    const id = String((made.data as { attribute: { id: number } }).attribute.id);
    out[at + 1] = id;
    if (segs[at + 2] === "securityLabels") await world.ok("POST", `${base}/attributes/${id}/securityLabels/TLP%3AAMBER${q}`);
  } else if (sub === "tags" && segs[at + 1] !== undefined && method === "DELETE") {
    await world.ok("POST", `${base}/tags/${segs[at + 1]}${q}`);
  } else if (sub === "securityLabels" && segs[at + 1] !== undefined && method === "DELETE") {
    await world.ok("POST", `${base}/securityLabels/${segs[at + 1]}${q}`);
  } else if (sub === "groups") {
    const branch = segs[at + 1] ?? "incidents";
    const id = await world.group(branch);
    if (segs[at + 2] !== undefined) out[at + 2] = String(id);
    if (method !== "POST") await world.ok("POST", `${base}/groups/${branch}/${id}${q}`);
  } else if (sub === "indicators") {
    const [branch, value] = segs[at + 1] !== undefined && segs[at + 2] !== undefined ? [segs[at + 1] ?? "", dec(segs[at + 2] ?? "")] : world.sample("Address");
    await world.indicator(branch, value, owner);
    if (method !== "POST" && !base.startsWith("/v2/victims")) await world.ok("POST", `${base}/indicators/${branch}/${encodeURIComponent(value)}${q}`);
    if (base.startsWith("/v2/victims")) {
      const g = await world.group("incidents");
      await world.ok("POST", `/v2/groups/incidents/${g}${base.replace("/v2", "")}`);
      await world.ok("POST", `/v2/groups/incidents/${g}/indicators/${branch}/${encodeURIComponent(value)}`);
    }
  } else if (sub === "victims") {
    const v = await world.victim();
    if (segs[at + 1] !== undefined) out[at + 1] = String(v.id);
    if (method !== "POST" && !base.startsWith("/v2/victims")) await world.ok("POST", `${base}/victims/${v.id}${q}`);
    if (base.startsWith("/v2/victims") && segs[at + 1] === undefined) {
      const g = await world.group("incidents");
      await world.ok("POST", `/v2/groups/incidents/${g}${base.replace("/v2", "")}`);
      await world.ok("POST", `/v2/groups/incidents/${g}/victims/${v.id}`);
    }
  } else if (sub === "victimAssets" && !base.startsWith("/v2/victims")) {
    const v = await world.victim();
    if (segs[at + 2] !== undefined) out[at + 2] = String(v.assetId);
    await world.ok("POST", `${base}/victimAssets/${v.assetBranch}/${v.assetId}${q}`);
  } else if (sub === "adversaryAssets") {
    for (const [branch, field, value] of [["handles", "handle", "Real Bad Guy"], ["urls", "url", "http://facebook.com/therealbadguy"]] as const) {
      const made = await world.ok("POST", `${base}/adversaryAssets/${branch}`, { [field]: value });
      if (segs[at + 1] === branch && segs[at + 2] !== undefined) out[at + 2] = String((Object.values(made.data as object)[0] as { id: number }).id);
    }
  } else if (sub === "fileOccurrences" && !(method === "POST" && last === at)) {
    const made = await world.ok("POST", `${base}/fileOccurrences${q}`, { fileName: "win999301.dll", path: "C:\\Windows", date: "2017-07-13T00:00:00-05:00" });
    if (segs[at + 1] !== undefined) out[at + 1] = String((made.data as { fileOccurrence: { id: number } }).fileOccurrence.id);
  } else if (sub === "dnsResolutions") {
    const isHost = base.startsWith("/v2/indicators/hosts");
    const other = isHost ? ["addresses", "192.168.100.1"] : ["hosts", "example.com"];
    await world.indicator(other[0] ?? "", other[1] ?? "", owner);
    await world.ok("POST", `${base}/associations/dnsPtrRecord/indicators/${other[0] ?? ""}/${other[1] ?? ""}${q}`);
  } else if (sub === "associations" && method === "GET") {
    const target = segs[at + 1] === "asnToCidr" ? world.sample("CIDR") : world.sample("Address");
    await world.indicator(target[0], target[1], owner);
    await world.ok("POST", `${base}/associations/${segs[at + 1] ?? ""}/indicators/${target[0]}/${encodeURIComponent(target[1])}${q}`);
  } else if (sub === "associations" && method === "POST") {
    await world.indicator(segs[at + 3] ?? "", dec(segs[at + 4] ?? ""), owner);
  } else if (sub === "actions") {
    const target = world.sample("Mutex");
    await world.indicator(target[0], target[1], owner);
    await world.ok("POST", `${base}/actions/${segs[at + 1] ?? ""}/indicators/${target[0]}/${target[1]}${q}`);
  } else if (sub === "upload" && segs[2] === "documents") {
    // PUT replaces contents: upload once first.
    await world.uploadDocument(base);
  }
}

async function batchJob(world: FixtureWorld, method: string, tail: string[]): Promise<number> {
  const made = await world.ok("POST", "/v2/batch", { version: "V2", owner: world.sandbox.organization, haltOnError: false, action: "Create", attributeWriteType: "Append" });
  const id = (made.data as { batchId: number }).batchId;
  if (method === "POST" && tail.length === 0) return id;
  const input = tail[0] === "results" || tail[0] === "errors" ? '{"indicator":[{"type":"Host","summary":"bad host!"}]}' : '{"indicator":[{"type":"Host","summary":"good.example.com"}]}';
  await world.upload(`/v2/batch/${id}`, input);
  await world.waitForBatch(id);
  return id;
}
