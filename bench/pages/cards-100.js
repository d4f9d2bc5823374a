// 100 cards, cycling through every programme.
const ids = [
  'kz-digital-nomad',
  'kz-neo-nomad',
  'kz-b9',
  'al-digital-nomad',
  'ad-digital-nomad',
  'hu-white-card',
  'de-freelance',
  'gr-digital-nomad',
  'is-remote-work',
  'es-digital-nomad',
  'it-digital-nomad',
  'cy-digital-nomad',
  'lv-digital-nomad',
  'mt-nomad-residence',
  'nl-self-employed',
  'no-self-employed',
  'pt-digital-nomad',
  'ro-digital-nomad',
  'hr-digital-nomad',
  'me-digital-nomad',
  'cz-digital-nomad',
  'cz-self-employed',
  'ee-digital-nomad',
];
const host = document.getElementById('cards');
for (let i = 0; i < 100; i += 1) {
  const card = document.createElement('visa-card');
  card.setAttribute('programme', ids[i % ids.length]);
  host.append(card);
}
