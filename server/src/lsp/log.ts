// One place that writes to the client's log (window/logMessage), and the guard every handler
// runs under: an exception in a handler becomes one log line and an empty answer, never a crash.
import type { Connection } from 'vscode-languageserver';

export interface Logger {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
  debug(message: string): void;
}

export function connectionLogger(connection: Connection): Logger {
  return {
    error: (m) => connection.console.error(m),
    warn: (m) => connection.console.warn(m),
    info: (m) => connection.console.info(m),
    debug: (m) => connection.console.log(m),
  };
}

export function describeError(e: unknown): string {
  if (e instanceof Error) return e.stack ? e.stack.split('\n').slice(0, 3).join(' | ') : e.message;
  return String(e);
}

/** Wraps a handler so an exception is logged and `fallback` answered instead. */
export function guard<A extends unknown[], R>(log: Logger, name: string, fallback: R, fn: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A): Promise<R> => {
    try {
      return await fn(...args);
    } catch (e) {
      if (isCancellation(e)) throw e;
      log.error(`Outpost: ${name} failed: ${describeError(e)}`);
      return fallback;
    }
  };
}

/** Cancellation responses must reach the client as errors, not be swallowed by a guard. */
function isCancellation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === -32800;
}
