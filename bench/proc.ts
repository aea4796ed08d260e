/**
 * What a section measures of processes: its own CPU time over a window, its peak and current
 * resident memory, and redis-server's CPU time when that process is readable on this machine.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { Redis } from 'ioredis';
import { round } from './stats.ts';

const MiB = 2 ** 20;

/**
 * This process's peak RSS in bytes. Linux's VmHWM belongs to the address space, which exec
 * replaces; getrusage's maxRSS is not used because Linux carries it over exec from the forking
 * parent. Elsewhere (or unreadable), `fallback`.
 */
export function peakRss(fallback: number): number {
  try {
    const m = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) * 1024;
  } catch {
    // Not Linux: the caller's samples will do.
  }
  return fallback;
}

/** CPU time of a window: the process's own (process.cpuUsage) as % of one core and of all cores. */
export interface CpuFigures {
  seconds: number;
  percentOfOneCore: number;
  percentOfAllCores: number;
  cores: number;
}

export function cpuWindow(): { end(): CpuFigures } {
  const start = process.cpuUsage();
  const t0 = performance.now();
  return {
    end() {
      const used = process.cpuUsage(start);
      const wallMs = performance.now() - t0;
      const cpuMs = (used.user + used.system) / 1000;
      return figures(cpuMs, wallMs);
    },
  };
}

function figures(cpuMs: number, wallMs: number): CpuFigures {
  const cores = cpus().length;
  return { seconds: round(cpuMs / 1000, 2), percentOfOneCore: round((100 * cpuMs) / wallMs, 1), percentOfAllCores: round((100 * cpuMs) / wallMs / cores, 1), cores };
}

/** utime + stime of a process from /proc/<pid>/stat, in ms (Linux clock ticks are 100 Hz on the kernels we run on). */
function procCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces: count fields after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/**
 * redis-server's CPU over a window, when the server runs on this machine and /proc shows it
 * (its pid from INFO, checked against /proc/<pid>/comm). Null otherwise.
 */
export async function redisCpuWindow(redis: Redis): Promise<{ end(): CpuFigures | null }> {
  let pid: number | null = null;
  try {
    const info = await redis.info('server');
    const m = /^process_id:(\d+)/m.exec(info);
    if (m && readFileSync(`/proc/${m[1]}/comm`, 'utf8').startsWith('redis')) pid = Number(m[1]);
  } catch {
    pid = null;
  }
  const start = pid === null ? null : procCpuMs(pid);
  const t0 = performance.now();
  return {
    end() {
      if (pid === null || start === null) return null;
      const now = procCpuMs(pid);
      return now === null ? null : figures(now - start, performance.now() - t0);
    },
  };
}

export const mib = (bytes: number, digits = 1): number => round(bytes / MiB, digits);
