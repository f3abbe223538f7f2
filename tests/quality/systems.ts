// The systems the harness compares, in the table's column order.

export const SYSTEMS = ["source", "harper", "nib_spelling", "nib"] as const;
export type SystemName = (typeof SYSTEMS)[number];
/** The systems that check anything (the source is the floor, not a checker). */
export const CHECKERS = ["harper", "nib_spelling", "nib"] as const satisfies readonly SystemName[];
export type CheckerName = (typeof CHECKERS)[number];

export const TITLES: Record<SystemName, string> = {
  source: "Source (unchanged)",
  harper: "Harper 2.10.0 (default rules, American)",
  nib_spelling: "Nib, spelling only (`nib correct --spelling-only`)",
  nib: "Nib (`nib correct`, with the grammar model)",
};
