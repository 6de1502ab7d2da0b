// The CI definitions shipped for building the shards on several machines (.ci/gitlab, .ci/github;
// README "Scaling past one machine") cannot be run here: they are read as their CI engine reads
// them (YAML, anchors resolved), their jobs' stages and needs must name what exists, and every
// `npm run` they call must name a script of package.json that accepts the flags they give it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const scripts = (
  JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
).scripts;

type Job = Record<string, unknown>;
const read = (file: string) => parse(readFileSync(file, 'utf8'), { strict: true }) as Job;

const gitlab = read('.ci/gitlab/build.gitlab-ci.yml');
const github = read('.ci/github/build.yml');
/** GitLab's jobs: the top-level keys that are neither keywords nor hidden (`.name`). */
const GITLAB_KEYWORDS = new Set(['variables', 'default', 'stages', 'include', 'workflow']);
const gitlabJobs = Object.entries(gitlab).filter(
  ([name]) => !name.startsWith('.') && !GITLAB_KEYWORDS.has(name),
) as Array<[string, Job]>;
const githubJobs = Object.entries(github.jobs as Record<string, Job>);

const lines = (value: unknown): string[] =>
  value === undefined ? [] : (Array.isArray(value) ? value : [value]).map(String);

/** Every shell line a definition runs. */
const commands = {
  gitlab: [
    ...lines((gitlab.default as Job | undefined)?.before_script),
    ...gitlabJobs.flatMap(([, job]) => [...lines(job.before_script), ...lines(job.script)]),
  ],
  github: githubJobs.flatMap(([, job]) =>
    (job.steps as Job[]).flatMap((step) => lines(step.run).flatMap((run) => run.split('\n'))),
  ),
};

/** The `npm run` calls in shell lines: the script's name and the flags after `--`. */
function npmRuns(shell: string[]): Array<{ line: string; script: string; args: string[] }> {
  return shell.flatMap((line) =>
    [...line.matchAll(/\bnpm run(?: --silent)? ([\w:-]+)(?: -- ([^;&|)]*))?/g)].map((m) => ({
      line,
      script: m[1]!,
      // A shard's number, from the CI's variable or matrix, is some number.
      args: (m[2] ?? '')
        .replace(/\$\{\{[^}]*\}\}|"\$\w+"|\$\w+/g, '0')
        .split(/\s+/)
        .filter(Boolean),
    })),
  );
}

describe('the CI definitions', () => {
  it('are GitLab and GitHub jobs whose stages and needs name what exists', () => {
    expect(gitlabJobs.map(([name]) => name).sort()).toEqual(['shard', 'site']);
    for (const [name, job] of gitlabJobs) {
      expect(gitlab.stages, name).toContain(job.stage);
      for (const need of lines(job.needs))
        expect(
          gitlabJobs.map(([n]) => n),
          name,
        ).toContain(need);
    }
    // `parallel:` takes a number (the anchor), from 2 to 200 jobs; the site job checks the plan against it.
    const shard = Object.fromEntries(gitlabJobs).shard!;
    expect(shard.parallel).toBeGreaterThanOrEqual(2);
    expect(shard.parallel).toBeLessThanOrEqual(200);
    expect((Object.fromEntries(gitlabJobs).site!.variables as Job).SHARD_JOBS).toBe(shard.parallel);

    const names = githubJobs.map(([name]) => name);
    expect(names).toEqual(['plan', 'shard', 'site']);
    for (const [name, job] of githubJobs) {
      for (const need of lines(job.needs)) expect(names, name).toContain(need);
      // A job reads another's outputs only when it needs that job, and that job declares them.
      for (const m of JSON.stringify(job).matchAll(/needs\.(\w+)\.outputs\.(\w+)/g)) {
        expect(lines(job.needs), name).toContain(m[1]);
        expect(Object.keys((github.jobs as Record<string, Job>)[m[1]!]!.outputs as Job)).toContain(
          m[2],
        );
      }
      for (const step of job.steps as Job[])
        if (step.uses !== undefined) expect(step.uses).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
    }
  });

  it.each(Object.entries(commands))(
    "%s's npm run calls name scripts of package.json that take their flags",
    (_, shell) => {
      const runs = npmRuns(shell);
      expect(runs.length).toBeGreaterThan(0);
      // Each call once: several jobs convert.
      const distinct = new Map(runs.map((r) => [[r.script, ...r.args].join(' '), r]));
      for (const { line, script, args } of distinct.values()) {
        expect(scripts, line).toHaveProperty(script);
        const [node, file, ...more] = scripts[script]!.split(' ');
        expect([node, more], line).toEqual(['node', []]);
        // parseArgs stops at the first flag it does not know: a probe after the CI's flags is
        // that flag only when every flag before it is the script's own. Nothing else runs.
        const probe = spawnSync(process.execPath, [file!, ...args, '--ci-probe'], {
          encoding: 'utf8',
        });
        expect(probe.status, line).toBe(2);
        expect(probe.stderr, line).toContain("Unknown option '--ci-probe'");
      }
    },
  );
});
