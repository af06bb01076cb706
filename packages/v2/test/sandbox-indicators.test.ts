import { describe, expect, it } from "vitest";
import { checkSchema, schemas, TcValidationError } from "../src/index.js";
import { collect } from "./support/collect.js";
import { sandboxClient } from "./support/sandbox-client.js";

describe.each(["json", "xml"] as const)("indicators against the sandbox (%s)", (format) => {
  it("creates, reads, lists, updates and deletes typed indicators", async () => {
    const { client } = sandboxClient(format);

    const host = await client.indicators.hosts.create({ hostName: "example.com", rating: 3, confidence: 60 });
    expect(checkSchema(schemas.hostSchema, host)).toEqual([]);
    expect(host.type).toBe("Host");
    expect(host.hostName).toBe("example.com");

    const url = await client.indicators.create({ type: "URL", text: "http://example.com/a%20b?c=d&e=/f" });
    expect(checkSchema(schemas.urlSchema, url)).toEqual([]);
    const again = await client.indicators.get("URL", "http://example.com/a%20b?c=d&e=/f");
    expect(again.text).toBe("http://example.com/a%20b?c=d&e=/f");

    const v6 = await client.indicators.addresses.create({ ip: "2001:db8::1" });
    expect((await client.indicators.addresses.get("2001:db8::1")).ip).toBe(v6.ip);

    const md5 = "d41d8cd98f00b204e9800998ecf8427e";
    const sha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    await client.indicators.files.create({ summary: `${md5} : ${sha256}` });
    const bySha = await client.indicators.files.get(sha256);
    expect(checkSchema(schemas.fileSchema, bySha)).toEqual([]);
    expect(bySha.md5?.toLowerCase()).toBe(md5);

    const updated = await client.indicators.update("Host", "example.com", { rating: 5 });
    expect(updated.rating).toBe(5);

    const all = await collect(client.indicators.list());
    for (const item of all) expect(checkSchema(schemas.indicatorSummarySchema, item)).toEqual([]);
    expect(all.map((i) => i.summary)).toContain("example.com");

    const hosts = await collect(client.indicators.list({ type: "Host", filters: [["rating", ">", 4]] }));
    expect(hosts.map((h) => h.hostName)).toEqual(["example.com"]);

    await client.indicators.delete("Host", "example.com");
    await expect(client.indicators.get("Host", "example.com")).rejects.toMatchObject({ status: 404 });
  });

  it("refuses invalid values before sending and leaves state unchanged", async () => {
    const { client } = sandboxClient(format);
    const before = await collect(client.indicators.list());

    const refused = client.indicators.asns.create({ "AS Number": "AS 12345" });
    await expect(refused).rejects.toBeInstanceOf(TcValidationError);
    await expect(refused).rejects.toThrow(/AS 12345/);
    await expect(client.indicators.hosts.create({ hostName: "exa mple.com" })).rejects.toBeInstanceOf(TypeError);
    await expect(client.indicators.hosts.create({ hostName: "ok.example", rating: 9 })).rejects.toThrow(/rating/i);

    expect(await collect(client.indicators.list())).toEqual(before);
  });

  it("manages tags, labels, attributes, observations and false positives of an indicator", async () => {
    const { client } = sandboxClient(format);
    await client.indicators.hosts.create({ hostName: "bad.example" });
    const host = client.indicators.hosts.at("bad.example");

    await host.tags.add("Nation State");
    expect((await collect(host.tags.list())).map((t) => t.name)).toEqual(["Nation State"]);
    await host.tags.remove("Nation State");
    expect(await collect(host.tags.list())).toEqual([]);

    await host.securityLabels.add("TLP:AMBER");
    const labels = await collect(host.securityLabels.list());
    expect(labels.map((l) => l.name)).toEqual(["TLP:AMBER"]);
    for (const label of labels) expect(checkSchema(schemas.securityLabelSchema, label)).toEqual([]);

    const attribute = await host.attributes.create({ type: "Description", value: "phish kit", displayed: true });
    expect(checkSchema(schemas.attributeSchema, attribute)).toEqual([]);
    const changed = await host.attributes.update(attribute.id, { value: "phishing kit" });
    expect(changed.value).toBe("phishing kit");
    await host.attributes.securityLabels(attribute.id).add("TLP:AMBER");
    expect((await collect(host.attributes.securityLabels(attribute.id).list())).map((l) => l.name)).toEqual(["TLP:AMBER"]);
    await host.attributes.delete(attribute.id);
    expect(await collect(host.attributes.list())).toEqual([]);

    await host.observations.add(3);
    const count = await host.observationCount();
    expect(checkSchema(schemas.observationCountSchema, count)).toEqual([]);
    expect(count.count).toBe(3);
    const fp = await host.falsePositive();
    expect(checkSchema(schemas.falsePositiveSchema, fp)).toEqual([]);
    expect(fp.count).toBe(1);

    const owners = await collect(host.owners());
    expect(owners.map((o) => o.name)).toContain("Example Organization");
  });

  it("links indicators to indicators, groups and file occurrences", async () => {
    const { client } = sandboxClient(format);
    await client.indicators.addresses.create({ ip: "192.168.0.1" });
    await client.indicators.cidrBlocks.create({ Block: "192.168.0.0/24" });
    const address = client.indicators.addresses.at("192.168.0.1");

    await address.associations("cidrToAddress").add("CIDR", "192.168.0.0/24");
    const linked = await collect(address.associations("cidrToAddress").list());
    expect(linked.map((i) => i.summary)).toEqual(["192.168.0.0/24"]);
    await address.associations("cidrToAddress").remove("CIDR", "192.168.0.0/24");
    expect(await collect(address.associations("cidrToAddress").list())).toEqual([]);

    const incident = await client.groups.incidents.create({ name: "Intrusion", eventDate: "2024-01-01T00:00:00Z" });
    await address.groups.add("Incident", incident.id);
    const groups = await collect(address.groups.list());
    expect(groups.map((g) => g.name)).toEqual(["Intrusion"]);
    const typed = await collect(address.groups.list({ type: "Incident" }));
    expect(typed[0]?.type).toBe("Incident");

    const md5 = "0cc175b9c0f1b6a831c399e269772661";
    await client.indicators.files.create({ md5 });
    const file = client.indicators.files.at(md5);
    const occurrence = await file.fileOccurrences.create({ fileName: "a.exe", path: "C:\\temp" });
    expect(checkSchema(schemas.fileOccurrenceSchema, occurrence)).toEqual([]);
    expect((await file.fileOccurrences.get(occurrence.id)).fileName).toBe("a.exe");
    await file.fileOccurrences.delete(occurrence.id);
    expect(await collect(file.fileOccurrences.list())).toEqual([]);
  });
});
