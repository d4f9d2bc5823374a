// Renders the bundled dataset as one table, with the public API of the single script
// (window.NomadVisaWidgets). Text goes in through textContent only: the data is never parsed as HTML.
const api = window.NomadVisaWidgets;

const TEXT = {
  en: {
    heading: 'Digital-nomad and remote-work visas: the dataset',
    intro: 'Every programme in the bundled dataset with its key figures. Values come from two German source articles; where they disagree, the newer value is shown and the older one is listed beside it.',
    language: 'Language',
    sourcesHeading: 'Sources',
    eligibilityHeading: 'Eligibility check',
    datasetHeading: 'The dataset',
    caption: (n, c) => `${n} programmes in ${c} countries`,
    columns: ['Programme', 'Income', 'Savings', 'First permit', 'Family', 'Processing', 'Sources'],
    kinds: { 'digital-nomad': 'Digital nomad', 'remote-work': 'Remote work', 'self-employed': 'Self-employed', 'skilled-residence': 'Skilled residence' },
    perMonth: 'per month', perYear: 'per year', net: 'after tax', gross: 'before tax',
    noIncome: 'No income requirement', noSavings: 'No savings requirement', notStated: 'Not stated',
    orSavings: 'or instead of income', approx: '≈', over: (n) => `over the last ${n} months`, about: 'about',
    family: { yes: 'Allowed', no: 'Not allowed', conditional: 'Under conditions' },
    spouseUplift: (s, c) => `+${s} % for a spouse, +${c} % per child`, perMember: (a) => `+${a} per family member`, partnerTotal: (a) => `${a} with a partner`,
    upTo: 'up to', maxStay: 'at most', units: { days: 'days', 'working-days': 'working days', 'calendar-days': 'calendar days', weeks: 'weeks', months: 'months' },
    disputed: (year, value) => `Sources disagree: the ${year} source says ${value}`,
    asOf: 'as of', loadError: 'The widget script did not load. Run npm run build, then reload.',
  },
  de: {
    heading: 'Visa für digitale Nomaden und Fernarbeit: der Datensatz',
    intro: 'Alle Programme des mitgelieferten Datensatzes mit ihren Kennzahlen. Die Werte stammen aus zwei deutschen Quellartikeln; wo sie sich widersprechen, wird der neuere Wert gezeigt und der ältere daneben genannt.',
    language: 'Sprache',
    sourcesHeading: 'Quellen',
    eligibilityHeading: 'Eligibility-Check',
    datasetHeading: 'Der Datensatz',
    caption: (n, c) => `${n} Programme in ${c} Ländern`,
    columns: ['Programm', 'Einkommen', 'Ersparnisse', 'Erste Erlaubnis', 'Familie', 'Bearbeitung', 'Quellen'],
    kinds: { 'digital-nomad': 'Digitale Nomaden', 'remote-work': 'Fernarbeit', 'self-employed': 'Selbständige', 'skilled-residence': 'Fachkräfte-Aufenthalt' },
    perMonth: 'pro Monat', perYear: 'pro Jahr', net: 'netto', gross: 'brutto',
    noIncome: 'Kein Einkommensnachweis', noSavings: 'Kein Sparnachweis', notStated: 'Keine Angabe',
    orSavings: 'oder statt des Einkommens', approx: '≈', over: (n) => `in den letzten ${n} Monaten`, about: 'etwa',
    family: { yes: 'Erlaubt', no: 'Nicht erlaubt', conditional: 'Unter Bedingungen' },
    spouseUplift: (s, c) => `+${s} % für Ehepartner, +${c} % je Kind`, perMember: (a) => `+${a} je Familienmitglied`, partnerTotal: (a) => `${a} mit Partner`,
    upTo: 'bis zu', maxStay: 'höchstens', units: { days: 'Tage', 'working-days': 'Arbeitstage', 'calendar-days': 'Kalendertage', weeks: 'Wochen', months: 'Monate' },
    disputed: (year, value) => `Quellen widersprechen sich: die Quelle von ${year} nennt ${value}`,
    asOf: 'Stand', loadError: 'Das Widget-Skript wurde nicht geladen. Führen Sie npm run build aus und laden Sie neu.',
  },
  ru: {
    heading: 'Визы для цифровых кочевников и удалённой работы: набор данных',
    intro: 'Все программы из встроенного набора данных с ключевыми цифрами. Данные взяты из двух немецких статей; где они расходятся, показано более новое значение, а более старое указано рядом.',
    language: 'Язык',
    sourcesHeading: 'Источники',
    eligibilityHeading: 'Проверка соответствия',
    datasetHeading: 'Набор данных',
    caption: (n, c) => `Программ: ${n}, стран: ${c}`,
    columns: ['Программа', 'Доход', 'Сбережения', 'Первое разрешение', 'Семья', 'Рассмотрение', 'Источники'],
    kinds: { 'digital-nomad': 'Цифровой кочевник', 'remote-work': 'Удалённая работа', 'self-employed': 'Самозанятые', 'skilled-residence': 'Квалифицированные специалисты' },
    perMonth: 'в месяц', perYear: 'в год', net: 'после налогов', gross: 'до налогов',
    noIncome: 'Без требования к доходу', noSavings: 'Без требования к сбережениям', notStated: 'Не указано',
    orSavings: 'или вместо дохода', approx: '≈', over: (n) => `за последние ${n} мес.`, about: 'около',
    family: { yes: 'Можно', no: 'Нельзя', conditional: 'При условиях' },
    spouseUplift: (s, c) => `+${s} % за супруга, +${c} % за ребёнка`, perMember: (a) => `+${a} за члена семьи`, partnerTotal: (a) => `${a} с партнёром`,
    upTo: 'до', maxStay: 'не более', units: { days: 'дн.', 'working-days': 'рабочих дн.', 'calendar-days': 'календарных дн.', weeks: 'нед.', months: 'мес.' },
    disputed: (year, value) => `Источники расходятся: источник ${year} года указывает ${value}`,
    asOf: 'на', loadError: 'Скрипт виджетов не загрузился. Выполните npm run build и обновите страницу.',
  },
};

const select = document.getElementById('lang');
const status = document.getElementById('status');

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function money(amount, currency, lang) {
  return new Intl.NumberFormat(lang, { style: 'currency', currency, maximumFractionDigits: amount % 1 ? 2 : 0 }).format(amount);
}

function duration({ amount, unit }, lang) {
  const intlUnit = { days: 'day', months: 'month', years: 'year' }[unit];
  return new Intl.NumberFormat(lang, { style: 'unit', unit: intlUnit, unitDisplay: 'long' }).format(amount);
}

function sourceYear(ids) {
  return ids.map((id) => api.dataset.sources.find((s) => s.id === id)?.asOf.slice(0, 4)).sort().at(-1);
}

function incomeText(income, t, lang) {
  if (!income) return t.notStated;
  if (income.type === 'none') return t.noIncome;
  if (income.type === 'unquantified') return income.description[lang];
  const parts = [`${income.approximate ? `${t.about} ` : ''}${money(income.amount, income.currency, lang)} ${income.period === 'month' ? t.perMonth : t.perYear}`];
  if (income.basis !== 'unspecified') parts.push(t[income.basis]);
  if (income.currency !== 'EUR') parts.push(`${t.approx} ${money(Math.round(api.convert(income.amount, income.currency, 'EUR').amount), 'EUR', lang)}`);
  if (income.averageOfMonths) parts.push(t.over(income.averageOfMonths));
  return parts.join(', ');
}

function savingsText(savings, t, lang) {
  if (!savings) return t.notStated;
  if (savings.type === 'none') return t.noSavings;
  if (savings.type === 'unquantified') return savings.description[lang];
  const parts = [money(savings.amount, savings.currency, lang)];
  if (savings.currency !== 'EUR') parts.push(`${t.approx} ${money(Math.round(api.convert(savings.amount, savings.currency, 'EUR').amount), 'EUR', lang)}`);
  if (savings.role === 'alternative-to-income') parts.push(t.orSavings);
  return parts.join(', ');
}

function validityText(validity, t, lang) {
  if (!validity) return t.notStated;
  const parts = [];
  if (validity.initial) parts.push(validity.initialMin ? `${duration(validity.initialMin, lang)} – ${duration(validity.initial, lang)}` : duration(validity.initial, lang));
  if (validity.maxStay) parts.push(`${t.maxStay} ${duration(validity.maxStay, lang)}`);
  return parts.join(', ');
}

function familyText(family, t, lang, currency) {
  if (!family) return t.notStated;
  const parts = [t.family[family.allowed]];
  const uplift = family.incomeUplift;
  if (uplift?.type === 'percent') parts.push(t.spouseUplift(uplift.spouse, uplift.perChild));
  if (uplift?.type === 'per-member') parts.push(t.perMember(money(uplift.amount, currency, lang)));
  if (uplift?.type === 'partner-total') parts.push(t.partnerTotal(money(uplift.amount, currency, lang)));
  return parts.join(', ');
}

function processingText(processing, t) {
  if (!processing) return t.notStated;
  const range = processing.min ? `${processing.min}–${processing.max}` : `${t.upTo} ${processing.max}`;
  return `${processing.approximate ? `${t.approx} ` : ''}${range} ${t.units[processing.unit]}`;
}

/** A cell with the shown value and, where an older source disagrees, that value too. */
function factCell(fact, format, t) {
  const cell = el('td', format(fact?.value));
  for (const other of fact?.conflicts ?? []) {
    cell.append(el('span', t.disputed(sourceYear(other.sources), format(other.value)), 'conflict'));
  }
  return cell;
}

function render(lang) {
  const t = TEXT[lang];
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll('[data-text]')) node.textContent = t[node.dataset.text];
  if (!api) {
    status.textContent = t.loadError;
    return;
  }
  const regionNames = new Intl.DisplayNames([lang], { type: 'region' });
  const table = document.getElementById('programmes');
  const countries = new Set(api.programmes.map((p) => p.country));
  table.querySelector('caption').textContent = t.caption(api.programmes.length, countries.size);

  const headRow = el('tr');
  headRow.setAttribute('role', 'row');
  for (const label of t.columns) {
    const th = el('th', label);
    th.scope = 'col';
    th.setAttribute('role', 'columnheader');
    headRow.append(th);
  }
  table.tHead.replaceChildren(headRow);

  const rows = api.programmes.map((p) => {
    const row = el('tr');
    row.setAttribute('role', 'row');
    const name = el('th');
    name.scope = 'row';
    name.setAttribute('role', 'rowheader');
    name.append(el('span', p.title[lang]), el('span', `${regionNames.of(p.country.toUpperCase())} · ${t.kinds[p.kind]}${p.code ? ` · ${p.code}` : ''}`, 'muted'));
    const incomeCurrency = p.income?.value.type === 'amount' ? p.income.value.currency : 'EUR';
    row.append(
      name,
      factCell(p.income, (v) => incomeText(v, t, lang), t),
      factCell(p.savings, (v) => savingsText(v, t, lang), t),
      factCell(p.validity, (v) => validityText(v, t, lang), t),
      factCell(p.family, (v) => familyText(v, t, lang, incomeCurrency), t),
      factCell(p.processing, (v) => processingText(v, t), t),
      el('td', `${t.asOf} ${p.asOf} (${p.sources.map((id) => id.slice(0, 3)).join(', ')})`, 'num'),
    );
    [...row.cells].forEach((cell, i) => {
      cell.dataset.label = t.columns[i];
      if (i > 0) cell.setAttribute('role', 'cell');
    });
    return row;
  });
  table.tBodies[0].replaceChildren(...rows);

  const list = document.getElementById('sources');
  list.replaceChildren(
    ...api.dataset.sources.map((s) => {
      const item = el('li');
      item.append(el('strong', s.id), ` (${t.asOf} ${s.asOf}): ${s.title}`);
      if (s.asOfBasis) item.append(el('span', s.asOfBasis[lang], 'muted'));
      return item;
    }),
  );
}

const requested = new URLSearchParams(location.search).get('lang');
const initial = requested in TEXT ? requested : 'en';
select.value = initial;
select.addEventListener('change', () => render(select.value));
render(initial);
