/**
 * How each rule that is not about money judges one source's version of it: nationality, free movement, the kind
 * of work and the structured requirements a form can check. The table in checkers.ts calls them. No DOM.
 */
import { conditionKind, decider } from '../data/conditions.js';
import type { CheckableRequirement, EmploymentRules, EmploymentType, LocalizedText, NationalityRules, Programme } from '../data/schema.js';
import type { ProfileField } from '../i18n/catalogue.js';
import { notGiven, sentence, text, type Evaluation, type RuleContext } from './context.js';

function placeList(ctx: RuleContext, entries: readonly string[], type: 'conjunction' | 'disjunction'): string {
  return ctx.f.list(
    entries.map((entry) => (/^[a-z]{2}$/.test(entry) ? ctx.f.country(entry) : ctx.groupName(entry as never))),
    type,
  );
}

/** EU, EEA and Swiss citizens need no visa to live and work in an EU or EEA country, or in Switzerland. */
export function hasFreeMovement(ctx: RuleContext): boolean {
  const { citizenship } = ctx.profile;
  const inArea = (country: string) => ctx.groups.isMember(country, 'FREE_MOVEMENT');
  return citizenship !== undefined && inArea(citizenship) && inArea(ctx.programme.country);
}

/**
 * Free movement rules a programme out for those who have it, unless its sources admit them explicitly (Malta):
 * then they are judged as anyone, and the result notes that they need no visa.
 */
export function freeMovementCheck(ctx: RuleContext, admitsFreeMovement: boolean): Evaluation | undefined {
  if (!hasFreeMovement(ctx) || admitsFreeMovement) return undefined;
  return { status: 'unmet', message: freeMovementNote(ctx) };
}

export function freeMovementNote(ctx: RuleContext): string {
  return ctx.t.freeMovement(ctx.f.country(ctx.profile.citizenship!), ctx.f.country(ctx.programme.country));
}

export function nationalityCheck(ctx: RuleContext, rules: NationalityRules, note?: LocalizedText): Evaluation | undefined {
  // With free movement ruling the programme out, the nationality rule says nothing new.
  if (hasFreeMovement(ctx) && !rules.admitsFreeMovement) return undefined;
  const { allowed, excluded, excludedListComplete } = rules;
  if (!allowed && !excluded && excludedListComplete) return undefined; // open to every nationality
  const { t, groups } = ctx;
  const phrase = allowed
    ? t.citizenshipOneOf(placeList(ctx, allowed, 'disjunction'))
    : t.citizenshipNotOf(placeList(ctx, excluded ?? [], 'conjunction'));
  const citizenship = ctx.profile.citizenship;
  if (!citizenship) return notGiven(ctx, phrase, 'citizenship');
  const given = t.youAreCitizen(ctx.f.country(citizenship));
  if (allowed && !groups.listIncludes(allowed, citizenship)) return { status: 'unmet', phrase, message: sentence(t.needs(phrase), given) };
  if (excluded && groups.listIncludes(excluded, citizenship))
    return { status: 'unmet', phrase, message: sentence(t.needs(phrase), given, text(ctx, note)) };
  if (!excludedListComplete) {
    return {
      status: 'unknown',
      cause: 'unpublished',
      phrase,
      message: sentence(t.needs(phrase), given, t.partialDenyList(placeList(ctx, excluded ?? [], 'conjunction'))),
    };
  }
  return { status: 'met', phrase, message: sentence(t.needs(phrase), given) };
}

export function employmentCheck(ctx: RuleContext, rules: EmploymentRules, factNote?: LocalizedText): Evaluation {
  const { t } = ctx;
  const accepted = (Object.keys(rules) as EmploymentType[]).filter((type) => rules[type] === 'accepted');
  const phrase = t.employmentAs(ctx.f.list(accepted.map(t.employmentType), 'disjunction'));
  const employment = ctx.profile.employment;
  if (!employment) return notGiven(ctx, phrase, 'employment');
  const given = t.youWorkAs(t.employmentType(employment));
  const note = text(ctx, factNote);
  switch (rules[employment]) {
    case 'accepted':
      return { status: 'met', phrase, message: sentence(t.needs(phrase), given) };
    case 'not-accepted':
      return { status: 'unmet', phrase, message: sentence(t.needs(phrase), given, note) };
    case 'unclear':
      return {
        status: 'unknown',
        cause: 'unpublished',
        phrase,
        message: sentence(t.needs(phrase), given, t.employmentUnclear(t.employmentType(employment)), note),
      };
  }
}

type Check<K extends CheckableRequirement['type']> = Extract<CheckableRequirement, { type: K }>;

/** A rule that reads one answer: open while it is missing, else met or not. */
export function known(
  ctx: RuleContext,
  phrase: string,
  field: ProfileField,
  given: boolean,
  ok: () => boolean,
  givenText: () => string,
): Evaluation {
  if (!given) return notGiven(ctx, phrase, field);
  const shown = givenText();
  return { status: ok() ? 'met' : 'unmet', phrase, given: shown, message: sentence(ctx.t.needs(phrase), shown) };
}

export function degreeOrExperience(ctx: RuleContext, req: Check<'degree-or-experience'>): Evaluation {
  const { t, profile } = ctx;
  const field = req.degreeField ?? 'any';
  const itOnly = req.experienceField === 'it';
  const routes = text(ctx, req.otherRoutes);
  const phrase = t.degreeOrExperience(req.experienceYears, field, itOnly, routes || undefined);
  const { degree, degreeField, yearsExperience: years, itProfessional: it } = profile;
  // Nothing answered: say only what is missing, not "you have an unstated degree".
  const given =
    degree === undefined && years === undefined
      ? undefined
      : t.youHave(t.degree(degree, degreeField), t.experience(years, itOnly ? it : undefined));
  const done = (status: Evaluation['status'], ...reasons: string[]): Evaluation => ({
    status,
    phrase,
    ...(given ? { given } : {}),
    message: sentence(t.needs(phrase), given, ...reasons),
  });
  const missing = (field: 'degree' | 'degreeField' | 'yearsExperience' | 'itProfessional', reason: string): Evaluation => ({
    ...done('unknown', reason),
    cause: 'answer',
    missing: [field],
  });

  const enoughYears = years !== undefined && years >= req.experienceYears;
  if (enoughYears && (!itOnly || it === true)) return done('met');
  if (degree === true && (field === 'any' || (field === 'stem' && degreeField === 'stem'))) return done('met');
  if (degree === true && field === 'stem' && degreeField === undefined) return missing('degreeField', t.stemUnknown);
  // A degree "relevant" to the work: whether the visitor's is, the sources leave to the authority.
  if (degree === true && field === 'relevant') {
    if (years === undefined) return missing('yearsExperience', t.relevanceUnknown);
    return { ...done('unknown', t.relevanceUnknown), cause: 'unpublished' };
  }
  if (degree === undefined) return missing('degree', t.notGiven('degree'));
  if (years === undefined) return missing('yearsExperience', t.notGiven('yearsExperience'));
  if (enoughYears && itOnly && it === undefined) return missing('itProfessional', t.notGiven('itProfessional'));
  if (routes) return { ...done('unknown', t.otherRoutesMayCount(routes)), cause: 'not-asked' };
  return done('unmet');
}

export function monthsWorking(ctx: RuleContext, req: Check<'min-months-working'>): Evaluation {
  const { t, profile } = ctx;
  const phrase = t.monthsWorking(req.months, req.inclusive, req.subject);
  if (profile.monthsWorking === undefined) return notGiven(ctx, phrase, 'monthsWorking');
  const given = t.youWorkedMonths(profile.monthsWorking);
  const enough = req.inclusive ? profile.monthsWorking >= req.months : profile.monthsWorking > req.months;
  const result = (status: Evaluation['status'], reason?: string, cause?: Evaluation['cause']): Evaluation => ({
    status,
    phrase,
    given,
    ...(cause ? { cause } : {}),
    message: sentence(t.needs(phrase), given, reason),
  });
  if (enough) return result('met');
  // Remote work before the current job counts too, and the Romanian rule may bind only company owners.
  if (req.subject === 'remote-work') return result('unknown', t.earlierRemoteWorkMayCount, 'not-asked');
  if (req.subject === 'contract-or-company' && profile.employment !== 'business-owner')
    return result('unknown', t.ambiguousForEmployees, 'unpublished');
  return result('unmet');
}

/** Freelancers and business owners: every client registered outside the programme's country. */
export function clientsAbroad(ctx: RuleContext, clients: readonly string[]): Evaluation {
  const { t, programme } = ctx;
  const here = ctx.f.country(programme.country);
  const phrase = t.employerAbroad(here);
  const given = t.clientsIn(ctx.f.list(clients.map((code) => ctx.f.country(code))));
  const inside = clients.filter((code) => code === programme.country).length;
  if (!inside) return { status: 'met', phrase, given, message: sentence(t.needs(phrase), given) };
  if (inside === clients.length) return { status: 'unmet', phrase, given, message: sentence(t.needs(phrase), given) };
  return { status: 'unknown', cause: 'unpublished', phrase, given, message: sentence(t.needs(phrase), given, t.someClientsInside(here)) };
}

export function clientsInCountry(ctx: RuleContext, req: Check<'clients-in-country'>): Evaluation {
  const { t, profile } = ctx;
  const country = ctx.f.country(req.country);
  const min = req.min ?? 1;
  const phrase = t.clientsInCountry(country, min);
  const clients = profile.clientCountries;
  if (!clients) return notGiven(ctx, phrase, 'clientCountries');
  const listed = t.clientsIn(ctx.f.list(clients.map((code) => ctx.f.country(code))));
  if (!clients.includes(req.country)) return { status: 'unmet', phrase, given: listed, message: sentence(t.needs(phrase), listed) };
  if (min === 1) return { status: 'met', phrase, given: listed, message: sentence(t.needs(phrase), listed) };
  // A list of countries says there is a client there, not how many: that is a question of its own.
  const count = profile.clientCounts?.[req.country];
  if (count === undefined) return notGiven(ctx, phrase, 'clientCounts', listed);
  const given = t.clientsCounted(country, count);
  return { status: count >= min ? 'met' : 'unmet', phrase, given, message: sentence(t.needs(phrase), given) };
}

/** The countries whose clients a programme counts (at least 2 there): the form asks how many for these. */
export function countedClientCountries(programmes: readonly Programme[]): string[] {
  const counted = programmes.flatMap((programme) =>
    programme.checks.flatMap(({ value }) => (value.type === 'clients-in-country' && (value.min ?? 1) > 1 ? [value.country] : [])),
  );
  return [...new Set(counted)];
}

/** A criterion the sources do not publish: open, with who decides and how. */
export function unpublishedCheck(ctx: RuleContext, what: LocalizedText, who: LocalizedText | undefined): Evaluation {
  return { status: 'unknown', cause: 'unpublished', message: ctx.t.unpublished(text(ctx, what), text(ctx, who)) };
}

/**
 * What an applicant confirms and who reviews the application: they never hold a verdict open, and an eligible
 * result lists them ("eligible if you can confirm …").
 */
export function confirmAndReview(ctx: RuleContext): { confirm: string[]; reviewedBy: string[] } {
  const confirm: string[] = [];
  const reviewedBy: string[] = [];
  for (const condition of ctx.programme.conditions) {
    const kind = conditionKind(condition);
    if (kind === 'confirm') confirm.push(text(ctx, condition.text));
    if (kind === 'review') reviewedBy.push(text(ctx, decider(condition)));
  }
  // An income that must hold over past months: the form asks for today's; the months only the applicant knows.
  const income = ctx.programme.income?.value;
  if (income?.type === 'amount' && income.averageOfMonths) confirm.push(ctx.t.incomeHeld(income.averageOfMonths, income.monthsRule));
  return { confirm, reviewedBy };
}
