// The receipt page's "In giấy hẹn" button: shown only where script runs (Ctrl+P works everywhere).
const button = document.getElementById('print');
button.hidden = false;
button.addEventListener('click', () => window.print());
