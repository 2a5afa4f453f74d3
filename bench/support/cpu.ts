/**
 * CPU time of processes, for benchmarks on a shared machine: what a process spent, whatever else ran beside it.
 * Linux only (/proc); elsewhere the figures are NaN and the benchmarks print them as such.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc CPU times. */
export const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds (user + system, all threads) of process `pid` (or `<pid>/task/<tid>`: one thread) so far. */
export const cpuSecondsOf = (pid: number | string): number => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  } catch {
    return Number.NaN;
  }
};

/** CPU seconds (user + system, all threads) of this process so far. */
export const ownCpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** CPU seconds (user + system) of thread `tid` of process `pid` so far; NaN where /proc is missing. */
export const threadCpuSeconds = (pid: number, tid: number): number => cpuSecondsOf(`${pid}/task/${tid}`);

/** Idle and total CPU seconds of the whole machine so far (all cores; idle includes I/O wait). */
export const machineCpuSeconds = (): { idle: number; total: number } => {
  try {
    const fields = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]!
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    // user nice system idle iowait irq softirq steal (guest time is already counted in user)
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields;
    return {
      idle: (idle + iowait) / CLK_TCK,
      total: (user + nice + system + idle + iowait + irq + softirq + steal) / CLK_TCK,
    };
  } catch {
    return { idle: Number.NaN, total: Number.NaN };
  }
};
