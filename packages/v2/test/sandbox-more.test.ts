import { describe, expect, it } from "vitest";
import { checkSchema, schemas } from "../src/index.js";
import { collect } from "./support/collect.js";
import { sandboxClient } from "./support/sandbox-client.js";

describe.each(["json", "xml"] as const)("more endpoint families against the sandbox (%s)", (format) => {
  it("lists deleted indicators, owner metrics, members and attribute types", async () => {
    const { client } = sandboxClient(format);
    await client.indicators.hosts.create({ hostName: "gone.example" });
    await client.indicators.hosts.delete("gone.example");

    const deleted = await collect(client.indicators.deleted());
    for (const item of deleted) expect(checkSchema(schemas.deletedIndicatorSchema, item, { strict: true })).toEqual([]);
    expect(deleted.map((d) => d.summary)).toEqual(["gone.example"]);
    expect((await collect(client.indicators.hosts.deleted())).map((d) => d.summary)).toEqual(["gone.example"]);
    expect(await collect(client.indicators.addresses.deleted())).toEqual([]);

    const metrics = await collect(client.owners.metrics({ id: 1, limit: 3 }));
    expect(metrics).toHaveLength(3);
    for (const metric of metrics) expect(checkSchema(schemas.ownerMetricSchema, metric)).toEqual([]);

    const members = await client.owners.members();
    expect(Array.isArray(members)).toBe(true);

    const source = await client.attributeTypes.get("Source");
    expect(source.name).toBe("Source");
    expect((await collect(client.attributeTypes.list())).map((t) => t.name)).toContain("Description");
  });

  it("downloads signatures, assigns task users, edits tags and deletes labels", async () => {
    const { client } = sandboxClient(format);
    const signature = await client.groups.signatures.create({ name: "s", fileName: "a.yar", fileType: "YARA", fileText: "rule a { condition: true }" });
    const download = await client.groups.signatures.at(signature.id).download();
    expect(await new Response(download.body).text()).toBe("rule a { condition: true }");

    const task = await client.tasks.create({ name: "Assign me" });
    const me = await client.whoami();
    await client.tasks.at(task.id).assignees.add(me.userName);
    expect((await collect(client.tasks.at(task.id).assignees.list())).map((u) => u.userName)).toEqual([me.userName]);
    await client.tasks.at(task.id).assignees.remove(me.userName);
    expect(await collect(client.tasks.at(task.id).assignees.list())).toEqual([]);

    await client.tags.create({ name: "old-name" });
    const renamed = await client.tags.update("old-name", { name: "new-name", description: "d" });
    expect(renamed?.name).toBe("new-name");
    expect((await client.tags.get("new-name")).description).toBe("d");

    await client.securityLabels.delete("TLP:RED");
    expect((await collect(client.securityLabels.list())).map((l) => l.name)).not.toContain("TLP:RED");
  });

  it("links files to other indicators through file actions", async () => {
    const { client } = sandboxClient(format);
    const md5 = "0cc175b9c0f1b6a831c399e269772661";
    await client.indicators.files.create({ md5 });
    await client.indicators.hosts.create({ hostName: "c2.example" });
    const actions = client.indicators.files.at(md5).actions("dnsQuery");

    await actions.add("Host", "c2.example");
    expect((await collect(actions.list())).map((i) => i.summary)).toEqual(["c2.example"]);
    await actions.remove("Host", "c2.example");
    expect(await collect(actions.list())).toEqual([]);
  });

  it("reads batch error results of a job with a bad item", async () => {
    const { client } = sandboxClient(format);
    const id = await client.batch.create();
    await client.batch.upload(id, '{"indicator":[{"type":"Host","summary":"bad host"}]}');
    const status = await client.batch.wait(id, { initialDelayMs: 5 });
    expect(status.errorCount).toBe(1);

    const errors = await client.batch.errors(id);
    expect(errors.map((e) => e.errorReason).join()).toMatch(/bad host/);
    const results = await client.batch.results(id);
    for (const result of results) expect(checkSchema(schemas.batchResultSchema, result)).toEqual([]);
    expect(results[0]?.code).toBe("0x1005");
  });
});

describe("custom indicator types by descriptor", () => {
  it("addresses a type through the descriptor the server lists", async () => {
    const { client } = sandboxClient();
    const types = await collect(client.indicatorTypes.list());
    const mutex = types.find((type) => type.name === "Mutex");
    if (mutex === undefined) throw new Error("the sandbox lists no Mutex type");

    const mutexes = client.indicators.ofType(mutex);
    const created = await mutexes.create({ Mutex: "Global\\evil" });
    expect(created.Mutex).toBe("Global\\evil");
    expect((await mutexes.get("Global\\evil")).type).toBe("Mutex");
    expect(await collect(mutexes.list())).toHaveLength(1);
  });
});
