// Preloaded (node -r) into a measured child process: reports its CPU time and peak memory on exit.
// Peak memory from /proc (VmHWM): getrusage's maxrss in a spawned child can carry the parent's.
'use strict';
const fs = require('fs');
process.on('exit', () => {
  const u = process.resourceUsage();
  let kb = u.maxRSS;
  try {
    const m = /VmHWM:\s*(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (m) kb = Number(m[1]);
  } catch {
    // Not Linux: keep getrusage's figure.
  }
  fs.writeSync(2, `\n@@usage ${JSON.stringify({ maxRssKb: kb, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 })}\n`);
});
