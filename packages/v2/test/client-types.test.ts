import type * as model from "@tcapi/model";
import { describe, expectTypeOf, it } from "vitest";
import { createClient } from "../src/index.js";
import { recordingTransport } from "./support/recording-transport.js";
import type {
  AddressHandle,
  BatchImportResult,
  Client,
  FileHandle,
  GroupHandleOf,
  HostHandle,
  IndicatorHandle,
  StreamResponseOf,
} from "./client-types-support.js";

/**
 * Compile-time checks of the main signatures; `tsc` (the typecheck script) enforces them.
 * The client talks to a recording transport, so the calls below also run harmlessly.
 */
const client: Client = createClient({ transport: recordingTransport() });

describe("client types", () => {
  it("narrows typed reads to the model's entity types", () => {
    expectTypeOf(client.indicators.hosts.get("example.com")).resolves.toEqualTypeOf<model.HostIndicator>();
    expectTypeOf(client.indicators.get("Host", "example.com")).resolves.toEqualTypeOf<model.HostIndicator>();
    expectTypeOf(client.indicators.get("hosts", "example.com")).resolves.toEqualTypeOf<model.HostIndicator>();
    expectTypeOf(client.groups.incidents.get(1)).resolves.toEqualTypeOf<model.IncidentGroup>();
    expectTypeOf(client.groups.get("Signature", 1)).resolves.toEqualTypeOf<model.SignatureGroup>();
    expectTypeOf(client.tasks.get(1)).resolves.toEqualTypeOf<model.Task>();
  });

  it("returns summaries from untyped lists and entities from typed ones", () => {
    expectTypeOf(client.indicators.list()).toEqualTypeOf<AsyncIterable<model.IndicatorSummaryItem>>();
    expectTypeOf(client.indicators.list({ type: "File" })).toEqualTypeOf<AsyncIterable<model.FileIndicator>>();
    expectTypeOf(client.groups.list()).toEqualTypeOf<AsyncIterable<model.GroupSummaryItem>>();
    expectTypeOf(client.groups.list({ type: "Email" })).toEqualTypeOf<AsyncIterable<model.EmailGroup>>();
    expectTypeOf(client.indicators.at("Host", "x").groups.list({ type: "Threat" })).toEqualTypeOf<AsyncIterable<model.ThreatGroup>>();
  });

  it("discriminates the unions on type", () => {
    const narrow = (indicator: model.Indicator) => (indicator.type === "Host" ? indicator.hostName : undefined);
    expectTypeOf(narrow).returns.toEqualTypeOf<string | undefined>();
    const group = (g: model.Group) => (g.type === "Signature" ? g.fileType : undefined);
    expectTypeOf(group).returns.toEqualTypeOf<model.SignatureGroup["fileType"] | undefined>();
  });

  it("types create bodies by type", () => {
    expectTypeOf(client.indicators.create({ type: "Host", hostName: "x" })).resolves.toEqualTypeOf<model.HostIndicator>();
    expectTypeOf(client.groups.create({ type: "Incident", name: "x", eventDate: "2024-01-01" })).resolves.toEqualTypeOf<model.IncidentGroup>();
    // @ts-expect-error an Incident needs eventDate
    void client.groups.create({ type: "Incident", name: "x" });
    // @ts-expect-error a Host body has hostName, not ip
    void client.indicators.hosts.create({ ip: "1.2.3.4" });
    // @ts-expect-error filters are typed per resource
    void client.indicators.list({ filters: [["eventDate", "<", "2024"]] });
  });

  it("gives each handle its type-specific sub-resources", () => {
    expectTypeOf(client.indicators.at("Host", "x")).toEqualTypeOf<HostHandle>();
    expectTypeOf(client.indicators.addresses.at("1.2.3.4")).toEqualTypeOf<AddressHandle>();
    expectTypeOf(client.indicators.at("File", "d41d8cd98f00b204e9800998ecf8427e")).toEqualTypeOf<FileHandle>();
    expectTypeOf(client.indicators.at("Mutex", "m")).toEqualTypeOf<IndicatorHandle<model.MutexIndicator>>();
    expectTypeOf(client.groups.documents.at(1)).toEqualTypeOf<GroupHandleOf<"Document">>();
    expectTypeOf(client.groups.documents.at(1).download()).resolves.toEqualTypeOf<StreamResponseOf>();
    // Emails have no PDF report; indicator-to-indicator links are created through associations.
    expectTypeOf(client.groups.emails.at(1)).not.toHaveProperty("pdf");
    expectTypeOf(client.groups.threats.at(1)).toHaveProperty("pdf");
    expectTypeOf(client.indicators.at("Host", "x").indicators).not.toHaveProperty("add");
  });

  it("types batch import", () => {
    // The recording transport has no batch ids to give, so these calls reject; only types matter.
    const imported = client.batch.import([{ type: "Host", summary: "x" }]);
    const created = client.batch.create();
    imported.catch(() => undefined);
    created.catch(() => undefined);
    expectTypeOf(imported).resolves.toEqualTypeOf<BatchImportResult>();
    expectTypeOf(created).resolves.toEqualTypeOf<number>();
  });
});
