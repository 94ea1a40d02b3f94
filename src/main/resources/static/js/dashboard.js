// Draws each dashboard chart from the table beneath it, so a chart and its table always show the same numbers.
(function () {
  'use strict';
  var COLORS = { completed: '#2f9e44', ahead: '#74b816', behind: '#f08c00', at_risk: '#e03131',
                 no_data: '#fab005', not_reported: '#adb5bd', qualitative: '#4dabf7', unclear: '#9775fa' };

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

  // Status distribution by government (the overview): one horizontal bar per body row that has status cells, one
  // stacked series per status column of the head; the totals row (tfoot) and rows without a plan are left out.
  function stacked(figure) {
    var heads = Array.prototype.slice.call(figure.querySelectorAll('thead th[data-status]'));
    var rs = rows(figure).filter(function (tr) { return tr.querySelector('td[data-status]'); }).reverse();
    var box = figure.querySelector('.chart');
    box.style.height = Math.max(160, rs.length * 34 + 70) + 'px';
    return { animation: false, tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
             legend: { bottom: 0, type: 'scroll' },
             grid: { left: 10, right: 20, top: 10, bottom: 50, containLabel: true },
             xAxis: { type: 'value', minInterval: 1 },
             yAxis: { type: 'category', data: rs.map(function (tr) { return tr.getAttribute('data-label'); }) },
             series: heads.map(function (th) {
               var status = th.getAttribute('data-status');
               return { name: th.textContent.trim(), type: 'bar', stack: 'status', itemStyle: { color: COLORS[status] },
                        data: rs.map(function (tr) { return value(tr.querySelector('td[data-status="' + status + '"]')); }) };
             }) };
  }

  function draw() {
    if (!window.echarts) { return; }
    var kinds = { pie: pie, bar: bar, line: line, stacked: stacked };
    document.querySelectorAll('figure[data-chart]').forEach(function (figure) {
      var box = figure.querySelector('.chart');
      var option = kinds[figure.getAttribute('data-chart')](figure); // before init: an option may size its box
      var chart = window.echarts.init(box, null, { renderer: 'svg' });
      chart.setOption(option);
      box.setAttribute('data-drawn', 'true');
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', draw); } else { draw(); }
})();
