// Loaded by the layout test page before our script: records the layout shifts the browser reports
// (Chromium; what Cumulative Layout Shift adds up) and, in every browser, where the page's own text
// after the widget stood in the first frame drawn with it.
window.layout = { shifts: [], firstTop: undefined };
if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layout.shifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
}
const firstFrame = () => {
  const after = document.getElementById('after');
  if (after) window.layout.firstTop = after.getBoundingClientRect().top + window.scrollY;
  else requestAnimationFrame(firstFrame);
};
requestAnimationFrame(firstFrame);
