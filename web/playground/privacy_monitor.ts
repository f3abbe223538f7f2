// The "nothing leaves this page" indicator's evidence. Once the engine has loaded, every request
// the page makes shows up as a resource-timing entry (fetch, XHR, images, scripts, beacons), and
// every attempt the page's CSP blocks (connect-src 'self': WebSockets and fetches to other hosts
// among them) as a securitypolicyviolation event. The indicator counts both, so it turns red the
// moment anything is sent, whatever sends it.
export interface PrivacyState {
  /** Requests made since the engine was ready (URLs). */
  requests: string[];
  /** Requests the page's CSP blocked since it loaded (URLs). */
  blocked: string[];
  watching: boolean;
}

export class PrivacyMonitor {
  private readySince = Number.POSITIVE_INFINITY;
  private readonly state: PrivacyState = { requests: [], blocked: [], watching: false };

  constructor(private readonly changed: (state: Readonly<PrivacyState>) => void) {
    new PerformanceObserver((list) => {
      let seen = false;
      for (const entry of list.getEntries()) {
        if (entry.startTime < this.readySince) continue;
        this.state.requests.push(entry.name);
        seen = true;
      }
      if (seen) this.changed(this.state);
    }).observe({ type: "resource", buffered: true });
    document.addEventListener("securitypolicyviolation", (event) => {
      this.state.blocked.push(event.blockedURI || event.violatedDirective);
      this.changed(this.state);
    });
  }

  get current(): Readonly<PrivacyState> {
    return this.state;
  }

  /** Everything the page needs is loaded: from now on any request counts. */
  start(): void {
    this.readySince = performance.now();
    this.state.watching = true;
    this.changed(this.state);
  }
}
