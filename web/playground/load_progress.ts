// Real loading progress: the build lists every file the page reads while starting (assets.json,
// with sizes), and each fetched chunk moves the bar by its bytes.
export interface LoadList {
  /** Path relative to the page → size in bytes. */
  files: Record<string, number>;
}

const MIB = 1024 * 1024;

export class LoadProgress {
  private loaded = 0;
  private readonly total: number;

  constructor(
    list: LoadList,
    private readonly bar: HTMLProgressElement,
    private readonly label: HTMLElement,
  ) {
    this.total = Object.values(list.files).reduce((sum, size) => sum + size, 0);
    this.bar.max = this.total;
    this.show();
  }

  add(count: number): void {
    this.loaded += count;
    this.show();
  }

  get bytes(): { loaded: number; total: number } {
    return { loaded: this.loaded, total: this.total };
  }

  private show(): void {
    const loaded = Math.min(this.loaded, this.total);
    this.bar.value = loaded;
    this.label.textContent = `Loading dictionaries and models: ${(loaded / MIB).toFixed(1)} of ${(this.total / MIB).toFixed(1)} MiB`;
  }
}
