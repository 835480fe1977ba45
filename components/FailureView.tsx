/** What a person sees when there is no article to show, with what they can do about it. */
import { t, type MessageKey } from '../utils/extension/i18n.ts';
import type { RestrictedReason } from '../utils/extension/restricted.ts';
import type { FailureCode } from '../utils/types.ts';
import { StatusMessage } from './StatusMessage.tsx';

const RESTRICTED_BODY: Record<RestrictedReason, MessageKey> = {
  'browser-page': 'restrictedBrowserPage',
  'web-store': 'restrictedWebStore',
  pdf: 'restrictedPdf',
  'local-file': 'restrictedLocalFile',
  'no-address': 'restrictedNoAddress',
};

export function RestrictedView({ reason }: { reason: RestrictedReason }) {
  return <StatusMessage kind="notice" title={t('restrictedTitle')} body={t(RESTRICTED_BODY[reason])} />;
}

export interface FailureViewProps {
  reason: FailureCode;
  onShowAnyway?: () => void;
  onRetry?: () => void;
}

export function FailureView({ reason, onShowAnyway, onRetry }: FailureViewProps) {
  switch (reason) {
    case 'not-article':
      return (
        <StatusMessage kind="notice" title={t('noArticleTitle')} body={t('noArticleBody')}>
          {onShowAnyway && (
            <button type="button" class="lucid-primary" onClick={onShowAnyway} data-action="show-anyway">
              {t('showAnyway')}
            </button>
          )}
        </StatusMessage>
      );
    case 'restricted':
      return <RestrictedView reason="browser-page" />;
    case 'empty-page':
      return <Retry title={t('noArticleTitle')} body={t('emptyPageBody')} onRetry={onRetry} />;
    case 'timeout':
      return <Retry title={t('timeoutTitle')} body={t('timeoutBody')} onRetry={onRetry} />;
    case 'too-large':
      return <Retry title={t('failedTitle')} body={t('tooLargeBody')} onRetry={onRetry} kind="error" />;
    case 'failed':
      return <Retry title={t('failedTitle')} body={t('failedBody')} onRetry={onRetry} kind="error" />;
  }
}

function Retry({ title, body, onRetry, kind = 'notice' }: { title: string; body: string; onRetry?: () => void; kind?: 'notice' | 'error' }) {
  return (
    <StatusMessage kind={kind} title={title} body={body}>
      {onRetry && (
        <button type="button" onClick={onRetry} data-action="retry">
          {t('tryAgain')}
        </button>
      )}
    </StatusMessage>
  );
}
