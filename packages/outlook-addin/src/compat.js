/* ES5 on purpose: runs where taskpane.js cannot even be parsed (Trident/EdgeHTML webviews of
   older Outlook on Windows) and says so, instead of leaving a dead button. */
(function () {
  var ok = typeof TextDecoder !== 'undefined' && typeof Promise !== 'undefined' && typeof Symbol !== 'undefined';
  if (ok) return;
  document.addEventListener('DOMContentLoaded', function () {
    var msg = document.getElementById('message');
    if (!msg) return;
    msg.textContent =
      'This version of Outlook uses an old browser engine that ayashii does not support. Update Outlook or use Outlook on the web. / ' +
      '\u3053\u306e Outlook \u306f\u53e4\u3044\u30d6\u30e9\u30a6\u30b6\u30fc\u30a8\u30f3\u30b8\u30f3\u3092\u4f7f\u3063\u3066\u3044\u308b\u305f\u3081\u3001\u52d5\u4f5c\u3057\u307e\u305b\u3093\u3002Outlook \u3092\u66f4\u65b0\u3059\u308b\u304b\u3001Outlook on the web \u3092\u304a\u4f7f\u3044\u304f\u3060\u3055\u3044\u3002';
    msg.hidden = false;
    msg.removeAttribute('hidden');
  });
})();
