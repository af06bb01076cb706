import { homedir } from "node:os";
import { join } from "node:path";

/** $XDG_CONFIG_HOME/tcapi, else ~/.config/tcapi, following the XDG base directory convention. */
export function configDir(env: Record<string, string | undefined>): string {
  const xdg = env.XDG_CONFIG_HOME;
  if (xdg !== undefined && xdg !== "") return join(xdg, "tcapi");

  const home = env.HOME !== undefined && env.HOME !== "" ? env.HOME : homedir();
  return join(home, ".config", "tcapi");
}

/** The profiles file inside the config directory. */
export function configFile(env: Record<string, string | undefined>): string {
  return join(configDir(env), "config.json");
}
