import type { ReactiveController, ReactiveControllerHost } from 'lit';

const SEARCH_DEBOUNCE_MS = 200;

/** The feed's search: the words typed, taken once the reader pauses, so a list is not filtered per keystroke. */
export class SearchController implements ReactiveController {
  /** The words searched for. */
  query = '';
  private _typing?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _onSearch: (query: string) => void,
  ) {
    _host.addController(this);
  }

  /** A keystroke: `value` is searched for once typing pauses. */
  input(value: string): void {
    clearTimeout(this._typing);
    this._typing = setTimeout(() => {
      this.query = value;
      this._host.requestUpdate();
      this._onSearch(value);
    }, SEARCH_DEBOUNCE_MS);
  }

  /** The search box went away: nothing is searched for, nor will be. */
  clear(): void {
    clearTimeout(this._typing);
    this.query = '';
  }

  hostDisconnected(): void {
    clearTimeout(this._typing);
  }
}
