import picocolors from "picocolors";
import type { Colors } from "picocolors/types.js";
import type { CliWritable } from "../io.js";

/** Colour helpers; every function returns its input unchanged when colour is off. */
export type Colours = Colors;

/** Colour only for a terminal, and never when NO_COLOR is set to a non-empty value (no-color.org). */
export function coloursFor(stream: CliWritable, env: Record<string, string | undefined>): Colours {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== "";
  return picocolors.createColors(stream.isTTY === true && !noColor);
}
