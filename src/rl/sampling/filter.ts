import { groupKind, type RolledGroup } from "./group.js";

export interface GroupFilterOptions {
  /**
   * Keep groups of one response. DAPO's filter keeps them (their variance cannot be measured, and GRPO gives a
   * singleton its raw score as advantage, so it does carry signal). Default true, as in DAPO.
   */
  keepSingletons?: boolean;
}

export interface FilteredGroups<G extends RolledGroup = RolledGroup> {
  kept: G[];
  /** Zero-variance groups, plus singletons when `keepSingletons` is false. */
  dropped: G[];
}

/** PurpCode's group filter: keep a group iff its reward std exceeds 1e-5, or it has a single response. */
export function keepGroup(group: RolledGroup, options: GroupFilterOptions = {}): boolean {
  const kind = groupKind(group.rewards);
  if (kind === "singleton") return options.keepSingletons ?? true;
  return kind === "informative";
}

export function filterGroups<G extends RolledGroup>(
  groups: readonly G[],
  options: GroupFilterOptions = {},
): FilteredGroups<G> {
  const kept: G[] = [];
  const dropped: G[] = [];
  for (const group of groups) (keepGroup(group, options) ? kept : dropped).push(group);
  return { kept, dropped };
}
