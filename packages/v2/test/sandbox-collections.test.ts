import { describe, expect, it } from "vitest";
import { checkSchema, schemas } from "../src/index.js";
import { collect } from "./support/collect.js";
import { sandboxClient } from "./support/sandbox-client.js";

describe.each(["json", "xml"] as const)("owners, types, tags, labels, tasks, victims against the sandbox (%s)", (format) => {
  it("reads owners, the API user and type descriptors", async () => {
    const { client, sandbox } = sandboxClient(format);

    const owners = await collect(client.owners.list());
    for (const owner of owners) expect(checkSchema(schemas.ownerSchema, owner, { strict: true })).toEqual([]);
    expect(owners.map((o) => o.name)).toContain(sandbox.organization);
    expect((await client.owners.mine()).name).toBe(sandbox.organization);
    const first = owners[0]!;
    expect((await client.owners.get(first.id)).name).toBe(first.name);

    const me = await client.whoami();
    expect(checkSchema(schemas.userSchema, me, { strict: true })).toEqual([]);

    const types = await collect(client.indicatorTypes.list());
    for (const type of types) expect(checkSchema(schemas.indicatorTypeSchema, type, { strict: true })).toEqual([]);
    expect(types.map((t) => t.apiBranch)).toContain("registryKeys");
    expect((await client.indicatorTypes.get("mutex")).name).toBe("Mutex");

    const associations = await collect(client.associationTypes.list());
    for (const type of associations) expect(checkSchema(schemas.associationTypeSchema, type, { strict: true })).toEqual([]);
    expect((await client.associationTypes.get("Adversary")).apiBranch).toBe("adversaries");
  });

  it("manages tags and security labels and lists tagged items", async () => {
    const { client } = sandboxClient(format);
    const tag = await client.tags.create({ name: "Ransomware", description: "Encrypts files" });
    expect(checkSchema(schemas.tagSchema, tag)).toEqual([]);
    await client.indicators.hosts.create({ hostName: "locker.example" });
    await client.indicators.hosts.at("locker.example").tags.add("Ransomware");

    const tagged = await collect(client.tags.at("Ransomware").indicators.list());
    expect(tagged.map((i) => i.summary)).toEqual(["locker.example"]);
    const detailed = await collect(client.tags.list({ detailed: true }));
    expect(detailed.find((t) => t.name === "Ransomware")?.description).toBe("Encrypts files");

    await client.tags.delete("Ransomware");
    expect(await collect(client.indicators.hosts.at("locker.example").tags.list())).toEqual([]);

    const labels = await collect(client.securityLabels.list());
    expect(labels.map((l) => l.name)).toContain("TLP:AMBER");
    await client.indicators.hosts.at("locker.example").securityLabels.add("TLP:AMBER");
    const labelled = await collect(client.securityLabels.at("TLP:AMBER").indicators.list());
    expect(labelled.map((i) => i.summary)).toEqual(["locker.example"]);
    expect((await client.securityLabels.get("TLP:AMBER")).name).toBe("TLP:AMBER");
  });

  it("manages tasks with assignees and associations", async () => {
    const { client } = sandboxClient(format);
    const task = await client.tasks.create({ name: "Review", dueDate: "2030-01-01T00:00:00Z" });
    expect(checkSchema(schemas.taskSchema, task)).toEqual([]);
    expect(task.status).toBe("Not Started");

    const updated = await client.tasks.update(task.id, { status: "In Progress" });
    expect(updated.status).toBe("In Progress");
    await expect(client.tasks.update(task.id, { status: "Almost" })).rejects.toThrow(/Almost/);

    const handle = client.tasks.at(task.id);
    await handle.tags.add("triage");
    expect((await collect(handle.tags.list())).map((t) => t.name)).toEqual(["triage"]);
    const incident = await client.groups.incidents.create({ name: "I", eventDate: "2024-01-01T00:00:00Z" });
    await handle.groups.add("Incident", incident.id);
    expect((await collect(handle.groups.list())).map((g) => g.id)).toEqual([incident.id]);

    const tasks = await collect(client.tasks.list({ filters: [["status", "=", "In Progress"]] }));
    expect(tasks.map((t) => t.name)).toEqual(["Review"]);
    await client.tasks.delete(task.id);
    expect(await collect(client.tasks.list())).toEqual([]);
  });

  it("manages victims and their assets", async () => {
    const { client } = sandboxClient(format);
    const victim = await client.victims.create({ name: "Jane", org: "Acme" });
    expect(checkSchema(schemas.victimSchema, victim)).toEqual([]);

    const assets = client.victims.at(victim.id).assets;
    const account = await assets.create("networkAccounts", { account: "jdoe", network: "corp" });
    expect(checkSchema(schemas.victimAssetSchema, account)).toEqual([]);
    const listed = await collect(assets.list());
    for (const asset of listed) expect(checkSchema(schemas.victimAssetSummarySchema, asset)).toEqual([]);
    expect(listed).toHaveLength(1);

    const incident = await client.groups.incidents.create({ name: "I", eventDate: "2024-01-01T00:00:00Z" });
    await client.victims.at(victim.id).groups.add("Incident", incident.id);
    expect((await collect(client.groups.incidents.at(incident.id).victims.list())).map((v) => v.name)).toEqual(["Jane"]);

    expect((await client.victims.update(victim.id, { name: "Jane D." })).name).toBe("Jane D.");
    await assets.delete("networkAccounts", account.id);
    expect(await collect(assets.list())).toEqual([]);
  });
});
