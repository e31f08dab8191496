/**
 * Publishing a finished build in one step. The published folder (`dist/`) is a symbolic
 * link to a complete build in a folder beside it (`.statusbook-dist/<id>/`); a new build
 * replaces the link with `rename(2)`, which is atomic: a reader, a host uploading `dist/`,
 * or a kill at any moment sees the old site or the new one, never none and never half.
 *
 * A `dist/` that is a real folder (a first build, or one made by an older Statusbook) is
 * moved into the builds folder once, and the link takes its place right after; a `dist`
 * link that points elsewhere (e.g. to a web server's folder) is followed, and its target
 * is published to in the same way.
 */
import { lstatSync, mkdirSync, readdirSync, readlinkSync, realpathSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

/** How many earlier builds are kept beside the published one, for a quick roll-back by hand. */
export const KEEP_PREVIOUS = 1;

/** Where the builds of the published folder `outDir` live. */
export function buildsFolder(outDir: string): string {
  return join(dirname(outDir), `.statusbook-${basename(outDir)}`);
}

/** The folder that is published: `outDir`, or the target of a `outDir` link that is not ours. */
export function publishedPath(outDir: string): string {
  const link = lstatSync(outDir, { throwIfNoEntry: false });
  if (!link?.isSymbolicLink()) return outDir;
  const target = resolve(dirname(outDir), readlinkSync(outDir));
  const ours = buildsFolder(outDir);
  return target.startsWith(`${ours}${sep}`) ? outDir : publishedPath(target);
}

/**
 * Publishes the complete build in `ready` (a folder inside {@link buildsFolder}) as
 * `outDir`, then removes builds older than the {@link KEEP_PREVIOUS} before it.
 */
export function publish(ready: string, outDir: string): void {
  const builds = buildsFolder(outDir);
  const link = `${outDir}.${process.pid}.link`;
  rmSync(link, { force: true });
  symlinkSync(relative(dirname(outDir), ready), link);
  const current = lstatSync(outDir, { throwIfNoEntry: false });
  if (current && !current.isSymbolicLink()) {
    // Once only: the old folder joins the builds, and the link replaces it at once.
    renameSync(outDir, join(builds, `before-${Date.now()}`));
  }
  renameSync(link, outDir);
  // Published. Removing older builds is housekeeping: a failure there must not undo that.
  try {
    pruneBuilds(builds, realpathSync(outDir));
  } catch (error) {
    console.warn(`Could not remove older builds in ${builds} (${(error as Error).message}); the new site is published.`);
  }
}

/** Removes all but the published build and the {@link KEEP_PREVIOUS} newest others (and any unfinished ones). */
function pruneBuilds(builds: string, published: string): void {
  const finished = readdirSync(builds, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.endsWith('.building'))
    .map((entry) => join(builds, entry.name))
    .filter((path) => path !== published)
    .sort((a, b) => lstatSync(b).mtimeMs - lstatSync(a).mtimeMs);
  for (const old of finished.slice(KEEP_PREVIOUS)) rmSync(old, { recursive: true, force: true });
}

/** A new folder for a build of `outDir`: `<builds>/<time>-<pid>.building`. */
export function newBuildFolder(outDir: string): string {
  const builds = buildsFolder(outDir);
  mkdirSync(builds, { recursive: true });
  return join(builds, `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}.building`);
}

/**
 * Removes what killed builds left behind: unfinished build folders and link files of
 * processes that no longer run (and, from older versions, `.<pid>.building` folders).
 */
export function removeLeftovers(outDir: string): string[] {
  const removed: string[] = [];
  const dead = (pid: string | undefined) => pid !== undefined && !isRunning(Number(pid));
  const sweep = (dir: string, pattern: RegExp) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      // No such folder yet: nothing was left there.
      return;
    }
    for (const name of names) {
      const match = pattern.exec(name);
      if (match && dead(match.slice(1).find((group) => group !== undefined))) {
        rmSync(join(dir, name), { recursive: true, force: true });
        removed.push(join(dir, name));
      }
    }
  };
  sweep(buildsFolder(outDir), /-(\d+)\.building$/);
  sweep(dirname(outDir), new RegExp(`^(?:\\.(\\d+)\\.building(?:\\.old)?|${escape(basename(outDir))}\\.(\\d+)\\.link)$`));
  return removed;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a process with this id runs (on this machine). */
export function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
