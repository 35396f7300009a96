// The demo's language switch: the site changes <html lang>, and every widget follows at once.
const button = document.getElementById('lang-switch');
const label = () => (document.documentElement.lang === 'en' ? 'Tiếng Việt' : 'English');
button.textContent = label();
button.addEventListener('click', () => {
  document.documentElement.lang = document.documentElement.lang === 'en' ? 'vi' : 'en';
  button.textContent = label();
});
