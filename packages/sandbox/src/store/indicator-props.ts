import type { IndicatorTypeInfo } from "../catalog/indicator-catalog.js";
import { badRequest } from "../http/api-error.js";
import { optBool, optNumber, optString } from "../http/body-fields.js";
import type { IndicatorRecord } from "./entities.js";

/** The writable non-identifying fields of an indicator (§11.3), validated before anything changes. */
export interface IndicatorProps {
  rating?: number;
  confidence?: number;
  active?: boolean;
  activeLocked?: boolean;
  privateFlag?: boolean;
  dnsActive?: boolean;
  whoisActive?: boolean;
  size?: number;
  description?: string;
  source?: string;
}

export function readIndicatorProps(info: IndicatorTypeInfo, body: Record<string, unknown>): IndicatorProps {
  const props: IndicatorProps = {};
  const set = <K extends keyof IndicatorProps>(key: K, value: IndicatorProps[K] | undefined): void => {
    if (value !== undefined) props[key] = value;
  };

  set("rating", optNumber(body, "rating", 0, 5, false));
  set("confidence", optNumber(body, "confidence", 0, 100, true));
  set("active", optBool(body, "active"));
  set("activeLocked", optBool(body, "activeLocked"));
  set("privateFlag", optBool(body, "privateFlag"));
  set("description", optString(body, "description"));
  set("source", optString(body, "source"));
  if (info.name === "Host") {
    set("dnsActive", optBool(body, "dnsActive"));
    set("whoisActive", optBool(body, "whoisActive"));
  }
  if (info.name === "File") set("size", optNumber(body, "size", 0, Number.MAX_SAFE_INTEGER, true));
  if (props.privateFlag === true && info.custom) {
    throw badRequest(`The privateFlag field can only be set on Address, EmailAddress, File, Host and URL indicators, not ${info.name}`);
  }
  return props;
}

export function applyIndicatorProps(record: IndicatorRecord, props: IndicatorProps): void {
  // `active` also moves the record between index lists, so callers use setIndicatorActive for it.
  for (const [key, value] of Object.entries(props)) {
    if (key !== "active") Object.assign(record, { [key]: value as unknown });
  }
}
