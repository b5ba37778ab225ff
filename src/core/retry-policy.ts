import type { Failure } from './article.js';
import { loaderSettings } from './loader-settings.js';

/** Network errors, 5xx and 429 are worth another try; other 4xx and bad bodies are not. */
export function shouldRetry(failure: Failure): boolean {
  if (failure.reason === 'network') return true;
  return failure.reason === 'http' && failure.status !== undefined && (failure.status >= 500 || failure.status === 429);
}

/**
 * Milliseconds to wait before retry number `attempt + 1`: the server's `Retry-After`
 * (seconds or an HTTP date) when given, else exponential backoff with full jitter;
 * capped either way so a widget never waits for minutes.
 */
export function retryDelay(attempt: number, retryAfter?: string | null): number {
  const cap = loaderSettings.retryCapMs;
  const fromServer = parseRetryAfter(retryAfter);
  if (fromServer !== undefined) return Math.min(fromServer, cap);
  const ceiling = Math.min(cap, loaderSettings.retryBaseMs * 2 ** attempt);
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

function parseRetryAfter(value?: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
