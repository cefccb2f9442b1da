#!/usr/bin/env node
/**
 * `npm run build:wps`: the WPS 加载项 as a folder to drop into WPS's jsaddons directory, with the
 * list files WPS reads (docs/wps.md):
 *
 *   dist-wps/jixiao_<version>/   the add-in (main.js, ribbon.xml, taskpane.html, …)
 *   dist-wps/publish.xml         single machine: copy both into jsaddons
 *   dist-wps/jsplugins.xml       a unit's intranet server: served beside jixiao_<version>.7z
 *   dist-wps/jixiao_<version>.7z only when a 7-Zip program is found (7z, 7za or 7zr on PATH, or
 *                                the 7zip-bin package); otherwise the folder is the deliverable.
 *
 * JIXIAO_WPS_URL (or --url=…) sets the intranet address written into jsplugins.xml.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.join(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const NAME = 'jixiao';
const VERSION = pkg.version;
const FOLDER = `${NAME}_${VERSION}`;
const OUT = path.join(ROOT, 'dist-wps');
const arg = process.argv.find((a) => a.startsWith('--url='));
const URL_BASE = (arg ? arg.slice(6) : process.env.JIXIAO_WPS_URL || 'http://内网服务器/wps/').replace(/\/?$/, '/');

const xmlEscape = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function say(line) {
  process.stdout.write(line + '\n');
}

function webpack() {
  const cli = require.resolve('webpack-cli/bin/cli.js');
  const r = spawnSync(process.execPath, [cli, '--config', 'webpack.wps.js', '--env', `out=${path.join(OUT, FOLDER)}`], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write('build:wps：打包失败（见上方 webpack 的输出）。\n');
    process.exit(2);
  }
}

/** A 7-Zip program, if this machine has one. */
function sevenZip() {
  for (const cmd of ['7z', '7za', '7zr']) {
    const r = spawnSync(cmd, ['i'], { stdio: 'ignore' });
    if (r.status === 0) return cmd;
  }
  try {
    const bin = require('7zip-bin').path7za;
    if (fs.existsSync(bin)) return bin;
  } catch {
    // not installed: the folder is the deliverable
  }
  return null;
}

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
webpack();
for (const f of ['main.js', 'ribbon.xml', 'taskpane.html']) {
  if (!fs.existsSync(path.join(OUT, FOLDER, f))) {
    process.stderr.write(`build:wps：${FOLDER}/${f} 没有生成。\n`);
    process.exit(2);
  }
}

// Single machine: the add-in folder sits beside publish.xml in jsaddons (offline: enable, no url to fetch).
fs.writeFileSync(
  path.join(OUT, 'publish.xml'),
  `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jsplugin name="${NAME}" type="et" version="${VERSION}" url="${xmlEscape(FOLDER)}" enable="enable_dev" install="null"/>\n</jsplugins>\n`,
);
// A unit's intranet: jsplugins.xml and the .7z on an internal web server; oem.ini points at the list.
fs.writeFileSync(
  path.join(OUT, 'jsplugins.xml'),
  `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jsplugin name="${NAME}" type="et" version="${VERSION}" url="${xmlEscape(URL_BASE + FOLDER)}.7z"/>\n</jsplugins>\n`,
);

const zip = sevenZip();
if (zip) {
  const r = spawnSync(zip, ['a', '-t7z', path.join(OUT, `${FOLDER}.7z`), `./${FOLDER}/*`], { cwd: OUT, stdio: 'ignore' });
  say(r.status === 0 ? `已生成 dist-wps/${FOLDER}.7z` : '7-Zip 打包失败：请手动把文件夹压缩为 .7z（见 docs/wps.md）。');
} else {
  say(
    `未找到 7-Zip（7z/7za/7zr 或 7zip-bin），没有生成 .7z：单机安装直接用文件夹；内网部署请在有 7-Zip 的电脑上把 dist-wps/${FOLDER} 的内容压缩为 ${FOLDER}.7z（见 docs/wps.md）。`,
  );
}
say(`WPS 加载项已生成：dist-wps/${FOLDER}/、dist-wps/publish.xml、dist-wps/jsplugins.xml`);
