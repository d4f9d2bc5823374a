/**
 * A programme's requirements as rows of data, `{ kind, params, sources, conflicts }`, in the order they are
 * judged and shown: each row is evaluated by the checker of its kind (checkers.ts). This is the one place that
 * reads a programme's facts into rules; a new kind of rule adds a row here only if it comes from a new field.
 * No DOM.
 */
import { conditionKind, decider } from '../data/conditions.js';
import type {
  CheckableRequirement,
  EmploymentRules,
  EmploymentType,
  FamilyRules,
  IncomeRequirement,
  LocalizedText,
  NationalityRules,
  Programme,
  SavingsRequirement,
} from '../data/schema.js';

/** Each structured requirement of the schema (`checks[]`) is a kind of its own, holding its fact's value. */
type CheckParams = { [T in CheckableRequirement['type']]: Extract<CheckableRequirement, { type: T }> };

/** What each kind of row holds. */
export interface RequirementParams extends CheckParams {
  /** EU, EEA and Swiss citizens asking about a programme in that area. */
  'free-movement': { admitsFreeMovement: boolean };
  citizenship: NationalityRules;
  employment: EmploymentRules;
  income: { requirement: IncomeRequirement; family?: FamilyRules };
  savings: SavingsRequirement;
  /** Met when any of its rows is met (Croatia: the income, or savings for the year instead). */
  'any-of': { rows: Row[] };
  /** A criterion the sources do not publish: always open, and says who decides. */
  unpublished: { text: LocalizedText; decidedBy?: LocalizedText };
}

export type RequirementKind = keyof RequirementParams;

export interface Row<K extends RequirementKind = RequirementKind> {
  kind: K;
  /** The name its check is reported under, where it differs from the kind (an any-of row reports as income). */
  name?: string;
  params: RequirementParams[K];
  sources: string[];
  /** What older sources give instead: each is judged too, and a difference in verdict keeps the check open. */
  conflicts?: { params: RequirementParams[K]; sources: string[] }[];
  /** The source's note on the fact, said where it explains an unmet or open check. */
  note?: LocalizedText;
  /** Only these kinds of work must meet it. */
  appliesTo?: readonly EmploymentType[];
}

interface Sourced<T> {
  value: T;
  sources: string[];
  note?: LocalizedText;
  conflicts?: { value: T; sources: string[] }[];
}

function row<K extends RequirementKind, T>(
  kind: K,
  fact: Sourced<T>,
  params: (value: T) => RequirementParams[K],
  extra: Partial<Row<K>> = {},
): Row<K> {
  return {
    kind,
    params: params(fact.value),
    sources: fact.sources,
    ...(fact.conflicts?.length ? { conflicts: fact.conflicts.map((c) => ({ params: params(c.value), sources: c.sources })) } : {}),
    ...(fact.note ? { note: fact.note } : {}),
    ...extra,
  };
}

const same = <T>(value: T) => value;

/** Every requirement of a programme, in the order a reader meets them: who may apply, then money, then the rest. */
export function requirementRows(programme: Programme): Row[] {
  const rows: Row[] = [];
  const { nationality, employment, income, savings, family } = programme;
  rows.push({
    kind: 'free-movement',
    params: { admitsFreeMovement: nationality?.value.admitsFreeMovement === true },
    sources: nationality?.sources ?? [],
  });
  if (nationality) rows.push(row('citizenship', nationality, same));
  if (employment) rows.push(row('employment', employment, same));
  const incomeRow = income && row('income', income, (requirement) => ({ requirement, family: family?.value }));
  const alternative = savings?.value.type === 'amount' && savings.value.role === 'alternative-to-income';
  if (incomeRow && savings && alternative)
    rows.push({ kind: 'any-of', name: 'income', params: { rows: [incomeRow, row('savings', savings, same)] }, sources: income!.sources });
  else {
    if (incomeRow) rows.push(incomeRow);
    if (savings) rows.push(row('savings', savings, same));
  }
  for (const check of programme.checks)
    rows.push(row(check.value.type, check as Sourced<never>, same, check.value.appliesTo ? { appliesTo: check.value.appliesTo } : {}));
  for (const condition of programme.conditions)
    if (conditionKind(condition) === 'unpublished')
      rows.push({ kind: 'unpublished', params: { text: condition.text, decidedBy: decider(condition) }, sources: condition.sources });
  return rows;
}
