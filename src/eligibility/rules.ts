/** Nationality, employment, family and the structured requirements a form can check. */
import { conditionKind, decider } from '../data/conditions.js';
import type { CheckableRequirement, EmploymentType } from '../data/schema.js';
import { evaluateFact, notGiven, sentence, text, type Evaluation, type RuleContext } from './context.js';

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
export function freeMovementCheck(ctx: RuleContext): Evaluation | undefined {
  if (!hasFreeMovement(ctx) || ctx.programme.nationality?.value.admitsFreeMovement) return undefined;
  return { status: 'unmet', message: freeMovementNote(ctx) };
}

export function freeMovementNote(ctx: RuleContext): string {
  return ctx.t.freeMovement(ctx.f.country(ctx.profile.citizenship!), ctx.f.country(ctx.programme.country));
}

export function nationalityCheck(ctx: RuleContext): Evaluation | undefined {
  const fact = ctx.programme.nationality;
  if (!fact) return undefined;
  const { allowed, excluded, excludedListComplete } = fact.value;
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
    return { status: 'unmet', phrase, message: sentence(t.needs(phrase), given, text(ctx, fact.note)) };
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

export function employmentCheck(ctx: RuleContext): Evaluation | undefined {
  const fact = ctx.programme.employment;
  if (!fact) return undefined;
  const { t } = ctx;
  const accepted = (Object.keys(fact.value) as EmploymentType[]).filter((type) => fact.value[type] === 'accepted');
  const phrase = t.employmentAs(ctx.f.list(accepted.map(t.employmentType), 'disjunction'));
  const employment = ctx.profile.employment;
  if (!employment) return notGiven(ctx, phrase, 'employment');
  const given = t.youWorkAs(t.employmentType(employment));
  const note = text(ctx, fact.note);
  switch (fact.value[employment]) {
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

function degreeOrExperience(ctx: RuleContext, req: Check<'degree-or-experience'>): Evaluation {
  const { t, profile } = ctx;
  const stem = req.degreeField === 'stem';
  const itOnly = req.experienceField === 'it';
  const routes = text(ctx, req.otherRoutes);
  const phrase = t.degreeOrExperience(req.experienceYears, stem, itOnly, routes || undefined);
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
  if (degree === true && (!stem || degreeField === 'stem')) return done('met');
  if (degree === true && degreeField === undefined) return missing('degreeField', t.stemUnknown);
  if (degree === undefined) return missing('degree', t.notGiven('degree'));
  if (years === undefined) return missing('yearsExperience', t.notGiven('yearsExperience'));
  if (enoughYears && itOnly && it === undefined) return missing('itProfessional', t.notGiven('itProfessional'));
  if (routes) return { ...done('unknown', t.otherRoutesMayCount(routes)), cause: 'not-asked' };
  return done('unmet');
}

function monthsWorking(ctx: RuleContext, req: Check<'min-months-working'>): Evaluation {
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

function evaluateRequirement(ctx: RuleContext, req: CheckableRequirement): Evaluation {
  const { t, profile, groups, programme } = ctx;
  const simple = (
    phrase: string,
    known: boolean,
    ok: () => boolean,
    given: () => string,
    missing: Parameters<typeof t.notGiven>[0],
  ): Evaluation => {
    if (!known) return notGiven(ctx, phrase, missing);
    const givenText = given();
    return { status: ok() ? 'met' : 'unmet', phrase, given: givenText, message: sentence(t.needs(phrase), givenText) };
  };
  const employer = profile.employerCountry;
  switch (req.type) {
    case 'degree-or-experience':
      return degreeOrExperience(ctx, req);
    case 'min-months-working':
      return monthsWorking(ctx, req);
    case 'employer-min-employees': {
      const count = profile.employerEmployees;
      return simple(
        t.employerMinEmployees(req.min),
        count !== undefined,
        () => count! >= req.min,
        () => t.employerHas(count!),
        'employerEmployees',
      );
    }
    case 'employer-in-group':
      return simple(
        t.employerInGroup(ctx.groupName(req.group)),
        employer !== undefined,
        () => groups.isMember(employer!, req.group),
        () => t.employerIn(ctx.f.country(employer!)),
        'employerCountry',
      );
    case 'employer-abroad':
      if (profile.clientCountries) return clientsAbroad(ctx, profile.clientCountries);
      return simple(
        t.employerAbroad(ctx.f.country(programme.country)),
        employer !== undefined,
        () => employer !== programme.country,
        () => t.employerIn(ctx.f.country(employer!)),
        'employerCountry',
      );
    case 'clients-in-country':
      return clientsInCountry(ctx, req);
    case 'schengen-visa-free': {
      const citizenship = profile.citizenship;
      const free = (code: string) => code === 'ch' || groups.isMember(code, 'EEA') || groups.isMember(code, 'SCHENGEN_VISA_FREE');
      return simple(
        t.schengenVisaFree,
        citizenship !== undefined,
        () => free(citizenship!),
        () => t.youAreCitizen(ctx.f.country(citizenship!)),
        'citizenship',
      );
    }
    case 'it-professional': {
      const it = profile.itProfessional;
      return simple(
        t.itProfessional,
        it !== undefined,
        () => it === true,
        () => t.youWorkInIt(it === true),
        'itProfessional',
      );
    }
  }
}

/** Freelancers and business owners: every client registered outside the programme's country. */
function clientsAbroad(ctx: RuleContext, clients: readonly string[]): Evaluation {
  const { t, programme } = ctx;
  const here = ctx.f.country(programme.country);
  const phrase = t.employerAbroad(here);
  const given = t.clientsIn(ctx.f.list(clients.map((code) => ctx.f.country(code))));
  const inside = clients.filter((code) => code === programme.country).length;
  if (!inside) return { status: 'met', phrase, given, message: sentence(t.needs(phrase), given) };
  if (inside === clients.length) return { status: 'unmet', phrase, given, message: sentence(t.needs(phrase), given) };
  return { status: 'unknown', cause: 'unpublished', phrase, given, message: sentence(t.needs(phrase), given, t.someClientsInside(here)) };
}

function clientsInCountry(ctx: RuleContext, req: Check<'clients-in-country'>): Evaluation {
  const { t, profile } = ctx;
  const country = ctx.f.country(req.country);
  const phrase = t.clientsInCountry(country, req.min ?? 1);
  const clients = profile.clientCountries;
  if (!clients) return notGiven(ctx, phrase, 'clientCountries');
  const given = t.clientsIn(ctx.f.list(clients.map((code) => ctx.f.country(code))));
  if (!clients.includes(req.country)) return { status: 'unmet', phrase, given, message: sentence(t.needs(phrase), given) };
  // A list of countries cannot show how many clients there are in one of them.
  if ((req.min ?? 1) > 1)
    return {
      status: 'unknown',
      cause: 'not-asked',
      phrase,
      given,
      message: sentence(t.needs(phrase), given, t.clientCountUnknown(req.min!)),
    };
  return { status: 'met', phrase, given, message: sentence(t.needs(phrase), given) };
}

/** Conditions no form can check that hold a verdict open: the criteria the sources do not publish. */
export function conditionChecks(ctx: RuleContext): { requirement: string; evaluation: Evaluation }[] {
  return ctx.programme.conditions.flatMap((condition) => {
    if (conditionKind(condition) !== 'unpublished') return [];
    const message = ctx.t.unpublished(text(ctx, condition.text), text(ctx, decider(condition)));
    return [{ requirement: 'unpublished', evaluation: { status: 'unknown', cause: 'unpublished', message } }];
  });
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
  return { confirm, reviewedBy };
}

/** The structured requirements that apply to this visitor's kind of work. */
export function requirementChecks(ctx: RuleContext): { requirement: string; evaluation: Evaluation }[] {
  const employment = ctx.profile.employment;
  return ctx.programme.checks.flatMap((fact) => {
    const appliesTo = fact.value.appliesTo;
    if (appliesTo && employment && !appliesTo.includes(employment)) return [];
    let evaluation = evaluateFact(ctx, fact, (value) => evaluateRequirement(ctx, value));
    // Kind of work not given: a requirement for only some kinds cannot rule the visitor out.
    if (appliesTo && !employment && evaluation.status === 'unmet')
      evaluation = {
        ...evaluation,
        status: 'unknown',
        cause: 'answer',
        missing: ['employment'],
        message: sentence(evaluation.message, ctx.t.notGiven('employment')),
      };
    return [{ requirement: fact.value.type, evaluation }];
  });
}
