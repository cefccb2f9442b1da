/*
 * Runs before the pane's bundle, in any engine (ES5 only). Where the pane cannot run — Office's
 * IE11 engine (Trident: volume-licensed Excel 2016/2019) or an Excel without ExcelApi 1.9 — it
 * replaces the page with a plain Chinese explanation instead of leaving it blank.
 */
(function () {
  var PAGE =
    '<div style="padding:20px 16px;font:14px/1.7 \'Microsoft YaHei\',sans-serif;color:#242424">' +
    '<strong style="display:block;font-size:16px;color:#217346;margin-bottom:6px">此版本的 Excel 无法运行绩效表助手的任务窗格</strong>' +
    '<p>任务窗格需要 Microsoft 365、Excel 网页版，或 Excel 2021 / 2024 及以上版本（ExcelApi 1.9）。' +
    '当前 Excel 使用旧版 IE11 引擎显示加载项（常见于批量许可的 Excel 2016 / 2019）。</p>' +
    '<p>这些电脑请使用命令行工具 <b>jixiao</b>：对 .xlsx 文件做同样的校验与自评，结果另存为新文件，原文件不变。' +
    '如单位提供了 WPS 版，也可使用 WPS 版。</p>' +
    '<p><a href="help.html" target="_blank">查看帮助</a></p></div>';
  window.jixiaoShowUnsupported = show;
  function show() {
    window.jixiaoUnsupported = true;
    var root = document.getElementById('root');
    if (root) root.innerHTML = PAGE;
  }
  var ua = (window.navigator && navigator.userAgent) || '';
  if (/Trident\/|MSIE /.test(ua) || typeof Promise === 'undefined' || typeof Symbol === 'undefined') {
    show();
    return;
  }
  if (typeof Office !== 'undefined' && Office.onReady) {
    Office.onReady(function () {
      var req = Office.context && Office.context.requirements;
      if (req && req.isSetSupported && !req.isSetSupported('ExcelApi', '1.9')) show();
    });
  }
})();
