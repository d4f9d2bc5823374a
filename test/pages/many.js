// After both copies of the script: create a widget, move one, remove one.
const later = document.createElement('visa-card');
later.id = 'after';
later.setAttribute('programme', 'me-digital-nomad');
document.body.append(later);
document.getElementById('elsewhere').append(document.getElementById('move-me'));
document.getElementById('remove-me').remove();
