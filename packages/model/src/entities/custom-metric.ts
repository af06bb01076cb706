/** Custom metrics (reference §11.15). Types only. */

import type { CustomMetricDataType, CustomMetricInterval } from "../enumerations.js";
import type { DateTimeString, Id } from "./common.js";

/** `customMetricConfig`. @public */
export interface CustomMetricConfig {
  id: Id;
  name: string;
  dataType: CustomMetricDataType;
  interval: CustomMetricInterval;
  keyedValues: boolean;
  description?: string;
}

/** Body of `POST /v2/customMetrics/{name}/data`; `name` is the key of a keyed metric. @public */
export interface CustomMetricDataInput {
  name?: string;
  /** Required unless the metric counts (`dataType: "Count"`). */
  value?: number;
  date?: DateTimeString;
  weight?: number;
}

/** The `returnValue=true` response (no envelope). @public */
export interface CustomMetricValue {
  value: number;
  date: DateTimeString;
}
