/* The ☰ (chapter menu) and "Contents" buttons open their sidebars at every width.
 *
 * pydata-sphinx-theme 0.17 wires only the FIRST .primary-toggle and .secondary-toggle
 * of a page (document.querySelector), and sphinx-book-theme's desktop handler does the
 * same. Since 0.17 the first one is a button in the theme's top navbar, which
 * sphinx-book-theme never shows, so the visible buttons in the article header do
 * nothing (pydata-sphinx-theme #2451, sphinx-book-theme #991 / #1000). Each other
 * button passes its click to the wired one, which then does what the theme intends:
 * on a phone it opens the sidebar as a dialog, on a wide screen it hides or shows it.
 * Remove this file when the theme wires every button.
 */
(function () {
  function forward(kind) {
    var buttons = document.querySelectorAll("." + kind);
    var wired = buttons[0];
    for (var i = 1; i < buttons.length; i++) {
      buttons[i].addEventListener("click", function (event) {
        event.preventDefault();
        event.stopPropagation();
        wired.click();
      });
    }
  }
  function start() {
    if (window.courseTogglesForwarded) return;   // once, even if the script is loaded twice
    window.courseTogglesForwarded = true;
    forward("primary-toggle");
    forward("secondary-toggle");
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
