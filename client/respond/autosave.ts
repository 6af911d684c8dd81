/**
 * Sends the answers to the server a moment after the respondent stops changing them, one request at a time,
 * and keeps retrying after a failure: at once when the browser says it is back online, otherwise with a growing
 * delay. The answers themselves are already on the device (local-draft.ts), so a failed save loses nothing.
 */

export type SaveState = 'idle' | 'saving' | 'saved' | 'offline' | 'error';

/**
 * What one attempt to save achieved: `saved`; `offline` (no connection); `failed` (worth retrying);
 * `rejected` (the server refuses these answers, so retrying them unchanged is pointless); `stop` (saving is
 * over, e.g. the response was submitted elsewhere).
 */
export type SaveOutcome = 'saved' | 'offline' | 'failed' | 'rejected' | 'stop';

export interface AutosaveOptions {
  /** Sends the current answers; called with the latest state each time, never with a stale copy. */
  send: (options: { keepalive: boolean }) => Promise<SaveOutcome>;
  onStateChange: (state: SaveState) => void;
  debounceMs?: number;
}

const firstRetryMs = 2_000;
const longestRetryMs = 60_000;

export class Autosave {
  private readonly send: AutosaveOptions['send'];
  private readonly onStateChange: AutosaveOptions['onStateChange'];
  private readonly debounceMs: number;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | undefined;
  private unsaved = false;
  private failures = 0;
  private stopped = false;
  private paused = false;
  private state: SaveState = 'idle';

  constructor(options: AutosaveOptions) {
    this.send = options.send;
    this.onStateChange = options.onStateChange;
    this.debounceMs = options.debounceMs ?? 1_500;
    window.addEventListener('online', this.handleOnline);
    window.addEventListener('offline', this.handleOffline);
    window.addEventListener('pagehide', this.handlePageHide);
  }

  get currentState(): SaveState {
    return this.state;
  }

  /** The answers changed: save them once the respondent pauses. */
  changed(): void {
    if (this.stopped) return;
    this.unsaved = true;
    if (this.paused) return;
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => void this.flush(), this.debounceMs);
  }

  /** Save now (a page change, a language change, answers restored from the device). */
  saveNow(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.unsaved = true;
    return this.flush();
  }

  /**
   * Holds back saves while the answers are being submitted: a save landing after the submission would only be
   * refused. `resume()` picks up whatever changed in the meantime.
   */
  pause(): void {
    this.paused = true;
    clearTimeout(this.debounceTimer);
    clearTimeout(this.retryTimer);
  }

  resume(): void {
    this.paused = false;
    if (this.unsaved) this.changed();
  }

  /** No more saves, e.g. once the answers are submitted. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.debounceTimer);
    clearTimeout(this.retryTimer);
    window.removeEventListener('online', this.handleOnline);
    window.removeEventListener('offline', this.handleOffline);
    window.removeEventListener('pagehide', this.handlePageHide);
  }

  private async flush(keepalive = false): Promise<void> {
    clearTimeout(this.debounceTimer);
    clearTimeout(this.retryTimer);
    // One request at a time, so an older copy of the answers can never land after a newer one.
    if (this.inFlight) {
      await this.inFlight;
      return this.unsaved ? this.flush(keepalive) : undefined;
    }
    if (!this.unsaved || this.stopped || this.paused) return;
    this.inFlight = this.attempt(keepalive);
    try {
      await this.inFlight;
    } finally {
      this.inFlight = undefined;
    }
  }

  private async attempt(keepalive: boolean): Promise<void> {
    this.unsaved = false;
    this.setState('saving');
    const outcome = await this.send({ keepalive });
    if (this.stopped) return;
    switch (outcome) {
      case 'saved':
        this.failures = 0;
        if (!this.unsaved) this.setState('saved');
        else this.changed();
        return;
      case 'offline':
        this.unsaved = true;
        this.setState('offline');
        this.scheduleRetry();
        return;
      case 'failed':
        this.unsaved = true;
        this.setState('error');
        this.scheduleRetry();
        return;
      case 'rejected':
        this.setState('error');
        return;
      case 'stop':
        this.stop();
        return;
    }
  }

  private scheduleRetry(): void {
    const delay = Math.min(longestRetryMs, firstRetryMs * 2 ** this.failures);
    this.failures += 1;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.flush(), delay);
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.onStateChange(state);
  }

  private readonly handleOnline = (): void => {
    this.failures = 0;
    if (this.unsaved) void this.flush();
    else if (this.state === 'offline') this.setState('saved');
  };

  private readonly handleOffline = (): void => {
    this.setState('offline');
  };

  private readonly handlePageHide = (): void => {
    if (this.unsaved) void this.flush(true);
  };
}
