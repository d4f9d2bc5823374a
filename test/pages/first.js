// Remembers the API the first copy of the script set up.
window.__apiAfterFirst = window.NomadVisaWidgets;
