// Draws a partnership's vitality per year with the national context events on the same axis (ECharts). Only an
// enhancement: the page's table holds the same figures, and without script the chart stays hidden.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  document.querySelectorAll('[data-vitality-chart]').forEach(function (figure) {
    var data = JSON.parse(document.getElementById(figure.getAttribute('data-vitality-chart')).textContent);
    var colours = { TENSION: '#B33C00', THAW: '#007A5A', DISASTER: '#0057A0' };
    figure.hidden = false;
    var chart = echarts.init(figure.querySelector('.vitality-chart'), null, { renderer: 'svg' });
    chart.setOption({
      aria: { enabled: true },
      animation: false,
      grid: { left: 48, right: 16, top: 24, bottom: 40 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: data.points.map(function (p) { return String(p.year); }) },
      yAxis: { type: 'value', min: 0, max: 100, name: data.labels.index },
      series: [{
        type: 'bar',
        name: data.labels.index,
        data: data.points.map(function (p) {
          return { value: p.index, itemStyle: { color: p.dormant ? '#9a8f7e' : '#0b57a4' } };
        }),
        markLine: {
          symbol: 'none',
          label: { show: false },
          // ECharts writes a formatter's result as HTML: the event titles are data, so they are escaped
          tooltip: { formatter: function (line) { return echarts.format.encodeHTML(line.name); } },
          data: data.context.map(function (c) {
            return { xAxis: String(c.year), name: c.label, lineStyle: { color: colours[c.kind], type: 'dashed', width: 2 } };
          })
        }
      }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
