/** Country groups (EU, EEA, EFTA, Schengen, OECD) and nationality lists that mix countries and groups. */
import type { CountryGroup, CountryGroupId } from './schema.js';

export interface GroupLookup {
  isMember(country: string, group: CountryGroupId): boolean;
  /** The group's members, in dataset order (empty for a group the dataset lacks). */
  membersOf(group: CountryGroupId): readonly string[];
  /** True if `country` is named in `list` directly or through one of its groups. */
  listIncludes(list: readonly string[], country: string): boolean;
}

export function createGroupLookup(groups: readonly CountryGroup[]): GroupLookup {
  const members = new Map(groups.map((group) => [group.id as string, new Set(group.members)]));
  // A dataset from before the free-movement group: the EEA and Switzerland, as the group is defined.
  const eea = members.get('EEA');
  if (!members.has('FREE_MOVEMENT') && eea) members.set('FREE_MOVEMENT', new Set([...eea, 'ch']));
  const isMember = (country: string, group: string) => members.get(group)?.has(country) ?? false;
  return {
    isMember,
    membersOf: (group) => [...(members.get(group) ?? [])],
    listIncludes: (list, country) => list.some((entry) => entry === country || isMember(country, entry)),
  };
}
