/** The slice of the `ws` package's server API the node uses, so the rest of the node depends on this alone. */
import type { IncomingMessage, Server } from 'node:http';
import { WebSocketServer } from 'ws';

export interface WsSocket {
  readonly readyState: number;
  readonly bufferedAmount: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  terminate(): void;
  ping(): void;
  on(event: 'message', listener: (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => void): this;
  on(event: 'close' | 'pong', listener: () => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
}

export interface WsServer {
  readonly clients: Set<WsSocket>;
  on(event: 'connection', listener: (socket: WsSocket, request: IncomingMessage) => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
  close(callback?: (error?: Error) => void): void;
}

/** `WebSocket.OPEN`. */
export const WS_OPEN = 1;

export const createWsServer = (server: Server, maxPayload: number): WsServer => {
  return new WebSocketServer({ server, maxPayload }) as unknown as WsServer;
};
