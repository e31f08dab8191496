/**
 * Preloaded into the Astro process by `npm run build` (`node --import`): when the build
 * script that started it dies, even by SIGKILL, Astro stops too instead of finishing a
 * build no one will publish.
 */
const startedBy = process.ppid;
setInterval(() => {
  if (process.ppid !== startedBy) process.exit(1);
}, 500).unref();

export {};
