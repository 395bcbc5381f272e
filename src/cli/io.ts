/** Where the CLI's commands write: stdout for results, stderr for progress and errors. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/**
 * A reader that stops early (`inspect | head -1`) closes the pipe: further output is dropped
 * quietly instead of crashing with EPIPE, and the command still finishes its files.
 */
function pipeWriter(stream: NodeJS.WriteStream): (s: string) => void {
  let closed = false;
  let listening = false;
  return (s) => {
    if (!listening) {
      listening = true;
      stream.on("error", (e: NodeJS.ErrnoException) => {
        if (e.code !== "EPIPE") throw e;
        closed = true;
      });
    }
    if (!closed) stream.write(s);
  };
}

export const processIo: Io = { out: pipeWriter(process.stdout), err: pipeWriter(process.stderr) };
