/** Every state that is not an article: loading, no article, a page Lucid may not read, a failure. Never a blank view. */
import type { ComponentChildren } from 'preact';
import { t } from '../utils/extension/i18n.ts';

export interface StatusMessageProps {
  kind: 'loading' | 'notice' | 'error';
  title: string;
  body?: string;
  children?: ComponentChildren;
}

export function StatusMessage({ kind, title, body, children }: StatusMessageProps) {
  return (
    <div class={`lucid-status lucid-status-${kind}`} role={kind === 'error' ? 'alert' : 'status'} aria-live="polite" aria-busy={kind === 'loading'}>
      {kind === 'loading' && <div class="lucid-spinner" aria-hidden="true" />}
      <h1 class="lucid-status-title">{title}</h1>
      {body && <p>{body}</p>}
      {children && <div class="lucid-status-actions">{children}</div>}
    </div>
  );
}

export function LoadingMessage({ detail }: { detail?: string }) {
  return <StatusMessage kind="loading" title={t('loading')} body={detail} />;
}
