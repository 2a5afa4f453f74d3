// spec: substrate-compat §1.2 (papi over WebSocket)
/**
 * The WebSocket class papi's provider should use: the platform's own where there is one (browsers, Node ≥ 22),
 * else the `ws` package (Node 20 has no global WebSocket). Loaded lazily so browser bundles never see `ws`.
 */
export type WebSocketClass = typeof WebSocket;

export const loadWebSocketClass = async (): Promise<WebSocketClass> => {
  const native = (globalThis as { WebSocket?: WebSocketClass }).WebSocket;
  if (native !== undefined) return native;
  const mod = (await import('ws')) as unknown as { WebSocket: WebSocketClass };
  return mod.WebSocket;
};
