// Preloaded (node -r) into a measured `jixiao check` beside child-usage.js: the CPU time of each kind of
// thread (Linux /proc), so a batch's second thread's cost can be read apart from the rest.
// The CLI's thread reports itself as it ends; at the process's exit the launcher's thread and V8's and
// libuv's helper threads are read; batch workers (ended by terminate, no exit event) are what is left.
'use strict';
const fs = require('fs');
const { isMainThread, workerData } = require('worker_threads');

/** CPU ms of one thread from its stat line (utime + stime, in clock ticks of 10 ms). */
function cpuOf(stat) {
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
}

function read(p) {
  try {
    return cpuOf(fs.readFileSync(p, 'utf8'));
  } catch {
    return 0;
  }
}

if (process.platform === 'linux') {
  if (isMainThread) {
    process.on('exit', () => {
      const self = read('/proc/thread-self/stat');
      let helpers = 0;
      for (const t of fs.readdirSync('/proc/self/task')) if (t !== String(process.pid)) helpers += read(`/proc/self/task/${t}/stat`);
      fs.writeSync(2, `\n@@threads ${JSON.stringify({ launcher: self, helpers })}\n`);
    });
  } else if (workerData && Array.isArray(workerData.argv)) {
    process.on('exit', () => fs.writeSync(2, `\n@@threads ${JSON.stringify({ cli: read('/proc/thread-self/stat') })}\n`));
  }
}
