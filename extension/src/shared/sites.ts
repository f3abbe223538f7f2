// Which social site a page belongs to, and the tone expected there: the defaults are the core's
// (tone/site_targets.cpp: LinkedIn professional, Facebook friendly, X, Reddit, Mastodon and
// Bluesky casual); the user can pick another target per site on the options page.
import type { ToneTarget } from "../../../wasm/engine/src/types.js";
import type { Settings } from "./settings.js";

export const TONE_TARGETS: readonly ToneTarget[] = ["general", "professional", "casual", "friendly"];

export interface SiteInfo {
  id: string;
  name: string;
  hosts: readonly string[];
  target: ToneTarget;
}

export const SITES: readonly SiteInfo[] = [
  { id: "linkedin", name: "LinkedIn", hosts: ["linkedin.com"], target: "professional" },
  { id: "facebook", name: "Facebook", hosts: ["facebook.com", "messenger.com"], target: "friendly" },
  { id: "x", name: "X", hosts: ["x.com", "twitter.com"], target: "casual" },
  { id: "reddit", name: "Reddit", hosts: ["reddit.com"], target: "casual" },
  { id: "mastodon", name: "Mastodon", hosts: ["mastodon.social", "mastodon.online", "mas.to", "fosstodon.org", "hachyderm.io"], target: "casual" },
  { id: "bluesky", name: "Bluesky", hosts: ["bsky.app"], target: "casual" },
];

/** The site id for a page's hostname (www.linkedin.com → linkedin), or "other". */
export function siteOf(hostname: string): string {
  const host = hostname.toLowerCase();
  const site = SITES.find((s) => s.hosts.some((h) => host === h || host.endsWith(`.${h}`)));
  return site?.id ?? "other";
}

/** The tone expected on this page: the user's choice for its site, else the site's default. */
export function toneTargetFor(settings: Settings, hostname: string): ToneTarget {
  const site = siteOf(hostname);
  const chosen = settings.siteTones[site];
  if (chosen && (TONE_TARGETS as readonly string[]).includes(chosen)) return chosen;
  return SITES.find((s) => s.id === site)?.target ?? "general";
}

export function targetLabelKey(target: ToneTarget): string {
  return `target${target[0]!.toUpperCase()}${target.slice(1)}`;
}
