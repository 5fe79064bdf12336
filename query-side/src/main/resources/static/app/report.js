// The year-end report of a département, as the printable page the query side writes (Accept: text/html). It needs
// the bearer token, so the page cannot just link to it: it fetches it and shows it in a new window from a blob URL.

import {text, explain} from './api.js';

/**
 * Opens the window at once (while the click still counts as the user's, so no popup blocker stops it), then
 * fills it. Returns a promise of null when done, or of the French sentence saying what went wrong.
 */
export async function openReport(code, year) {
  const target = window.open('', '_blank');
  if (target) {
    target.document.title = 'Chargement du bilan…';
    target.document.body.textContent = 'Chargement du bilan annuel…';
  }
  let html;
  try {
    html = await text(`/departements/${encodeURIComponent(code)}/report?year=${encodeURIComponent(year)}`,
      'text/html');
  } catch (error) {
    target?.close();
    return explain(error, `le bilan ${year} de ce département`);
  }
  if (!target) {
    return "La fenêtre du bilan n'a pas pu s'ouvrir : autorisez les fenêtres surgissantes pour ce site.";
  }
  const {page, css} = splitStyle(html);
  const url = URL.createObjectURL(new Blob([page], {type: 'text/html;charset=utf-8'}));
  target.location.replace(url);
  applyStyle(target, url, css);
  // the window keeps its document; the URL is only needed to load it
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return null;
}

/**
 * The report's own inline style sheet, taken out of the page: the server writes exactly one <style> element, with
 * no markup inside. (Not parsed with DOMParser: a parsed copy falls under this page's policy too, and reports the
 * blocked style as a violation.)
 */
function splitStyle(html) {
  const match = /<style>([^<]*)<\/style>/.exec(html);
  return match ? {page: html.replace(match[0], ''), css: match[1]} : {page: html, css: ''};
}

/**
 * A document loaded from a blob URL keeps this page's Content Security Policy, which allows no inline style: the
 * report's inline style sheet would be blocked there. Its rules are given to it through the CSSOM instead (a
 * constructed style sheet), which the policy does not govern, so the report prints as designed.
 */
function applyStyle(target, url, css) {
  if (!css) return;
  const started = Date.now();
  const timer = setInterval(() => {
    let document;
    try {
      document = target.document;
    } catch {
      clearInterval(timer);
      return;
    }
    if (target.closed || Date.now() - started > 15_000) {
      clearInterval(timer);
      return;
    }
    if (target.location.href !== url || document.readyState !== 'complete') return;
    clearInterval(timer);
    const sheet = new target.CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, 50);
}
