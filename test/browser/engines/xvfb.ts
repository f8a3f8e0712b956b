import { spawn, type ChildProcess } from 'node:child_process';

/**
 * A virtual X display (Debian's `xvfb`) for WebKitGTK's MiniBrowser, which has
 * no headless mode. Xvfb picks a free display number and writes it to the
 * descriptor given by `-displayfd`.
 */
export async function startXvfb(): Promise<{ display: string; stop(): void }> {
  const xvfb: ChildProcess = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  const display = await new Promise<string>((resolve, reject) => {
    let output = '';
    xvfb.stdio[3]!.on('data', (chunk: Buffer) => {
      output += chunk;
      if (output.includes('\n')) resolve(`:${output.trim()}`);
    });
    xvfb.on('error', (error) => reject(new Error(`Xvfb could not start (apt-get install -y xvfb): ${error.message}`)));
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before giving a display`)));
  });
  return { display, stop: () => xvfb.kill() };
}
