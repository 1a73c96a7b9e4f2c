/**
 * The published routine's stylesheet: mobile first (320 px, 200 % zoom reflow), system
 * fonts, one accent colour with AA contrast, a thick visible focus, and a print stylesheet
 * without navigation. Served from /r/assets/published.<hash>.css (immutable).
 *
 * On a published routine with its script (the offline stamp `#offline` is there), each section
 * below the first-response card starts as `content-visibility:auto`: the first paint lays out
 * one screen, not the whole 25-organisation document at once (the long task Lighthouse counted,
 * issue 20); the script then lays the sections out one per task (offline/register.js). Such a
 * section clips its painting and keeps its children's margins, so every section after the card
 * has .5rem of padding (inside a -.5rem margin at the sides: a focus ring at its edge stays
 * visible) and heading margins that keep 2rem between sections, lazy or not. The wide flow on a
 * wide screen overflows its section, so there it is never lazy, and neither is print.
 */
export const PUBLISHED_CSS = `
:root{--ink:#1a1a1a;--muted:#4a4a4a;--accent:#0b4f8a;--accent-bg:#e8f0f8;--line:#b8c2cc;--warn-bg:#fff4d6;--warn:#6b4a00;--danger:#a4161a;--focus:#ffbf00}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:1rem;line-height:1.5;color:var(--ink);background:#fff}
.wrap{max-width:46rem;margin:0 auto;padding:0 1rem}
a{color:var(--accent);text-underline-offset:.15em}
a:hover{text-decoration-thickness:3px}
a:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--ink);outline-offset:2px;box-shadow:0 0 0 6px var(--focus);background:var(--focus);color:var(--ink)}
.skip{position:absolute;left:-999px;top:0;padding:.75rem 1rem;background:var(--focus);color:var(--ink);font-weight:700;z-index:10}
.skip:focus{left:0}
header.top{border-bottom:4px solid var(--accent);padding:1rem 0 .75rem}
.collab{margin:0;color:var(--muted);font-size:1rem}
h1{font-size:1.75rem;line-height:1.2;margin:.25rem 0 .5rem}
h2{font-size:1.4rem;line-height:1.25;margin:2rem 0 .75rem}
h3{font-size:1.15rem;margin:1.25rem 0 .5rem}
h4{font-size:1rem;margin:1rem 0 .25rem}
.status{margin:0;font-weight:600}
.lang{margin:.5rem 0 0}
.stamp{margin:.75rem 0 0;color:var(--muted);font-size:.95rem}
.notice{border-left:6px solid var(--accent);background:var(--accent-bg);padding:.75rem 1rem;margin:1rem 0;font-weight:600}
.warning{border-left:6px solid var(--warn);background:var(--warn-bg);padding:.75rem 1rem;margin:1rem 0;font-weight:600}
.boxes{display:grid;grid-template-columns:1fr;gap:1rem}
@media (min-width:40rem){.boxes{grid-template-columns:1fr 1fr}}
.box{border:3px solid var(--accent);border-radius:6px;padding:.75rem 1rem;background:#fff}
.box h3{margin-top:.25rem}
.box h4{color:var(--muted)}
.calls{list-style:none;margin:0;padding:0}
.calls li{margin:.5rem 0}
.who{display:block;font-weight:600}
.call{display:block;margin:.25rem 0;padding:.6rem .9rem;border-radius:6px;background:var(--accent);color:#fff;font-size:1.35rem;font-weight:700;text-decoration:none;overflow-wrap:anywhere;min-height:44px}
.call:hover{background:#083a66;text-decoration:underline}
.hours{display:block;color:var(--muted);font-size:.95rem}
.urgent{margin:1rem 0 .25rem;font-size:1.25rem;font-weight:700;color:var(--danger)}
.urgent a{color:var(--danger)}
.support{margin:.25rem 0 1rem}
.main-rule{border-left:8px solid var(--accent);background:var(--accent-bg);padding:1rem;font-size:1.15rem;font-weight:600}
.main-rule p{margin:.25rem 0}
.duties{padding-left:1.25rem}
.duties li{margin:.35rem 0}
.handoff{display:block;margin-left:.5rem;color:var(--muted)}
.meta{color:var(--muted);font-size:.95rem}
.checklist{list-style:none;padding:0}
.checklist li{position:relative;padding-left:2rem;margin:.6rem 0}
.checklist li::before{content:"";position:absolute;left:0;top:.2rem;width:1.2rem;height:1.2rem;border:2px solid var(--ink);border-radius:3px}
.figure{margin:1rem 0}
.scroll{overflow-x:auto;border:1px solid var(--line)}
.scroll svg,.scroll img{display:block;min-width:44rem;width:100%;height:auto}
.flow-picture svg,.flow-picture img{min-width:0;width:auto;max-width:none}
.flow-open{margin:.25rem 0 0}
.via{color:var(--muted)}
.matrix{table-layout:fixed}
.matrix th[scope=col]:first-child{width:11rem}
.matrix td,.matrix th{overflow-wrap:anywhere;hyphens:auto}
.matrix a[href^="tel:"]{white-space:nowrap}
@media (min-width:78rem){.flow,.matrix-wrap{width:76rem;position:relative;left:50%;transform:translateX(-50%)}.flow-open{display:none}}
@media (max-width:39.99rem){.matrix,.matrix tbody,.matrix tr,.matrix th,.matrix td{display:block;width:auto}.matrix thead{display:none}.matrix tr{border:1px solid var(--line);margin:0 0 .75rem}.matrix th,.matrix td{border:0;border-top:1px solid var(--line)}.matrix tbody th{border-top:0}.matrix td.empty{display:none}.matrix td::before{content:attr(data-label);display:block;font-weight:600;color:var(--muted)}}
@media (max-width:77.99rem){.flow--linked .flow-picture{display:none}}
#first-response~section{margin:0 -.5rem;padding:0 .5rem .5rem}
#offline~#first-response~section{content-visibility:auto;contain-intrinsic-size:auto 50rem}
#first-response>:last-child,#first-response~section>:last-child{margin-bottom:0}
#first-response~section>h2:first-child{margin-top:1.5rem}
#first-response+section>h2:first-child{margin-top:2rem}
@media (min-width:78rem){#offline~#first-response~#flow{content-visibility:visible}}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid var(--line);padding:.4rem .5rem;text-align:left;vertical-align:top}
th{background:#f1f4f8}
td ul{margin:0;padding-left:1rem}
dl.paths{margin:0}
dl.paths dt{font-weight:600;margin-top:.5rem}
dl.paths dd{margin:0 0 0 1rem}
footer.bottom{margin-top:3rem;padding:1rem 0 2rem;border-top:1px solid var(--line);color:var(--muted);font-size:.95rem}
@media (max-width:30rem){.wrap{padding:0 .75rem}h1{font-size:1.5rem}.call{font-size:1.2rem}}
@media print{
  .skip,.lang,nav{display:none!important}
  #offline~#first-response~section{content-visibility:visible}
  body{font-size:11pt}
  .wrap{max-width:none;padding:0}
  a{color:var(--ink)}
  .call{background:none;color:var(--ink);padding:0;font-size:14pt}
  .box,.main-rule,table,figure,li{break-inside:avoid}
  h2,h3{break-after:avoid}
  .scroll{overflow:visible;border:0}
  .scroll svg,.scroll img{min-width:0}
  .flow{width:auto;left:auto;transform:none}
  .flow--linked .flow-picture{display:block}
  .flow-picture svg,.flow-picture img{width:100%;max-width:100%}
  .flow-open{display:none}
  a[href^="http"]::after{content:" (" attr(href) ")";font-size:9pt}
}
`.trim();
