import { badRequest, notFound } from "../http/api-error.js";
import { optDate, optString } from "../http/body-fields.js";
import { itemReply, listReply, okReply } from "../http/reply.js";
import type { RequestContext } from "../http/request-context.js";
import type { Router } from "../http/router.js";
import type { FileOccurrenceRecord, IndicatorRecord } from "../store/entities.js";
import { indicatorFromPath } from "./indicator-lookup.js";

/** §11.4: file occurrences of a File indicator. */
export function registerFileOccurrences(router: Router): void {
  const fileFromPath = (ctx: RequestContext): IndicatorRecord => {
    ctx.params.branch = "files";
    return indicatorFromPath(ctx, "branch", "hash").record;
  };
  const readOccurrence = (body: Record<string, unknown>): Omit<FileOccurrenceRecord, "id"> => {
    const out: Omit<FileOccurrenceRecord, "id"> = {};
    const fileName = optString(body, "fileName", 255);
    const path = optString(body, "path", 1000);
    const date = optDate(body, "date");
    if (fileName !== undefined) out.fileName = fileName;
    if (path !== undefined) out.path = path;
    if (date !== undefined) out.date = new Date(Date.parse(date)).toISOString().replace(/\.\d{3}Z$/, "Z");
    if (Object.keys(out).length === 0) throw badRequest("A file occurrence needs at least one of fileName, path, date");
    return out;
  };
  const occurrence = (ctx: RequestContext, file: IndicatorRecord): FileOccurrenceRecord => {
    const found = file.fileOccurrences.find((o) => String(o.id) === ctx.param("oid"));
    if (!found) throw notFound();
    return found;
  };

  router.on("GET", "/v2/indicators/files/:hash/fileOccurrences", (ctx) => {
    const file = fileFromPath(ctx);
    return listReply("fileOccurrence", file.fileOccurrences.map((o) => ({ ...o })), file.fileOccurrences.length);
  });
  router.on("POST", "/v2/indicators/files/:hash/fileOccurrences", async (ctx) => {
    const file = fileFromPath(ctx);
    const occ: FileOccurrenceRecord = { id: ctx.store.nextId(), ...readOccurrence(await ctx.json()) };
    file.fileOccurrences.push(occ);
    return itemReply("fileOccurrence", { ...occ }, 201);
  });
  router.on("GET", "/v2/indicators/files/:hash/fileOccurrences/:oid", (ctx) => itemReply("fileOccurrence", { ...occurrence(ctx, fileFromPath(ctx)) }));
  router.on("PUT", "/v2/indicators/files/:hash/fileOccurrences/:oid", async (ctx) => {
    const found = occurrence(ctx, fileFromPath(ctx));
    Object.assign(found, readOccurrence(await ctx.json()));
    return itemReply("fileOccurrence", { ...found });
  });
  router.on("DELETE", "/v2/indicators/files/:hash/fileOccurrences/:oid", (ctx) => {
    const file = fileFromPath(ctx);
    const found = occurrence(ctx, file);
    file.fileOccurrences = file.fileOccurrences.filter((o) => o !== found);
    return okReply();
  });
}
