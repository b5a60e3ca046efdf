/**
 * Errors of the helper layer, subclasses of the package's `SDKError`: a completion cut short
 * cannot be parsed into the requested schema.
 */
import { SDKError } from '../core/error.js';

/** `parse()` got a completion that stopped at the token limit (`finish_reason: 'length'`). */
export class LengthFinishReasonError extends SDKError {
  override name = 'LengthFinishReasonError';
  constructor() {
    super('Could not parse response content as the length limit was reached');
  }
}

/** `parse()` got a completion stopped by the content filter (`finish_reason: 'content_filter'`). */
export class ContentFilterFinishReasonError extends SDKError {
  override name = 'ContentFilterFinishReasonError';
  constructor() {
    super('Could not parse response content as the request was rejected by the content filter');
  }
}
