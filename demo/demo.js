// The demo's two switchers. Widgets follow <html lang> by themselves; the theme switcher sets
// theme="dark" on them, or an agency's custom properties (a class on <body>).
const TEXT = {
  en: {
    heading: 'Digital-nomad visa widgets',
    intro: 'Every widget below is live. Copy a snippet, add the script tag, done.',
    hosting: 'Not on a CDN yet: copy the built dist/ folder to your site and point the tag at it.',
    language: 'Language',
    theme: 'Theme',
    themeDefault: 'Default (inherits the page)',
    themeDark: 'Dark',
    themeBrand: 'Agency brand',
    themesHeading: 'Three themes side by side',
    datasetHeading: 'All 23 programmes',
    cta: 'Talk to us',
  },
  de: {
    heading: 'Widgets für Visa digitaler Nomaden',
    intro: 'Alle Widgets hier sind live. Snippet kopieren, Script-Tag einfügen, fertig.',
    hosting: 'Noch nicht auf einem CDN: Kopieren Sie den gebauten Ordner dist/ auf Ihre Website und verweisen Sie mit dem Tag darauf.',
    language: 'Sprache',
    theme: 'Design',
    themeDefault: 'Standard (übernimmt die Seite)',
    themeDark: 'Dunkel',
    themeBrand: 'Agentur-Marke',
    themesHeading: 'Drei Designs nebeneinander',
    datasetHeading: 'Alle 23 Programme',
    cta: 'Sprechen Sie mit uns',
  },
  ru: {
    heading: 'Виджеты виз для цифровых кочевников',
    intro: 'Все виджеты ниже работают. Скопируйте фрагмент, добавьте тег script — готово.',
    hosting: 'Пока не на CDN: скопируйте собранную папку dist/ на свой сайт и укажите на неё в теге.',
    language: 'Язык',
    theme: 'Тема',
    themeDefault: 'По умолчанию (как у страницы)',
    themeDark: 'Тёмная',
    themeBrand: 'Бренд агентства',
    themesHeading: 'Три темы рядом',
    datasetHeading: 'Все 23 программы',
    cta: 'Связаться с нами',
  },
};

const params = new URLSearchParams(location.search);
const langSelect = document.getElementById('lang');
const themeSelect = document.getElementById('theme');

function setLanguage(lang) {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll('[data-text]')) node.textContent = TEXT[lang][node.dataset.text];
}

function setTheme(theme) {
  document.body.classList.toggle('dark-theme', theme === 'dark');
  document.body.classList.toggle('brand-theme', theme === 'brand');
  for (const widget of document.querySelectorAll('visa-compare, visa-eligibility, visa-card:not([data-fixed-theme])')) {
    if (theme === 'dark') widget.setAttribute('theme', 'dark');
    else widget.removeAttribute('theme');
  }
}

langSelect.value = params.get('lang') in TEXT ? params.get('lang') : 'en';
themeSelect.value = ['dark', 'brand'].includes(params.get('theme')) ? params.get('theme') : 'default';
langSelect.addEventListener('change', () => setLanguage(langSelect.value));
themeSelect.addEventListener('change', () => setTheme(themeSelect.value));
setLanguage(langSelect.value);
setTheme(themeSelect.value);

// The eligibility results link here (details-href="?programme={programme}#card-heading"): show that programme's card.
const linked = params.get('programme');
if (linked) document.getElementById('demo-card')?.setAttribute('programme', linked);
