// Runs in a demo page (bench/vitals.js adds it as a same-origin module): the page's Core Web Vitals
// as web-vitals reports them, every change, kept in `window.__vitals` for the harness to read.
import { onCLS, onINP, onLCP } from './web-vitals.js';

const vitals = (window.__vitals = { cls: 0, shifts: [] });

/** What moved: its tag and first class where the node is still there, and from which y to which. */
const describe = ({ node, previousRect, currentRect }) => {
  const name = node ? `${node.nodeName.toLowerCase()}${node.classList?.length ? `.${node.classList[0]}` : ''}` : '?';
  return `${name} y ${Math.round(previousRect.y)}→${Math.round(currentRect.y)}`;
};

onCLS(
  (metric) => {
    vitals.cls = metric.value;
    vitals.shifts = metric.entries.map((entry) => ({
      value: entry.value,
      at: Math.round(entry.startTime),
      sources: entry.sources.map(describe),
    }));
    vitals.shiftTarget = metric.attribution.largestShiftTarget;
  },
  { reportAllChanges: true },
);

onLCP(
  (metric) => {
    vitals.lcp = metric.value;
    vitals.lcpTarget = metric.attribution.target;
  },
  { reportAllChanges: true },
);

// Interactions from 16 ms up are observed (the Event Timing API's finest), not only from 40 ms.
onINP(
  (metric) => {
    vitals.inp = metric.value;
    vitals.inpTarget = metric.attribution.interactionTarget;
  },
  { reportAllChanges: true, durationThreshold: 16 },
);
