// Whether a path, with every symlink resolved, still lies inside a folder (also resolved). A
// repository can hold links to anywhere (`.outpost.yml -> ~/.ssh/id_rsa`); Outpost reads only
// what is really inside the workspace, so no message or report can show another file's content.
import { promises as fs, realpathSync } from 'node:fs';
import { relative, isAbsolute, sep } from 'node:path';

function within(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

export async function insideFolder(root: string, path: string): Promise<boolean> {
  try {
    return within(await fs.realpath(root), await fs.realpath(path));
  } catch {
    return true; // missing: the read fails on its own and says so
  }
}

export function insideFolderSync(root: string, path: string): boolean {
  try {
    return within(realpathSync(root), realpathSync(path));
  } catch {
    return true;
  }
}
