/**
 * Starts recording long tasks (over 50 ms, as the browser's `longtask` PerformanceObserver reports
 * them); the returned function stops and gives the longest one's duration (0 if none).
 */
export function watchLongTasks(): () => number {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  return () => {
    for (const entry of observer.takeRecords()) longest = Math.max(longest, entry.duration);
    observer.disconnect();
    return longest;
  };
}
