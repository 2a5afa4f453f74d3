/** A bare JSON-RPC WebSocket client for wire-level tests: every frame received is kept in order. */
import { createRequire } from 'node:module';

interface Socket {
  send(data: string): void;
  close(): void;
  on(event: 'message', listener: (data: Buffer) => void): void;
  once(event: 'open' | 'close', listener: () => void): void;
  once(event: 'error', listener: (e: Error) => void): void;
}

const { WebSocket } = createRequire(import.meta.url)('ws') as { WebSocket: new (url: string) => Socket };

// biome-ignore lint/suspicious/noExplicitAny: frames are arbitrary JSON
export type Frame = any;

export class RawClient {
  readonly frames: Frame[] = [];
  private waiters: { match: (f: Frame) => boolean; resolve: (f: Frame) => void }[] = [];
  private nextId = 1;

  private constructor(private readonly socket: Socket) {
    socket.on('message', (data) => {
      const frame = JSON.parse(data.toString());
      this.frames.push(frame);
      for (const w of [...this.waiters]) {
        if (w.match(frame)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(frame);
        }
      }
    });
  }

  static connect(url: string): Promise<RawClient> {
    const socket = new WebSocket(url);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new RawClient(socket)));
      socket.once('error', reject);
    });
  }

  sendText(text: string): void {
    this.socket.send(text);
  }

  /** Waits for the first frame (received from index `from` on, or in the future) that matches. */
  waitFor(match: (f: Frame) => boolean, timeoutMs = 10_000, from = 0): Promise<Frame> {
    const seen = this.frames.slice(from).find(match);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out waiting for a frame')), timeoutMs);
      this.waiters.push({
        match,
        resolve: (f) => {
          clearTimeout(timer);
          resolve(f);
        },
      });
    });
  }

  /** Sends a request and resolves with the whole response frame. */
  async call(method: string, params: unknown[] = [], id: string | number = this.nextId++): Promise<Frame> {
    const from = this.frames.length;
    this.socket.send(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
    return this.waitFor((f) => f.id === id && ('result' in f || 'error' in f), 10_000, from);
  }

  /** The result of a request (throws on an error answer). */
  async result(method: string, params: unknown[] = []): Promise<Frame> {
    const f = await this.call(method, params);
    if (f.error !== undefined) throw new Error(`${method}: ${JSON.stringify(f.error)}`);
    return f.result;
  }

  /** Notifications of one subscription, in order. */
  notifications(subscription: string): Frame[] {
    return this.frames.filter((f) => f.params?.subscription === subscription).map((f) => f.params.result);
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }
}
