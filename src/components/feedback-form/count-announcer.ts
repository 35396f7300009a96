import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The text of the polite live region that tells screen-reader users how many characters are left. Announcing on
 * every keystroke would talk over the echo of what they type, so the region changes only once typing has paused
 * for `quietMs` (as GOV.UK's character count does); the visible count updates at once.
 */
export class CountAnnouncer implements ReactiveController {
  text = '';
  private timer?: ReturnType<typeof setTimeout>;
  private read?: () => string;
  private readonly host: ReactiveControllerHost;
  private readonly quietMs: number;

  constructor(host: ReactiveControllerHost, quietMs = 1000) {
    this.host = host;
    this.quietMs = quietMs;
    host.addController(this);
  }

  /** Schedules `read()` (evaluated when the pause comes, so it says the latest count) for announcement. */
  request(read: () => string): void {
    this.read = read;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.quietMs);
  }

  clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.text = '';
  }

  private flush(): void {
    this.timer = undefined;
    const next = this.read?.() ?? '';
    if (next !== this.text) {
      this.text = next;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
