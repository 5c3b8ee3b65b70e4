// The demo's report: views per post and contact-form leads per partner site over the last 30 days,
// from /api/report.json, each as a bar chart (Chart.js, served from node_modules) and a table — the
// table is the chart's text alternative, so the numbers are there for every reader, and without
// the chart when its script cannot load.
/* global Chart */

const status = document.getElementById('report-status');

/** Fills a table's body with one row per entry; a row saying so when there are none. */
function fillTable(table, entries, none) {
  const body = table.tBodies[0];
  body.replaceChildren();
  if (!entries.length) {
    const row = body.insertRow();
    const cell = row.insertCell();
    cell.colSpan = 2;
    cell.className = 'report__none';
    cell.textContent = none;
    return;
  }
  for (const { label, count } of entries) {
    const row = body.insertRow();
    const name = document.createElement('th');
    name.scope = 'row';
    name.textContent = label;
    row.append(name);
    const number = row.insertCell();
    number.textContent = count.toLocaleString('en-US');
  }
}

/** A horizontal bar chart of `entries` on `canvas`, in the site's colours. */
function drawChart(canvas, entries, label) {
  // Without numbers (or without the library) the table says it all.
  if (typeof Chart === 'undefined' || !entries.length) {
    canvas.closest('figure').hidden = true;
    return;
  }
  const styles = getComputedStyle(document.documentElement);
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: entries.map(({ label: name }) => (name.length > 48 ? `${name.slice(0, 47)}…` : name)),
      datasets: [
        {
          label,
          data: entries.map(({ count }) => count),
          backgroundColor: styles.getPropertyValue('--site-navy').trim(),
        },
      ],
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: false } },
      scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
    },
  });
}

async function showReport() {
  try {
    const response = await fetch('/api/report.json', { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const report = await response.json();
    fillTable(document.getElementById('views-table'), report.views, 'No posts yet.');
    fillTable(document.getElementById('leads-table'), report.leads, 'No leads in the last 30 days.');
    drawChart(document.getElementById('views-chart'), report.views, 'Views');
    drawChart(document.getElementById('leads-chart'), report.leads, 'Leads');
    const views = report.views.reduce((sum, { count }) => sum + count, 0);
    const leads = report.leads.reduce((sum, { count }) => sum + count, 0);
    status.textContent = `${views} views and ${leads} leads in the last ${report.days} days (as of ${new Date(report.generatedAt).toLocaleString('en-US')}).`;
  } catch (error) {
    status.textContent = `The report could not be loaded (${error.message}). Reload the page to try again.`;
  }
}

showReport();
