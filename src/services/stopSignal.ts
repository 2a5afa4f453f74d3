// spec: ARCHITECTURE §6 (services: clean shutdown on SIGINT)
/** The signal that stopped a service, once SIGINT or SIGTERM arrived. */
export interface StopSignal {
  /** Aborted on the first SIGINT or SIGTERM; `reason` is the signal name. */
  readonly signal: AbortSignal;
  /** Resolves with the signal name. */
  readonly stopped: Promise<string>;
  /** Removes the process handlers (call once the service has stopped). */
  dispose(): void;
}

/**
 * Turns the first SIGINT or SIGTERM into an AbortSignal, so a service can finish what it is doing and exit 0
 * instead of being killed mid-transaction.
 */
export const stopOnSignals = (): StopSignal => {
  const controller = new AbortController();
  let resolveStopped: (name: string) => void = () => {};
  const stopped = new Promise<string>((resolve) => {
    resolveStopped = resolve;
  });
  const dispose = () => {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
  };
  const stop = (name: string) => {
    dispose();
    controller.abort(name);
    resolveStopped(name);
  };
  const onInt = () => stop('SIGINT');
  const onTerm = () => stop('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return { signal: controller.signal, stopped, dispose };
};
