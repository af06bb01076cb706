import { ASSOCIATION_KINDS, FILE_ACTION_KINDS, GROUP_ASSOCIATION_TYPE_NAMES } from "../catalog/association-catalog.js";
import type { IndicatorTypeInfo } from "../catalog/indicator-catalog.js";
import { allIndicatorTypes, lookupIndicatorType } from "../catalog/indicator-catalog.js";
import { notFound } from "../http/api-error.js";
import { readIncludes } from "../http/includes.js";
import { itemReply, listReply } from "../http/reply.js";
import type { Router } from "../http/router.js";

const FILE_REGEXES = ["\\b([a-fA-F\\d]{32})\\b", "\\b([a-fA-F\\d]{40})\\b", "\\b([a-fA-F\\d]{64})\\b"];

const ATTRIBUTE_TYPES = ["Description", "Source", "Additional Analysis and Context", "Archive Password", "Title"];

/** §11.2: indicator, association and attribute type descriptors. */
export function registerTypeRoutes(router: Router): void {
  router.on("GET", "/v2/types/indicatorTypes", (ctx) => {
    const additional = readIncludes(ctx.query).additional;
    const all = allIndicatorTypes().map((t) => describe(t, false, additional));
    return listReply("indicatorType", all, all.length);
  });

  router.on("GET", "/v2/types/indicatorTypes/:type", (ctx) => {
    const info = lookupIndicatorType(ctx.param("type"));
    if (!info) throw notFound();
    return itemReply("indicatorType", describe(info, true, readIncludes(ctx.query).additional));
  });

  router.on("GET", "/v2/types/associationTypes", () => {
    const all = associationTypes();
    return listReply("associationType", all, all.length);
  });

  router.on("GET", "/v2/types/associationTypes/:name", (ctx) => {
    const wanted = ctx.param("name").toLowerCase();
    const found = associationTypes().find((t) => t.name.toLowerCase() === wanted || t.apiBranch.toLowerCase() === wanted);
    if (!found) throw notFound();
    return itemReply("associationType", found);
  });

  router.on("GET", "/v2/types/attributeTypes", () => {
    const all = ATTRIBUTE_TYPES.map(attributeType);
    return listReply("attributeType", all, all.length);
  });

  router.on("GET", "/v2/types/attributeTypes/:name", (ctx) => {
    const name = ATTRIBUTE_TYPES.find((n) => n.toLowerCase() === ctx.param("name").toLowerCase());
    if (name === undefined) throw notFound();
    return itemReply("attributeType", attributeType(name));
  });
}

/** Descriptor in the shape of fixtures 151/153/154 (flags as strings). */
function describe(info: IndicatorTypeInfo, single: boolean, additional: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {
    name: info.name, custom: String(info.custom), parsable: String(info.parsable), apiBranch: info.apiBranch, apiEntity: info.apiEntity,
  };
  if (info.casePreference !== undefined && info.custom) out.casePreference = info.casePreference;
  if (info.custom || single) {
    info.values.forEach((v, i) => {
      out[`value${i + 1}Label`] = v.label;
      out[`value${i + 1}Type`] = v.type;
      if (v.options) out[`value${i + 1}Option`] = v.options.join(";");
    });
    if (info.values.length === 1 && !single) out.value2Label = "";
  }
  if (additional) {
    if (info.name === "File") out.regexes = FILE_REGEXES;
    info.valueFields.forEach((key, i) => { out[`key${i + 1}`] = key; });
  }
  return out;
}

function associationTypes(): { name: string; custom: string; fileAction: string; apiBranch: string }[] {
  return [
    ...GROUP_ASSOCIATION_TYPE_NAMES.map(([name, apiBranch]) => ({ name, custom: "false", fileAction: "false", apiBranch })),
    ...ASSOCIATION_KINDS.map((k) => ({ name: k.name, custom: "true", fileAction: "false", apiBranch: k.branch })),
    ...FILE_ACTION_KINDS.map((k) => ({ name: k.name, custom: "true", fileAction: "true", apiBranch: k.action })),
  ];
}

function attributeType(name: string): Record<string, unknown> {
  return { name, description: `${name} attribute`, maxSize: 65_500, allowMarkdown: name === "Description", system: true };
}
