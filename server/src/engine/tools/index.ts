// The tool table: every row of every file under table/ (one file per tool). Adding a tool is a
// new table file exported from table/index.ts (one line) plus its fixtures; see CONTRIBUTING
// "add a tool".
import type { ToolSetting } from './tool-setting';
import * as tables from './table';

export const toolSettings: readonly ToolSetting[] = Object.values(tables).flat();
