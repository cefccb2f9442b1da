/**
 * Excel's refusals of a sync for its size. Excel on the web limits a request and a response to
 * 5 MB and says so with RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded; some
 * older Excel on the web builds answer an oversize payload with a bare GeneralException instead.
 * Nothing of a refused sync is applied, so the gateway sends it again in smaller pieces; a
 * GeneralException counts as a size refusal only for a sync large enough to be one (a small sync
 * failing so is a real failure, not retried). What cannot be cut smaller ends in one clear line.
 */

/** From this estimated size (request or response) a GeneralException is taken for a size refusal. */
export const GENERAL_AS_SIZE_BYTES = 1024 * 1024;

/** `bytes`: the larger of the failed sync's estimated request and response. */
export function isPayloadError(e: unknown, bytes = 0): boolean {
  const code = (e as { code?: string } | null)?.code;
  if (code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded') return true;
  return code === 'GeneralException' && bytes >= GENERAL_AS_SIZE_BYTES;
}

/** Thrown when Excel refuses a sync for its size and it cannot be cut smaller; `cause` is Excel's error. */
export class PayloadSizeError extends Error {
  constructor(
    readonly bytes: number,
    readonly cause: unknown,
  ) {
    super(`Excel 拒绝了一次过大的提交（约 ${(bytes / 1024 / 1024).toFixed(1)} MB），且无法再拆小；请减少一次处理的行数后重试。`);
    this.name = 'PayloadSizeError';
  }
}

/** Excel's error as the gateway passes it on: a size refusal that cannot be cut smaller becomes a PayloadSizeError. */
export function unsplittable(e: unknown, bytes: number): unknown {
  return isPayloadError(e, bytes) ? new PayloadSizeError(bytes, e) : e;
}
