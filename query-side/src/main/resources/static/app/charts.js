// Indicator charts with Chart.js (window.Chart, loaded from its WebJar by index.html): the measurements over time,
// with the baseline and the target as lines. Every chart has a data table beside it for those who cannot see it.

import {h, table} from './dom.js';
import * as format from './format.js';

const BLUE = '#000091';
const GREY = '#666666';
const GREEN = '#18753c';

/** A <figure> with the chart's canvas, a caption and the measurements as a table. */
export function indicatorFigure(indicator, id) {
  const measurements = [...(indicator.measurements ?? [])]
    .sort((a, b) => String(a.measuredOn).localeCompare(String(b.measuredOn)));
  const unit = indicator.unit ? ` ${indicator.unit}` : '';
  const summary = measurements.length
    ? `${format.plural(measurements.length, 'mesure')}, la dernière : ${format.decimal(measurements.at(-1).value)}${unit}`
      + ` au ${format.date(measurements.at(-1).measuredOn)}`
    : 'aucune mesure enregistrée';
  const description = `${indicator.name} : situation de départ ${format.decimal(indicator.baseline)}${unit}, `
    + `objectif ${format.decimal(indicator.target)}${unit} ; ${summary}.`;
  const canvas = h('canvas', {id, class: 'graphique-indicateur', role: 'img', 'aria-label': description,
    width: '640', height: '260'}, description);
  const figure = h('figure', {class: 'indicateur'},
    h('figcaption', {}, h('strong', {}, indicator.name), indicator.source ? ` (source : ${indicator.source})` : '',
      h('br'), h('span', {class: 'aide'}, description)),
    measurements.length ? h('div', {class: 'graphique'}, canvas) : null,
    measurements.length ? h('details', {},
      h('summary', {}, `Tableau des mesures : ${indicator.name}`),
      table({
        caption: `Mesures de l'indicateur « ${indicator.name} »`,
        columns: [
          {label: 'Date de mesure', render: m => format.date(m.measuredOn)},
          {label: `Valeur${unit ? ` (${indicator.unit})` : ''}`, numeric: true, render: m => format.decimal(m.value)},
        ],
        rows: measurements,
      })) : null);
  return {figure, draw: () => (measurements.length ? draw(canvas, indicator, measurements) : null)};
}

/** Draws once the canvas is in the page (Chart.js measures its container). */
function draw(canvas, indicator, measurements) {
  const Chart = window.Chart;
  if (!Chart) return null;
  const labels = measurements.map(m => format.date(m.measuredOn));
  const flat = value => labels.map(() => (value === null || value === undefined ? null : Number(value)));
  return new Chart(canvas, {
    type: 'line',
    data: {
      labels,
      datasets: [
        {label: 'Mesures', data: measurements.map(m => Number(m.value)), borderColor: BLUE,
          backgroundColor: BLUE, pointRadius: 4, tension: 0},
        {label: 'Situation de départ', data: flat(indicator.baseline), borderColor: GREY, borderDash: [6, 4],
          pointRadius: 0, borderWidth: 2},
        {label: 'Objectif', data: flat(indicator.target), borderColor: GREEN, borderDash: [2, 3], pointRadius: 0,
          borderWidth: 2},
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      locale: 'fr-FR',
      plugins: {legend: {position: 'bottom'}},
      scales: {
        x: {title: {display: true, text: 'Date de mesure'}},
        y: {beginAtZero: true, title: {display: !!indicator.unit, text: indicator.unit ?? ''}},
      },
    },
  });
}
