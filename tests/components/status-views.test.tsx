// @vitest-environment happy-dom
/** Every state that is not an article says what happened and what to do; none is blank. */
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { FailureView, RestrictedView } from '../../components/FailureView.tsx';
import { LoadingMessage } from '../../components/StatusMessage.tsx';
import type { RestrictedReason } from '../../utils/extension/restricted.ts';
import type { FailureCode } from '../../utils/types.ts';

afterEach(cleanup);

const FAILURES: FailureCode[] = ['not-article', 'empty-page', 'too-large', 'restricted', 'timeout', 'failed'];
const RESTRICTED: RestrictedReason[] = ['browser-page', 'web-store', 'pdf', 'local-file', 'no-address'];

test.each(FAILURES)('the %s failure has a heading and an explanation', (reason) => {
  const { container } = render(<FailureView reason={reason} onShowAnyway={vi.fn()} onRetry={vi.fn()} />);
  expect(container.querySelector('h1')?.textContent.length).toBeGreaterThan(5);
  expect(container.querySelector('p')?.textContent.length).toBeGreaterThan(20);
});

test.each(RESTRICTED)('a %s page says Lucid cannot read it, and why', (reason) => {
  const { container } = render(<RestrictedView reason={reason} />);
  expect(container.querySelector('h1')?.textContent).toBe("Lucid can't read this page");
  expect(container.querySelector('p')?.textContent.length).toBeGreaterThan(20);
});

test('"No article found" offers Show anyway; a timeout offers Try again', () => {
  const showAnyway = vi.fn();
  const retry = vi.fn();
  let { container } = render(<FailureView reason="not-article" onShowAnyway={showAnyway} onRetry={retry} />);
  fireEvent.click(container.querySelector('[data-action=show-anyway]')!);
  expect(showAnyway).toHaveBeenCalledOnce();
  cleanup();
  ({ container } = render(<FailureView reason="timeout" onShowAnyway={showAnyway} onRetry={retry} />));
  fireEvent.click(container.querySelector('[data-action=retry]')!);
  expect(retry).toHaveBeenCalledOnce();
});

test('loading is announced to screen readers, with progress on a slow page', () => {
  const { container } = render(<LoadingMessage detail="This is a large page (120,000 elements). Still reading…" />);
  const status = container.querySelector('[role=status]')!;
  expect(status.getAttribute('aria-busy')).toBe('true');
  expect(status.textContent).toContain('Reading the page…');
  expect(status.textContent).toContain('120,000');
});
