// Reads the output of `git log -p --unified=0 --format=<COMMIT_FORMAT>` line by line and hands
// over, per commit and file, the lines that commit ADDED with their line numbers in the new
// file. Files whose content git does not print (binary, or over core.bigFileThreshold),
// submodules (gitlinks) and Git LFS pointers are reported as skipped instead. Only one file's
// added lines are held at a time, capped at `maxFileBytes`.
import { unquoteAt } from './c-quote';

/** %x01 starts a commit record; fields are NUL-separated: sha, author name, ISO date, unix time. */
export const COMMIT_FORMAT = '%x01%H%x00%an%x00%aI%x00%at';

export interface CommitInfo {
  sha: string;
  author: string;
  date: string;
  time: number;
}

export interface AddedLines {
  commit: CommitInfo;
  path: string;
  lines: string[];
  /** 1-based line numbers in the new file, parallel to `lines`. */
  lineNumbers: number[];
}

export interface SkippedDiff {
  commit: CommitInfo;
  path: string;
  why: 'binary' | 'submodule' | 'lfs-pointer' | 'too-large';
}

export interface ParserSink {
  file(added: AddedLines): void;
  skipped(s: SkippedDiff): void;
  commit?(c: CommitInfo): void;
}

const LFS_SPEC = 'version https://git-lfs.github.com/spec/';

/** The new path of a `diff --git a/P b/P` line (renames are off, so both sides are equal). */
export function pathOfDiffLine(line: string): string | undefined {
  const rest = line.slice('diff --git '.length);
  if (rest.startsWith('"')) {
    const a = unquoteAt(rest, 0);
    if (!a) return undefined;
    const after = rest.slice(a.end + 1);
    const b = after.startsWith('"') ? unquoteAt(after, 0)?.value : after;
    return b?.startsWith('b/') ? b.slice(2) : a.value.replace(/^a\//, '');
  }
  if (rest.length < 5 || (rest.length - 5) % 2 !== 0) {
    const i = rest.indexOf(' b/');
    return i < 0 ? undefined : rest.slice(i + 3);
  }
  return rest.slice(2, 2 + (rest.length - 5) / 2);
}

export class LogDiffParser {
  private commit: CommitInfo | undefined;
  private path: string | undefined;
  private lines: string[] = [];
  private numbers: number[] = [];
  private bytes = 0;
  private skip: SkippedDiff['why'] | undefined;
  private inHunk = false;
  private next = 0;

  constructor(
    private readonly sink: ParserSink,
    private readonly maxFileBytes: number,
  ) {}

  line(text: string, cut: boolean): void {
    if (text.charCodeAt(0) === 1) {
      this.flush();
      const [sha = '', author = '', date = '', time = '0'] = text.slice(1).split('\0');
      this.commit = { sha, author, date, time: Number(time) };
      this.sink.commit?.(this.commit);
      return;
    }
    if (text.startsWith('diff --git ')) {
      this.flush();
      this.path = pathOfDiffLine(text);
      return;
    }
    if (this.path === undefined) return;
    if (!this.inHunk) {
      if (text.startsWith('@@')) this.hunk(text);
      else if (text.startsWith('Binary files ') || text === 'GIT binary patch') this.skip ??= 'binary';
      else if (text === 'new file mode 160000' || /^index [0-9a-f]+\.\.[0-9a-f]+ 160000$/.test(text)) this.skip = 'submodule';
      return;
    }
    const c = text.charCodeAt(0);
    if (c === 0x2b /* + */) {
      if (this.skip) return;
      const added = text.slice(1);
      if (this.lines.length === 0 && added.startsWith(LFS_SPEC)) {
        this.skip = 'lfs-pointer';
        return;
      }
      this.bytes += added.length + 1;
      if (cut || this.bytes > this.maxFileBytes) {
        this.skip = 'too-large';
        this.lines = [];
        this.numbers = [];
        return;
      }
      this.lines.push(added);
      this.numbers.push(this.next++);
    } else if (text.startsWith('@@')) this.hunk(text);
    // '-' (removed) and '\' (no newline at end) lines carry nothing new.
  }

  private hunk(text: string): void {
    this.inHunk = true;
    const m = /^@@ -\d+(?:,\d+)? \+(\d+)/.exec(text);
    this.next = m ? Number(m[1]) : 1;
  }

  /** Ends the current file (call once more at the end of the stream). */
  flush(): void {
    if (this.path !== undefined && this.commit) {
      if (this.skip) this.sink.skipped({ commit: this.commit, path: this.path, why: this.skip });
      else if (this.lines.length > 0) this.sink.file({ commit: this.commit, path: this.path, lines: this.lines, lineNumbers: this.numbers });
    }
    this.path = undefined;
    this.lines = [];
    this.numbers = [];
    this.bytes = 0;
    this.skip = undefined;
    this.inHunk = false;
  }
}
