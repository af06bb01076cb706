import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { createSandbox } from "../src/index.js";
import type { Sandbox } from "../src/index.js";
import { call, callJson, dataOf } from "./helpers.js";

const xmlParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", parseTagValue: false });

/** GET in XML: returns the parsed root element. */
async function getXml(sandbox: Sandbox, path: string): Promise<Record<string, unknown>> {
  const res = await call(sandbox, "GET", path, { accept: "application/xml" });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("application/xml");
  return xmlParser.parse(await res.text()) as Record<string, unknown>;
}

async function ok(sandbox: Sandbox, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await callJson(sandbox, method, path, body === undefined ? {} : { body });
  expect(res.status, `${method} ${path}: ${JSON.stringify(res.json)}`).toBeLessThan(300);
  return res.json;
}

describe("round trips per endpoint family (JSON and XML)", () => {
  it("owners and whoami", async () => {
    const sandbox = createSandbox({ organization: "Acme Org" });
    const mine = dataOf(await ok(sandbox, "GET", "/v2/owners/mine"), "owner") as { id: number; name: string };
    expect(mine.name).toBe("Acme Org");
    expect((dataOf(await ok(sandbox, "GET", `/v2/owners/${mine.id}`), "owner") as { name: string }).name).toBe("Acme Org");
    expect((dataOf(await ok(sandbox, "GET", "/v2/whoami"), "user") as { role: string }).role).toBe("Api User");
    expect((dataOf(await ok(sandbox, "GET", "/v2/owners/mine/members"), "user") as unknown[]).length).toBeGreaterThan(0);
    expect((dataOf(await ok(sandbox, "GET", `/v2/owners/${mine.id}/metrics`), "ownerMetric") as unknown[]).length).toBe(30);

    const xml = await getXml(sandbox, "/v2/owners");
    const data = (xml.ownersResponse as { Status: string; Data: { Owner: { "@_xsi:type": string; Name: string }[] } });
    expect(data.Status).toBe("Success");
    expect(data.Data.Owner[0]).toMatchObject({ "@_xsi:type": "organization", Name: "Acme Org" });
  });

  it("indicators: create, read, update, list, tag, attribute, label, delete", async () => {
    const sandbox = createSandbox();
    await ok(sandbox, "POST", "/v2/indicators/hosts", { hostName: "example.com", rating: 3, confidence: 50 });
    await ok(sandbox, "PUT", "/v2/indicators/hosts/example.com", { rating: 5, dnsActive: true });
    await ok(sandbox, "POST", "/v2/indicators/hosts/example.com/tags/Nation%20State");
    await ok(sandbox, "POST", "/v2/indicators/hosts/example.com/securityLabels/TLP%3AAMBER");
    const attr = dataOf(await ok(sandbox, "POST", "/v2/indicators/hosts/example.com/attributes", { type: "Description", value: "bad", displayed: true }), "attribute") as { id: number };
    await ok(sandbox, "PUT", `/v2/indicators/hosts/example.com/attributes/${attr.id}`, { value: "worse" });
    await ok(sandbox, "POST", `/v2/indicators/hosts/example.com/attributes/${attr.id}/securityLabels/TLP%3ARED`);

    const host = dataOf(await ok(sandbox, "GET", "/v2/indicators/hosts/example.com?includeAdditional=true"), "host") as Record<string, unknown>;
    expect(host).toMatchObject({ hostName: "example.com", rating: 5, dnsActive: "true", active: true });
    const tags = dataOf(await ok(sandbox, "GET", "/v2/tags/Nation%20State/indicators"), "indicator") as { summary: string }[];
    expect(tags.map((t) => t.summary)).toEqual(["example.com"]);
    const attrs = dataOf(await ok(sandbox, "GET", "/v2/indicators/hosts/example.com/attributes"), "attribute") as { value: string }[];
    expect(attrs[0]?.value).toBe("worse");
    const labels = dataOf(await ok(sandbox, "GET", `/v2/indicators/hosts/example.com/attributes/${attr.id}/securityLabels`), "securityLabel") as { name: string }[];
    expect(labels.map((l) => l.name)).toEqual(["TLP:RED"]);

    const xml = await getXml(sandbox, "/v2/indicators/hosts/example.com");
    const single = xml.hostResponse as { Data: { "@_xsi:type": string; Host: { HostName: string; Owner: { "@_xsi:type": string } } } };
    expect(single.Data["@_xsi:type"]).toBe("hostResponseData");
    expect(single.Data.Host.HostName).toBe("example.com");
    expect(single.Data.Host.Owner["@_xsi:type"]).toBe("organization");
    const list = await getXml(sandbox, "/v2/indicators");
    expect((list.indicatorsResponse as { Data: { ResultCount: string; Indicator: { Summary: string } } }).Data).toMatchObject({ ResultCount: "1", Indicator: { Summary: "example.com" } });

    await ok(sandbox, "DELETE", "/v2/indicators/hosts/example.com");
    expect((await call(sandbox, "GET", "/v2/indicators/hosts/example.com")).status).toBe(404);
    const deleted = dataOf(await ok(sandbox, "GET", "/v2/indicators/deleted"), "indicator") as { summary: string }[];
    expect(deleted.map((d) => d.summary)).toEqual(["example.com"]);
  });

  it("indicator extras: observations, false positives, owners, file occurrences, DNS, typed associations, file actions", async () => {
    const sandbox = createSandbox();
    const md5 = "8743b52063cd84097a65d1633f5c74f5";
    await ok(sandbox, "POST", "/v2/indicators/files", { md5 });
    await ok(sandbox, "POST", `/v2/indicators/files/${md5}/observations`, { count: 3 });
    expect((dataOf(await ok(sandbox, "GET", `/v2/indicators/files/${md5}/observationCount`), "observationCount") as { count: number }).count).toBe(3);
    expect((dataOf(await ok(sandbox, "POST", `/v2/indicators/files/${md5}/falsePositive`), "falsePositive") as { count: number }).count).toBe(1);
    expect((dataOf(await ok(sandbox, "POST", `/v2/indicators/files/${md5}/falsePositive`), "falsePositive") as { count: number }).count).toBe(1);
    const occ = dataOf(await ok(sandbox, "POST", `/v2/indicators/files/${md5}/fileOccurrences`, { fileName: "a.dll" }), "fileOccurrence") as { id: number };
    await ok(sandbox, "PUT", `/v2/indicators/files/${md5}/fileOccurrences/${occ.id}`, { path: "C:\\x" });
    expect(dataOf(await ok(sandbox, "GET", `/v2/indicators/files/${md5}/fileOccurrences/${occ.id}`), "fileOccurrence")).toMatchObject({ fileName: "a.dll", path: "C:\\x" });
    expect((dataOf(await ok(sandbox, "GET", `/v2/indicators/files/${md5}/owners`), "owner") as unknown[]).length).toBe(1);

    await ok(sandbox, "POST", "/v2/indicators/mutexes", { Mutex: "M1" });
    await ok(sandbox, "POST", `/v2/indicators/files/${md5}/actions/mutex/indicators/mutexes/M1`);
    expect((dataOf(await ok(sandbox, "GET", `/v2/indicators/files/${md5}/actions/mutex/indicators`), "indicator") as { summary: string }[])[0]?.summary).toBe("M1");
    const wrong = await callJson(sandbox, "POST", `/v2/indicators/files/${md5}/actions/drop/indicators/mutexes/M1`);
    expect(wrong.status).toBe(400);

    await ok(sandbox, "POST", "/v2/indicators/hosts", { hostName: "example.com" });
    await ok(sandbox, "POST", "/v2/indicators/addresses", { ip: "192.168.0.1" });
    await ok(sandbox, "POST", "/v2/indicators/hosts/example.com/associations/dnsPtrRecord/indicators/addresses/192.168.0.1");
    const dns = dataOf(await ok(sandbox, "GET", "/v2/indicators/hosts/example.com/dnsResolutions"), "dnsResolution") as { addresses: { ip: string }[] }[];
    expect(dns[0]?.addresses[0]?.ip).toBe("192.168.0.1");
    const bad = await callJson(sandbox, "POST", "/v2/indicators/hosts/example.com/associations/asnToCidr/indicators/addresses/192.168.0.1");
    expect(bad.status).toBe(400);
  });

  it("groups: every type with its own fields, documents upload/download, signatures, publish, adversary assets", async () => {
    const sandbox = createSandbox();
    const incident = dataOf(await ok(sandbox, "POST", "/v2/groups/incidents", { name: "Inc", eventDate: "2017-7-13T00:00:00-04:00", status: "New" }), "incident") as { id: number; eventDate: string };
    expect(incident.eventDate).toBe("2017-7-13T00:00:00-04:00");
    const missing = await callJson(sandbox, "POST", "/v2/groups/incidents", { body: { name: "No date" } });
    expect(missing.status).toBe(400);
    expect(missing.json.message).toMatch(/eventDate/);
    await ok(sandbox, "PUT", `/v2/groups/incidents/${incident.id}`, { name: "Renamed", status: "Closed" });
    expect(dataOf(await ok(sandbox, "GET", `/v2/groups/incidents/${incident.id}?includeAdditional=true`), "incident")).toMatchObject({ name: "Renamed", status: "Closed" });

    const doc = dataOf(await ok(sandbox, "POST", "/v2/groups/documents", { name: "d", fileName: "d.bin" }), "document") as { id: number; status: string };
    expect(doc.status).toBe("Awaiting Upload");
    const up = await call(sandbox, "POST", `/v2/groups/documents/${doc.id}/upload`, { raw: new Uint8Array([9, 8, 7]) });
    expect(up.status).toBe(200);
    const down = await call(sandbox, "GET", `/v2/groups/documents/${doc.id}/download`);
    expect(new Uint8Array(await down.arrayBuffer())).toEqual(new Uint8Array([9, 8, 7]));
    expect(dataOf(await ok(sandbox, "GET", `/v2/groups/documents/${doc.id}`), "document")).toMatchObject({ status: "Success", fileSize: 3 });

    const malware = dataOf(await ok(sandbox, "POST", "/v2/groups/documents", { name: "m", fileName: "m.zip", malware: true, password: "TCinfected" }), "document") as { id: number };
    expect((await call(sandbox, "POST", `/v2/groups/documents/${malware.id}/upload`, { raw: new Uint8Array([1, 2, 3, 4]) })).status).toBe(400);

    const sig = dataOf(await ok(sandbox, "POST", "/v2/groups/signatures", { name: "s", fileName: "s.yar", fileType: "YARA", fileText: "rule a {}" }), "signature") as { id: number };
    expect(await (await call(sandbox, "GET", `/v2/groups/signatures/${sig.id}/download`)).text()).toBe("rule a {}");
    await ok(sandbox, "POST", `/v2/groups/signatures/${sig.id}/publish`, { securityLabelList: [], excludeUnlabeled: false });

    const adv = dataOf(await ok(sandbox, "POST", "/v2/groups/adversaries", { name: "A" }), "adversary") as { id: number };
    const handle = dataOf(await ok(sandbox, "POST", `/v2/groups/adversaries/${adv.id}/adversaryAssets/handles`, { handle: "h" }), "adversaryHandle") as { id: number };
    await ok(sandbox, "PUT", `/v2/groups/adversaries/${adv.id}/adversaryAssets/handles/${handle.id}`, { handle: "h2" });
    expect((dataOf(await ok(sandbox, "GET", `/v2/groups/adversaries/${adv.id}/adversaryAssets`), "bucketAsset") as { name: string }[])[0]?.name).toBe("h2");
    expect((await callJson(sandbox, "POST", `/v2/groups/adversaries/${adv.id}/adversaryAssets/handles`, { body: { url: "x" } })).status).toBe(400);

    const xml = await getXml(sandbox, "/v2/groups");
    const groups = (xml.groupsResponse as { Data: { "@_xsi:type": string; Group: unknown[] } }).Data;
    expect(groups["@_xsi:type"]).toBe("groupListResponseData");
    expect(groups.Group.length).toBe(5);
  });

  it("associations: group–indicator, group–group, victims with assets, tasks", async () => {
    const sandbox = createSandbox();
    const threat = (dataOf(await ok(sandbox, "POST", "/v2/groups/threats", { name: "T" }), "threat") as { id: number }).id;
    const inc = (dataOf(await ok(sandbox, "POST", "/v2/groups/incidents", { name: "I", eventDate: "2017-07-13T00:00:00Z" }), "incident") as { id: number }).id;
    await ok(sandbox, "POST", "/v2/indicators/addresses", { ip: "0.0.0.0" });
    await ok(sandbox, "POST", `/v2/groups/threats/${threat}/indicators/addresses/0.0.0.0`);
    await ok(sandbox, "POST", `/v2/groups/threats/${threat}/groups/incidents/${inc}`);
    expect((dataOf(await ok(sandbox, "GET", "/v2/indicators/addresses/0.0.0.0/groups"), "group") as { id: number }[])[0]?.id).toBe(threat);
    expect((dataOf(await ok(sandbox, "GET", `/v2/groups/incidents/${inc}/groups/threats`), "threat") as { id: number }[])[0]?.id).toBe(threat);

    const victim = (dataOf(await ok(sandbox, "POST", "/v2/victims", { name: "V" }), "victim") as { id: number }).id;
    const noAsset = await callJson(sandbox, "POST", `/v2/groups/threats/${threat}/victims/${victim}`);
    expect(noAsset.status).toBe(400);
    const asset = dataOf(await ok(sandbox, "POST", `/v2/victims/${victim}/victimAssets/networkAccounts`, { account: "John", network: "AD" }), "victimNetworkAccount") as { id: number };
    await ok(sandbox, "PUT", `/v2/victims/${victim}/victimAssets/networkAccounts/${asset.id}`, { account: "Jane" });
    await ok(sandbox, "POST", `/v2/groups/threats/${threat}/victims/${victim}`);
    expect((dataOf(await ok(sandbox, "GET", `/v2/victims/${victim}/indicators`), "indicator") as { summary: string }[])[0]?.summary).toBe("0.0.0.0");
    expect((dataOf(await ok(sandbox, "GET", `/v2/victims/${victim}/victimAssets`), "victimAsset") as { name: string }[])[0]?.name).toBe("Jane");

    const task = (dataOf(await ok(sandbox, "POST", "/v2/tasks", { name: "Do", assignee: [{ userName: "johndoe@example.com" }] }), "task") as { id: number; status: string });
    await ok(sandbox, "POST", `/v2/tasks/${task.id}/escalatees/johndoe@example.com`);
    expect((dataOf(await ok(sandbox, "GET", `/v2/tasks/${task.id}/escalatees`), "user") as { userName: string }[])[0]?.userName).toBe("johndoe@example.com");
    await ok(sandbox, "PUT", `/v2/tasks/${task.id}`, { status: "Completed" });
    await ok(sandbox, "POST", `/v2/tasks/${task.id}/groups/threats/${threat}`);
    expect((dataOf(await ok(sandbox, "GET", `/v2/groups/threats/${threat}/tasks`), "task") as { status: string }[])[0]?.status).toBe("Completed");
    expect((await callJson(sandbox, "GET", "/v2/tasks?filters=status%21Completed")).json).toMatchObject({ data: { resultCount: 0 } });
    await ok(sandbox, "DELETE", `/v2/groups/threats/${threat}/indicators/addresses/0.0.0.0`);
    expect((await callJson(sandbox, "DELETE", `/v2/groups/threats/${threat}/indicators/addresses/0.0.0.0`)).status).toBe(404);

    const xml = await getXml(sandbox, `/v2/victims/${victim}`);
    expect((xml.victimResponse as { Data: { Victim: { Name: string } } }).Data.Victim.Name).toBe("V");
  });

  it("tags and security labels: top-level views, rename, delete everywhere", async () => {
    const sandbox = createSandbox();
    await ok(sandbox, "POST", "/v2/tags", { name: "Ransomware", description: "R" });
    await ok(sandbox, "POST", "/v2/indicators/hosts", { hostName: "r.example.com" });
    await ok(sandbox, "POST", "/v2/indicators/hosts/r.example.com/tags/Ransomware");
    expect((dataOf(await ok(sandbox, "GET", "/v2/tags?filters=weight%3E0"), "tag") as { name: string }[]).map((t) => t.name)).toEqual(["Ransomware"]);
    await ok(sandbox, "PUT", "/v2/tags/Ransomware", { name: "Ransomware Attack" });
    expect((dataOf(await ok(sandbox, "GET", "/v2/indicators/hosts/r.example.com/tags"), "tag") as { name: string }[])[0]?.name).toBe("Ransomware Attack");
    await ok(sandbox, "DELETE", "/v2/tags/Ransomware%20Attack");
    expect((dataOf(await ok(sandbox, "GET", "/v2/indicators/hosts/r.example.com/tags"), "tag") as unknown[]).length).toBe(0);
    expect((await callJson(sandbox, "POST", `/v2/indicators/hosts/r.example.com/tags/${"x".repeat(129)}`)).status).toBe(400);
    // The 128-character limit counts characters, not UTF-16 units, exactly as the client's rule does.
    const emojiTag = encodeURIComponent("\u{1F41F}".repeat(128));
    await ok(sandbox, "POST", `/v2/indicators/hosts/r.example.com/tags/${emojiTag}`);
    expect((await callJson(sandbox, "POST", `/v2/indicators/hosts/r.example.com/tags/${emojiTag}x`)).status).toBe(400);

    expect((await callJson(sandbox, "POST", "/v2/indicators/hosts/r.example.com/securityLabels/NoSuchLabel")).status).toBe(400);
    await ok(sandbox, "POST", "/v2/indicators/hosts/r.example.com/securityLabels/TLP%3AGREEN");
    expect((dataOf(await ok(sandbox, "GET", "/v2/securityLabels/TLP%3AGREEN/indicators"), "indicator") as unknown[]).length).toBe(1);
    expect((dataOf(await ok(sandbox, "GET", "/v2/securityLabels/TLP%3AGREEN/indicators/hosts/r.example.com"), "host") as unknown[]).length).toBe(1);
    expect((await callJson(sandbox, "GET", "/v2/securityLabels/TLP%3AGREEN/indicators/hosts/other.example.com")).status).toBe(404);
    expect((dataOf(await ok(sandbox, "GET", "/v2/securityLabels?filters=name%5ETLP%3AA"), "securityLabel") as unknown[]).length).toBe(2);
    await ok(sandbox, "DELETE", "/v2/securityLabels/TLP%3AGREEN");
    expect((dataOf(await ok(sandbox, "GET", "/v2/indicators/hosts/r.example.com/securityLabels"), "securityLabel") as unknown[]).length).toBe(0);

    const xml = await getXml(sandbox, "/v2/securityLabels");
    expect((xml.securityLabelsResponse as { Data: { SecurityLabel: unknown[] } }).Data.SecurityLabel.length).toBe(5);
  });

  it("custom metrics and type descriptors", async () => {
    const sandbox = createSandbox();
    await ok(sandbox, "POST", "/v2/customMetrics", { name: "runs", dataType: "Sum", interval: "Daily", keyedValues: false, description: "d" });
    const first = await call(sandbox, "POST", "/v2/customMetrics/runs/data", { body: { value: 2 } });
    expect(first.status).toBe(204);
    const second = await callJson(sandbox, "POST", "/v2/customMetrics/runs/data?returnValue=true", { body: { value: 3 } });
    expect(second.json.value).toBe(5);
    expect((await callJson(sandbox, "POST", "/v2/customMetrics", { body: { name: "x".repeat(46), dataType: "Sum", interval: "Daily" } })).status).toBe(400);

    const types = dataOf(await ok(sandbox, "GET", "/v2/types/indicatorTypes"), "indicatorType") as { apiBranch: string }[];
    expect(types.map((t) => t.apiBranch)).toContain("cidrBlocks");
    const xml = await getXml(sandbox, "/v2/types/indicatorTypes");
    const data = (xml.indicatorTypesResponse as { Data: { IndicatorType: Record<string, string>[] } }).Data;
    expect(data.IndicatorType.find((t) => t.Name === "ASN")?.casePreference).toBe("upper");
  });

  it("bulk reports in JSON and CSV", async () => {
    const sandbox = createSandbox();
    await ok(sandbox, "POST", "/v2/indicators/hosts", { hostName: "b.example.com", rating: 2, confidence: 40 });
    const json = await callJson(sandbox, "GET", "/v2/indicators/bulk/json");
    expect((json.json.indicator as { summary: string }[])[0]?.summary).toBe("b.example.com");
    const csv = await (await call(sandbox, "GET", "/v2/indicators/bulk/csv")).text();
    expect(csv).toBe("Type,Value,Rating,Confidence\nHost,b.example.com,2,40\n");
    const status = await getXml(sandbox, "/v2/indicators/bulk");
    expect((status.BulkStatus as { Status: string }).Status).toBe("Complete");
  });
});
