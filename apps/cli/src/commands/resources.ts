import type { Command } from "commander";
import type { CommandHost } from "../command-host.js";
import { registerIdResources } from "./id-resources.js";
import { registerIndicators } from "./indicators.js";
import { registerNamedResources } from "./named-resources.js";

/** Every resource family: indicators, groups, victims, tasks, tags and security labels. */
export function registerResources(program: Command, host: CommandHost): void {
  registerIndicators(program, host);
  registerIdResources(program, host);
  registerNamedResources(program, host);
}
