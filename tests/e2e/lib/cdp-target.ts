/**
 * A direct DevTools connection to one browser target. Playwright does not
 * list an extension's action popup as a page, so the tests talk to the popup
 * through this: evaluate (optionally as a user gesture, as a click is), wait
 * for a condition, take a screenshot.
 */
import WebSocket from 'ws';

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export class CdpTarget {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  readonly consoleErrors: string[] = [];

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse((data as Buffer).toString('utf8')) as {
        id?: number;
        result?: unknown;
        error?: { message: string };
        method?: string;
        params?: unknown;
      };
      if (message.id !== undefined) {
        const waiting = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error) waiting?.reject(new Error(message.error.message));
        else waiting?.resolve(message.result);
      } else if (message.method === 'Runtime.exceptionThrown') {
        this.consoleErrors.push(JSON.stringify(message.params).slice(0, 500));
      } else if (message.method === 'Runtime.consoleAPICalled') {
        const params = message.params as { type: string; args: { value?: unknown; description?: string }[] };
        if (params.type === 'error')
          this.consoleErrors.push(params.args.map((arg) => (arg.value === undefined ? (arg.description ?? '') : JSON.stringify(arg.value))).join(' '));
      }
    });
    socket.on('close', () => {
      for (const waiting of this.pending.values()) waiting.reject(new Error('target closed'));
      this.pending.clear();
    });
  }

  static async connect(webSocketUrl: string): Promise<CdpTarget> {
    const socket = new WebSocket(webSocketUrl, { perMessageDeflate: false });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    const target = new CdpTarget(socket);
    await target.send('Runtime.enable');
    await target.send('Page.enable');
    return target;
  }

  send<T = unknown>(method: string, params: object = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve, reject });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /** The value of `expression` (awaited), evaluated in the target's page. */
  async evaluate<T>(expression: string, options: { userGesture?: boolean } = {}): Promise<T> {
    const { result, exceptionDetails } = await this.send<{ result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>(
      'Runtime.evaluate',
      {
        expression,
        awaitPromise: true,
        returnByValue: true,
        userGesture: options.userGesture ?? false,
      },
    );
    if (exceptionDetails) throw new Error(`${exceptionDetails.text} ${exceptionDetails.exception?.description ?? ''}`);
    return result.value;
  }

  /** Clicks the element as a person would (a user gesture, so clipboard writes are allowed). */
  async click(selector: string): Promise<void> {
    const found = await this.evaluate<boolean>(
      `(() => { const element = document.querySelector(${JSON.stringify(selector)}); if (!element) return false; element.focus(); element.click(); return true; })()`,
      { userGesture: true },
    );
    if (!found) throw new Error(`No ${selector} in the popup`);
  }

  /** Polls until `expression` is truthy, or fails with `what` after `timeoutMs`. */
  async waitFor<T>(expression: string, what: string, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate<T>(expression).catch(() => undefined);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async screenshot(): Promise<Buffer> {
    const { data } = await this.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    return Buffer.from(data, 'base64');
  }

  close(): void {
    this.socket.close();
  }
}
