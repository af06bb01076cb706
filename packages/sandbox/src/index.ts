export { createSandbox } from "./create-sandbox.js";
export { startSandbox } from "./start-sandbox.js";
export type { RunningSandbox, Sandbox, SandboxOptions, StartSandboxOptions } from "./types.js";
