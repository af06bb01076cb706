import type { RunningSandbox } from "@tcapi/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, runOk } from "./helpers/run-cli.js";
import { startTestSandbox } from "./helpers/sandbox-env.js";

let sandbox: RunningSandbox;
let env: Record<string, string>;

beforeAll(async () => {
  ({ sandbox, env } = await startTestSandbox());
});

afterAll(async () => {
  await sandbox.close();
});

async function json(args: string[]): Promise<unknown> {
  const result = await runCli(args, env);
  expect(result.stderr).not.toMatch(/^error:/m);
  expect(result).toMatchObject({ code: 0 });
  return JSON.parse(result.stdout) as unknown;
}

describe("whoami and owners", () => {
  it("shows the API user", async () => {
    expect(await json(["whoami"])).toMatchObject({ role: "Api User" });
  });

  it("lists owners by default and gets one, mine, members and metrics", async () => {
    const owners = (await json(["owners"])) as { id: number; name: string }[];
    expect(owners.map((owner) => owner.name)).toContain(sandbox.organization);

    const mine = (await json(["owners", "mine"])) as { id: number; name: string };
    expect(mine.name).toBe(sandbox.organization);
    expect(await json(["owners", "get", String(mine.id)])).toMatchObject({ name: sandbox.organization });
    expect(Array.isArray(await json(["owners", "members"]))).toBe(true);
    expect(Array.isArray(await json(["owners", "metrics", String(mine.id)]))).toBe(true);
  });

  it("prints a table on a terminal only: piped output is JSON", async () => {
    const result = await runCli(["owners"], env);
    expect(() => JSON.parse(result.stdout) as unknown).not.toThrow();
    expect(result.stdout).not.toContain("┌");
  });
});

describe("indicators", () => {
  it("creates, reads, updates, tags, lists and deletes a host", async () => {
    const created = await json([
      "indicators",
      "create",
      "e2e-host.example",
      "--type",
      "host",
      "--rating",
      "3",
      "--tag",
      "phishing",
    ]);
    expect(created).toMatchObject({ hostName: "e2e-host.example", rating: 3 });

    const fetched = await json(["indicators", "get", "e2e-host.example", "--type", "host", "--include-tags"]);
    expect(fetched).toMatchObject({ hostName: "e2e-host.example", tag: [{ name: "phishing" }] });

    expect(
      await json(["indicators", "update", "e2e-host.example", "--type", "host", "--confidence", "70"]),
    ).toMatchObject({
      confidence: 70,
    });

    expect(
      (await runCli(["indicators", "tag", "e2e-host.example", "spam", "--type", "host"], env)).code,
    ).toBe(0);
    const tags = (await json(["indicators", "tags", "e2e-host.example", "--type", "host"])) as {
      name: string;
    }[];
    expect(tags.map((tag) => tag.name).sort()).toEqual(["phishing", "spam"]);
    expect(
      (await runCli(["indicators", "untag", "e2e-host.example", "spam", "--type", "host"], env)).code,
    ).toBe(0);

    const listed = (await json(["indicators", "list", "--type", "host", "--tag", "phishing"])) as {
      hostName?: string;
      summary?: string;
    }[];
    expect(listed.some((item) => (item.hostName ?? item.summary) === "e2e-host.example")).toBe(true);

    await runOk(["indicators", "delete", "e2e-host.example", "--type", "host"], env);
    const gone = await runCli(["indicators", "get", "e2e-host.example", "--type", "host"], env);
    expect(gone.code).toBe(4);
    expect(gone.stderr).toContain("not found");
  });

  it("guesses the type from the value and handles attributes, observations and false positives", async () => {
    await json(["indicators", "create", "10.20.30.40"]);

    const attribute = (await json([
      "indicators",
      "add-attribute",
      "10.20.30.40",
      "Description",
      "seen in mail",
    ])) as { id: number };
    const attributes = (await json(["indicators", "attributes", "10.20.30.40"])) as {
      id: number;
      value: string;
    }[];
    expect(attributes).toContainEqual(expect.objectContaining({ id: attribute.id, value: "seen in mail" }));
    expect(
      (await runCli(["indicators", "remove-attribute", "10.20.30.40", String(attribute.id)], env)).code,
    ).toBe(0);

    await runOk(["indicators", "observe", "10.20.30.40", "--count", "2"], env);
    expect(Array.isArray(await json(["indicators", "observations", "10.20.30.40"]))).toBe(true);
    expect(await json(["indicators", "false-positive", "10.20.30.40"])).toMatchObject({ count: 1 });
    expect(Array.isArray(await json(["indicators", "labels", "10.20.30.40"]))).toBe(true);
  });

  it("refuses an invalid value before sending it, or reports the server's rejection with --no-validate", async () => {
    const local = await runCli(["indicators", "create", "bad host", "--type", "host"], env);
    expect(local.code).toBe(2);
    expect(local.stderr).toContain('The Host value "bad host" is not valid');

    const remote = await runCli(["indicators", "create", "bad host", "--type", "host", "--no-validate"], env);
    expect(remote.code).toBe(6);
    expect(remote.stderr).toMatch(/POST .*\/v2\/indicators\/hosts.* failed: .*bad host/);
    expect(remote.stderr).not.toMatch(/\n\s+at /);
  });

  it("reports an unknown owner with the server's message", async () => {
    const result = await runCli(["indicators", "list", "--owner", "No Such Owner"], env);

    // The sandbox, like ThreatConnect, answers 403; the transport reports it as not found.
    expect(result.code).toBe(4);
    expect(result.stderr).toContain("The requested owner was not found");
    expect(result.stderr.split("\n").filter((line) => line !== "")).toHaveLength(1);
  });
});

describe("groups, victims, tasks, tags and labels", () => {
  it("creates a group, associates an indicator with it and lists the association", async () => {
    const group = (await json([
      "groups",
      "create",
      "E2E wave",
      "--type",
      "incident",
      "--field",
      "eventDate=2024-03-01T00:00:00Z",
    ])) as {
      id: number;
    };
    expect(await json(["groups", "get", String(group.id), "--type", "incident"])).toMatchObject({
      name: "E2E wave",
    });

    await json(["indicators", "create", "assoc.example", "--type", "host"]);
    const associate = await runCli(
      ["groups", "associate", String(group.id), "--type", "incident", "--indicator", "host:assoc.example"],
      env,
    );
    expect(associate).toMatchObject({ code: 0 });

    const links = (await json([
      "indicators",
      "associations",
      "assoc.example",
      "--type",
      "host",
      "--kind",
      "groups",
    ])) as { id: number }[];
    expect(links.map((link) => link.id)).toContain(group.id);

    expect(
      await json(["groups", "update", String(group.id), "--type", "incident", "--name", "E2E wave 2"]),
    ).toMatchObject({
      name: "E2E wave 2",
    });
    const groups = (await json(["groups", "list", "--type", "incident"])) as { name: string }[];
    expect(groups.map((item) => item.name)).toContain("E2E wave 2");
    await runOk(["groups", "delete", String(group.id), "--type", "incident"], env);
  });

  it("requires --type for a group", async () => {
    const result = await runCli(["groups", "get", "1"], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--type");
  });

  it("creates, updates and deletes a victim and a task", async () => {
    const victim = (await json(["victims", "create", "Finance team", "--field", "org=ACME"])) as {
      id: number;
    };
    expect(await json(["victims", "get", String(victim.id)])).toMatchObject({
      name: "Finance team",
      org: "ACME",
    });
    expect(await json(["victims", "update", String(victim.id), "--field", "suborg=Payables"])).toMatchObject({
      suborg: "Payables",
    });
    expect((await json(["victims", "list"])) as unknown[]).not.toHaveLength(0);
    await runOk(["victims", "delete", String(victim.id)], env);

    const task = (await json(["tasks", "create", "Block the domain"])) as { id: number };
    expect(await json(["tasks", "update", String(task.id), "--field", "status=In Progress"])).toMatchObject({
      status: "In Progress",
    });
    await runOk(["tasks", "tag", String(task.id), "triage"], env);
    expect(await json(["tasks", "tags", String(task.id)])).toEqual([
      expect.objectContaining({ name: "triage" }),
    ]);
    await runOk(["tasks", "delete", String(task.id)], env);
  });

  it("gives a victim an asset, then links it to a group", async () => {
    const victim = (await json(["victims", "create", "Payroll clerk"])) as { id: number };
    const missing = await runCli(["victims", "add-asset", String(victim.id), "EmailAddress"], env);
    expect(missing).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--field address=") as unknown,
    });

    const asset = (await json([
      "victims",
      "add-asset",
      String(victim.id),
      "emailAddresses",
      "--field",
      "address=clerk@example.com",
    ])) as {
      id: number;
    };
    const assets = (await json(["victims", "assets", String(victim.id)])) as { id: number }[];
    expect(assets.map((item) => item.id)).toContain(asset.id);

    const group = (await json(["groups", "create", "Payroll fraud", "--type", "threat"])) as { id: number };
    await runOk(["victims", "associate", String(victim.id), "--group", `threat:${String(group.id)}`], env);
    const links = (await json(["victims", "associations", String(victim.id), "--kind", "groups"])) as {
      id: number;
    }[];
    expect(links.map((link) => link.id)).toContain(group.id);

    await runOk(["victims", "remove-asset", String(victim.id), "emailAddresses", String(asset.id)], env);
  });

  it("lists, creates and pivots tags, and lists security labels", async () => {
    await json(["indicators", "create", "tagged.example", "--type", "host", "--tag", "pivot-tag"]);

    expect(await json(["tags", "get", "pivot-tag"])).toMatchObject({ name: "pivot-tag" });
    const onTag = (await json(["tags", "indicators", "pivot-tag"])) as { summary?: string }[];
    expect(onTag.map((item) => item.summary)).toContain("tagged.example");
    expect((await json(["tags", "list"])) as { name: string }[]).toContainEqual(
      expect.objectContaining({ name: "pivot-tag" }),
    );

    expect(
      (await runCli(["tags", "create", "described", "--description", "a tag with a meaning"], env)).code,
    ).toBe(0);
    expect(Array.isArray(await json(["labels", "list"]))).toBe(true);

    expect((await json(["tags", "list", "--filter", "name=described"])) as unknown[]).toEqual([
      expect.objectContaining({ name: "described", description: "a tag with a meaning" }),
    ]);
  });

  it("lists by default when a resource family is given no verb, and shows the config", async () => {
    for (const family of ["tags", "labels", "indicators", "groups", "victims", "tasks"]) {
      const bare = await runCli([family], env);
      const listed = await runCli([family, "list"], env);
      expect({ family, code: bare.code, stdout: bare.stdout }).toEqual({
        family,
        code: 0,
        stdout: listed.stdout,
      });
    }
    expect(await json(["tags", "--filter", "name=described"])).toEqual([
      expect.objectContaining({ name: "described" }),
    ]);
    expect(await json(["config"])).toMatchObject({ profile: "default" });
  });
});

describe("bad input on every resource family", () => {
  it.each([
    [["owners", "get", "first"], 2, 'The owner id must be a number, not "first"'],
    [["victims", "get", "x1"], 2, "The victim id must be a number"],
    [["tasks", "update", "7"], 2, "Nothing to update"],
    [["groups", "list", "--type", "meeting"], 2, 'Unknown group type "meeting"'],
    [["indicators", "list", "--type", "domain-name"], 2, 'Unknown indicator type "domain-name"'],
    [["indicators", "list", "--limit", "0"], 2, "--limit must be a whole number"],
    [
      ["indicators", "update", "x.example", "--type", "host", "--rating", "9"],
      2,
      "--rating must be a number from 0 to 5",
    ],
    [["indicators", "associate", "x.example", "--type", "host"], 2, "Name exactly one item"],
    [["tags", "get", "never-used-tag"], 4, "not found"],
    [["labels", "get", "NO SUCH LABEL"], 4, "not found"],
    [["tasks", "get", "999999"], 4, "not found"],
    [["indicators", "create", "10.0.0.256"], 2, "not a valid IPv4 address"],
    [["indicators", "get", "10.0.0.256"], 2, "add --type address"],
    [["victims", "add-asset", "1", "EmailAddress"], 2, "an EmailAddress asset needs"],
  ])("tcapi %j exits with %i", async (args, code, message) => {
    const result = await runCli(args, env);

    expect({ code: result.code, stderr: result.stderr }).toMatchObject({
      code,
      stderr: expect.stringContaining(message) as unknown,
    });
    expect(result.stdout).toBe("");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
