// spec: tooling Appendix A (custom `encointer_*` RPCs: present on some nodes only)
import type { Connection } from '../connection/connect.js';

/** Whether the node offers a JSON-RPC method (from `rpc_methods`, memoised per connection). */
export const hasRpcMethod = async (conn: Connection, method: string): Promise<boolean> => {
  const key = 'rpc_methods';
  let methods = conn.cache.get(key) as Promise<Set<string>> | undefined;
  if (methods === undefined) {
    methods = conn.client
      ._request<{ methods?: string[] }>('rpc_methods', [])
      .then((r) => new Set(r.methods ?? []))
      .catch(() => new Set<string>());
    conn.cache.set(key, methods);
  }
  return (await methods).has(method);
};
