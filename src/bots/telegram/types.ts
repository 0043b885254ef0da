/**
 * Small ports the Telegram adapter depends on.
 * @module
 */

/** The logger the adapter needs (pino satisfies it). Objects first, message second. */
export interface LoggerPort {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
}
