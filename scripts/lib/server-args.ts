// The command line of scripts/server.ts.
export interface ServerArgs {
  dev: boolean;
  port: number;
  hostname: string | undefined;
}

/** `dev|start [-p|--port N] [-H|--hostname H]`, as `next dev` and `next start` take them. */
export function parseServerArgs(argv: string[], env: Record<string, string | undefined> = process.env): ServerArgs {
  const [mode, ...rest] = argv;
  if (mode !== "dev" && mode !== "start") throw new Error(`Usage: server.ts dev|start [-p port] [-H hostname], not "${argv.join(" ")}"`);
  let port = Number(env.PORT ?? 3000);
  let hostname: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i];
    const [name, inline] = flag!.includes("=") ? flag!.split(/=(.*)/s, 2) : [flag, undefined];
    const value = () => inline ?? rest[++i];
    if (name === "-p" || name === "--port") port = Number(value());
    else if (name === "-H" || name === "--hostname") hostname = value();
    else throw new Error(`Unknown option "${flag}". Options: -p/--port, -H/--hostname.`);
  }
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`The port must be a number from 0 to 65535.`);
  return { dev: mode === "dev", port, hostname };
}
