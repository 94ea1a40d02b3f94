// Draws each dashboard chart from the table beneath it, so a chart and its table always show the same numbers.
(function () {
  'use strict';
  var COLORS = { completed: '#2f9e44', ahead: '#74b816', behind: '#f08c00', at_risk: '#e03131',
                 no_data: '#adb5bd', qualitative: '#4dabf7', unclear: '#9775fa' };

  function rows(figure) {
    return Array.prototype.slice.call(figure.querySelectorAll('tbody tr'));
  }
  function value(cell) {
    var v = cell && cell.getAttribute('data-value');
    return v === null || v === '' ? null : Number(v);
  }

  function pie(figure) {
    var data = rows(figure).map(function (tr) {
      return { name: tr.cells[0].textContent.trim(), value: value(tr.cells[1]),
               itemStyle: { color: COLORS[tr.getAttribute('data-status')] } };
    }).filter(function (d) { return d.value > 0; });
    return { tooltip: { trigger: 'item' }, legend: { bottom: 0 },
             series: [{ type: 'pie', radius: ['35%', '65%'], data: data, label: { formatter: '{b} {c}' } }] };
  }

  function bar(figure) {
    var rs = rows(figure).filter(function (tr) { return value(tr.cells[2]) !== null; }).slice(0, 15).reverse();
    return { tooltip: {}, grid: { left: 120, right: 20, top: 10, bottom: 20 },
             xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
             yAxis: { type: 'category', data: rs.map(function (tr) { return tr.cells[0].textContent.trim(); }) },
             series: [{ type: 'bar', data: rs.map(function (tr) { return value(tr.cells[2]); }), itemStyle: { color: '#1971c2' } }] };
  }

  function line(figure) {
    var heads = Array.prototype.slice.call(figure.querySelectorAll('thead th')).slice(1)
      .map(function (th) { return th.textContent.trim(); });
    var rs = rows(figure);
    var colors = Object.keys(COLORS).map(function (k) { return COLORS[k]; });
    return { tooltip: { trigger: 'axis' }, legend: { bottom: 0 }, color: colors,
             xAxis: { type: 'category', data: rs.map(function (tr) { return tr.cells[0].textContent.trim(); }) },
             yAxis: { type: 'value', minInterval: 1 },
             series: heads.map(function (name, i) {
               return { name: name, type: 'line', data: rs.map(function (tr) { return value(tr.cells[i + 1]); }) };
             }) };
  }

  function draw() {
    if (!window.echarts) { return; }
    var kinds = { pie: pie, bar: bar, line: line };
    document.querySelectorAll('figure[data-chart]').forEach(function (figure) {
      var box = figure.querySelector('.chart');
      var chart = window.echarts.init(box, null, { renderer: 'svg' });
      chart.setOption(kinds[figure.getAttribute('data-chart')](figure));
      box.setAttribute('data-drawn', 'true');
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', draw); } else { draw(); }
})();
