// Preloaded (node -r) into a measured child process: reports its CPU time and peak memory on exit.
'use strict';
process.on('exit', () => {
  const u = process.resourceUsage();
  require('fs').writeSync(2, `\n@@usage ${JSON.stringify({ maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 })}\n`);
});
