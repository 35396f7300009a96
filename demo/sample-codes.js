// The tracker page's sample codes: pressing one fills the page's tracker with it and looks it up (the tag's
// `code` attribute), then brings the tracker into view. Focus stays on the button; the tracker announces the result.
const tracker = document.querySelector('dvc-dossier-tracker');
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button.try') : null;
  if (!button || !tracker) return;
  // Removed first, so that the same code pressed twice looks it up again.
  tracker.removeAttribute('code');
  tracker.setAttribute('code', button.dataset.code);
  tracker.scrollIntoView({ block: 'start' });
});
