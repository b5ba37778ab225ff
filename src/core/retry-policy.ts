import type { Failure } from './article.js';
import { loaderSettings } from './loader-settings.js';

/** Network errors, 5xx and 429 are worth another try; other 4xx and bad bodies are not. */
export function shouldRetry({ reason, status = 0 }: Failure): boolean {
  // Only `http` failures carry a status.
  return reason == 'network' || status > 499 || status == 429;
}

/**
 * Milliseconds to wait before retry number `attempt + 1`: the server's `Retry-After`
 * (seconds or an HTTP date) when given, else exponential backoff with full jitter;
 * capped either way so a widget never waits for minutes.
 */
export function retryDelay(attempt: number, retryAfter?: string | null): number {
  const { retryCapMs: cap, retryBaseMs: base } = loaderSettings;
  const fromServer = retryAfterMs(retryAfter);
  return fromServer >= 0 ? Math.min(fromServer, cap) : (Math.min(cap, base * 2 ** attempt) * (1 + Math.random())) / 2;
}

/**
 * A `Retry-After` header (seconds or an HTTP date) in milliseconds from now; NaN when there is
 * no usable one, 0 for a date in the past.
 */
export function retryAfterMs(retryAfter?: string | null): number {
  return retryAfter ? Math.max(0, +retryAfter >= 0 ? 1000 * +retryAfter : Date.parse(retryAfter) - Date.now()) : NaN;
}
