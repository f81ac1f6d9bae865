// The review desk's only script, served from the server itself (the policy allows no other): a filter box for
// compare's indicator picker. Without it every page works the same; the box simply stays hidden.
"use strict";

function filterPicker(box) {
  const query = box.value.trim().toLowerCase();
  const picker = box.parentElement.querySelector(".indicators");
  for (const group of picker.querySelectorAll("fieldset")) {
    let shown = 0;
    for (const label of group.querySelectorAll("label")) {
      const match = query === "" || label.dataset.search.toLowerCase().includes(query);
      // Set on the element itself, so no stylesheet rule can show a label filtered out.
      label.style.display = match ? "" : "none";
      if (match) shown += 1;
    }
    group.style.display = shown === 0 ? "none" : "";
  }
}

document.addEventListener("DOMContentLoaded", () => {
  // The letter's print button opens the browser's print dialog (which saves a PDF).
  for (const button of document.querySelectorAll("button.print")) button.addEventListener("click", () => window.print());
  // On a phone the report's text comes first: its metadata and outline fold away, a tap opens them.
  if (window.matchMedia("(max-width: 760px)").matches) {
    for (const panel of document.querySelectorAll("details.fold")) panel.open = false;
  }
  for (const box of document.querySelectorAll("input.picker-filter")) {
    box.hidden = false;
    box.addEventListener("input", () => filterPicker(box));
    // Enter filters; it does not submit the compare form.
    box.addEventListener("keydown", (event) => { if (event.key === "Enter") event.preventDefault(); });
    // #filter=复议 opens the picker already filtered (a link can carry it).
    const match = /^#filter=(.*)$/.exec(window.location.hash);
    if (match) {
      box.value = decodeURIComponent(match[1]);
      box.closest("details").open = true;
      filterPicker(box);
    }
  }
});
