// Draws the report's charts (ECharts) from the JSON beside each figure: bars or lines per year, with the national
// context events of the partnership's two countries as dashed lines on every chart. Only an enhancement: a table
// beside each chart holds the same figures, and without script the charts stay hidden.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  var colours = { TENSION: '#B33C00', THAW: '#007A5A', DISASTER: '#0057A0' };
  var palette = ['#0b57a4', '#b33c00', '#007a5a', '#6b3fa0', '#8a6d00'];
  document.querySelectorAll('[data-chart]').forEach(function (figure) {
    var data = JSON.parse(document.getElementById(figure.getAttribute('data-chart')).textContent);
    figure.hidden = false;
    var chart = echarts.init(figure.querySelector('.report-chart'), null, { renderer: 'svg' });
    var categories = data.categories.map(String);
    var context = (data.context || []).filter(function (c) { return categories.indexOf(String(c.year)) >= 0; });
    chart.setOption({
      aria: { enabled: true },
      animation: false,
      legend: { top: 0 },
      grid: { left: 56, right: 16, top: 36, bottom: 40 },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v === null ? '–' : String(v); } },
      xAxis: { type: 'category', data: categories },
      yAxis: { type: 'value', name: data.yName || '', min: data.min, max: data.max },
      series: data.series.map(function (s, i) {
        return {
          type: s.type || data.type || 'bar',
          name: s.name,
          connectNulls: false,
          itemStyle: { color: palette[i % palette.length] },
          data: s.values.map(function (v, j) {
            return s.colors ? { value: v, itemStyle: { color: s.colors[j] } } : v;
          }),
          markLine: i > 0 ? undefined : {
            symbol: 'none',
            label: { show: false },
            // ECharts writes a formatter's result as HTML: the event titles are data, so they are escaped
            tooltip: { formatter: function (line) { return echarts.format.encodeHTML(line.name); } },
            data: context.map(function (c) {
              return { xAxis: String(c.year), name: c.label, lineStyle: { color: colours[c.kind], type: 'dashed', width: 2 } };
            })
          }
        };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
