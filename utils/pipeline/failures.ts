/** Every way the pipeline can end without an article, as a sentence a person can read. */
import type { ExtractFailure, FailureCode } from '../types.ts';

const MESSAGES: Record<FailureCode, string> = {
  'not-article': 'No article found on this page.',
  'empty-page': 'This page is empty.',
  'too-large': 'This page is too large to read safely.',
  restricted: "Lucid can't read this page.",
  timeout: 'Reading this page took too long.',
  failed: 'Something went wrong while reading this page.',
};

export function failure(reason: FailureCode, detail?: string): ExtractFailure {
  return { ok: false, reason, message: detail ? `${MESSAGES[reason]} ${detail}` : MESSAGES[reason] };
}
