import { createSandbox } from "../src/index.js";
import type { Sandbox } from "../src/index.js";
import { call, callJson, dataOf } from "./helpers.js";

/** Body fields that identify an indicator of each branch, for a given value. */
function valueBody(branch: string, value: string): Record<string, unknown> {
  switch (branch.toLowerCase()) {
    case "hosts": return { hostName: value, dnsActive: "true", whoisActive: "true" };
    case "addresses": return { ip: value };
    case "emailaddresses": return { address: value };
    case "urls": return { text: value };
    case "files": return fileBody(value);
    case "asns": return { "AS Number": value };
    case "cidrblocks": return { Block: value };
    case "mutexes": return { Mutex: value };
    case "useragents": return { "User Agent String": value };
    case "registrykeys": return { "Key Name": "HKEY_LOCAL_MACHINE\\Software\\Example", "Value Name": "Example Value", "Value Type": "REG_NONE" };
    default: throw new Error(`no value body for ${branch}`);
  }
}

/** A File with all three hashes, the given one plus two derived from it, and a size. */
function fileBody(hash: string): Record<string, unknown> {
  const hex = hash.repeat(3);
  return { md5: hash.length === 32 ? hash : hex.slice(0, 32), sha1: hash.length === 40 ? hash : hex.slice(0, 40), sha256: hash.length === 64 ? hash : hex.slice(0, 64), size: 319 };
}

/** Sample values for pivots that need "some linked indicator of type X". */
const SAMPLE: Record<string, [string, string]> = {
  Address: ["addresses", "0.0.0.0"], Host: ["hosts", "linked.example.com"], CIDR: ["cidrBlocks", "192.168.0.0/24"],
  Mutex: ["mutexes", "50F163F13C2FF8FDB5262A672EB39B19"], File: ["files", "8743b52063cd84097a65d1633f5c74f5"],
  "User Agent": ["userAgents", "Mozilla/5.0"], "Registry Key": ["registryKeys", ""], URL: ["urls", "http://linked.example.com/"],
  EmailAddress: ["emailAddresses", "linked@example.com"], ASN: ["asns", "ASN12345"],
};

const enc = (v: string): string => encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * A fresh sandbox plus helpers that create whatever a documented example path refers to,
 * returning the path with documented ids (12345, 54321, …) replaced by real ones.
 */
export class FixtureWorld {
  readonly sandbox: Sandbox;

  constructor(batchProcessingDelayMs = 0) {
    this.sandbox = createSandbox({
      batchProcessingDelayMs,
      seed: {
        indicator: [{
          type: "Host", summary: "seeded.example.com", rating: 3, confidence: 60, description: "Seeded", source: "Seed",
          attribute: [{ type: "Description", value: "Seeded host", displayed: true }], tag: [{ name: "Nation State" }],
          securityLabel: [{ name: "MyCustomLabel", description: "A custom label", color: "33FF00" }],
        }],
      },
    });
  }

  async ok(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
    const res = await callJson(this.sandbox, method, path, body === undefined ? {} : { body });
    if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(res.json)}`);
    return res.json;
  }

  ownerQuery(owner: string | undefined): string {
    return owner === undefined ? "" : `?owner=${enc(owner)}`;
  }

  async indicator(branch: string, value: string, owner?: string): Promise<void> {
    const q = this.ownerQuery(owner);
    const got = await call(this.sandbox, "GET", `/v2/indicators/${branch}/${enc(value)}${q}`);
    if (got.status === 200) return;
    const body = { ...valueBody(branch, value), rating: 3, confidence: 60, description: "Example description", source: "Example source" };
    await this.ok("POST", `/v2/indicators/${branch}${q}`, body);
    const base = `/v2/indicators/${branch}/${enc(value)}`;
    await this.ok("POST", `/v2/tags${q}`, { name: "Nation State", description: "Activity likely backed by a nation state." });
    await this.ok("POST", `${base}/tags/Nation%20State${q}`);
    await this.ok("POST", `${base}/attributes${q}`, { type: "Description", value: "Example", displayed: true });
    await this.ok("POST", `${base}/observations${q}`, { count: 2 });
    await this.ok("POST", `${base}/falsePositive${q}`);
    await this.ok("POST", `${base}/securityLabels/TLP%3AAMBER${q}`);
  }

  /** Returns the real id of a group of this branch (created with every field the fixtures show). */
  async group(branch: string): Promise<number> {
    const bodies: Record<string, Record<string, unknown>> = {
      incidents: { name: "Test Incident", eventDate: "2017-07-13T00:00:00Z", status: "Open" },
      events: { name: "Test Event", eventDate: "2017-07-13T00:00:00Z", status: "New" },
      documents: { name: "upload.zip", fileName: "upload.zip" },
      reports: { name: "Report", fileName: "report.pdf" },
      emails: { name: "Email", subject: "s", header: "h", body: "b" },
      signatures: { name: "Sig", fileName: "x.yara", fileType: "YARA", fileText: "rule x {}" },
    };
    const created = await this.ok("POST", `/v2/groups/${branch}`, bodies[branch] ?? { name: `Example ${branch}` });
    const entity = Object.keys(created.data as object)[0] ?? "";
    const id = (dataOf(created, entity) as { id: number }).id;
    await this.ok("POST", `/v2/groups/${branch}/${id}/tags/Nation%20State`);
    await this.ok("POST", `/v2/groups/${branch}/${id}/securityLabels/TLP%3AAMBER`);
    await this.ok("POST", `/v2/groups/${branch}/${id}/attributes`, { type: "Description", value: "Example", displayed: true });
    if (branch === "documents") await this.uploadDocument(`/v2/groups/documents/${id}`);
    return id;
  }

  async task(): Promise<number> {
    const created = await this.ok("POST", "/v2/tasks", {
      name: "Example Task", dueDate: "2017-07-24T00:00:00Z", reminderDate: "2017-07-20T00:00:00Z", escalationDate: "2017-07-25T00:00:00Z",
      assignee: [{ userName: "johndoe@example.com" }], escalatee: [{ userName: "johndoe@example.com" }],
    });
    const id = (dataOf(created, "task") as { id: number }).id;
    await this.ok("POST", `/v2/tasks/${id}/tags/Nation%20State`);
    await this.ok("POST", `/v2/tasks/${id}/securityLabels/TLP%3AAMBER`);
    await this.ok("POST", `/v2/tasks/${id}/attributes`, { type: "Description", value: "Example", displayed: true });
    return id;
  }

  async victim(): Promise<{ id: number; assetId: number; assetBranch: string }> {
    const created = await this.ok("POST", "/v2/victims", {
      name: "Bad Guy", description: "Example", org: "Example Organization", suborg: "HR", workLocation: "Remote", nationality: "None",
    });
    const id = (dataOf(created, "victim") as { id: number }).id;
    const asset = await this.ok("POST", `/v2/victims/${id}/victimAssets/emailAddresses`, { address: "bad@badguys.com" });
    await this.ok("POST", `/v2/victims/${id}/victimAssets/networkAccounts`, { account: "John Doe", network: "Active Directory" });
    await this.ok("POST", `/v2/victims/${id}/tags/Nation%20State`);
    await this.ok("POST", `/v2/victims/${id}/securityLabels/TLP%3AAMBER`);
    await this.ok("POST", `/v2/victims/${id}/attributes`, { type: "Description", value: "Example", displayed: true });
    return { id, assetId: (dataOf(asset, "victimEmailAddress") as { id: number }).id, assetBranch: "emailAddresses" };
  }

  async upload(path: string, text: string): Promise<void> {
    const res = await call(this.sandbox, "POST", path, { raw: text });
    if (res.status >= 300) throw new Error(`upload ${path} → ${res.status}`);
  }

  async uploadDocument(base: string): Promise<void> {
    const res = await call(this.sandbox, "POST", `${base}/upload`, { raw: new Uint8Array([1, 2, 3]) });
    if (res.status >= 300) throw new Error(`upload ${base} → ${res.status}`);
  }

  async waitForBatch(id: number): Promise<void> {
    for (let i = 0; i < 200; i++) {
      const res = await callJson(this.sandbox, "GET", `/v2/batch/${id}`);
      if ((dataOf(res.json, "batchStatus") as { status: string }).status === "Completed") return;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`batch ${id} did not complete`);
  }

  sample(type: string): [string, string] {
    const found = SAMPLE[type];
    if (!found) throw new Error(`no sample for ${type}`);
    return found;
  }
}

