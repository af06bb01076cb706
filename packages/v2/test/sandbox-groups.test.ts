import { describe, expect, it } from "vitest";
import { checkSchema, schemas } from "../src/index.js";
import { collect } from "./support/collect.js";
import { sandboxClient } from "./support/sandbox-client.js";

async function text(body: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(body).text();
}

describe.each(["json", "xml"] as const)("groups against the sandbox (%s)", (format) => {
  it("creates, reads, updates, lists and deletes groups of several types", async () => {
    const { client } = sandboxClient(format);

    const incident = await client.groups.create({ type: "Incident", name: "Breach", eventDate: "2024-01-02T00:00:00Z", status: "Open" });
    expect(checkSchema(schemas.incidentSchema, incident)).toEqual([]);
    expect(incident.status).toBe("Open");

    const threat = await client.groups.threats.create({ name: "Bad Dude" });
    expect(checkSchema(schemas.threatSchema, threat)).toEqual([]);
    const signature = await client.groups.signatures.create({ name: "sig", fileName: "a.yar", fileType: "YARA", fileText: "rule a {}" });
    expect(signature.fileType).toBe("YARA");

    const renamed = await client.groups.incidents.update(incident.id, { name: "Big Breach" });
    expect(renamed.name).toBe("Big Breach");
    expect((await client.groups.get("incidents", incident.id)).name).toBe("Big Breach");

    const all = await collect(client.groups.list());
    for (const group of all) expect(checkSchema(schemas.groupSummarySchema, group)).toEqual([]);
    expect(all.map((g) => g.name).sort()).toEqual(["Bad Dude", "Big Breach", "sig"]);
    const named = await collect(client.groups.list({ filters: [["name", "^", "Big"]] }));
    expect(named.map((g) => g.name)).toEqual(["Big Breach"]);

    await client.groups.delete("Threat", threat.id);
    await expect(client.groups.threats.get(threat.id)).rejects.toMatchObject({ status: 404 });
  });

  it("refuses a group missing required fields before sending", async () => {
    const { client } = sandboxClient(format);
    await expect(client.groups.create({ type: "Incident", name: "x" } as never)).rejects.toThrow(/eventDate/);
    await expect(client.groups.threats.create({ name: "" })).rejects.toThrow(/name/i);
    expect(await collect(client.groups.list())).toEqual([]);
  });

  it("manages group metadata, associations and adversary assets", async () => {
    const { client } = sandboxClient(format);
    const threat = await client.groups.threats.create({ name: "Threat" });
    const handle = client.groups.threats.at(threat.id);

    await handle.tags.add("APT");
    expect((await collect(handle.tags.list())).map((t) => t.name)).toEqual(["APT"]);
    await handle.securityLabels.add("TLP:RED");
    expect((await collect(handle.securityLabels.list())).map((l) => l.name)).toEqual(["TLP:RED"]);
    const attribute = await handle.attributes.create({ type: "Description", value: "d" });
    expect((await handle.attributes.get(attribute.id)).value).toBe("d");

    const incident = await client.groups.incidents.create({ name: "Inc", eventDate: "2024-01-01T00:00:00Z" });
    await handle.groups.add("Incident", incident.id);
    expect((await collect(handle.groups.list())).map((g) => g.id)).toEqual([incident.id]);
    await client.indicators.addresses.create({ ip: "10.0.0.1" });
    await handle.indicators.add("Address", "10.0.0.1");
    const addresses = await collect(handle.indicators.list({ type: "Address" }));
    expect(addresses.map((a) => a.ip)).toEqual(["10.0.0.1"]);
    await handle.indicators.remove("Address", "10.0.0.1");
    expect(await collect(handle.indicators.list())).toEqual([]);

    const adversary = await client.groups.adversaries.create({ name: "Adv" });
    const assets = client.groups.adversaries.at(adversary.id).assets;
    const made = await assets.create("handles", "evil");
    expect(checkSchema(schemas.adversaryAssetSchema, made)).toEqual([]);
    const listed = await collect(assets.list());
    for (const asset of listed) expect(checkSchema(schemas.bucketAssetSchema, asset)).toEqual([]);
    expect(listed).toHaveLength(1);
    await assets.delete("handles", made.id);
    expect(await collect(assets.list())).toEqual([]);

    await handle.publish({ excludeUnlabeled: true });
  });

  it("uploads and downloads document contents as bytes", async () => {
    const { client } = sandboxClient(format);
    const document = await client.groups.documents.create({ name: "Doc", fileName: "notes.txt" });
    const docs = client.groups.documents.at(document.id);

    await docs.upload("first contents");
    await docs.upload(new TextEncoder().encode("second contents"), { replace: true });
    const download = await docs.download();
    expect(await text(download.body)).toBe("second contents");

    await docs.upload(new Blob(["streamed ", "contents"]).stream(), { replace: true });
    expect(await text((await docs.download()).body)).toBe("streamed contents");
  });
});
