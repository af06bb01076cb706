import { createServer } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { MockAgent } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTransport } from "../src/node.js";
import { ACCESS_ID, type FaultServer, SECRET_KEY, startFaultServer, success } from "./support/fault-server.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
  server.route = () => success({ owner: [] });
});
afterAll(async () => {
  await server.close();
});

describe("node-only options", () => {
  it("sends through an HTTP proxy (CONNECT tunnel)", async () => {
    const tunnels: string[] = [];
    const proxy = createServer();
    proxy.on("connect", (req, client, head) => {
      tunnels.push(req.url ?? "");
      const [host, port] = (req.url ?? "").split(":");
      const upstream = connect(Number(port), host, () => {
        client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on("error", () => client.destroy());
      client.on("error", () => upstream.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    const { port } = proxy.address() as AddressInfo;

    try {
      const transport = createTransport({ baseUrl: server.url, accessId: ACCESS_ID, secretKey: SECRET_KEY, env: {}, proxy: `http://127.0.0.1:${port}` });
      await expect(transport.request({ method: "GET", path: "/v2/owners" })).resolves.toEqual({ owner: [] });
      expect(tunnels).toEqual([new URL(server.url).host]);
      expect(server.seen.at(-1)?.verified.ok).toBe(true);
    } finally {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    }
  });

  it("uses the caller's undici dispatcher", async () => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    agent.get("https://tc.example.com").intercept({ path: "/api/v2/owners?owner=Mock%20Org", method: "GET" }).reply(200, { status: "Success", data: { owner: [{ id: 9 }] } });

    const transport = createTransport({ baseUrl: "https://tc.example.com/api", token: "APIV2:1:2:3:token", env: {}, dispatcher: agent, owner: "Mock Org" });
    await expect(transport.request({ method: "GET", path: "/v2/owners" })).resolves.toEqual({ owner: [{ id: 9 }] });
    agent.assertNoPendingInterceptors();
    await agent.close();
  });
});
